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


from ...models.distribution_inspect import DistributionInspect
from ...models.error_response import ErrorResponse
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
    name: str,
    *,
    registry_auth: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for distribution_inspect.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}
    if not isinstance(registry_auth, Unset):
        headers["X-Registry-Auth"] = registry_auth

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/distribution/{name}/json".format(
            name=quote(str(name), safe=_PATH_SAFE),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> DistributionInspect | ErrorResponse | None:
    """Parse a response of distribution_inspect by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = DistributionInspect.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DistributionInspect | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(
            response, raise_on_unexpected_status=client.raise_on_unexpected_status
        ),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    registry_auth: str | Unset = UNSET,
) -> Response[DistributionInspect | ErrorResponse]:
    """Get image information from the registry

     Return image digest and platform information by contacting the registry.

    Args:
        name (str): Image name or id
        registry_auth (str | Unset): A base64url-encoded auth configuration (JSON), as for image
            push.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistributionInspect | ErrorResponse]
    """

    kwargs = build_request(
        name=name,
        registry_auth=registry_auth,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    registry_auth: str | Unset = UNSET,
) -> DistributionInspect | ErrorResponse | None:
    """Get image information from the registry

     Return image digest and platform information by contacting the registry.

    Args:
        name (str): Image name or id
        registry_auth (str | Unset): A base64url-encoded auth configuration (JSON), as for image
            push.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistributionInspect | ErrorResponse
    """

    return sync_detailed(
        name=name,
        client=client,
        registry_auth=registry_auth,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    registry_auth: str | Unset = UNSET,
) -> Response[DistributionInspect | ErrorResponse]:
    """Get image information from the registry

     Return image digest and platform information by contacting the registry.

    Args:
        name (str): Image name or id
        registry_auth (str | Unset): A base64url-encoded auth configuration (JSON), as for image
            push.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistributionInspect | ErrorResponse]
    """

    kwargs = build_request(
        name=name,
        registry_auth=registry_auth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    registry_auth: str | Unset = UNSET,
) -> DistributionInspect | ErrorResponse | None:
    """Get image information from the registry

     Return image digest and platform information by contacting the registry.

    Args:
        name (str): Image name or id
        registry_auth (str | Unset): A base64url-encoded auth configuration (JSON), as for image
            push.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistributionInspect | ErrorResponse
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            registry_auth=registry_auth,
        )
    ).parsed
