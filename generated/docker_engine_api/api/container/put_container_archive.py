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
    id: str,
    *,
    body: File,
    path: str,
    no_overwrite_dir_non_dir: bool | Unset = UNSET,
    copy_uid_gid: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for put_container_archive.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["path"] = path

    params["noOverwriteDirNonDir"] = no_overwrite_dir_non_dir

    params["copyUIDGID"] = copy_uid_gid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/containers/{id}/archive".format(
            id=quote(str(id), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/x-tar"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | None:
    """Parse a response of put_container_archive by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    path: str,
    no_overwrite_dir_non_dir: bool | Unset = UNSET,
    copy_uid_gid: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Extract an archive of files or folders to a directory in a container

     Upload a tar archive to be extracted to a path in the filesystem of container id.
    `path` parameter is asserted to be a directory. If it exists as a file, 400 error
    will be returned with message "not a directory".

    Args:
        id (str): ID or name of the container
        path (str): Path to a directory in the container to extract the archive’s contents into.
        no_overwrite_dir_non_dir (bool | Unset): If `1`, `true`, or `True` then it will be an
            error if unpacking the
            given content would cause an existing directory to be replaced with
            a non-directory and vice versa.
        copy_uid_gid (bool | Unset): If `1`, `true`, then it will copy UID/GID maps to the dest
            file or
            dir
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
        path=path,
        no_overwrite_dir_non_dir=no_overwrite_dir_non_dir,
        copy_uid_gid=copy_uid_gid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    path: str,
    no_overwrite_dir_non_dir: bool | Unset = UNSET,
    copy_uid_gid: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Extract an archive of files or folders to a directory in a container

     Upload a tar archive to be extracted to a path in the filesystem of container id.
    `path` parameter is asserted to be a directory. If it exists as a file, 400 error
    will be returned with message "not a directory".

    Args:
        id (str): ID or name of the container
        path (str): Path to a directory in the container to extract the archive’s contents into.
        no_overwrite_dir_non_dir (bool | Unset): If `1`, `true`, or `True` then it will be an
            error if unpacking the
            given content would cause an existing directory to be replaced with
            a non-directory and vice versa.
        copy_uid_gid (bool | Unset): If `1`, `true`, then it will copy UID/GID maps to the dest
            file or
            dir
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        path=path,
        no_overwrite_dir_non_dir=no_overwrite_dir_non_dir,
        copy_uid_gid=copy_uid_gid,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    path: str,
    no_overwrite_dir_non_dir: bool | Unset = UNSET,
    copy_uid_gid: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Extract an archive of files or folders to a directory in a container

     Upload a tar archive to be extracted to a path in the filesystem of container id.
    `path` parameter is asserted to be a directory. If it exists as a file, 400 error
    will be returned with message "not a directory".

    Args:
        id (str): ID or name of the container
        path (str): Path to a directory in the container to extract the archive’s contents into.
        no_overwrite_dir_non_dir (bool | Unset): If `1`, `true`, or `True` then it will be an
            error if unpacking the
            given content would cause an existing directory to be replaced with
            a non-directory and vice versa.
        copy_uid_gid (bool | Unset): If `1`, `true`, then it will copy UID/GID maps to the dest
            file or
            dir
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
        path=path,
        no_overwrite_dir_non_dir=no_overwrite_dir_non_dir,
        copy_uid_gid=copy_uid_gid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: File,
    path: str,
    no_overwrite_dir_non_dir: bool | Unset = UNSET,
    copy_uid_gid: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Extract an archive of files or folders to a directory in a container

     Upload a tar archive to be extracted to a path in the filesystem of container id.
    `path` parameter is asserted to be a directory. If it exists as a file, 400 error
    will be returned with message "not a directory".

    Args:
        id (str): ID or name of the container
        path (str): Path to a directory in the container to extract the archive’s contents into.
        no_overwrite_dir_non_dir (bool | Unset): If `1`, `true`, or `True` then it will be an
            error if unpacking the
            given content would cause an existing directory to be replaced with
            a non-directory and vice versa.
        copy_uid_gid (bool | Unset): If `1`, `true`, then it will copy UID/GID maps to the dest
            file or
            dir
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            path=path,
            no_overwrite_dir_non_dir=no_overwrite_dir_non_dir,
            copy_uid_gid=copy_uid_gid,
        )
    ).parsed
