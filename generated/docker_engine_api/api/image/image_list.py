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
from ...models.image_summary import ImageSummary
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
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_list.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    params["all"] = all

    params["filters"] = filters

    params["shared-size"] = shared_size

    params["digests"] = digests

    params["manifests"] = manifests

    params["identity"] = identity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/json",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | list[ImageSummary] | None:
    """Parse a response of image_list by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ImageSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[ImageSummary]]:
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
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageSummary]]:
    """List Images

     Returns a list of images on the server. Note that it uses a different, smaller representation of an
    image than inspecting a single image.

    Args:
        all (bool | Unset): Show all images. Only images from a final layer (no children) are
            shown by default.

            Daemon default: `false` (sent only when set).
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the images list.

            Available filters:

            - `before`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
            - `dangling=true`
            - `label=key` or `label="key=value"` of an image label
            - `reference`=(`<image-name>[:<tag>]`)
            - `since`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
            - `until=<timestamp>`
        shared_size (bool | Unset): Compute and show shared size as a `SharedSize` field on each
            image.

            Daemon default: `false` (sent only when set).
        digests (bool | Unset): Show digest information as a `RepoDigests` field on each image.

            Daemon default: `false` (sent only when set).
        manifests (bool | Unset): Include `Manifests` in the image summary.

            Daemon default: `false` (sent only when set).
        identity (bool | Unset): Include `Identity` in each manifest summary. Requires
            `manifests=1`.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageSummary]]
    """

    kwargs = build_request(
        all=all,
        filters=filters,
        shared_size=shared_size,
        digests=digests,
        manifests=manifests,
        identity=identity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> ErrorResponse | list[ImageSummary] | None:
    """List Images

     Returns a list of images on the server. Note that it uses a different, smaller representation of an
    image than inspecting a single image.

    Args:
        all (bool | Unset): Show all images. Only images from a final layer (no children) are
            shown by default.

            Daemon default: `false` (sent only when set).
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the images list.

            Available filters:

            - `before`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
            - `dangling=true`
            - `label=key` or `label="key=value"` of an image label
            - `reference`=(`<image-name>[:<tag>]`)
            - `since`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
            - `until=<timestamp>`
        shared_size (bool | Unset): Compute and show shared size as a `SharedSize` field on each
            image.

            Daemon default: `false` (sent only when set).
        digests (bool | Unset): Show digest information as a `RepoDigests` field on each image.

            Daemon default: `false` (sent only when set).
        manifests (bool | Unset): Include `Manifests` in the image summary.

            Daemon default: `false` (sent only when set).
        identity (bool | Unset): Include `Identity` in each manifest summary. Requires
            `manifests=1`.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageSummary]
    """

    return sync_detailed(
        client=client,
        all=all,
        filters=filters,
        shared_size=shared_size,
        digests=digests,
        manifests=manifests,
        identity=identity,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> Response[ErrorResponse | list[ImageSummary]]:
    """List Images

     Returns a list of images on the server. Note that it uses a different, smaller representation of an
    image than inspecting a single image.

    Args:
        all (bool | Unset): Show all images. Only images from a final layer (no children) are
            shown by default.

            Daemon default: `false` (sent only when set).
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the images list.

            Available filters:

            - `before`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
            - `dangling=true`
            - `label=key` or `label="key=value"` of an image label
            - `reference`=(`<image-name>[:<tag>]`)
            - `since`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
            - `until=<timestamp>`
        shared_size (bool | Unset): Compute and show shared size as a `SharedSize` field on each
            image.

            Daemon default: `false` (sent only when set).
        digests (bool | Unset): Show digest information as a `RepoDigests` field on each image.

            Daemon default: `false` (sent only when set).
        manifests (bool | Unset): Include `Manifests` in the image summary.

            Daemon default: `false` (sent only when set).
        identity (bool | Unset): Include `Identity` in each manifest summary. Requires
            `manifests=1`.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ImageSummary]]
    """

    kwargs = build_request(
        all=all,
        filters=filters,
        shared_size=shared_size,
        digests=digests,
        manifests=manifests,
        identity=identity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
    shared_size: bool | Unset = UNSET,
    digests: bool | Unset = UNSET,
    manifests: bool | Unset = UNSET,
    identity: bool | Unset = UNSET,
) -> ErrorResponse | list[ImageSummary] | None:
    """List Images

     Returns a list of images on the server. Note that it uses a different, smaller representation of an
    image than inspecting a single image.

    Args:
        all (bool | Unset): Show all images. Only images from a final layer (no children) are
            shown by default.

            Daemon default: `false` (sent only when set).
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the images list.

            Available filters:

            - `before`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
            - `dangling=true`
            - `label=key` or `label="key=value"` of an image label
            - `reference`=(`<image-name>[:<tag>]`)
            - `since`=(`<image-name>[:<tag>]`,  `<image id>` or `<image@digest>`)
            - `until=<timestamp>`
        shared_size (bool | Unset): Compute and show shared size as a `SharedSize` field on each
            image.

            Daemon default: `false` (sent only when set).
        digests (bool | Unset): Show digest information as a `RepoDigests` field on each image.

            Daemon default: `false` (sent only when set).
        manifests (bool | Unset): Include `Manifests` in the image summary.

            Daemon default: `false` (sent only when set).
        identity (bool | Unset): Include `Identity` in each manifest summary. Requires
            `manifests=1`.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ImageSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            all=all,
            filters=filters,
            shared_size=shared_size,
            digests=digests,
            manifests=manifests,
            identity=identity,
        )
    ).parsed
