from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.error_response import ErrorResponse
from ...models.exec_config import ExecConfig
from ...models.id_response import IDResponse

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
    body: ExecConfig,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for container_exec.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{id}/exec".format(
            id=quote(str(id), safe=_PATH_SAFE),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | IDResponse | None:
    """Parse a response of container_exec by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 201:
        response_201 = IDResponse.from_dict(response.json())

        return response_201

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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecConfig,
) -> Response[ErrorResponse | IDResponse]:
    """Create an exec instance

     Run a command inside a running container.

    Args:
        id (str): ID or name of container
        body (ExecConfig):  Example: {'AttachStdin': False, 'AttachStdout': True, 'AttachStderr':
            True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False, 'Cmd': ['date'], 'Env': ['FOO=bar',
            'BAZ=quux']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IDResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecConfig,
) -> ErrorResponse | IDResponse | None:
    """Create an exec instance

     Run a command inside a running container.

    Args:
        id (str): ID or name of container
        body (ExecConfig):  Example: {'AttachStdin': False, 'AttachStdout': True, 'AttachStderr':
            True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False, 'Cmd': ['date'], 'Env': ['FOO=bar',
            'BAZ=quux']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IDResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecConfig,
) -> Response[ErrorResponse | IDResponse]:
    """Create an exec instance

     Run a command inside a running container.

    Args:
        id (str): ID or name of container
        body (ExecConfig):  Example: {'AttachStdin': False, 'AttachStdout': True, 'AttachStderr':
            True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False, 'Cmd': ['date'], 'Env': ['FOO=bar',
            'BAZ=quux']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IDResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ExecConfig,
) -> ErrorResponse | IDResponse | None:
    """Create an exec instance

     Run a command inside a running container.

    Args:
        id (str): ID or name of container
        body (ExecConfig):  Example: {'AttachStdin': False, 'AttachStdout': True, 'AttachStderr':
            True, 'DetachKeys': 'ctrl-p,ctrl-q', 'Tty': False, 'Cmd': ['date'], 'Env': ['FOO=bar',
            'BAZ=quux']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IDResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
