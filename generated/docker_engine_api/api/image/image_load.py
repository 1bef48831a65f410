from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client

from typing import cast

from ...models.error_response import ErrorResponse
from ...types import UNSET, File, Unset

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
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_load.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["quiet"] = quiet

    json_platform: list[str] | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/load",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/x-tar"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | None:
    """Parse a response of image_load by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
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
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Import images

     Load a set of images and tags into a repository.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        quiet (bool | Unset): Suppress progress details during load.

            Daemon default: `false` (sent only when set).
        platform (list[str] | Unset): JSON encoded OCI platform(s) which will be used to select
            the
            platform-specific image(s) to load if the image is
            multi-platform. If not provided, the full multi-platform image
            will be loaded.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        quiet=quiet,
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Import images

     Load a set of images and tags into a repository.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        quiet (bool | Unset): Suppress progress details during load.

            Daemon default: `false` (sent only when set).
        platform (list[str] | Unset): JSON encoded OCI platform(s) which will be used to select
            the
            platform-specific image(s) to load if the image is
            multi-platform. If not provided, the full multi-platform image
            will be loaded.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        quiet=quiet,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Import images

     Load a set of images and tags into a repository.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        quiet (bool | Unset): Suppress progress details during load.

            Daemon default: `false` (sent only when set).
        platform (list[str] | Unset): JSON encoded OCI platform(s) which will be used to select
            the
            platform-specific image(s) to load if the image is
            multi-platform. If not provided, the full multi-platform image
            will be loaded.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        quiet=quiet,
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    quiet: bool | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Import images

     Load a set of images and tags into a repository.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        quiet (bool | Unset): Suppress progress details during load.

            Daemon default: `false` (sent only when set).
        platform (list[str] | Unset): JSON encoded OCI platform(s) which will be used to select
            the
            platform-specific image(s) to load if the image is
            multi-platform. If not provided, the full multi-platform image
            will be loaded.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            quiet=quiet,
            platform=platform,
        )
    ).parsed
