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

from ...models.container_wait_condition import ContainerWaitCondition
from ...models.container_wait_response import ContainerWaitResponse
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
    id: str,
    *,
    condition: ContainerWaitCondition | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for container_wait.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    json_condition: str | Unset = UNSET
    if not isinstance(condition, Unset):
        json_condition = condition

    params["condition"] = json_condition

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{id}/wait".format(
            id=quote(str(id), safe=_PATH_SAFE),
        ),
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ContainerWaitResponse | ErrorResponse | None:
    """Parse a response of container_wait by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = ContainerWaitResponse.from_dict(response.json())

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
) -> Response[ContainerWaitResponse | ErrorResponse]:
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
    condition: ContainerWaitCondition | Unset = UNSET,
) -> Response[ContainerWaitResponse | ErrorResponse]:
    """Wait for a container

     Block until a container stops, then returns the exit code.

    Args:
        id (str): ID or name of the container
        condition (ContainerWaitCondition | Unset): Wait until a container state reaches the given
            condition.

            Defaults to `not-running` if omitted or empty.

            Daemon default: `"not-running"` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerWaitResponse | ErrorResponse]
    """

    kwargs = build_request(
        id=id,
        condition=condition,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    condition: ContainerWaitCondition | Unset = UNSET,
) -> ContainerWaitResponse | ErrorResponse | None:
    """Wait for a container

     Block until a container stops, then returns the exit code.

    Args:
        id (str): ID or name of the container
        condition (ContainerWaitCondition | Unset): Wait until a container state reaches the given
            condition.

            Defaults to `not-running` if omitted or empty.

            Daemon default: `"not-running"` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerWaitResponse | ErrorResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        condition=condition,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    condition: ContainerWaitCondition | Unset = UNSET,
) -> Response[ContainerWaitResponse | ErrorResponse]:
    """Wait for a container

     Block until a container stops, then returns the exit code.

    Args:
        id (str): ID or name of the container
        condition (ContainerWaitCondition | Unset): Wait until a container state reaches the given
            condition.

            Defaults to `not-running` if omitted or empty.

            Daemon default: `"not-running"` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerWaitResponse | ErrorResponse]
    """

    kwargs = build_request(
        id=id,
        condition=condition,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    condition: ContainerWaitCondition | Unset = UNSET,
) -> ContainerWaitResponse | ErrorResponse | None:
    """Wait for a container

     Block until a container stops, then returns the exit code.

    Args:
        id (str): ID or name of the container
        condition (ContainerWaitCondition | Unset): Wait until a container state reaches the given
            condition.

            Defaults to `not-running` if omitted or empty.

            Daemon default: `"not-running"` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerWaitResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            condition=condition,
        )
    ).parsed
