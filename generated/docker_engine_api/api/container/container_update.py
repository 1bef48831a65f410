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


from ...models.container_update_body import ContainerUpdateBody
from ...models.container_update_response import ContainerUpdateResponse
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


def build_request(
    id: str,
    *,
    body: ContainerUpdateBody,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for container_update.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/{id}/update".format(
            id=quote(str(id), safe=_PATH_SAFE),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ContainerUpdateResponse | ErrorResponse | None:
    """Parse a response of container_update by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = ContainerUpdateResponse.from_dict(response.json())

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
) -> Response[ContainerUpdateResponse | ErrorResponse]:
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
    body: ContainerUpdateBody,
) -> Response[ContainerUpdateResponse | ErrorResponse]:
    """Update a container

     Change various configuration options of a container without having to
    recreate it.

    Args:
        id (str): ID or name of the container
        body (ContainerUpdateBody):  Example: {'BlkioWeight': 300, 'CpuShares': 512, 'CpuPeriod':
            100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000,
            'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800, 'MemorySwap': 514288000,
            'MemoryReservation': 209715200, 'RestartPolicy': {'MaximumRetryCount': 4, 'Name': 'on-
            failure'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerUpdateResponse | ErrorResponse]
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
    body: ContainerUpdateBody,
) -> ContainerUpdateResponse | ErrorResponse | None:
    """Update a container

     Change various configuration options of a container without having to
    recreate it.

    Args:
        id (str): ID or name of the container
        body (ContainerUpdateBody):  Example: {'BlkioWeight': 300, 'CpuShares': 512, 'CpuPeriod':
            100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000,
            'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800, 'MemorySwap': 514288000,
            'MemoryReservation': 209715200, 'RestartPolicy': {'MaximumRetryCount': 4, 'Name': 'on-
            failure'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerUpdateResponse | ErrorResponse
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
    body: ContainerUpdateBody,
) -> Response[ContainerUpdateResponse | ErrorResponse]:
    """Update a container

     Change various configuration options of a container without having to
    recreate it.

    Args:
        id (str): ID or name of the container
        body (ContainerUpdateBody):  Example: {'BlkioWeight': 300, 'CpuShares': 512, 'CpuPeriod':
            100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000,
            'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800, 'MemorySwap': 514288000,
            'MemoryReservation': 209715200, 'RestartPolicy': {'MaximumRetryCount': 4, 'Name': 'on-
            failure'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerUpdateResponse | ErrorResponse]
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
    body: ContainerUpdateBody,
) -> ContainerUpdateResponse | ErrorResponse | None:
    """Update a container

     Change various configuration options of a container without having to
    recreate it.

    Args:
        id (str): ID or name of the container
        body (ContainerUpdateBody):  Example: {'BlkioWeight': 300, 'CpuShares': 512, 'CpuPeriod':
            100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000, 'CpuRealtimeRuntime': 10000,
            'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800, 'MemorySwap': 514288000,
            'MemoryReservation': 209715200, 'RestartPolicy': {'MaximumRetryCount': 4, 'Name': 'on-
            failure'}}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerUpdateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
