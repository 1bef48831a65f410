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

from .._cli_config import proxy_entry
from .._host import DockerHost
from .._plan import PlanGenerator, plan
from .._request import Request, Response
from .._timeouts import check_grace_period, check_timeout
from .._transport import client_timeout
from ..errors import DeprecatedMethod, DockerTimeoutError, InvalidArgument
from ..types import ContainerConfig, EndpointConfig, HostConfig, NetworkingConfig
from ..utils import convert_filters, format_environment, parse_bytes
from ._container_streams import ContainerRef, ContainerStreamsMixin
from ._resources import resource_id, resource_path, without_none

__all__ = ["ContainerApiMixin"]

#: docker-py's stop(): the daemon's own grace period when no timeout is given.
_DEFAULT_STOP_GRACE: Final = 10

#: Docker CLI config `proxies` keys -> the environment variables they become.
_PROXY_VARIABLES: Final = (
    ("httpProxy", "http_proxy"),
    ("httpsProxy", "https_proxy"),
    ("ftpProxy", "ftp_proxy"),
    ("noProxy", "no_proxy"),
    ("allProxy", "all_proxy"),
)


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


def _proxy_variables(proxies: Mapping[str, Any]) -> list[str]:
    """`KEY=value` entries for a CLI `proxies` entry, lower and upper case each."""
    environment: dict[str, str] = {}
    for config_key, variable in _PROXY_VARIABLES:
        value = proxies.get(config_key)
        if isinstance(value, str) and value:
            environment[variable] = value
            environment[variable.upper()] = value
    return format_environment(environment)


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


