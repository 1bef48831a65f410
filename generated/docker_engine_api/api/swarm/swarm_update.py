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
from ...models.swarm_spec import SwarmSpec
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
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for swarm_update.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version"] = version

    params["rotateWorkerToken"] = rotate_worker_token

    params["rotateManagerToken"] = rotate_manager_token

    params["rotateManagerUnlockKey"] = rotate_manager_unlock_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/swarm/update",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | None:
    """Parse a response of swarm_update by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

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
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a swarm

    Args:
        version (int): The version number of the swarm object being updated. This is
            required to avoid conflicting writes.
        rotate_worker_token (bool | Unset): Rotate the worker join token.

            Daemon default: `false` (sent only when set).
        rotate_manager_token (bool | Unset): Rotate the manager join token.

            Daemon default: `false` (sent only when set).
        rotate_manager_unlock_key (bool | Unset): Rotate the manager unlock key.

            Daemon default: `false` (sent only when set).
        body (SwarmSpec): User modifiable swarm configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        version=version,
        rotate_worker_token=rotate_worker_token,
        rotate_manager_token=rotate_manager_token,
        rotate_manager_unlock_key=rotate_manager_unlock_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a swarm

    Args:
        version (int): The version number of the swarm object being updated. This is
            required to avoid conflicting writes.
        rotate_worker_token (bool | Unset): Rotate the worker join token.

            Daemon default: `false` (sent only when set).
        rotate_manager_token (bool | Unset): Rotate the manager join token.

            Daemon default: `false` (sent only when set).
        rotate_manager_unlock_key (bool | Unset): Rotate the manager unlock key.

            Daemon default: `false` (sent only when set).
        body (SwarmSpec): User modifiable swarm configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        version=version,
        rotate_worker_token=rotate_worker_token,
        rotate_manager_token=rotate_manager_token,
        rotate_manager_unlock_key=rotate_manager_unlock_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Update a swarm

    Args:
        version (int): The version number of the swarm object being updated. This is
            required to avoid conflicting writes.
        rotate_worker_token (bool | Unset): Rotate the worker join token.

            Daemon default: `false` (sent only when set).
        rotate_manager_token (bool | Unset): Rotate the manager join token.

            Daemon default: `false` (sent only when set).
        rotate_manager_unlock_key (bool | Unset): Rotate the manager unlock key.

            Daemon default: `false` (sent only when set).
        body (SwarmSpec): User modifiable swarm configuration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
        version=version,
        rotate_worker_token=rotate_worker_token,
        rotate_manager_token=rotate_manager_token,
        rotate_manager_unlock_key=rotate_manager_unlock_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SwarmSpec,
    version: int,
    rotate_worker_token: bool | Unset = UNSET,
    rotate_manager_token: bool | Unset = UNSET,
    rotate_manager_unlock_key: bool | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Update a swarm

    Args:
        version (int): The version number of the swarm object being updated. This is
            required to avoid conflicting writes.
        rotate_worker_token (bool | Unset): Rotate the worker join token.

            Daemon default: `false` (sent only when set).
        rotate_manager_token (bool | Unset): Rotate the manager join token.

            Daemon default: `false` (sent only when set).
        rotate_manager_unlock_key (bool | Unset): Rotate the manager unlock key.

            Daemon default: `false` (sent only when set).
        body (SwarmSpec): User modifiable swarm configuration.

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
            version=version,
            rotate_worker_token=rotate_worker_token,
            rotate_manager_token=rotate_manager_token,
            rotate_manager_unlock_key=rotate_manager_unlock_key,
        )
    ).parsed
