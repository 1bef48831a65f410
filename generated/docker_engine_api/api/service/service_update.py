from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.error_response import ErrorResponse
from ...models.service_update_body import ServiceUpdateBody
from ...models.service_update_registry_auth_from import (
    ServiceUpdateRegistryAuthFrom,
)
from ...models.service_update_response import ServiceUpdateResponse
from ...types import UNSET, Unset

__all__ = [
    "asyncio",
    "asyncio_detailed",
    "build_request",
    "parse_response",
    "sync",
    "sync_detailed",
]

# Characters Go's url.URL leaves unescaped in a path segment (besides letters, digits and -._~).
_PATH_SAFE = "$&+,/:;=@"


def build_request(
    id: str,
    *,
    body: ServiceUpdateBody,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for service_update.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}
    if not isinstance(registry_auth, Unset):
        headers["X-Registry-Auth"] = registry_auth

    params: dict[str, Any] = {}

    params["version"] = version

    json_registry_auth_from: str | Unset = UNSET
    if not isinstance(registry_auth_from, Unset):
        json_registry_auth_from = registry_auth_from

    params["registryAuthFrom"] = json_registry_auth_from

    params["rollback"] = rollback

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/services/{id}/update".format(
            id=quote(str(id), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | ServiceUpdateResponse | None:
    """Parse a response of service_update by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = ServiceUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ServiceUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceUpdateBody,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Response[ErrorResponse | ServiceUpdateResponse]:
    """Update a service

    Args:
        id (str): ID or name of service.
        version (int): The version number of the service object being updated. This is
            required to avoid conflicting writes.
            This version number should be the value as currently set on the
            service *before* the update. You can find the current version by
            calling `GET /services/{id}`
        registry_auth_from (ServiceUpdateRegistryAuthFrom | Unset): If the `X-Registry-Auth`
            header is not specified, this parameter
            indicates where to find registry authorization credentials.

            Daemon default: `"spec"` (sent only when set).
        rollback (str | Unset): Set to this parameter to `previous` to cause a server-side
            rollback
            to the previous service spec. The supplied spec will be ignored in
            this case.
        registry_auth (str | Unset): A base64url-encoded auth configuration for pulling from
            private
            registries.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (ServiceUpdateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServiceUpdateResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
        version=version,
        registry_auth_from=registry_auth_from,
        rollback=rollback,
        registry_auth=registry_auth,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceUpdateBody,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> ErrorResponse | ServiceUpdateResponse | None:
    """Update a service

    Args:
        id (str): ID or name of service.
        version (int): The version number of the service object being updated. This is
            required to avoid conflicting writes.
            This version number should be the value as currently set on the
            service *before* the update. You can find the current version by
            calling `GET /services/{id}`
        registry_auth_from (ServiceUpdateRegistryAuthFrom | Unset): If the `X-Registry-Auth`
            header is not specified, this parameter
            indicates where to find registry authorization credentials.

            Daemon default: `"spec"` (sent only when set).
        rollback (str | Unset): Set to this parameter to `previous` to cause a server-side
            rollback
            to the previous service spec. The supplied spec will be ignored in
            this case.
        registry_auth (str | Unset): A base64url-encoded auth configuration for pulling from
            private
            registries.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (ServiceUpdateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServiceUpdateResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        version=version,
        registry_auth_from=registry_auth_from,
        rollback=rollback,
        registry_auth=registry_auth,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceUpdateBody,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Response[ErrorResponse | ServiceUpdateResponse]:
    """Update a service

    Args:
        id (str): ID or name of service.
        version (int): The version number of the service object being updated. This is
            required to avoid conflicting writes.
            This version number should be the value as currently set on the
            service *before* the update. You can find the current version by
            calling `GET /services/{id}`
        registry_auth_from (ServiceUpdateRegistryAuthFrom | Unset): If the `X-Registry-Auth`
            header is not specified, this parameter
            indicates where to find registry authorization credentials.

            Daemon default: `"spec"` (sent only when set).
        rollback (str | Unset): Set to this parameter to `previous` to cause a server-side
            rollback
            to the previous service spec. The supplied spec will be ignored in
            this case.
        registry_auth (str | Unset): A base64url-encoded auth configuration for pulling from
            private
            registries.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (ServiceUpdateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServiceUpdateResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
        version=version,
        registry_auth_from=registry_auth_from,
        rollback=rollback,
        registry_auth=registry_auth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServiceUpdateBody,
    version: int,
    registry_auth_from: ServiceUpdateRegistryAuthFrom | Unset = UNSET,
    rollback: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> ErrorResponse | ServiceUpdateResponse | None:
    """Update a service

    Args:
        id (str): ID or name of service.
        version (int): The version number of the service object being updated. This is
            required to avoid conflicting writes.
            This version number should be the value as currently set on the
            service *before* the update. You can find the current version by
            calling `GET /services/{id}`
        registry_auth_from (ServiceUpdateRegistryAuthFrom | Unset): If the `X-Registry-Auth`
            header is not specified, this parameter
            indicates where to find registry authorization credentials.

            Daemon default: `"spec"` (sent only when set).
        rollback (str | Unset): Set to this parameter to `previous` to cause a server-side
            rollback
            to the previous service spec. The supplied spec will be ignored in
            this case.
        registry_auth (str | Unset): A base64url-encoded auth configuration for pulling from
            private
            registries.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (ServiceUpdateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServiceUpdateResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            version=version,
            registry_auth_from=registry_auth_from,
            rollback=rollback,
            registry_auth=registry_auth,
        )
    ).parsed
