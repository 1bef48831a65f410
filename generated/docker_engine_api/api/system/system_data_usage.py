from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.error_response import ErrorResponse
from ...models.system_data_usage_response import SystemDataUsageResponse
from ...models.system_data_usage_type_item import (
    SystemDataUsageTypeItem,
)
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
    type: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for system_data_usage.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    json_type: list[str] | Unset = UNSET
    if not isinstance(type, Unset):
        json_type = []
        for type_item_data in type:
            type_item: str = type_item_data
            json_type.append(type_item)

    params["type"] = json_type

    params["verbose"] = verbose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/system/df",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | SystemDataUsageResponse | None:
    """Parse a response of system_data_usage by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = SystemDataUsageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SystemDataUsageResponse]:
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
    type: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[ErrorResponse | SystemDataUsageResponse]:
    """Get data usage information

    Args:
        type (list[SystemDataUsageTypeItem] | Unset): Object types, for which to compute and
            return data.
        verbose (bool | Unset): Show detailed information on space usage.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SystemDataUsageResponse]
    """

    kwargs = build_request(
        type=type,
        verbose=verbose,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    type: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> ErrorResponse | SystemDataUsageResponse | None:
    """Get data usage information

    Args:
        type (list[SystemDataUsageTypeItem] | Unset): Object types, for which to compute and
            return data.
        verbose (bool | Unset): Show detailed information on space usage.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SystemDataUsageResponse
    """

    return sync_detailed(
        client=client,
        type=type,
        verbose=verbose,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    type: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> Response[ErrorResponse | SystemDataUsageResponse]:
    """Get data usage information

    Args:
        type (list[SystemDataUsageTypeItem] | Unset): Object types, for which to compute and
            return data.
        verbose (bool | Unset): Show detailed information on space usage.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SystemDataUsageResponse]
    """

    kwargs = build_request(
        type=type,
        verbose=verbose,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    type: list[SystemDataUsageTypeItem] | Unset = UNSET,
    verbose: bool | Unset = UNSET,
) -> ErrorResponse | SystemDataUsageResponse | None:
    """Get data usage information

    Args:
        type (list[SystemDataUsageTypeItem] | Unset): Object types, for which to compute and
            return data.
        verbose (bool | Unset): Show detailed information on space usage.

            Daemon default: `false` (sent only when set).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SystemDataUsageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type=type,
            verbose=verbose,
        )
    ).parsed
