"""docker-py's container API (`ContainerApiMixin`), written once as plans for
`APIClient` and `AsyncAPIClient`.

Names, positional order, keyword names, defaults and result shapes follow
docker-py; the streaming methods (logs, attach, attach_socket, stats, export,
get_archive, put_archive) come from `ContainerStreamsMixin`. Version rules are
not checked here by hand: every request names its operation, and the client's
gate compares each query parameter and body field with the version table before
anything is sent (`stop(signal=...)` on API 1.41 raises `InvalidVersion`).

Only what the caller set is sent: arguments left at None (or at a "no" default
such as `force=False`) stay out of the query, so a client pinned to an old API
version is not refused for parameters nobody asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

import httpx

from .._host import DockerHost
from .._plan import PlanGenerator, plan
from .._request import Request, Response
from .._timeouts import check_grace_period, check_timeout
from .._transport import client_timeout
from .._wire import Keywords
from ..errors import DeprecatedMethod, DockerTimeoutError, InvalidArgument
from ..types import ContainerConfig, EndpointConfig, HostConfig, NetworkingConfig
from ..types.containers import CONTAINER_CONFIG, HOST_CONFIG
from ..types.networks import ENDPOINT_CONFIG, NETWORKING_CONFIG
from ..utils import convert_filters, format_environment, parse_bytes
from ._container_streams import ContainerRef, ContainerStreamsMixin
from ._proxies import ConfigProxiesMixin
from ._resources import resource_id, resource_path, without_none

__all__ = ["ContainerApiMixin"]

#: docker-py's stop(): the daemon's own grace period when no timeout is given.
_DEFAULT_STOP_GRACE: Final = 10


# Where each method's keyword arguments go on the wire (see `_wire.py`): the plans
# below take their query and body names from these, and `dockerapi check` reads them.
_CONTAINER = ("container",)
_CREATE_QUERY = {"name": "name", "platform": "platform"}
_CREATE_FROM_CONFIG = Keywords("ContainerCreate", query=_CREATE_QUERY, body={"config": ""})
_CREATE = Keywords(
    "ContainerCreate",
    query=_CREATE_QUERY,
    # The proxy variables of the CLI's config are added to the environment.
    body={**CONTAINER_CONFIG.body_names, "use_config_proxy": "Env"},
    nested=CONTAINER_CONFIG.nested,
)
_LIST = Keywords(
    "ContainerList",
    query={
        "limit": "limit",
        "latest": "limit",
        "all": "all",
        "size": "size",
        "filters": "filters",
        # The daemon reads these only as filters.
        "since": "filters",
        "before": "filters",
    },
    unversioned=("quiet", "trunc"),
)
_INSPECT = Keywords("ContainerInspect", unversioned=_CONTAINER)
_CHANGES = Keywords("ContainerChanges", unversioned=_CONTAINER)
_PORT = Keywords("ContainerInspect", unversioned=(*_CONTAINER, "private_port"))
_TOP = Keywords("ContainerTop", query={"ps_args": "ps_args"}, unversioned=_CONTAINER)
_START = Keywords("ContainerStart", unversioned=_CONTAINER)
_STOP = Keywords(
    "ContainerStop", query={"timeout": "t", "signal": "signal"}, unversioned=_CONTAINER
)
_RESTART = Keywords(
    "ContainerRestart", query={"timeout": "t", "signal": "signal"}, unversioned=_CONTAINER
)
_KILL = Keywords("ContainerKill", query={"signal": "signal"}, unversioned=_CONTAINER)
_PAUSE = Keywords("ContainerPause", unversioned=_CONTAINER)
_UNPAUSE = Keywords("ContainerUnpause", unversioned=_CONTAINER)
# `timeout` bounds the client's wait; the daemon never sees it.
_WAIT = Keywords(
    "ContainerWait", query={"condition": "condition"}, unversioned=(*_CONTAINER, "timeout")
)
_REMOVE = Keywords(
    "ContainerDelete", query={"v": "v", "link": "link", "force": "force"}, unversioned=_CONTAINER
)
_RENAME = Keywords("ContainerRename", query={"name": "name"}, unversioned=_CONTAINER)
_RESIZE = Keywords("ContainerResize", query={"height": "h", "width": "w"}, unversioned=_CONTAINER)
_UPDATE = Keywords(
    "ContainerUpdate",
    body={
        "blkio_weight": "BlkioWeight",
        "cpu_period": "CpuPeriod",
        "cpu_quota": "CpuQuota",
        "cpu_shares": "CpuShares",
        "cpuset_cpus": "CpusetCpus",
        "cpuset_mems": "CpusetMems",
        "mem_limit": "Memory",
        "mem_reservation": "MemoryReservation",
        "memswap_limit": "MemorySwap",
        "kernel_memory": "KernelMemory",
        "restart_policy": "RestartPolicy",
    },
    unversioned=_CONTAINER,
)
_COMMIT = Keywords(
    "ImageCommit",
    query={
        "container": "container",
        "repository": "repo",
        "tag": "tag",
        "message": "comment",
        "author": "author",
        "pause": "pause",
        "changes": "changes",
    },
    body={"conf": ""},
)
_PRUNE = Keywords("ContainerPrune", query={"filters": "filters"})


def _signal_param(signal: str | int | None) -> str | int | None:
    """A signal as the daemon reads it: a name ("SIGTERM", "TERM") or a number."""
    if signal is None or isinstance(signal, str):
        return signal
    return int(signal)  # signal.Signals and other int-likes


def _plus_grace(client_timeout_seconds: float | None, grace: float) -> float | None:
    """docker-py's HTTP timeout for stop/restart: the client's plus the grace period
    the daemon may wait before killing (None: no limit)."""
    if client_timeout_seconds is None:
        return None
    return client_timeout_seconds + grace


def _list_filters(
    filters: Mapping[str, Any] | None, since: str | None, before: str | None
) -> str | None:
    """`filters` JSON for containers(); `since`/`before` become filters because the
    daemon ignores them as query parameters (docker-py sends them there, to no effect)."""
    merged: dict[str, Any] = dict(filters) if filters else {}
    for key, value in (("since", since), ("before", before)):
        if value is None:
            continue
        present = merged.get(key)
        if present is None:
            merged[key] = value
        else:
            listed = present if isinstance(present, list) else [present]
            merged[key] = [*listed, value] if value not in listed else listed
    return convert_filters(merged) if merged else None


def _exposed_ports(inspect: Mapping[str, Any], private_port: int | str) -> Any:
    """docker-py's `port()` lookup in an inspect result."""
    settings = inspect.get("NetworkSettings") or {}
    ports = settings.get("Ports")
    if ports is None:  # network_mode=host, or not running
        return None
    key = str(private_port)
    if "/" in key:
        return ports.get(key)
    bindings = None
    for protocol in ("tcp", "udp", "sctp"):
        bindings = ports.get(f"{key}/{protocol}")
        if bindings:
            break
    return bindings


