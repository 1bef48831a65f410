from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client

from typing import cast

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
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_push.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}
    if not isinstance(registry_auth, Unset):
        headers["X-Registry-Auth"] = registry_auth

    params: dict[str, Any] = {}

    params["tag"] = tag

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/{name}/push".format(
            name=quote(str(name), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | None:
    """Parse a response of image_push by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
    name: str,
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Push an image

     Push an image to a registry.

    If you wish to push an image on to a private registry, that image must
    already have a tag which references the registry. For example,
    `registry.example.com/myimage:latest`.

    The push is cancelled if the HTTP connection is closed.

    Args:
        name (str): Name of the image to push. For example, `registry.example.com/myimage`.
            The image must be present in the local image store with the same name.

            The name should be provided without tag; if a tag is provided, it
            is ignored. For example, `registry.example.com/myimage:latest` is
            considered equivalent to `registry.example.com/myimage`.

            Use the `tag` parameter to specify the tag to push.
        tag (str | Unset): Tag of the image to push. For example, `latest`. If no tag is provided,
            all tags of the given image that are present in the local image store
            are pushed.
        platform (str | Unset): JSON-encoded OCI platform to select the platform-variant to push.
            If not provided, all available variants will attempt to be pushed.

            If the daemon provides a multi-platform image store, this selects
            the platform-variant to push to the registry. If the image is
            a single-platform image, or if the multi-platform image does not
            provide a variant matching the given platform, an error is returned.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`
        registry_auth (str | Unset): A base64url-encoded auth configuration.

            Refer to the [authentication section](#section/Authentication) for
            details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        name=name,
        tag=tag,
        platform=platform,
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
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Push an image

     Push an image to a registry.

    If you wish to push an image on to a private registry, that image must
    already have a tag which references the registry. For example,
    `registry.example.com/myimage:latest`.

    The push is cancelled if the HTTP connection is closed.

    Args:
        name (str): Name of the image to push. For example, `registry.example.com/myimage`.
            The image must be present in the local image store with the same name.

            The name should be provided without tag; if a tag is provided, it
            is ignored. For example, `registry.example.com/myimage:latest` is
            considered equivalent to `registry.example.com/myimage`.

            Use the `tag` parameter to specify the tag to push.
        tag (str | Unset): Tag of the image to push. For example, `latest`. If no tag is provided,
            all tags of the given image that are present in the local image store
            are pushed.
        platform (str | Unset): JSON-encoded OCI platform to select the platform-variant to push.
            If not provided, all available variants will attempt to be pushed.

            If the daemon provides a multi-platform image store, this selects
            the platform-variant to push to the registry. If the image is
            a single-platform image, or if the multi-platform image does not
            provide a variant matching the given platform, an error is returned.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`
        registry_auth (str | Unset): A base64url-encoded auth configuration.

            Refer to the [authentication section](#section/Authentication) for
            details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        name=name,
        client=client,
        tag=tag,
        platform=platform,
        registry_auth=registry_auth,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Push an image

     Push an image to a registry.

    If you wish to push an image on to a private registry, that image must
    already have a tag which references the registry. For example,
    `registry.example.com/myimage:latest`.

    The push is cancelled if the HTTP connection is closed.

    Args:
        name (str): Name of the image to push. For example, `registry.example.com/myimage`.
            The image must be present in the local image store with the same name.

            The name should be provided without tag; if a tag is provided, it
            is ignored. For example, `registry.example.com/myimage:latest` is
            considered equivalent to `registry.example.com/myimage`.

            Use the `tag` parameter to specify the tag to push.
        tag (str | Unset): Tag of the image to push. For example, `latest`. If no tag is provided,
            all tags of the given image that are present in the local image store
            are pushed.
        platform (str | Unset): JSON-encoded OCI platform to select the platform-variant to push.
            If not provided, all available variants will attempt to be pushed.

            If the daemon provides a multi-platform image store, this selects
            the platform-variant to push to the registry. If the image is
            a single-platform image, or if the multi-platform image does not
            provide a variant matching the given platform, an error is returned.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`
        registry_auth (str | Unset): A base64url-encoded auth configuration.

            Refer to the [authentication section](#section/Authentication) for
            details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        name=name,
        tag=tag,
        platform=platform,
        registry_auth=registry_auth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    tag: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Push an image

     Push an image to a registry.

    If you wish to push an image on to a private registry, that image must
    already have a tag which references the registry. For example,
    `registry.example.com/myimage:latest`.

    The push is cancelled if the HTTP connection is closed.

    Args:
        name (str): Name of the image to push. For example, `registry.example.com/myimage`.
            The image must be present in the local image store with the same name.

            The name should be provided without tag; if a tag is provided, it
            is ignored. For example, `registry.example.com/myimage:latest` is
            considered equivalent to `registry.example.com/myimage`.

            Use the `tag` parameter to specify the tag to push.
        tag (str | Unset): Tag of the image to push. For example, `latest`. If no tag is provided,
            all tags of the given image that are present in the local image store
            are pushed.
        platform (str | Unset): JSON-encoded OCI platform to select the platform-variant to push.
            If not provided, all available variants will attempt to be pushed.

            If the daemon provides a multi-platform image store, this selects
            the platform-variant to push to the registry. If the image is
            a single-platform image, or if the multi-platform image does not
            provide a variant matching the given platform, an error is returned.

            Example: `{"os": "linux", "architecture": "arm", "variant": "v5"}`
        registry_auth (str | Unset): A base64url-encoded auth configuration.

            Refer to the [authentication section](#section/Authentication) for
            details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            tag=tag,
            platform=platform,
            registry_auth=registry_auth,
        )
    ).parsed
