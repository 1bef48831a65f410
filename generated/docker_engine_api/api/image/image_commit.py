from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.container_config import ContainerConfig
from ...models.error_response import ErrorResponse
from ...models.id_response import IDResponse
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
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for image_commit.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["container"] = container

    params["repo"] = repo

    params["tag"] = tag

    params["comment"] = comment

    params["author"] = author

    params["pause"] = pause

    params["changes"] = changes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/commit",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | IDResponse | None:
    """Parse a response of image_commit by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 201:
        response_201 = IDResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | IDResponse]:
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
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> Response[ErrorResponse | IDResponse]:
    """Create a new image from a container

    Args:
        container (str | Unset): The ID or name of the container to commit
        repo (str | Unset): Repository name for the created image
        tag (str | Unset): Tag name for the create image
        comment (str | Unset): Commit message
        author (str | Unset): Author of the image (e.g., `John Hannibal Smith
            <hannibal@a-team.com>`)
        pause (bool | Unset): Whether to pause the container before committing

            Daemon default: `true` (sent only when set).
        changes (str | Unset): `Dockerfile` instructions to apply while committing
        body (ContainerConfig | Unset): Configuration for a container that is portable between
            hosts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IDResponse]
    """

    kwargs = build_request(
        body=body,
        container=container,
        repo=repo,
        tag=tag,
        comment=comment,
        author=author,
        pause=pause,
        changes=changes,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> ErrorResponse | IDResponse | None:
    """Create a new image from a container

    Args:
        container (str | Unset): The ID or name of the container to commit
        repo (str | Unset): Repository name for the created image
        tag (str | Unset): Tag name for the create image
        comment (str | Unset): Commit message
        author (str | Unset): Author of the image (e.g., `John Hannibal Smith
            <hannibal@a-team.com>`)
        pause (bool | Unset): Whether to pause the container before committing

            Daemon default: `true` (sent only when set).
        changes (str | Unset): `Dockerfile` instructions to apply while committing
        body (ContainerConfig | Unset): Configuration for a container that is portable between
            hosts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IDResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        container=container,
        repo=repo,
        tag=tag,
        comment=comment,
        author=author,
        pause=pause,
        changes=changes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> Response[ErrorResponse | IDResponse]:
    """Create a new image from a container

    Args:
        container (str | Unset): The ID or name of the container to commit
        repo (str | Unset): Repository name for the created image
        tag (str | Unset): Tag name for the create image
        comment (str | Unset): Commit message
        author (str | Unset): Author of the image (e.g., `John Hannibal Smith
            <hannibal@a-team.com>`)
        pause (bool | Unset): Whether to pause the container before committing

            Daemon default: `true` (sent only when set).
        changes (str | Unset): `Dockerfile` instructions to apply while committing
        body (ContainerConfig | Unset): Configuration for a container that is portable between
            hosts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IDResponse]
    """

    kwargs = build_request(
        body=body,
        container=container,
        repo=repo,
        tag=tag,
        comment=comment,
        author=author,
        pause=pause,
        changes=changes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerConfig | Unset = UNSET,
    container: str | Unset = UNSET,
    repo: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    author: str | Unset = UNSET,
    pause: bool | Unset = UNSET,
    changes: str | Unset = UNSET,
) -> ErrorResponse | IDResponse | None:
    """Create a new image from a container

    Args:
        container (str | Unset): The ID or name of the container to commit
        repo (str | Unset): Repository name for the created image
        tag (str | Unset): Tag name for the create image
        comment (str | Unset): Commit message
        author (str | Unset): Author of the image (e.g., `John Hannibal Smith
            <hannibal@a-team.com>`)
        pause (bool | Unset): Whether to pause the container before committing

            Daemon default: `true` (sent only when set).
        changes (str | Unset): `Dockerfile` instructions to apply while committing
        body (ContainerConfig | Unset): Configuration for a container that is portable between
            hosts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IDResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            container=container,
            repo=repo,
            tag=tag,
            comment=comment,
            author=author,
            pause=pause,
            changes=changes,
        )
    ).parsed
