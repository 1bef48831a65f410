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
    id: str,
    *,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for task_logs.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    params["details"] = details

    params["follow"] = follow

    params["stdout"] = stdout

    params["stderr"] = stderr

    params["since"] = since

    params["timestamps"] = timestamps

    params["tail"] = tail

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks/{id}/logs".format(
            id=quote(str(id), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | File | None:
    """Parse a response of task_logs by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Get task logs

     Get `stdout` and `stderr` logs from a task.
    See also [`/containers/{id}/logs`](#operation/ContainerLogs).

    **Note**: This endpoint works only for services with the `local`,
    `json-file` or `journald` logging drivers.

    Args:
        id (str): ID of the task
        details (bool | Unset): Show task context and extra details provided to logs.

            Daemon default: `false` (sent only when set).
        follow (bool | Unset): Keep connection after returning logs.

            Daemon default: `false` (sent only when set).
        stdout (bool | Unset): Return logs from `stdout`

            Daemon default: `false` (sent only when set).
        stderr (bool | Unset): Return logs from `stderr`

            Daemon default: `false` (sent only when set).
        since (int | Unset): Only return logs since this time, as a UNIX timestamp

            Daemon default: `0` (sent only when set).
        timestamps (bool | Unset): Add timestamps to every log line

            Daemon default: `false` (sent only when set).
        tail (str | Unset): Only return this number of log lines from the end of the logs.
            Specify as an integer or `all` to output all log lines.

            Daemon default: `"all"` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = build_request(
        id=id,
        details=details,
        follow=follow,
        stdout=stdout,
        stderr=stderr,
        since=since,
        timestamps=timestamps,
        tail=tail,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Get task logs

     Get `stdout` and `stderr` logs from a task.
    See also [`/containers/{id}/logs`](#operation/ContainerLogs).

    **Note**: This endpoint works only for services with the `local`,
    `json-file` or `journald` logging drivers.

    Args:
        id (str): ID of the task
        details (bool | Unset): Show task context and extra details provided to logs.

            Daemon default: `false` (sent only when set).
        follow (bool | Unset): Keep connection after returning logs.

            Daemon default: `false` (sent only when set).
        stdout (bool | Unset): Return logs from `stdout`

            Daemon default: `false` (sent only when set).
        stderr (bool | Unset): Return logs from `stderr`

            Daemon default: `false` (sent only when set).
        since (int | Unset): Only return logs since this time, as a UNIX timestamp

            Daemon default: `0` (sent only when set).
        timestamps (bool | Unset): Add timestamps to every log line

            Daemon default: `false` (sent only when set).
        tail (str | Unset): Only return this number of log lines from the end of the logs.
            Specify as an integer or `all` to output all log lines.

            Daemon default: `"all"` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        id=id,
        client=client,
        details=details,
        follow=follow,
        stdout=stdout,
        stderr=stderr,
        since=since,
        timestamps=timestamps,
        tail=tail,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Get task logs

     Get `stdout` and `stderr` logs from a task.
    See also [`/containers/{id}/logs`](#operation/ContainerLogs).

    **Note**: This endpoint works only for services with the `local`,
    `json-file` or `journald` logging drivers.

    Args:
        id (str): ID of the task
        details (bool | Unset): Show task context and extra details provided to logs.

            Daemon default: `false` (sent only when set).
        follow (bool | Unset): Keep connection after returning logs.

            Daemon default: `false` (sent only when set).
        stdout (bool | Unset): Return logs from `stdout`

            Daemon default: `false` (sent only when set).
        stderr (bool | Unset): Return logs from `stderr`

            Daemon default: `false` (sent only when set).
        since (int | Unset): Only return logs since this time, as a UNIX timestamp

            Daemon default: `0` (sent only when set).
        timestamps (bool | Unset): Add timestamps to every log line

            Daemon default: `false` (sent only when set).
        tail (str | Unset): Only return this number of log lines from the end of the logs.
            Specify as an integer or `all` to output all log lines.

            Daemon default: `"all"` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = build_request(
        id=id,
        details=details,
        follow=follow,
        stdout=stdout,
        stderr=stderr,
        since=since,
        timestamps=timestamps,
        tail=tail,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    details: bool | Unset = UNSET,
    follow: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
    since: int | Unset = UNSET,
    timestamps: bool | Unset = UNSET,
    tail: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Get task logs

     Get `stdout` and `stderr` logs from a task.
    See also [`/containers/{id}/logs`](#operation/ContainerLogs).

    **Note**: This endpoint works only for services with the `local`,
    `json-file` or `journald` logging drivers.

    Args:
        id (str): ID of the task
        details (bool | Unset): Show task context and extra details provided to logs.

            Daemon default: `false` (sent only when set).
        follow (bool | Unset): Keep connection after returning logs.

            Daemon default: `false` (sent only when set).
        stdout (bool | Unset): Return logs from `stdout`

            Daemon default: `false` (sent only when set).
        stderr (bool | Unset): Return logs from `stderr`

            Daemon default: `false` (sent only when set).
        since (int | Unset): Only return logs since this time, as a UNIX timestamp

            Daemon default: `0` (sent only when set).
        timestamps (bool | Unset): Add timestamps to every log line

            Daemon default: `false` (sent only when set).
        tail (str | Unset): Only return this number of log lines from the end of the logs.
            Specify as an integer or `all` to output all log lines.

            Daemon default: `"all"` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            details=details,
            follow=follow,
            stdout=stdout,
            stderr=stderr,
            since=since,
            timestamps=timestamps,
            tail=tail,
        )
    ).parsed
