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
from ...models.image_inspect import ImageInspect
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
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_inspect.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    params["manifests"] = manifests

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/{name}/json".format(
            name=quote(str(name), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | ImageInspect | None:
    """Parse a response of image_inspect by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = ImageInspect.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ImageInspect]:
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
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> Response[ErrorResponse | ImageInspect]:
    """Inspect an image

     Return low-level information about an image.

    Args:
        name (str): Image name or id
        manifests (bool | Unset): Include Manifests in the image summary.

            The `manifests` and `platform` options are mutually exclusive, and
            an error is produced if both are set.

            Daemon default: `false` (sent only when set).
        platform (str | Unset): JSON-encoded OCI platform to select the platform-variant.
            If omitted, it defaults to any locally available platform,
            prioritizing the daemon's host platform.

            If the daemon provides a multi-platform image store, this selects
            the platform-variant to show inspect. If the image is
            a single-platform image, or if the multi-platform image does not
            provide a variant matching the given platform, an error is returned.

            The `platform` and `manifests` options are mutually exclusive, and
            an error is produced if both are set.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImageInspect]
    """

    kwargs = build_request(
        name=name,
        manifests=manifests,
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> ErrorResponse | ImageInspect | None:
    """Inspect an image

     Return low-level information about an image.

    Args:
        name (str): Image name or id
        manifests (bool | Unset): Include Manifests in the image summary.

            The `manifests` and `platform` options are mutually exclusive, and
            an error is produced if both are set.

            Daemon default: `false` (sent only when set).
        platform (str | Unset): JSON-encoded OCI platform to select the platform-variant.
            If omitted, it defaults to any locally available platform,
            prioritizing the daemon's host platform.

            If the daemon provides a multi-platform image store, this selects
            the platform-variant to show inspect. If the image is
            a single-platform image, or if the multi-platform image does not
            provide a variant matching the given platform, an error is returned.

            The `platform` and `manifests` options are mutually exclusive, and
            an error is produced if both are set.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImageInspect
    """

    return sync_detailed(
        name=name,
        client=client,
        manifests=manifests,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> Response[ErrorResponse | ImageInspect]:
    """Inspect an image

     Return low-level information about an image.

    Args:
        name (str): Image name or id
        manifests (bool | Unset): Include Manifests in the image summary.

            The `manifests` and `platform` options are mutually exclusive, and
            an error is produced if both are set.

            Daemon default: `false` (sent only when set).
        platform (str | Unset): JSON-encoded OCI platform to select the platform-variant.
            If omitted, it defaults to any locally available platform,
            prioritizing the daemon's host platform.

            If the daemon provides a multi-platform image store, this selects
            the platform-variant to show inspect. If the image is
            a single-platform image, or if the multi-platform image does not
            provide a variant matching the given platform, an error is returned.

            The `platform` and `manifests` options are mutually exclusive, and
            an error is produced if both are set.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ImageInspect]
    """

    kwargs = build_request(
        name=name,
        manifests=manifests,
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    manifests: bool | Unset = UNSET,
    platform: str | Unset = UNSET,
) -> ErrorResponse | ImageInspect | None:
    """Inspect an image

     Return low-level information about an image.

    Args:
        name (str): Image name or id
        manifests (bool | Unset): Include Manifests in the image summary.

            The `manifests` and `platform` options are mutually exclusive, and
            an error is produced if both are set.

            Daemon default: `false` (sent only when set).
        platform (str | Unset): JSON-encoded OCI platform to select the platform-variant.
            If omitted, it defaults to any locally available platform,
            prioritizing the daemon's host platform.

            If the daemon provides a multi-platform image store, this selects
            the platform-variant to show inspect. If the image is
            a single-platform image, or if the multi-platform image does not
            provide a variant matching the given platform, an error is returned.

            The `platform` and `manifests` options are mutually exclusive, and
            an error is produced if both are set.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ImageInspect
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            manifests=manifests,
            platform=platform,
        )
    ).parsed
