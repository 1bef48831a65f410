from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client

from io import BytesIO

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
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_get_all.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    json_names: list[str] | Unset = UNSET
    if not isinstance(names, Unset):
        json_names = names

    params["names"] = json_names

    json_platform: list[str] | Unset = UNSET
    if not isinstance(platform, Unset):
        json_platform = platform

    params["platform"] = json_platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/get",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | File | None:
    """Parse a response of image_get_all by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | File]:
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
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Export several images

     Get a tarball containing all images and metadata for several image
    repositories.

    For each value of the `names` parameter: if it is a specific name and
    tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
    returned; if it is an image ID, similarly only that image (and its parents)
    are returned and there would be no names referenced in the 'repositories'
    file for this image ID.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        names (list[str] | Unset): Image names to filter by
        platform (list[str] | Unset): JSON encoded OCI platform(s) which will be used to select
            the
            platform-specific image(s) to be saved if the image is
            multi-platform. If not provided, the full multi-platform image
            will be saved.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = build_request(
        names=names,
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Export several images

     Get a tarball containing all images and metadata for several image
    repositories.

    For each value of the `names` parameter: if it is a specific name and
    tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
    returned; if it is an image ID, similarly only that image (and its parents)
    are returned and there would be no names referenced in the 'repositories'
    file for this image ID.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        names (list[str] | Unset): Image names to filter by
        platform (list[str] | Unset): JSON encoded OCI platform(s) which will be used to select
            the
            platform-specific image(s) to be saved if the image is
            multi-platform. If not provided, the full multi-platform image
            will be saved.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        names=names,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Export several images

     Get a tarball containing all images and metadata for several image
    repositories.

    For each value of the `names` parameter: if it is a specific name and
    tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
    returned; if it is an image ID, similarly only that image (and its parents)
    are returned and there would be no names referenced in the 'repositories'
    file for this image ID.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        names (list[str] | Unset): Image names to filter by
        platform (list[str] | Unset): JSON encoded OCI platform(s) which will be used to select
            the
            platform-specific image(s) to be saved if the image is
            multi-platform. If not provided, the full multi-platform image
            will be saved.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = build_request(
        names=names,
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    names: list[str] | Unset = UNSET,
    platform: list[str] | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Export several images

     Get a tarball containing all images and metadata for several image
    repositories.

    For each value of the `names` parameter: if it is a specific name and
    tag (e.g. `ubuntu:latest`), then only that image (and its parents) are
    returned; if it is an image ID, similarly only that image (and its parents)
    are returned and there would be no names referenced in the 'repositories'
    file for this image ID.

    For details on the format, see the [export image endpoint](#operation/ImageGet).

    Args:
        names (list[str] | Unset): Image names to filter by
        platform (list[str] | Unset): JSON encoded OCI platform(s) which will be used to select
            the
            platform-specific image(s) to be saved if the image is
            multi-platform. If not provided, the full multi-platform image
            will be saved.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            names=names,
            platform=platform,
        )
    ).parsed
