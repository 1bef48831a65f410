from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client

from typing import cast

from ...models.error_response import ErrorResponse

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


def build_request() -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for session.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session",
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | None:
    """Parse a response of session by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
) -> Response[Any | ErrorResponse]:
    """Initialize interactive session

     Start a new interactive session with a server. Session allows server to
    call back to the client for advanced capabilities.

    > **Deprecated**: This endpoint is deprecated and will be removed in a future version.
    > Server should support gRPC directly on the listening socket.

    ### Hijacking

    This endpoint hijacks the HTTP connection to HTTP2 transport that allows
    the client to expose gPRC services on that connection.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /session HTTP/1.1
    Upgrade: h2c
    Connection: Upgrade
    ```

    The Docker daemon responds with a `101 UPGRADED` response follow with
    the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Connection: Upgrade
    Upgrade: h2c
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Initialize interactive session

     Start a new interactive session with a server. Session allows server to
    call back to the client for advanced capabilities.

    > **Deprecated**: This endpoint is deprecated and will be removed in a future version.
    > Server should support gRPC directly on the listening socket.

    ### Hijacking

    This endpoint hijacks the HTTP connection to HTTP2 transport that allows
    the client to expose gPRC services on that connection.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /session HTTP/1.1
    Upgrade: h2c
    Connection: Upgrade
    ```

    The Docker daemon responds with a `101 UPGRADED` response follow with
    the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Connection: Upgrade
    Upgrade: h2c
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorResponse]:
    """Initialize interactive session

     Start a new interactive session with a server. Session allows server to
    call back to the client for advanced capabilities.

    > **Deprecated**: This endpoint is deprecated and will be removed in a future version.
    > Server should support gRPC directly on the listening socket.

    ### Hijacking

    This endpoint hijacks the HTTP connection to HTTP2 transport that allows
    the client to expose gPRC services on that connection.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /session HTTP/1.1
    Upgrade: h2c
    Connection: Upgrade
    ```

    The Docker daemon responds with a `101 UPGRADED` response follow with
    the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Connection: Upgrade
    Upgrade: h2c
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorResponse | None:
    """Initialize interactive session

     Start a new interactive session with a server. Session allows server to
    call back to the client for advanced capabilities.

    > **Deprecated**: This endpoint is deprecated and will be removed in a future version.
    > Server should support gRPC directly on the listening socket.

    ### Hijacking

    This endpoint hijacks the HTTP connection to HTTP2 transport that allows
    the client to expose gPRC services on that connection.

    For example, the client sends this request to upgrade the connection:

    ```
    POST /session HTTP/1.1
    Upgrade: h2c
    Connection: Upgrade
    ```

    The Docker daemon responds with a `101 UPGRADED` response follow with
    the raw stream:

    ```
    HTTP/1.1 101 UPGRADED
    Connection: Upgrade
    Upgrade: h2c
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
