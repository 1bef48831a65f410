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
    from_image: str | Unset = UNSET,
    from_src: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message: str | Unset = UNSET,
    changes: list[str] | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_create.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}
    if not isinstance(registry_auth, Unset):
        headers["X-Registry-Auth"] = registry_auth

    params: dict[str, Any] = {}

    params["fromImage"] = from_image

    params["fromSrc"] = from_src

    params["repo"] = repo

    params["tag"] = tag

    params["message"] = message

    json_changes: list[str] | Unset = UNSET
    if not isinstance(changes, Unset):
        json_changes = changes

    params["changes"] = json_changes

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images/create",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | None:
    """Parse a response of image_create by its status code (documented ones only).

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
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    from_image: str | Unset = UNSET,
    from_src: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message: str | Unset = UNSET,
    changes: list[str] | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Create an image

     Pull or import an image.

    Args:
        from_image (str | Unset): Name of the image to pull. If the name includes a tag or digest,
            specific behavior applies:

            - If only `fromImage` includes a tag, that tag is used.
            - If both `fromImage` and `tag` are provided, `tag` takes precedence.
            - If `fromImage` includes a digest, the image is pulled by digest, and `tag` is ignored.
            - If neither a tag nor digest is specified, all tags are pulled.
        from_src (str | Unset): Source to import. The value may be a URL from which the image can
            be retrieved or `-` to read the image from the request body. This parameter may only be
            used when importing an image.
        repo (str | Unset): Repository name given to an image when it is imported. The repo may
            include a tag. This parameter may only be used when importing an image.
        tag (str | Unset): Tag or digest. If empty when pulling an image, this causes all tags for
            the given image to be pulled.
        message (str | Unset): Set commit message for imported image.
        changes (list[str] | Unset): Apply `Dockerfile` instructions to the image that is created,
            for example: `changes=ENV DEBUG=true`.
            Note that `ENV DEBUG=true` should be URI component encoded.

            Supported `Dockerfile` instructions:
            `CMD`|`ENTRYPOINT`|`ENV`|`EXPOSE`|`ONBUILD`|`USER`|`VOLUME`|`WORKDIR`
        platform (str | Unset): Platform in the format os[/arch[/variant]].

            When used in combination with the `fromImage` option, the daemon checks
            if the given image is present in the local image cache with the given
            OS and Architecture, and otherwise attempts to pull the image. If the
            option is not set, the host's native OS and Architecture are used.
            If the given image does not exist in the local image cache, the daemon
            attempts to pull the image with the host's native OS and Architecture.
            If the given image does exists in the local image cache, but its OS or
            architecture does not match, a warning is produced.

            When used with the `fromSrc` option to import an image from an archive,
            this option sets the platform information for the imported image. If
            the option is not set, the host's native OS and Architecture are used
            for the imported image.

            Daemon default: `""` (sent only when set).
        registry_auth (str | Unset): A base64url-encoded auth configuration.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        from_image=from_image,
        from_src=from_src,
        repo=repo,
        tag=tag,
        message=message,
        changes=changes,
        platform=platform,
        registry_auth=registry_auth,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    from_image: str | Unset = UNSET,
    from_src: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message: str | Unset = UNSET,
    changes: list[str] | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Create an image

     Pull or import an image.

    Args:
        from_image (str | Unset): Name of the image to pull. If the name includes a tag or digest,
            specific behavior applies:

            - If only `fromImage` includes a tag, that tag is used.
            - If both `fromImage` and `tag` are provided, `tag` takes precedence.
            - If `fromImage` includes a digest, the image is pulled by digest, and `tag` is ignored.
            - If neither a tag nor digest is specified, all tags are pulled.
        from_src (str | Unset): Source to import. The value may be a URL from which the image can
            be retrieved or `-` to read the image from the request body. This parameter may only be
            used when importing an image.
        repo (str | Unset): Repository name given to an image when it is imported. The repo may
            include a tag. This parameter may only be used when importing an image.
        tag (str | Unset): Tag or digest. If empty when pulling an image, this causes all tags for
            the given image to be pulled.
        message (str | Unset): Set commit message for imported image.
        changes (list[str] | Unset): Apply `Dockerfile` instructions to the image that is created,
            for example: `changes=ENV DEBUG=true`.
            Note that `ENV DEBUG=true` should be URI component encoded.

            Supported `Dockerfile` instructions:
            `CMD`|`ENTRYPOINT`|`ENV`|`EXPOSE`|`ONBUILD`|`USER`|`VOLUME`|`WORKDIR`
        platform (str | Unset): Platform in the format os[/arch[/variant]].

            When used in combination with the `fromImage` option, the daemon checks
            if the given image is present in the local image cache with the given
            OS and Architecture, and otherwise attempts to pull the image. If the
            option is not set, the host's native OS and Architecture are used.
            If the given image does not exist in the local image cache, the daemon
            attempts to pull the image with the host's native OS and Architecture.
            If the given image does exists in the local image cache, but its OS or
            architecture does not match, a warning is produced.

            When used with the `fromSrc` option to import an image from an archive,
            this option sets the platform information for the imported image. If
            the option is not set, the host's native OS and Architecture are used
            for the imported image.

            Daemon default: `""` (sent only when set).
        registry_auth (str | Unset): A base64url-encoded auth configuration.

            Refer to the [authentication section](#section/Authentication) for
            details.
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
        from_image=from_image,
        from_src=from_src,
        repo=repo,
        tag=tag,
        message=message,
        changes=changes,
        platform=platform,
        registry_auth=registry_auth,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    from_image: str | Unset = UNSET,
    from_src: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message: str | Unset = UNSET,
    changes: list[str] | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Create an image

     Pull or import an image.

    Args:
        from_image (str | Unset): Name of the image to pull. If the name includes a tag or digest,
            specific behavior applies:

            - If only `fromImage` includes a tag, that tag is used.
            - If both `fromImage` and `tag` are provided, `tag` takes precedence.
            - If `fromImage` includes a digest, the image is pulled by digest, and `tag` is ignored.
            - If neither a tag nor digest is specified, all tags are pulled.
        from_src (str | Unset): Source to import. The value may be a URL from which the image can
            be retrieved or `-` to read the image from the request body. This parameter may only be
            used when importing an image.
        repo (str | Unset): Repository name given to an image when it is imported. The repo may
            include a tag. This parameter may only be used when importing an image.
        tag (str | Unset): Tag or digest. If empty when pulling an image, this causes all tags for
            the given image to be pulled.
        message (str | Unset): Set commit message for imported image.
        changes (list[str] | Unset): Apply `Dockerfile` instructions to the image that is created,
            for example: `changes=ENV DEBUG=true`.
            Note that `ENV DEBUG=true` should be URI component encoded.

            Supported `Dockerfile` instructions:
            `CMD`|`ENTRYPOINT`|`ENV`|`EXPOSE`|`ONBUILD`|`USER`|`VOLUME`|`WORKDIR`
        platform (str | Unset): Platform in the format os[/arch[/variant]].

            When used in combination with the `fromImage` option, the daemon checks
            if the given image is present in the local image cache with the given
            OS and Architecture, and otherwise attempts to pull the image. If the
            option is not set, the host's native OS and Architecture are used.
            If the given image does not exist in the local image cache, the daemon
            attempts to pull the image with the host's native OS and Architecture.
            If the given image does exists in the local image cache, but its OS or
            architecture does not match, a warning is produced.

            When used with the `fromSrc` option to import an image from an archive,
            this option sets the platform information for the imported image. If
            the option is not set, the host's native OS and Architecture are used
            for the imported image.

            Daemon default: `""` (sent only when set).
        registry_auth (str | Unset): A base64url-encoded auth configuration.

            Refer to the [authentication section](#section/Authentication) for
            details.
        body (File | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        from_image=from_image,
        from_src=from_src,
        repo=repo,
        tag=tag,
        message=message,
        changes=changes,
        platform=platform,
        registry_auth=registry_auth,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
    from_image: str | Unset = UNSET,
    from_src: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    message: str | Unset = UNSET,
    changes: list[str] | Unset = UNSET,
    platform: str | Unset = UNSET,
    registry_auth: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Create an image

     Pull or import an image.

    Args:
        from_image (str | Unset): Name of the image to pull. If the name includes a tag or digest,
            specific behavior applies:

            - If only `fromImage` includes a tag, that tag is used.
            - If both `fromImage` and `tag` are provided, `tag` takes precedence.
            - If `fromImage` includes a digest, the image is pulled by digest, and `tag` is ignored.
            - If neither a tag nor digest is specified, all tags are pulled.
        from_src (str | Unset): Source to import. The value may be a URL from which the image can
            be retrieved or `-` to read the image from the request body. This parameter may only be
            used when importing an image.
        repo (str | Unset): Repository name given to an image when it is imported. The repo may
            include a tag. This parameter may only be used when importing an image.
        tag (str | Unset): Tag or digest. If empty when pulling an image, this causes all tags for
            the given image to be pulled.
        message (str | Unset): Set commit message for imported image.
        changes (list[str] | Unset): Apply `Dockerfile` instructions to the image that is created,
            for example: `changes=ENV DEBUG=true`.
            Note that `ENV DEBUG=true` should be URI component encoded.

            Supported `Dockerfile` instructions:
            `CMD`|`ENTRYPOINT`|`ENV`|`EXPOSE`|`ONBUILD`|`USER`|`VOLUME`|`WORKDIR`
        platform (str | Unset): Platform in the format os[/arch[/variant]].

            When used in combination with the `fromImage` option, the daemon checks
            if the given image is present in the local image cache with the given
            OS and Architecture, and otherwise attempts to pull the image. If the
            option is not set, the host's native OS and Architecture are used.
            If the given image does not exist in the local image cache, the daemon
            attempts to pull the image with the host's native OS and Architecture.
            If the given image does exists in the local image cache, but its OS or
            architecture does not match, a warning is produced.

            When used with the `fromSrc` option to import an image from an archive,
            this option sets the platform information for the imported image. If
            the option is not set, the host's native OS and Architecture are used
            for the imported image.

            Daemon default: `""` (sent only when set).
        registry_auth (str | Unset): A base64url-encoded auth configuration.

            Refer to the [authentication section](#section/Authentication) for
            details.
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
            from_image=from_image,
            from_src=from_src,
            repo=repo,
            tag=tag,
            message=message,
            changes=changes,
            platform=platform,
            registry_auth=registry_auth,
        )
    ).parsed
