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

from io import BytesIO
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
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for container_attach.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    params["detachKeys"] = detach_keys

    params["logs"] = logs

    params["stream"] = stream

    params["stdin"] = stdin

    params["stdout"] = stdout

    params["stderr"] = stderr

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{id}/attach".format(
            id=quote(str(id), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | File | None:
    """Parse a response of container_attach by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[Any | ErrorResponse | File]:
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
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse | File]:
    """Attach to a container

     Attach to a container to read its output or send it input. You can attach
    to the same container multiple times and you can reattach to containers
    that have been detached.

    Either the `stream` or `logs` parameter must be `true` for this endpoint
    to do anything.

    See the [documentation for the `docker attach`
    command](https://docs.docker.com/engine/reference/commandline/attach/)
    for more details.

    ### Hijacking

    This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
    and `stderr` on the same socket.

    This is the response from the daemon for an attach request:

    ```
    HTTP/1.1 200 OK
    Content-Type: application/vnd.docker.raw-stream

    [STREAM]
    ```

    After the headers and two new lines, the TCP connection can now be used
    for raw, bidirectional communication between the client and server.

    To hint potential proxies about connection hijacking, the Docker client
    can also optionally send connection upgrade headers.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
    Upgrade: tcp
    Connection: Upgrade
    ```

    The Docker daemon will respond with a `101 UPGRADED` response, and will
    similarly follow with the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Content-Type: application/vnd.docker.raw-stream
    Connection: Upgrade
    Upgrade: tcp

    [STREAM]
    ```

    ### Stream format

    When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
    the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
    and the stream over the hijacked connected is multiplexed to separate out
    `stdout` and `stderr`. The stream consists of a series of frames, each
    containing a header and a payload.

    The header contains the information which the stream writes (`stdout` or
    `stderr`). It also contains the size of the associated frame encoded in
    the last four bytes (`uint32`).

    It is encoded on the first eight bytes like this:

    ```go
    header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
    ```

    `STREAM_TYPE` can be:

    - 0: `stdin` (is written on `stdout`)
    - 1: `stdout`
    - 2: `stderr`

    `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
    encoded as big endian.

    Following the header is the payload, which is the specified number of
    bytes of `STREAM_TYPE`.

    The simplest way to implement this protocol is the following:

    1. Read 8 bytes.
    2. Choose `stdout` or `stderr` depending on the first byte.
    3. Extract the frame size from the last four bytes.
    4. Read the extracted size and output it on the correct output.
    5. Goto 1.

    ### Stream format when using a TTY

    When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
    the stream is not multiplexed. The data exchanged over the hijacked
    connection is simply the raw data from the process PTY and client's
    `stdin`.

    Args:
        id (str): ID or name of the container
        detach_keys (str | Unset): Override the key sequence for detaching a container.Format is a
            single
            character `[a-Z]` or `ctrl-<value>` where `<value>` is one of: `a-z`,
            `@`, `^`, `[`, `,` or `_`.
        logs (bool | Unset): Replay previous logs from the container.

            This is useful for attaching to a container that has started and you
            want to output everything since the container started.

            If `stream` is also enabled, once all the previous output has been
            returned, it will seamlessly transition into streaming current
            output.

            Daemon default: `false` (sent only when set).
        stream (bool | Unset): Stream attached streams from the time the request was made onwards.

            Daemon default: `false` (sent only when set).
        stdin (bool | Unset): Attach to `stdin`

            Daemon default: `false` (sent only when set).
        stdout (bool | Unset): Attach to `stdout`

            Daemon default: `false` (sent only when set).
        stderr (bool | Unset): Attach to `stderr`

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | File]
    """

    kwargs = build_request(
        id=id,
        detach_keys=detach_keys,
        logs=logs,
        stream=stream,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Any | ErrorResponse | File | None:
    """Attach to a container

     Attach to a container to read its output or send it input. You can attach
    to the same container multiple times and you can reattach to containers
    that have been detached.

    Either the `stream` or `logs` parameter must be `true` for this endpoint
    to do anything.

    See the [documentation for the `docker attach`
    command](https://docs.docker.com/engine/reference/commandline/attach/)
    for more details.

    ### Hijacking

    This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
    and `stderr` on the same socket.

    This is the response from the daemon for an attach request:

    ```
    HTTP/1.1 200 OK
    Content-Type: application/vnd.docker.raw-stream

    [STREAM]
    ```

    After the headers and two new lines, the TCP connection can now be used
    for raw, bidirectional communication between the client and server.

    To hint potential proxies about connection hijacking, the Docker client
    can also optionally send connection upgrade headers.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
    Upgrade: tcp
    Connection: Upgrade
    ```

    The Docker daemon will respond with a `101 UPGRADED` response, and will
    similarly follow with the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Content-Type: application/vnd.docker.raw-stream
    Connection: Upgrade
    Upgrade: tcp

    [STREAM]
    ```

    ### Stream format

    When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
    the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
    and the stream over the hijacked connected is multiplexed to separate out
    `stdout` and `stderr`. The stream consists of a series of frames, each
    containing a header and a payload.

    The header contains the information which the stream writes (`stdout` or
    `stderr`). It also contains the size of the associated frame encoded in
    the last four bytes (`uint32`).

    It is encoded on the first eight bytes like this:

    ```go
    header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
    ```

    `STREAM_TYPE` can be:

    - 0: `stdin` (is written on `stdout`)
    - 1: `stdout`
    - 2: `stderr`

    `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
    encoded as big endian.

    Following the header is the payload, which is the specified number of
    bytes of `STREAM_TYPE`.

    The simplest way to implement this protocol is the following:

    1. Read 8 bytes.
    2. Choose `stdout` or `stderr` depending on the first byte.
    3. Extract the frame size from the last four bytes.
    4. Read the extracted size and output it on the correct output.
    5. Goto 1.

    ### Stream format when using a TTY

    When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
    the stream is not multiplexed. The data exchanged over the hijacked
    connection is simply the raw data from the process PTY and client's
    `stdin`.

    Args:
        id (str): ID or name of the container
        detach_keys (str | Unset): Override the key sequence for detaching a container.Format is a
            single
            character `[a-Z]` or `ctrl-<value>` where `<value>` is one of: `a-z`,
            `@`, `^`, `[`, `,` or `_`.
        logs (bool | Unset): Replay previous logs from the container.

            This is useful for attaching to a container that has started and you
            want to output everything since the container started.

            If `stream` is also enabled, once all the previous output has been
            returned, it will seamlessly transition into streaming current
            output.

            Daemon default: `false` (sent only when set).
        stream (bool | Unset): Stream attached streams from the time the request was made onwards.

            Daemon default: `false` (sent only when set).
        stdin (bool | Unset): Attach to `stdin`

            Daemon default: `false` (sent only when set).
        stdout (bool | Unset): Attach to `stdout`

            Daemon default: `false` (sent only when set).
        stderr (bool | Unset): Attach to `stderr`

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | File
    """

    return sync_detailed(
        id=id,
        client=client,
        detach_keys=detach_keys,
        logs=logs,
        stream=stream,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse | File]:
    """Attach to a container

     Attach to a container to read its output or send it input. You can attach
    to the same container multiple times and you can reattach to containers
    that have been detached.

    Either the `stream` or `logs` parameter must be `true` for this endpoint
    to do anything.

    See the [documentation for the `docker attach`
    command](https://docs.docker.com/engine/reference/commandline/attach/)
    for more details.

    ### Hijacking

    This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
    and `stderr` on the same socket.

    This is the response from the daemon for an attach request:

    ```
    HTTP/1.1 200 OK
    Content-Type: application/vnd.docker.raw-stream

    [STREAM]
    ```

    After the headers and two new lines, the TCP connection can now be used
    for raw, bidirectional communication between the client and server.

    To hint potential proxies about connection hijacking, the Docker client
    can also optionally send connection upgrade headers.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
    Upgrade: tcp
    Connection: Upgrade
    ```

    The Docker daemon will respond with a `101 UPGRADED` response, and will
    similarly follow with the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Content-Type: application/vnd.docker.raw-stream
    Connection: Upgrade
    Upgrade: tcp

    [STREAM]
    ```

    ### Stream format

    When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
    the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
    and the stream over the hijacked connected is multiplexed to separate out
    `stdout` and `stderr`. The stream consists of a series of frames, each
    containing a header and a payload.

    The header contains the information which the stream writes (`stdout` or
    `stderr`). It also contains the size of the associated frame encoded in
    the last four bytes (`uint32`).

    It is encoded on the first eight bytes like this:

    ```go
    header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
    ```

    `STREAM_TYPE` can be:

    - 0: `stdin` (is written on `stdout`)
    - 1: `stdout`
    - 2: `stderr`

    `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
    encoded as big endian.

    Following the header is the payload, which is the specified number of
    bytes of `STREAM_TYPE`.

    The simplest way to implement this protocol is the following:

    1. Read 8 bytes.
    2. Choose `stdout` or `stderr` depending on the first byte.
    3. Extract the frame size from the last four bytes.
    4. Read the extracted size and output it on the correct output.
    5. Goto 1.

    ### Stream format when using a TTY

    When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
    the stream is not multiplexed. The data exchanged over the hijacked
    connection is simply the raw data from the process PTY and client's
    `stdin`.

    Args:
        id (str): ID or name of the container
        detach_keys (str | Unset): Override the key sequence for detaching a container.Format is a
            single
            character `[a-Z]` or `ctrl-<value>` where `<value>` is one of: `a-z`,
            `@`, `^`, `[`, `,` or `_`.
        logs (bool | Unset): Replay previous logs from the container.

            This is useful for attaching to a container that has started and you
            want to output everything since the container started.

            If `stream` is also enabled, once all the previous output has been
            returned, it will seamlessly transition into streaming current
            output.

            Daemon default: `false` (sent only when set).
        stream (bool | Unset): Stream attached streams from the time the request was made onwards.

            Daemon default: `false` (sent only when set).
        stdin (bool | Unset): Attach to `stdin`

            Daemon default: `false` (sent only when set).
        stdout (bool | Unset): Attach to `stdout`

            Daemon default: `false` (sent only when set).
        stderr (bool | Unset): Attach to `stderr`

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | File]
    """

    kwargs = build_request(
        id=id,
        detach_keys=detach_keys,
        logs=logs,
        stream=stream,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    detach_keys: str | Unset = UNSET,
    logs: bool | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stdin: bool | Unset = UNSET,
    stdout: bool | Unset = UNSET,
    stderr: bool | Unset = UNSET,
) -> Any | ErrorResponse | File | None:
    """Attach to a container

     Attach to a container to read its output or send it input. You can attach
    to the same container multiple times and you can reattach to containers
    that have been detached.

    Either the `stream` or `logs` parameter must be `true` for this endpoint
    to do anything.

    See the [documentation for the `docker attach`
    command](https://docs.docker.com/engine/reference/commandline/attach/)
    for more details.

    ### Hijacking

    This endpoint hijacks the HTTP connection to transport `stdin`, `stdout`,
    and `stderr` on the same socket.

    This is the response from the daemon for an attach request:

    ```
    HTTP/1.1 200 OK
    Content-Type: application/vnd.docker.raw-stream

    [STREAM]
    ```

    After the headers and two new lines, the TCP connection can now be used
    for raw, bidirectional communication between the client and server.

    To hint potential proxies about connection hijacking, the Docker client
    can also optionally send connection upgrade headers.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /containers/16253994b7c4/attach?stream=1&stdout=1 HTTP/1.1
    Upgrade: tcp
    Connection: Upgrade
    ```

    The Docker daemon will respond with a `101 UPGRADED` response, and will
    similarly follow with the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Content-Type: application/vnd.docker.raw-stream
    Connection: Upgrade
    Upgrade: tcp

    [STREAM]
    ```

    ### Stream format

    When the TTY setting is disabled in [`POST /containers/create`](#operation/ContainerCreate),
    the HTTP Content-Type header is set to application/vnd.docker.multiplexed-stream
    and the stream over the hijacked connected is multiplexed to separate out
    `stdout` and `stderr`. The stream consists of a series of frames, each
    containing a header and a payload.

    The header contains the information which the stream writes (`stdout` or
    `stderr`). It also contains the size of the associated frame encoded in
    the last four bytes (`uint32`).

    It is encoded on the first eight bytes like this:

    ```go
    header := [8]byte{STREAM_TYPE, 0, 0, 0, SIZE1, SIZE2, SIZE3, SIZE4}
    ```

    `STREAM_TYPE` can be:

    - 0: `stdin` (is written on `stdout`)
    - 1: `stdout`
    - 2: `stderr`

    `SIZE1, SIZE2, SIZE3, SIZE4` are the four bytes of the `uint32` size
    encoded as big endian.

    Following the header is the payload, which is the specified number of
    bytes of `STREAM_TYPE`.

    The simplest way to implement this protocol is the following:

    1. Read 8 bytes.
    2. Choose `stdout` or `stderr` depending on the first byte.
    3. Extract the frame size from the last four bytes.
    4. Read the extracted size and output it on the correct output.
    5. Goto 1.

    ### Stream format when using a TTY

    When the TTY setting is enabled in [`POST /containers/create`](#operation/ContainerCreate),
    the stream is not multiplexed. The data exchanged over the hijacked
    connection is simply the raw data from the process PTY and client's
    `stdin`.

    Args:
        id (str): ID or name of the container
        detach_keys (str | Unset): Override the key sequence for detaching a container.Format is a
            single
            character `[a-Z]` or `ctrl-<value>` where `<value>` is one of: `a-z`,
            `@`, `^`, `[`, `,` or `_`.
        logs (bool | Unset): Replay previous logs from the container.

            This is useful for attaching to a container that has started and you
            want to output everything since the container started.

            If `stream` is also enabled, once all the previous output has been
            returned, it will seamlessly transition into streaming current
            output.

            Daemon default: `false` (sent only when set).
        stream (bool | Unset): Stream attached streams from the time the request was made onwards.

            Daemon default: `false` (sent only when set).
        stdin (bool | Unset): Attach to `stdin`

            Daemon default: `false` (sent only when set).
        stdout (bool | Unset): Attach to `stdout`

            Daemon default: `false` (sent only when set).
        stderr (bool | Unset): Attach to `stderr`

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            detach_keys=detach_keys,
            logs=logs,
            stream=stream,
            stdin=stdin,
            stdout=stdout,
            stderr=stderr,
        )
    ).parsed
