from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...types import UNSET, Response

if TYPE_CHECKING:
    # annotations only: not importing httpx here halves the import time of an endpoint
    import httpx

    from ...client import AuthenticatedClient, Client


from ...models.build_prune_response import BuildPruneResponse
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
    *,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for build_prune.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    params["reserved-space"] = reserved_space

    params["max-used-space"] = max_used_space

    params["min-free-space"] = min_free_space

    params["all"] = all

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/build/prune",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> BuildPruneResponse | ErrorResponse | None:
    """Parse a response of build_prune by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = BuildPruneResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BuildPruneResponse | ErrorResponse]:
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
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[BuildPruneResponse | ErrorResponse]:
    """Delete builder cache

    Args:
        reserved_space (int | Unset): Amount of disk space in bytes to keep for cache
        max_used_space (int | Unset): Maximum amount of disk space allowed to keep for cache
        min_free_space (int | Unset): Target amount of free disk space after pruning
        all (bool | Unset): Remove all types of build cache
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the list of build cache objects.

            Available filters:

            - `until=<timestamp>` remove cache older than `<timestamp>`. The `<timestamp>` can be Unix
            timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`)
            computed relative to the daemon's local time.
            - `id=<id>`
            - `parent=<id>`
            - `type=<string>`
            - `description=<string>`
            - `inuse`
            - `shared`
            - `private`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildPruneResponse | ErrorResponse]
    """

    kwargs = build_request(
        reserved_space=reserved_space,
        max_used_space=max_used_space,
        min_free_space=min_free_space,
        all=all,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> BuildPruneResponse | ErrorResponse | None:
    """Delete builder cache

    Args:
        reserved_space (int | Unset): Amount of disk space in bytes to keep for cache
        max_used_space (int | Unset): Maximum amount of disk space allowed to keep for cache
        min_free_space (int | Unset): Target amount of free disk space after pruning
        all (bool | Unset): Remove all types of build cache
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the list of build cache objects.

            Available filters:

            - `until=<timestamp>` remove cache older than `<timestamp>`. The `<timestamp>` can be Unix
            timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`)
            computed relative to the daemon's local time.
            - `id=<id>`
            - `parent=<id>`
            - `type=<string>`
            - `description=<string>`
            - `inuse`
            - `shared`
            - `private`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildPruneResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        reserved_space=reserved_space,
        max_used_space=max_used_space,
        min_free_space=min_free_space,
        all=all,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[BuildPruneResponse | ErrorResponse]:
    """Delete builder cache

    Args:
        reserved_space (int | Unset): Amount of disk space in bytes to keep for cache
        max_used_space (int | Unset): Maximum amount of disk space allowed to keep for cache
        min_free_space (int | Unset): Target amount of free disk space after pruning
        all (bool | Unset): Remove all types of build cache
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the list of build cache objects.

            Available filters:

            - `until=<timestamp>` remove cache older than `<timestamp>`. The `<timestamp>` can be Unix
            timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`)
            computed relative to the daemon's local time.
            - `id=<id>`
            - `parent=<id>`
            - `type=<string>`
            - `description=<string>`
            - `inuse`
            - `shared`
            - `private`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuildPruneResponse | ErrorResponse]
    """

    kwargs = build_request(
        reserved_space=reserved_space,
        max_used_space=max_used_space,
        min_free_space=min_free_space,
        all=all,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    reserved_space: int | Unset = UNSET,
    max_used_space: int | Unset = UNSET,
    min_free_space: int | Unset = UNSET,
    all: bool | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> BuildPruneResponse | ErrorResponse | None:
    """Delete builder cache

    Args:
        reserved_space (int | Unset): Amount of disk space in bytes to keep for cache
        max_used_space (int | Unset): Maximum amount of disk space allowed to keep for cache
        min_free_space (int | Unset): Target amount of free disk space after pruning
        all (bool | Unset): Remove all types of build cache
        filters (str | Unset): A JSON encoded value of the filters (a `map[string][]string`) to
            process on the list of build cache objects.

            Available filters:

            - `until=<timestamp>` remove cache older than `<timestamp>`. The `<timestamp>` can be Unix
            timestamps, date formatted timestamps, or Go duration strings (e.g. `10m`, `1h30m`)
            computed relative to the daemon's local time.
            - `id=<id>`
            - `parent=<id>`
            - `type=<string>`
            - `description=<string>`
            - `inuse`
            - `shared`
            - `private`

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuildPruneResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            reserved_space=reserved_space,
            max_used_space=max_used_space,
            min_free_space=min_free_space,
            all=all,
            filters=filters,
        )
    ).parsed
