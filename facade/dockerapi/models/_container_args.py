"""`containers.run` / `containers.create` keyword arguments -> `create_container`'s.

docker-py's high-level `run` and `create` take one flat set of keyword
arguments; each belongs either to the container's configuration (passed to
`APIClient.create_container`) or to its host configuration (`HostConfig`),
and a few (`ports`, `volumes`, `network`, `networking_config`) feed both. The
two lists below are docker-py's, under its names; anything else is refused
with a `TypeError` naming it, before a request is made.
"""

from __future__ import annotations

import ntpath
from collections.abc import Mapping
from typing import Any, Final

from ..types import HostConfig, NetworkingConfig

__all__ = [
    "RUN_CREATE_KWARGS",
    "RUN_HOST_CONFIG_KWARGS",
    "create_container_args",
    "unexpected_kwargs_error",
]

#: Keyword arguments of `run`/`create` passed on to `create_container` as they are.
RUN_CREATE_KWARGS: Final[list[str]] = [
    "command",
    "detach",
    "domainname",
    "entrypoint",
    "environment",
    "healthcheck",
    "hostname",
    "image",
    "labels",
    "mac_address",
    "name",
    "network_disabled",
    "platform",
    "stdin_open",
    "stop_signal",
    "tty",
    "use_config_proxy",
    "user",
    "working_dir",
]

#: Keyword arguments of `run`/`create` that make the container's `HostConfig`.
RUN_HOST_CONFIG_KWARGS: Final[list[str]] = [
    "auto_remove",
    "blkio_weight_device",
    "blkio_weight",
    "cap_add",
    "cap_drop",
    "cgroup_parent",
    "cgroupns",
    "cpu_count",
    "cpu_percent",
    "cpu_period",
    "cpu_quota",
    "cpu_shares",
    "cpuset_cpus",
    "cpuset_mems",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "device_cgroup_rules",
    "device_read_bps",
    "device_read_iops",
    "device_write_bps",
    "device_write_iops",
    "devices",
    "device_requests",
    "dns_opt",
    "dns_search",
    "dns",
    "extra_hosts",
    "group_add",
    "init",
    "init_path",
    "ipc_mode",
    "isolation",
    "kernel_memory",
    "links",
    "log_config",
    "lxc_conf",
    "mem_limit",
    "mem_reservation",
    "mem_swappiness",
    "memswap_limit",
    "mounts",
    "nano_cpus",
    "network_mode",
    "oom_kill_disable",
    "oom_score_adj",
    "pid_mode",
    "pids_limit",
    "privileged",
    "publish_all_ports",
    "read_only",
    "restart_policy",
    "security_opt",
    "shm_size",
    "storage_opt",
    "sysctls",
    "tmpfs",
    "ulimits",
    "userns_mode",
    "uts_mode",
    "version",
    "volume_driver",
    "volumes_from",
    "runtime",
]

_CREATE: Final = frozenset(RUN_CREATE_KWARGS)
_HOST_CONFIG: Final = frozenset(RUN_HOST_CONFIG_KWARGS)
#: Arguments that feed both the create body and the host config.
_SHARED: Final = frozenset({"ports", "volumes", "network", "networking_config"})


def unexpected_kwargs_error(method: str, names: list[str]) -> TypeError:
    """The TypeError Python itself would raise for unknown keyword arguments."""
    quoted = ", ".join(f"'{name}'" for name in sorted(names))
    if len(names) == 1:
        return TypeError(f"{method}() got an unexpected keyword argument {quoted}")
    return TypeError(f"{method}() got unexpected keyword arguments {quoted}")


def _bind_target(bind: str) -> str:
    """The container path of a `host:container[:mode]` bind (Windows drives kept whole)."""
    drive, rest = ntpath.splitdrive(bind)
    host, separator, remainder = rest.partition(":")
    if not separator or remainder in ("ro", "rw"):
        return drive + host  # no target given: the path is the same inside
    if remainder.endswith((":ro", ":rw")):
        return remainder[:-3]
    return remainder


def create_container_args(method: str, kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """`create_container`'s keyword arguments (with a `host_config`) from `run`'s.

    Raises:
        TypeError: an argument neither list knows, named as Python would.
    """
    unknown = [name for name in kwargs if name not in _CREATE | _HOST_CONFIG | _SHARED]
    if unknown:
        raise unexpected_kwargs_error(method, unknown)
    create = {name: value for name, value in kwargs.items() if name in _CREATE}
    host = {name: value for name, value in kwargs.items() if name in _HOST_CONFIG}

    ports = kwargs.get("ports")
    if ports:
        host["port_bindings"] = ports
    volumes = kwargs.get("volumes")
    if volumes:
        host["binds"] = volumes
    network = kwargs.get("network")
    if network:
        endpoints = kwargs.get("networking_config")
        # Endpoint settings count only for the network the container joins.
        if endpoints and network in endpoints:
            create["networking_config"] = NetworkingConfig(endpoints)
        host["network_mode"] = network

    host_config = HostConfig(**host)
    create["host_config"] = host_config
    bindings = host_config.get("PortBindings")
    if bindings:
        # The ports to expose are the ones bound: ("80", "tcp"), sorted for stable bodies.
        create["ports"] = [tuple(port.split("/", 1)) for port in sorted(bindings)]
    if volumes:
        if isinstance(volumes, Mapping):
            create["volumes"] = [spec.get("bind") for spec in volumes.values()]
        else:
            create["volumes"] = [_bind_target(bind) for bind in volumes]
    return create