class ContainerApiMixin(ContainerStreamsMixin):
    """docker-py's `ContainerApiMixin`: every container method, sync and async.

    On `APIClient` each method blocks and returns its result; on
    `AsyncAPIClient` the same method is a coroutine. Container arguments take an
    ID, a name, or a dict with `Id` (as `containers()` and `inspect_container()`
    return); None or an empty ID raises `NullResource` before anything is sent.
    """

    _host: DockerHost
    base_url: str
    #: The proxy variables from the CLI's config, read once per client.
    _config_proxy_environment: list[str] | None = None

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

    def create_container_config(self, *args: Any, **kwargs: Any) -> ContainerConfig:
        """A `ContainerConfig` (the create body) from `create_container`'s arguments,
        `image` first; see `dockerapi.types.ContainerConfig`."""
        return ContainerConfig(self._known_version(), *args, **kwargs)

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

    def create_networking_config(self, *args: Any, **kwargs: Any) -> NetworkingConfig:
        """A `NetworkingConfig` for `create_container(networking_config=...)`:
        `{"network name": create_endpoint_config(...)}`."""
        return NetworkingConfig(*args, **kwargs)

    def create_endpoint_config(self, *args: Any, **kwargs: Any) -> EndpointConfig:
        """An `EndpointConfig` (aliases, links, static addresses, driver options)
        for one network of `create_networking_config`."""
        return EndpointConfig(self._known_version(), *args, **kwargs)

    def _proxy_environment(self) -> list[str]:
        cached = self._config_proxy_environment
        if cached is None:
            # Looked up by the daemon's address (normalised: `unix:///...`, `tcp://...`),
            # then in docker-py's `base_url` form, then `default`.
            entry = proxy_entry(self._general_configs, (self._host.url, self.base_url))
            cached = _proxy_variables(entry)
            self._config_proxy_environment = cached
        return cached

    # -- create, list, inspect ------------------------------------------------

    @plan
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
        if use_config_proxy:
            proxies = self._proxy_environment()
            if proxies:
                # Prepended: on duplicate keys the daemon keeps the last, the caller's.
                environment = [*proxies, *(environment or [])]
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
        params: dict[str, object] = {"name": name}
        if platform:
            params["platform"] = platform
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
        params: dict[str, object] = {}
        if latest:
            params["limit"] = 1
        elif limit is not None and limit != -1:
            params["limit"] = limit
        if all:
            params["all"] = 1
        if size:
            params["size"] = 1
        params["filters"] = _list_filters(filters, since, before)
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
            params={"ps_args": ps_args},
            operation="ContainerTop",
        )
        processes: dict[str, Any] = response.json()
        return processes

    # -- life cycle ------------------------------------------------------------

    @plan
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
        params: dict[str, object] = {"t": timeout, "signal": _signal_param(signal)}
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
        params: dict[str, object] = {"t": timeout, "signal": _signal_param(signal)}
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
            params={"signal": _signal_param(signal)},
            expect="empty",
            operation="ContainerKill",
        )

    @plan
    def pause(self, container: ContainerRef) -> PlanGenerator[None]:
        """Freeze every process of a container (cgroup freezer)."""
        yield Request.build(
            "POST",
            resource_path("containers", container, "pause"),
            expect="empty",
            operation="ContainerPause",
        )

    @plan
    def unpause(self, container: ContainerRef) -> PlanGenerator[None]:
        """Thaw a paused container."""
        yield Request.build(
            "POST",
            resource_path("containers", container, "unpause"),
            expect="empty",
            operation="ContainerUnpause",
        )

    @plan
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
                params={"condition": condition},
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
        params = {"v": v or None, "link": link or None, "force": force or None}
        yield Request.build(
            "DELETE",
            resource_path("containers", container),
            params=params,
            expect="empty",
            operation="ContainerDelete",
        )

    @plan
    def rename(self, container: ContainerRef, name: str) -> PlanGenerator[None]:
        """Give a container a new name.

        Raises:
            Conflict: the name is in use.
        """
        yield Request.build(
            "POST",
            resource_path("containers", container, "rename"),
            params={"name": name},
            expect="empty",
            operation="ContainerRename",
        )

    @plan
    def resize(self, container: ContainerRef, height: int, width: int) -> PlanGenerator[None]:
        """Set the size of a container's TTY, in characters."""
        yield Request.build(
            "POST",
            resource_path("containers", container, "resize"),
            params={"h": height, "w": width},
            expect="empty",
            operation="ContainerResize",
        )

    @plan
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
        body: dict[str, Any] = {}
        for key, value in (
            ("BlkioWeight", blkio_weight),
            ("CpuPeriod", cpu_period),
            ("CpuShares", cpu_shares),
            ("CpuQuota", cpu_quota),
            ("CpusetCpus", cpuset_cpus),
            ("CpusetMems", cpuset_mems),
        ):
            if value is not None:
                body[key] = value
        for key, size in (
            ("Memory", mem_limit),
            ("MemoryReservation", mem_reservation),
            ("MemorySwap", memswap_limit),
            ("KernelMemory", kernel_memory),
        ):
            if size is not None:
                body[key] = parse_bytes(size, allow_unlimited=key == "MemorySwap")
        if restart_policy:
            if not isinstance(restart_policy, Mapping):
                raise InvalidArgument(
                    "restart_policy must be a dict such as "
                    "{'Name': 'on-failure', 'MaximumRetryCount': 3}"
                )
            body["RestartPolicy"] = dict(restart_policy)
        response: Response = yield Request.build(
            "POST",
            resource_path("containers", container, "update"),
            json=body,
            operation="ContainerUpdate",
        )
        result: dict[str, Any] = response.json()
        return result

    @plan
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
        params: dict[str, object] = {
            "container": resource_id(container),
            "repo": repository,
            "tag": tag,
            "comment": message,
            "author": author,
            "pause": pause,
            # The daemon reads repeated `changes` keys; a list becomes those.
            "changes": list(changes) if isinstance(changes, list | tuple) else changes,
        }
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
            params={"filters": convert_filters(filters) if filters else None},
            operation="ContainerPrune",
        )
        pruned: dict[str, Any] = response.json()
        return pruned
