from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.error_response import ErrorResponse
from ...models.service_create_body import ServiceCreateBody
from ...models.service_create_response import ServiceCreateResponse
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
    *,
    body: ServiceCreateBody,
    registry_auth: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for service_create.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}
    if not isinstance(registry_auth, Unset):
        headers["X-Registry-Auth"] = registry_auth

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/services/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | ServiceCreateResponse | None:
    """Parse a response of service_create by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 201:
        response_201 = ServiceCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

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
) -> Response[ErrorResponse | ServiceCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceCreateBody,
    registry_auth: str | Unset = UNSET,
) -> Response[ErrorResponse | ServiceCreateResponse]:
    """Create a service

    Args:
        registry_auth (str | Unset): A base64url-encoded auth configuration for pulling from
            private
            registries.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (ServiceCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServiceCreateResponse]
    """

    kwargs = build_request(
        body=body,
        registry_auth=registry_auth,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceCreateBody,
    registry_auth: str | Unset = UNSET,
) -> ErrorResponse | ServiceCreateResponse | None:
    """Create a service

    Args:
        registry_auth (str | Unset): A base64url-encoded auth configuration for pulling from
            private
            registries.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (ServiceCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServiceCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        registry_auth=registry_auth,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceCreateBody,
    registry_auth: str | Unset = UNSET,
) -> Response[ErrorResponse | ServiceCreateResponse]:
    """Create a service

    Args:
        registry_auth (str | Unset): A base64url-encoded auth configuration for pulling from
            private
            registries.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (ServiceCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ServiceCreateResponse]
    """

    kwargs = build_request(
        body=body,
        registry_auth=registry_auth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ServiceCreateBody,
    registry_auth: str | Unset = UNSET,
) -> ErrorResponse | ServiceCreateResponse | None:
    """Create a service

    Args:
        registry_auth (str | Unset): A base64url-encoded auth configuration for pulling from
            private
            registries.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (ServiceCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ServiceCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            registry_auth=registry_auth,
        )
    ).parsed
