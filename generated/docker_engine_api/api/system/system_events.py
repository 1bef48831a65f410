from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

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
    *,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for system_events.

    Keys: ``method``, ``url`` (path without the ``/vX.Y`` prefix), and when used
    ``params``, ``headers``, ``json`` or ``content``. Parameters left UNSET are not sent.
    """

    params: dict[str, Any] = {}

    params["since"] = since

    params["until"] = until

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/events",
        "params": params,
    }

    return _kwargs


def parse_response(
    response: httpx.Response, *, raise_on_unexpected_status: bool = False
) -> ErrorResponse | File | None:
    """Parse a response of system_events by its status code (documented ones only).

    Works on any ``httpx.Response`` (``httpx.Response(status, content=data)`` wraps raw
    bytes); undocumented statuses give None or, if asked, ``errors.UnexpectedStatus``.
    """
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

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
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Monitor events

     Stream real-time events from the server.

    Various objects within Docker report events when something happens to them.

    Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`,
    `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`,
    `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

    Images report these events: `create`, `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`,
    `untag`, and `prune`

    Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

    Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and
    `prune`

    The Docker daemon reports these events: `reload`

    Services report these events: `create`, `update`, and `remove`

    Nodes report these events: `create`, `update`, and `remove`

    Secrets report these events: `create`, `update`, and `remove`

    Configs report these events: `create`, `update`, and `remove`

    The Builder reports `prune` events

    Args:
        since (str | Unset): Show events created since this timestamp then stream new events.
        until (str | Unset): Show events created until this timestamp then stop streaming.
        filters (str | Unset): A JSON encoded value of filters (a `map[string][]string`) to
            process on the event list. Available filters:

            - `config=<string>` config name or ID
            - `container=<string>` container name or ID
            - `daemon=<string>` daemon name or ID
            - `event=<string>` event type
            - `image=<string>` image name or ID
            - `label=<string>` image or container label
            - `network=<string>` network name or ID
            - `node=<string>` node ID
            - `plugin`=<string> plugin name or ID
            - `scope`=<string> local or swarm
            - `secret=<string>` secret name or ID
            - `service=<string>` service name or ID
            - `type=<string>` object to filter by, one of `container`, `image`, `volume`, `network`,
            `daemon`, `plugin`, `node`, `service`, `secret` or `config`
            - `volume=<string>` volume name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = build_request(
        since=since,
        until=until,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Monitor events

     Stream real-time events from the server.

    Various objects within Docker report events when something happens to them.

    Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`,
    `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`,
    `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

    Images report these events: `create`, `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`,
    `untag`, and `prune`

    Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

    Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and
    `prune`

    The Docker daemon reports these events: `reload`

    Services report these events: `create`, `update`, and `remove`

    Nodes report these events: `create`, `update`, and `remove`

    Secrets report these events: `create`, `update`, and `remove`

    Configs report these events: `create`, `update`, and `remove`

    The Builder reports `prune` events

    Args:
        since (str | Unset): Show events created since this timestamp then stream new events.
        until (str | Unset): Show events created until this timestamp then stop streaming.
        filters (str | Unset): A JSON encoded value of filters (a `map[string][]string`) to
            process on the event list. Available filters:

            - `config=<string>` config name or ID
            - `container=<string>` container name or ID
            - `daemon=<string>` daemon name or ID
            - `event=<string>` event type
            - `image=<string>` image name or ID
            - `label=<string>` image or container label
            - `network=<string>` network name or ID
            - `node=<string>` node ID
            - `plugin`=<string> plugin name or ID
            - `scope`=<string> local or swarm
            - `secret=<string>` secret name or ID
            - `service=<string>` service name or ID
            - `type=<string>` object to filter by, one of `container`, `image`, `volume`, `network`,
            `daemon`, `plugin`, `node`, `service`, `secret` or `config`
            - `volume=<string>` volume name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        client=client,
        since=since,
        until=until,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[ErrorResponse | File]:
    """Monitor events

     Stream real-time events from the server.

    Various objects within Docker report events when something happens to them.

    Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`,
    `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`,
    `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

    Images report these events: `create`, `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`,
    `untag`, and `prune`

    Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

    Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and
    `prune`

    The Docker daemon reports these events: `reload`

    Services report these events: `create`, `update`, and `remove`

    Nodes report these events: `create`, `update`, and `remove`

    Secrets report these events: `create`, `update`, and `remove`

    Configs report these events: `create`, `update`, and `remove`

    The Builder reports `prune` events

    Args:
        since (str | Unset): Show events created since this timestamp then stream new events.
        until (str | Unset): Show events created until this timestamp then stop streaming.
        filters (str | Unset): A JSON encoded value of filters (a `map[string][]string`) to
            process on the event list. Available filters:

            - `config=<string>` config name or ID
            - `container=<string>` container name or ID
            - `daemon=<string>` daemon name or ID
            - `event=<string>` event type
            - `image=<string>` image name or ID
            - `label=<string>` image or container label
            - `network=<string>` network name or ID
            - `node=<string>` node ID
            - `plugin`=<string> plugin name or ID
            - `scope`=<string> local or swarm
            - `secret=<string>` secret name or ID
            - `service=<string>` service name or ID
            - `type=<string>` object to filter by, one of `container`, `image`, `volume`, `network`,
            `daemon`, `plugin`, `node`, `service`, `secret` or `config`
            - `volume=<string>` volume name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = build_request(
        since=since,
        until=until,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
    until: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> ErrorResponse | File | None:
    """Monitor events

     Stream real-time events from the server.

    Various objects within Docker report events when something happens to them.

    Containers report these events: `attach`, `commit`, `copy`, `create`, `destroy`, `detach`, `die`,
    `exec_create`, `exec_detach`, `exec_start`, `exec_die`, `export`, `health_status`, `kill`, `oom`,
    `pause`, `rename`, `resize`, `restart`, `start`, `stop`, `top`, `unpause`, `update`, and `prune`

    Images report these events: `create`, `delete`, `import`, `load`, `pull`, `push`, `save`, `tag`,
    `untag`, and `prune`

    Volumes report these events: `create`, `mount`, `unmount`, `destroy`, and `prune`

    Networks report these events: `create`, `connect`, `disconnect`, `destroy`, `update`, `remove`, and
    `prune`

    The Docker daemon reports these events: `reload`

    Services report these events: `create`, `update`, and `remove`

    Nodes report these events: `create`, `update`, and `remove`

    Secrets report these events: `create`, `update`, and `remove`

    Configs report these events: `create`, `update`, and `remove`

    The Builder reports `prune` events

    Args:
        since (str | Unset): Show events created since this timestamp then stream new events.
        until (str | Unset): Show events created until this timestamp then stop streaming.
        filters (str | Unset): A JSON encoded value of filters (a `map[string][]string`) to
            process on the event list. Available filters:

            - `config=<string>` config name or ID
            - `container=<string>` container name or ID
            - `daemon=<string>` daemon name or ID
            - `event=<string>` event type
            - `image=<string>` image name or ID
            - `label=<string>` image or container label
            - `network=<string>` network name or ID
            - `node=<string>` node ID
            - `plugin`=<string> plugin name or ID
            - `scope`=<string> local or swarm
            - `secret=<string>` secret name or ID
            - `service=<string>` service name or ID
            - `type=<string>` object to filter by, one of `container`, `image`, `volume`, `network`,
            `daemon`, `plugin`, `node`, `service`, `secret` or `config`
            - `volume=<string>` volume name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            until=until,
            filters=filters,
        )
    ).parsed