class ContainerApiMixin(ContainerStreamsMixin, ConfigProxiesMixin):
    """docker-py's `ContainerApiMixin`: every container method, sync and async.

    On `APIClient` each method blocks and returns its result; on
    `AsyncAPIClient` the same method is a coroutine. Container arguments take an
    ID, a name, or a dict with `Id` (as `containers()` and `inspect_container()`
    return); None or an empty ID raises `NullResource` before anything is sent.
    """

    _host: DockerHost
    base_url: str
    #: The proxy variables from the CLI's config, read once per client.

    # -- building configurations (no request) --------------------------------

    def _known_version(self) -> str | None:
        """The API version in use if it is settled (pinned or negotiated), else None.

        The config builders below never trigger a request: the only rule they
        check by version (`init_path`) is skipped while the version is unknown,
        and everything else is gated when the container is created.
        """
        negotiator = getattr(self, "_negotiator", None)
        current = getattr(negotiator, "current", None)
        return current if isinstance(current, str) else None

    @CONTAINER_CONFIG.describes(forwards_to=ContainerConfig)
    def create_container_config(self, *args: Any, **kwargs: Any) -> ContainerConfig:
        """A `ContainerConfig` (the create body) from `create_container`'s arguments,
        `image` first; see `dockerapi.types.ContainerConfig`."""
        return ContainerConfig(self._known_version(), *args, **kwargs)

    @HOST_CONFIG.describes(forwards_to=HostConfig)
    def create_host_config(self, *args: Any, **kwargs: Any) -> HostConfig:
        """A `HostConfig` for `create_container(host_config=...)`: resources, binds,
        port bindings, restart policy, security... (`dockerapi.types.HostConfig`'s
        keyword arguments, docker-py's names).

        Raises:
            TypeError: `version` was passed (the client supplies it), or a value
                has the wrong type.
            ValueError, InvalidArgument: a value the daemon cannot accept.
        """
        if "version" in kwargs:
            raise TypeError("create_host_config() got an unexpected keyword argument 'version'")
        return HostConfig(self._known_version(), *args, **kwargs)

    @NETWORKING_CONFIG.describes(forwards_to=NetworkingConfig)
    def create_networking_config(self, *args: Any, **kwargs: Any) -> NetworkingConfig:
        """A `NetworkingConfig` for `create_container(networking_config=...)`:
        `{"network name": create_endpoint_config(...)}`."""
        return NetworkingConfig(*args, **kwargs)

    @ENDPOINT_CONFIG.describes(forwards_to=EndpointConfig)
    def create_endpoint_config(self, *args: Any, **kwargs: Any) -> EndpointConfig:
        """An `EndpointConfig` (aliases, links, static addresses, driver options)
        for one network of `create_networking_config`."""
        return EndpointConfig(self._known_version(), *args, **kwargs)

    # -- create, list, inspect ------------------------------------------------

    @plan
    @_CREATE.describes
    def create_container(
        self,
        image: str,
        command: str | list[str] | None = None,
        hostname: str | None = None,
        user: str | int | None = None,
        detach: bool = False,
        stdin_open: bool = False,
        tty: bool = False,
        ports: list[Any] | Mapping[str, Any] | None = None,
        environment: Mapping[str, Any] | list[str] | None = None,
        volumes: str | list[str] | Mapping[str, Any] | None = None,
        network_disabled: bool = False,
        name: str | None = None,
        entrypoint: str | list[str] | None = None,
        working_dir: str | None = None,
        domainname: str | None = None,
        host_config: Mapping[str, Any] | None = None,
        mac_address: str | None = None,
        labels: Mapping[str, str] | list[str] | None = None,
        stop_signal: str | None = None,
        networking_config: Mapping[str, Any] | None = None,
        healthcheck: Mapping[str, Any] | None = None,
        stop_timeout: int | None = None,
        runtime: str | None = None,
        use_config_proxy: bool = True,
        platform: str | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Create a container (not started), like `docker create`.

        Host-specific settings (binds, port bindings, resources, restart
        policy, ...) go in `host_config`, built with `create_host_config`;
        networks to join in `networking_config` (`create_networking_config`).

        Args:
            image: the image to run (it must be present: pull it first).
            command: the command, a list or a string split like a shell would.
            hostname, domainname: the container's host and domain name.
            user: user name or UID (optionally `user:group`).
            detach: do not attach stdin/stdout/stderr at start.
            stdin_open: keep stdin open (`docker run -i`).
            tty: allocate a pseudo-TTY (output is then raw, not multiplexed).
            ports: ports to expose: `80`, `"80/udp"`, `(80, "udp")`; bind them
                with `create_host_config(port_bindings=...)`.
            environment: `{"KEY": "value"}` or `["KEY=value"]`.
            volumes: paths inside the container to make volumes (str or list).
            network_disabled: no networking at all.
            name: the container's name.
            entrypoint: the entrypoint, a list or a string.
            working_dir: the working directory of the command.
            host_config: a dict from `create_host_config`.
            mac_address: the MAC address on the default network.
            labels: `{"name": "value"}`, or a list of names with empty values.
            stop_signal: the signal `stop` sends (e.g. "SIGINT").
            networking_config: a dict from `create_networking_config`.
            healthcheck: a dict or `Healthcheck` (test, interval, timeout, ...).
            stop_timeout: seconds `stop` waits before killing (daemon default 10).
            runtime: the OCI runtime to use.
            use_config_proxy: add the proxy variables of the Docker CLI's
                config.json (`proxies` for this daemon's address, else
                `default`) to the environment; the caller's own values win.
            platform: `os[/arch[/variant]]` of the image to use (API >= 1.41).

        Returns:
            `{"Id": ..., "Warnings": [...]}`.

        Raises:
            ImageNotFound: the image is not on the daemon.
            Conflict: the name is in use.
            InvalidVersion: an option needs a newer API than in use.
            APIError: any other refusal.
        """
        if isinstance(environment, Mapping):
            environment = format_environment(environment)
        if use_config_proxy and (environment is None or isinstance(environment, list | tuple)):
            # Prepended: on duplicate keys the daemon keeps the last, the caller's. Any
            # other value is left for ContainerConfig to refuse, naming it.
            environment = self._proxy_configs.inject_proxy_environment(environment)
        config = self.create_container_config(
            image,
            command,
            hostname,
            user,
            detach,
            stdin_open,
            tty,
            ports,
            environment,
            volumes,
            network_disabled,
            entrypoint,
            working_dir,
            domainname,
            host_config,
            mac_address,
            labels,
            stop_signal,
            networking_config,
            healthcheck,
            stop_timeout,
            runtime,
        )
        return (
            yield from ContainerApiMixin.create_container_from_config.function(
                self, config, name, platform
            )
        )

    @plan
    @_CREATE_FROM_CONFIG.describes
    def create_container_from_config(
        self,
        config: Mapping[str, Any],
        name: str | None = None,
        platform: str | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Create a container from a ready create body (`create_container_config`'s
        result, or any dict shaped like the API's ContainerCreate body).

        Returns:
            `{"Id": ..., "Warnings": [...]}`.
        """
        params = _CREATE_FROM_CONFIG.query(name=name, platform=platform or None)
        response: Response = yield Request.build(
            "POST",
            "/containers/create",
            params=params,
            json=without_none(config),
            operation="ContainerCreate",
        )
        created: dict[str, Any] = response.json()
        return created

    @plan
    @_LIST.describes
    def containers(
        self,
        quiet: bool = False,
        all: bool = False,
        trunc: bool = False,
        latest: bool = False,
        since: str | None = None,
        before: str | None = None,
        limit: int = -1,
        size: bool = False,
        filters: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[list[dict[str, Any]]]:
        """List containers, like `docker ps`.

        Args:
            quiet: only the IDs: `[{"Id": ...}, ...]`.
            all: include stopped containers (default: running ones only).
            trunc: shorten IDs to 12 characters.
            latest: only the most recently created container (any state).
            since, before: only containers created after / before this one
                (ID or name; any state).
            limit: only the `limit` most recently created (any state); -1: all.
            size: include `SizeRw` and `SizeRootFs` (slower).
            filters: `{"status": "exited", "label": ["a=b"], "name": ...,
                "ancestor": ..., "exited": 0, "id": ..., ...}`; values may be
                single values or lists.

        Returns:
            A list of dicts, one per container, newest first.
        """
        if latest:
            limit = 1
        params = _LIST.query(
            limit=None if limit == -1 else limit,
            all=1 if all else None,
            size=1 if size else None,
            filters=_list_filters(filters, since, before),
        )
        response: Response = yield Request.build(
            "GET", "/containers/json", params=params, operation="ContainerList"
        )
        listed: list[dict[str, Any]] = response.json() or []
        if quiet:
            return [{"Id": item["Id"]} for item in listed]
        if trunc:
            for item in listed:
                item["Id"] = item["Id"][:12]
        return listed

    @plan
    @_INSPECT.describes
    def inspect_container(self, container: ContainerRef) -> PlanGenerator[dict[str, Any]]:
        """Everything the daemon knows about a container, like `docker inspect`.

        Raises:
            NotFound: no such container.
        """
        response: Response = yield Request.build(
            "GET", resource_path("containers", container, "json"), operation="ContainerInspect"
        )
        inspected: dict[str, Any] = response.json()
        return inspected

    @plan
    @_CHANGES.describes
    def diff(self, container: ContainerRef) -> PlanGenerator[list[dict[str, Any]]]:
        """Changes to a container's filesystem: a list of `{"Path": ..., "Kind": n}`
        (0 modified, 1 added, 2 deleted); an empty list when nothing changed."""
        response: Response = yield Request.build(
            "GET", resource_path("containers", container, "changes"), operation="ContainerChanges"
        )
        # The daemon answers null (Go's nil slice) when nothing changed.
        changes: list[dict[str, Any]] = response.json() or []
        return changes

    @plan
    @_PORT.describes
    def port(
        self, container: ContainerRef, private_port: int | str
    ) -> PlanGenerator[list[dict[str, str]] | None]:
        """The host addresses a container port is published on, like `docker port`.

        Args:
            container: ID, name or dict with `Id`.
            private_port: the container's port: `80` (tcp, then udp, then sctp)
                or `"80/udp"`.

        Returns:
            `[{"HostIp": "0.0.0.0", "HostPort": "8080"}, ...]`, or None when the
            port is not published (or the container has no port map, e.g.
            `network_mode="host"`).
        """
        response: Response = yield Request.build(
            "GET", resource_path("containers", container, "json"), operation="ContainerInspect"
        )
        bindings: list[dict[str, str]] | None = _exposed_ports(response.json(), private_port)
        return bindings

    @plan
    @_TOP.describes
    def top(
        self, container: ContainerRef, ps_args: str | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """The processes running in a container, like `docker top`.

        Args:
            ps_args: arguments for `ps` on the host (e.g. "aux").

        Returns:
            `{"Titles": [...], "Processes": [[...], ...]}`.

        Raises:
            Conflict: the container is not running.
        """
        response: Response = yield Request.build(
            "GET",
            resource_path("containers", container, "top"),
            params=_TOP.query(ps_args=ps_args),
            operation="ContainerTop",
        )
        processes: dict[str, Any] = response.json()
        return processes

    # -- life cycle ------------------------------------------------------------

    @plan
    @_START.describes
    def start(self, container: ContainerRef, *args: Any, **kwargs: Any) -> PlanGenerator[None]:
        """Start a created (or stopped) container.

        Raises:
            DeprecatedMethod: any other argument (configuration belongs in
                `create_container(host_config=...)`).
            NotFound: no such container.
        """
        if args or kwargs:
            raise DeprecatedMethod(
                "start() no longer takes configuration; "
                "pass host_config to create_container() instead"
            )
        yield Request.build(
            "POST",
            resource_path("containers", container, "start"),
            expect="empty",
            operation="ContainerStart",
        )

    @plan
    @_STOP.describes
    def stop(
        self,
        container: ContainerRef,
        timeout: int | None = None,
        signal: str | int | None = None,
    ) -> PlanGenerator[None]:
        """Stop a container: send its stop signal, then kill it after `timeout` seconds.

        Args:
            timeout: seconds to wait before killing; None: the container's
                `stop_timeout` (daemon default 10).
            signal: the signal to send instead of the container's stop signal
                (API >= 1.42).

        The HTTP call may take up to the client's timeout plus the grace
        period (as in docker-py), so a slow stop does not time out.

        Raises:
            InvalidVersion: `signal` on an API older than 1.42.
            NotFound: no such container.
        """
        timeout = check_grace_period(timeout, "stop's timeout")
        params = _STOP.query(timeout=timeout, signal=_signal_param(signal))
        grace = _DEFAULT_STOP_GRACE if timeout is None else timeout
        yield Request.build(
            "POST",
            resource_path("containers", container, "stop"),
            params=params,
            expect="empty",  # 304 (already stopped) is not an error
            timeout=_plus_grace(self._settings.timeout, grace),
            operation="ContainerStop",
        )

    @plan
    @_RESTART.describes
    def restart(
        self,
        container: ContainerRef,
        timeout: int | None = _DEFAULT_STOP_GRACE,
        signal: str | int | None = None,
    ) -> PlanGenerator[None]:
        """Restart a container: stop it (killing it after `timeout` seconds), start it.

        Args:
            timeout: seconds to wait for the stop before killing; None: the
                container's `stop_timeout`.
            signal: the signal to stop it with (API >= 1.42).

        Raises:
            InvalidVersion: `signal` on an API older than 1.42.
            NotFound: no such container.
        """
        timeout = check_grace_period(timeout, "restart's timeout")
        params = _RESTART.query(timeout=timeout, signal=_signal_param(signal))
        grace = _DEFAULT_STOP_GRACE if timeout is None else timeout
        yield Request.build(
            "POST",
            resource_path("containers", container, "restart"),
            params=params,
            expect="empty",
            timeout=_plus_grace(self._settings.timeout, grace),
            operation="ContainerRestart",
        )

    @plan
    @_KILL.describes
    def kill(self, container: ContainerRef, signal: str | int | None = None) -> PlanGenerator[None]:
        """Send a signal to a container's main process (default SIGKILL).

        Args:
            signal: a name ("SIGHUP", "HUP") or a number (`signal.SIGHUP`).

        Raises:
            Conflict: the container is not running.
        """
        yield Request.build(
            "POST",
            resource_path("containers", container, "kill"),
            params=_KILL.query(signal=_signal_param(signal)),
            expect="empty",
            operation="ContainerKill",
        )

    @plan
    @_PAUSE.describes
    def pause(self, container: ContainerRef) -> PlanGenerator[None]:
        """Freeze every process of a container (cgroup freezer)."""
        yield Request.build(
            "POST",
            resource_path("containers", container, "pause"),
            expect="empty",
            operation="ContainerPause",
        )

    @plan
    @_UNPAUSE.describes
    def unpause(self, container: ContainerRef) -> PlanGenerator[None]:
        """Thaw a paused container."""
        yield Request.build(
            "POST",
            resource_path("containers", container, "unpause"),
            expect="empty",
            operation="ContainerUnpause",
        )

    @plan
    @_WAIT.describes
    def wait(
        self,
        container: ContainerRef,
        timeout: float | None = None,
        condition: str | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Block until a container stops, then return its exit status.

        Args:
            timeout: seconds to wait for the answer; None waits as long as it
                takes (the client's timeout still bounds connecting).
            condition: "not-running" (daemon default), "next-exit" or
                "removed" (API >= 1.30).

        Returns:
            `{"StatusCode": int, "Error": {"Message": ...} or None}`.

        Raises:
            DockerTimeoutError: no answer within `timeout` (a `TimeoutError`;
                docker-py raises requests' ReadTimeout / ConnectionError).
            InvalidVersion: `condition` on an API older than 1.30.
            NotFound: no such container.
        """
        container_id = resource_id(container)
        timeout = check_timeout(timeout, "wait's timeout")
        bounds = client_timeout(self._settings.timeout)
        response: Response
        try:
            response = yield Request.build(
                "POST",
                resource_path("containers", container_id, "wait"),
                params=_WAIT.query(condition=condition),
                timeout=httpx.Timeout(
                    connect=bounds.connect, read=timeout, write=bounds.write, pool=bounds.pool
                ),
                operation="ContainerWait",
            )
        except DockerTimeoutError as error:
            if timeout is None:
                raise
            # The transport's message names the client's timeout, not this one.
            raise DockerTimeoutError(
                f"container {container_id} did not meet the wait condition "
                f"({condition or 'not-running'}) within {timeout:g} s",
                host=error.host,
                timeout=timeout,
            ) from error
        status: dict[str, Any] = response.json()
        return status

    @plan
    @_REMOVE.describes
    def remove_container(
        self,
        container: ContainerRef,
        v: bool = False,
        link: bool = False,
        force: bool = False,
    ) -> PlanGenerator[None]:
        """Remove a container, like `docker rm`.

        Args:
            v: also remove its anonymous volumes.
            link: remove the link named `container` instead of a container.
            force: kill it first if it runs.

        Raises:
            Conflict: it runs and `force` is false (or removal is in progress).
            NotFound: no such container.
        """
        params = _REMOVE.query(v=v or None, link=link or None, force=force or None)
        yield Request.build(
            "DELETE",
            resource_path("containers", container),
            params=params,
            expect="empty",
            operation="ContainerDelete",
        )

    @plan
    @_RENAME.describes
    def rename(self, container: ContainerRef, name: str) -> PlanGenerator[None]:
        """Give a container a new name.

        Raises:
            Conflict: the name is in use.
        """
        yield Request.build(
            "POST",
            resource_path("containers", container, "rename"),
            params=_RENAME.query(name=name),
            expect="empty",
            operation="ContainerRename",
        )

    @plan
    @_RESIZE.describes
    def resize(self, container: ContainerRef, height: int, width: int) -> PlanGenerator[None]:
        """Set the size of a container's TTY, in characters."""
        yield Request.build(
            "POST",
            resource_path("containers", container, "resize"),
            params=_RESIZE.query(height=height, width=width),
            expect="empty",
            operation="ContainerResize",
        )

    @plan
    @_UPDATE.describes
    def update_container(
        self,
        container: ContainerRef,
        blkio_weight: int | None = None,
        cpu_period: int | None = None,
        cpu_quota: int | None = None,
        cpu_shares: int | None = None,
        cpuset_cpus: str | None = None,
        cpuset_mems: str | None = None,
        mem_limit: int | float | str | None = None,
        mem_reservation: int | float | str | None = None,
        memswap_limit: int | float | str | None = None,
        kernel_memory: int | float | str | None = None,
        restart_policy: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Change a container's resource limits or restart policy while it exists.

        Sizes take numbers (bytes) or strings with units ("512m", "1g").
        `kernel_memory` was removed in API 1.42 (refused there by the gate).

        Returns:
            `{"Warnings": [...]}`.
        """

        def size(value: int | float | str | None, *, allow_unlimited: bool = False) -> int | None:
            return None if value is None else parse_bytes(value, allow_unlimited=allow_unlimited)

        if restart_policy and not isinstance(restart_policy, Mapping):
            raise InvalidArgument(
                "restart_policy must be a dict such as "
                "{'Name': 'on-failure', 'MaximumRetryCount': 3}"
            )
        body = without_none(
            _UPDATE.body(
                blkio_weight=blkio_weight,
                cpu_period=cpu_period,
                cpu_shares=cpu_shares,
                cpu_quota=cpu_quota,
                cpuset_cpus=cpuset_cpus,
                cpuset_mems=cpuset_mems,
                mem_limit=size(mem_limit),
                mem_reservation=size(mem_reservation),
                memswap_limit=size(memswap_limit, allow_unlimited=True),
                kernel_memory=size(kernel_memory),
                restart_policy=dict(restart_policy) if restart_policy else None,
            )
        )
        response: Response = yield Request.build(
            "POST",
            resource_path("containers", container, "update"),
            json=body,
            operation="ContainerUpdate",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
    @_COMMIT.describes
    def commit(
        self,
        container: ContainerRef,
        repository: str | None = None,
        tag: str | None = None,
        message: str | None = None,
        author: str | None = None,
        pause: bool = True,
        changes: str | Sequence[str] | None = None,
        conf: Mapping[str, Any] | None = None,
    ) -> PlanGenerator[dict[str, Any]]:
        """Make an image from a container's filesystem and settings, like `docker commit`.

        Args:
            repository, tag: what to name the image (untagged when omitted).
            message: the commit message.
            author: the author (e.g. "Jane <jane@example.com>").
            pause: pause the container while committing.
            changes: Dockerfile instructions to apply ("CMD ...", "ENV A=1"),
                one string or a list of them.
            conf: container configuration to bake in (create-body fields such
                as `Cmd`, `Env`, `Labels`).

        Returns:
            `{"Id": "sha256:..."}`.
        """
        params = _COMMIT.query(
            container=resource_id(container),
            repository=repository,
            tag=tag,
            message=message,
            author=author,
            pause=pause,
            # The daemon reads repeated `changes` keys; a list becomes those.
            changes=list(changes) if isinstance(changes, list | tuple) else changes,
        )
        response: Response = yield Request.build(
            "POST",
            "/commit",
            params=params,
            json=without_none(conf),
            operation="ImageCommit",
        )
        committed: dict[str, Any] = response.json()
        return committed

    @plan
    @_PRUNE.describes
    def prune_containers(
        self, filters: Mapping[str, Any] | None = None
    ) -> PlanGenerator[dict[str, Any]]:
        """Remove every stopped container.

        Args:
            filters: `{"until": "10m", "label": ["a=b"], "label!": ...}`.

        Returns:
            `{"ContainersDeleted": [ids] or None, "SpaceReclaimed": bytes}`.
        """
        response: Response = yield Request.build(
            "POST",
            "/containers/prune",
            params=_PRUNE.query(filters=convert_filters(filters) if filters else None),
            operation="ContainerPrune",
        )
        pruned: dict[str, Any] = response.json()
        return pruned
