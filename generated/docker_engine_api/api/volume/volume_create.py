from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.error_response import ErrorResponse
from ...models.volume import Volume
from ...models.volume_create_request import VolumeCreateRequest

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
    body: VolumeCreateRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for volume_create.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/volumes/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | Volume | None:
    """Parse a response of volume_create by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 201:
        response_201 = Volume.from_dict(response.json())

        return response_201

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Volume]:
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
    body: VolumeCreateRequest,
) -> Response[ErrorResponse | Volume]:
    """Create a volume

    Args:
        body (VolumeCreateRequest): Volume configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Volume]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: VolumeCreateRequest,
) -> ErrorResponse | Volume | None:
    """Create a volume

    Args:
        body (VolumeCreateRequest): Volume configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Volume
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VolumeCreateRequest,
) -> Response[ErrorResponse | Volume]:
    """Create a volume

    Args:
        body (VolumeCreateRequest): Volume configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Volume]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VolumeCreateRequest,
) -> ErrorResponse | Volume | None:
    """Create a volume

    Args:
        body (VolumeCreateRequest): Volume configuration

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Volume
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
