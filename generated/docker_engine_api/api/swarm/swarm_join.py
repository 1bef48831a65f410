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
from ...models.swarm_join_request import SwarmJoinRequest

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
    body: SwarmJoinRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for swarm_join.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/swarm/join",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> Any | ErrorResponse | None:
    """Parse a response of swarm_join by its status code (documented ones only).

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
    body: SwarmJoinRequest,
) -> Response[Any | ErrorResponse]:
    """Join an existing swarm

    Args:
        body (SwarmJoinRequest):  Example: {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr':
            '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1', 'RemoteAddrs': ['node1:2377'],
            'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SwarmJoinRequest,
) -> Any | ErrorResponse | None:
    """Join an existing swarm

    Args:
        body (SwarmJoinRequest):  Example: {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr':
            '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1', 'RemoteAddrs': ['node1:2377'],
            'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SwarmJoinRequest,
) -> Response[Any | ErrorResponse]:
    """Join an existing swarm

    Args:
        body (SwarmJoinRequest):  Example: {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr':
            '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1', 'RemoteAddrs': ['node1:2377'],
            'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SwarmJoinRequest,
) -> Any | ErrorResponse | None:
    """Join an existing swarm

    Args:
        body (SwarmJoinRequest):  Example: {'ListenAddr': '0.0.0.0:2377', 'AdvertiseAddr':
            '192.168.1.1:2377', 'DataPathAddr': '192.168.1.1', 'RemoteAddrs': ['node1:2377'],
            'JoinToken':
            'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-7p73s1dx5in4tatdymyhg9hu2'}.

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
        )
    ).parsed
