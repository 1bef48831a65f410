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
from ...models.image_delete_response_item import ImageDeleteResponseItem
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
    force: bool | Unset = UNSET,
    noprune: bool | Unset = UNSET,
    platforms: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_delete.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    params["force"] = force

    params["noprune"] = noprune

    json_platforms: list[str] | Unset = UNSET
    if not isinstance(platforms, Unset):
        json_platforms = platforms

    params["platforms"] = json_platforms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/images/{name}".format(
            name=quote(str(name), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | list[ImageDeleteResponseItem] | None:
    """Parse a response of image_delete by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ImageDeleteResponseItem.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[ImageDeleteResponseItem]]:
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
    force: bool | Unset = UNSET,
    noprune: bool | Unset = UNSET,
    platforms: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageDeleteResponseItem]]:
    """Remove an image

     Remove an image, along with any untagged parent images that were
    referenced by that image.

    Images can't be removed if they have descendant images, are being
    used by a running container or are being used by a build.

    Args:
        name (str): Image name or ID
        force (bool | Unset): Remove the image even if it is being used by stopped containers or
            has other tags

            Daemon default: `false` (sent only when set).
        noprune (bool | Unset): Do not delete untagged parent images

            Daemon default: `false` (sent only when set).
        platforms (list[str] | Unset): Select platform-specific content to delete.
            Multiple values are accepted.
            Each platform is a OCI platform encoded as a JSON string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageDeleteResponseItem]]
    """

    kwargs = build_request(
        name=name,
        force=force,
        noprune=noprune,
        platforms=platforms,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = UNSET,
    noprune: bool | Unset = UNSET,
    platforms: list[str] | Unset = UNSET,
) -> ErrorResponse | list[ImageDeleteResponseItem] | None:
    """Remove an image

     Remove an image, along with any untagged parent images that were
    referenced by that image.

    Images can't be removed if they have descendant images, are being
    used by a running container or are being used by a build.

    Args:
        name (str): Image name or ID
        force (bool | Unset): Remove the image even if it is being used by stopped containers or
            has other tags

            Daemon default: `false` (sent only when set).
        noprune (bool | Unset): Do not delete untagged parent images

            Daemon default: `false` (sent only when set).
        platforms (list[str] | Unset): Select platform-specific content to delete.
            Multiple values are accepted.
            Each platform is a OCI platform encoded as a JSON string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageDeleteResponseItem]
    """

    return sync_detailed(
        name=name,
        client=client,
        force=force,
        noprune=noprune,
        platforms=platforms,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = UNSET,
    noprune: bool | Unset = UNSET,
    platforms: list[str] | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageDeleteResponseItem]]:
    """Remove an image

     Remove an image, along with any untagged parent images that were
    referenced by that image.

    Images can't be removed if they have descendant images, are being
    used by a running container or are being used by a build.

    Args:
        name (str): Image name or ID
        force (bool | Unset): Remove the image even if it is being used by stopped containers or
            has other tags

            Daemon default: `false` (sent only when set).
        noprune (bool | Unset): Do not delete untagged parent images

            Daemon default: `false` (sent only when set).
        platforms (list[str] | Unset): Select platform-specific content to delete.
            Multiple values are accepted.
            Each platform is a OCI platform encoded as a JSON string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageDeleteResponseItem]]
    """

    kwargs = build_request(
        name=name,
        force=force,
        noprune=noprune,
        platforms=platforms,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    force: bool | Unset = UNSET,
    noprune: bool | Unset = UNSET,
    platforms: list[str] | Unset = UNSET,
) -> ErrorResponse | list[ImageDeleteResponseItem] | None:
    """Remove an image

     Remove an image, along with any untagged parent images that were
    referenced by that image.

    Images can't be removed if they have descendant images, are being
    used by a running container or are being used by a build.

    Args:
        name (str): Image name or ID
        force (bool | Unset): Remove the image even if it is being used by stopped containers or
            has other tags

            Daemon default: `false` (sent only when set).
        noprune (bool | Unset): Do not delete untagged parent images

            Daemon default: `false` (sent only when set).
        platforms (list[str] | Unset): Select platform-specific content to delete.
            Multiple values are accepted.
            Each platform is a OCI platform encoded as a JSON string.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageDeleteResponseItem]
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            force=force,
            noprune=noprune,
            platforms=platforms,
        )
    ).parsed
