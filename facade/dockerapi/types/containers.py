"""Container creation types: ``HostConfig``, ``ContainerConfig`` and their parts.

Each type is a ``dict`` holding exactly the JSON the Engine API reads, built from
docker-py's keyword arguments with the same names, defaults, shapes and exceptions.
API-version rules are NOT checked here: the client checks every body field against
the version table generated from the specs when the request is sent. The only rule
kept here is one the specs cannot tell (see ``HostConfig``'s ``init_path``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from dockerapi import errors
from dockerapi._wire import Keywords
from dockerapi.types.base import DictType
from dockerapi.types.healthcheck import HEALTHCHECK, Healthcheck
from dockerapi.utils import (
    convert_port_bindings,
    convert_tmpfs_mounts,
    convert_volume_binds,
    create_host_config,
    format_environment,
    format_extra_hosts,
    normalize_links,
    parse_bytes,
    parse_devices,
    split_command,
    version_gte,
)

__all__ = [
    "CONTAINER_CONFIG",
    "HOST_CONFIG",
    "ContainerConfig",
    "DeviceRequest",
    "HostConfig",
    "LogConfig",
    "LogConfigTypesEnum",
    "Ulimit",
]


class LogConfigTypesEnum:
    """Names of the logging drivers built into the daemon (plugins may add more)."""

    _values = ("json-file", "syslog", "journald", "gelf", "fluentd", "none")
    JSON = "json-file"
    SYSLOG = "syslog"
    JOURNALD = "journald"
    GELF = "gelf"
    FLUENTD = "fluentd"
    NONE = "none"


class LogConfig(DictType):
    """A container's logging driver and its options, for ``HostConfig(log_config=...)``.

    Args:
        type: the driver name (see :attr:`types`); any name is accepted, since plugins
            and newer daemons bring more drivers.
        config: driver options as a dict of strings, e.g. ``{"max-size": "10m"}``.
    """

    types = LogConfigTypesEnum

    def __init__(self, **kwargs: Any) -> None:
        driver = kwargs.get("type", kwargs.get("Type"))
        config = kwargs.get("config", kwargs.get("Config")) or {}
        if not isinstance(config, dict):
            raise ValueError("LogConfig.config must be a dictionary")
        super().__init__({"Type": driver, "Config": config})

    @property
    def type(self) -> Any:
        """The logging driver (`Type`): `json-file`, `syslog`, `none`, ..."""
        return self["Type"]

    @type.setter
    def type(self, value: Any) -> None:
        self["Type"] = value

    @property
    def config(self) -> dict[str, Any]:
        """The driver's options (`Config`), strings to strings."""
        config: dict[str, Any] = self["Config"]
        return config

    def set_config_value(self, key: str, value: Any) -> None:
        """Set one driver option."""
        self.config[key] = value

    def unset_config(self, key: str) -> None:
        """Remove one driver option if it is set."""
        self.config.pop(key, None)


class Ulimit(DictType):
    """One resource limit (``nofile``, ``nproc``, ...) for ``HostConfig(ulimits=[...])``.

    Args:
        name: the limit's name, as in ``/etc/security/limits.conf``.
        soft: the soft limit (optional).
        hard: the hard limit (optional).
    """

    def __init__(self, **kwargs: Any) -> None:
        name = kwargs.get("name", kwargs.get("Name"))
        soft = kwargs.get("soft", kwargs.get("Soft"))
        hard = kwargs.get("hard", kwargs.get("Hard"))
        if not isinstance(name, str):
            raise ValueError("Ulimit.name must be a string")
        if soft and not isinstance(soft, int):
            raise ValueError("Ulimit.soft must be an integer")
        if hard and not isinstance(hard, int):
            raise ValueError("Ulimit.hard must be an integer")
        super().__init__({"Name": name, "Soft": soft, "Hard": hard})

    @property
    def name(self) -> Any:
        """The limit (`Name`): `nofile`, `nproc`, `core`, ..."""
        return self["Name"]

    @name.setter
    def name(self, value: Any) -> None:
        self["Name"] = value

    @property
    def soft(self) -> Any:
        """The soft limit (`Soft`)."""
        return self.get("Soft")

    @soft.setter
    def soft(self, value: Any) -> None:
        self["Soft"] = value

    @property
    def hard(self) -> Any:
        """The hard limit (`Hard`)."""
        return self.get("Hard")

    @hard.setter
    def hard(self, value: Any) -> None:
        self["Hard"] = value


def _typed_or_default(value: Any, default: Any, expected: type, message: str) -> Any:
    if value is None:
        return default
    if not isinstance(value, expected):
        raise ValueError(message)
    return value


class DeviceRequest(DictType):
    """A request for host devices such as GPUs, for ``HostConfig(device_requests=[...])``.

    Args:
        driver: the device driver (``"nvidia"``, ``"cdi"``); default ``""``.
        count: how many devices; ``-1`` for all of them. Give either this or ``device_ids``.
        device_ids: the IDs of specific devices.
        capabilities: a list of lists of capabilities: any one inner list (all of
            whose capabilities are required) may be satisfied.
        options: driver-specific options.
    """

    def __init__(self, **kwargs: Any) -> None:
        def arg(name: str, api_name: str) -> Any:
            return kwargs.get(name, kwargs.get(api_name))

        super().__init__(
            {
                "Driver": _typed_or_default(
                    arg("driver", "Driver"), "", str, "DeviceRequest.driver must be a string"
                ),
                "Count": _typed_or_default(
                    arg("count", "Count"), 0, int, "DeviceRequest.count must be an integer"
                ),
                "DeviceIDs": _typed_or_default(
                    arg("device_ids", "DeviceIDs"),
                    [],
                    list,
                    "DeviceRequest.device_ids must be a list",
                ),
                "Capabilities": _typed_or_default(
                    arg("capabilities", "Capabilities"),
                    [],
                    list,
                    "DeviceRequest.capabilities must be a list",
                ),
                "Options": _typed_or_default(
                    arg("options", "Options"), {}, dict, "DeviceRequest.options must be a dict"
                ),
            }
        )

    @property
    def driver(self) -> Any:
        """The device driver (`Driver`), e.g. `nvidia`."""
        return self["Driver"]

    @driver.setter
    def driver(self, value: Any) -> None:
        self["Driver"] = value

    @property
    def count(self) -> Any:
        """How many devices (`Count`; -1 for all of them)."""
        return self["Count"]

    @count.setter
    def count(self, value: Any) -> None:
        self["Count"] = value

    @property
    def device_ids(self) -> Any:
        """The IDs of the devices (`DeviceIDs`)."""
        return self["DeviceIDs"]

    @device_ids.setter
    def device_ids(self, value: Any) -> None:
        self["DeviceIDs"] = value

    @property
    def capabilities(self) -> Any:
        """The capabilities asked for (`Capabilities`): a list of lists of names, any list matching."""
        return self["Capabilities"]

    @capabilities.setter
    def capabilities(self, value: Any) -> None:
        self["Capabilities"] = value

    @property
    def options(self) -> Any:
        """The driver's options (`Options`)."""
        return self["Options"]

    @options.setter
    def options(self, value: Any) -> None:
        self["Options"] = value


# ------------------------------------------------------------------------- errors


def host_config_type_error(param: str, param_value: object, expected: str) -> TypeError:
    return TypeError(
        f"Invalid type for {param} param: expected {expected} but found {type(param_value)}"
    )


def host_config_version_error(
    param: str, version: str, less_than: bool = True
) -> errors.InvalidVersion:
    operator = "<" if less_than else ">="
    return errors.InvalidVersion(
        f"{param} param is not supported in API versions {operator} {version}"
    )


def host_config_value_error(param: str, param_value: object) -> ValueError:
    return ValueError(f"Invalid value for {param} param: {param_value}")


def host_config_incompatible_error(
    param: str, param_value: str, incompatible_param: str
) -> errors.InvalidArgument:
    return errors.InvalidArgument(
        f'"{param_value}" {param} is incompatible with {incompatible_param}'
    )


def _require(param: str, value: object, expected: type | tuple[type, ...], name: str) -> None:
    if not isinstance(value, expected):
        raise host_config_type_error(param, value, name)


def _mounts(mounts: Sequence[Any]) -> list[Any]:
    # Strings are "source:target[:ro]" specs; docker-py only takes Mount objects/dicts here.
    from dockerapi.types.services import Mount

    return [Mount.parse_mount_string(m) if isinstance(m, str) else m for m in mounts]


#: docker-py's HostConfig keywords -> the ContainerCreate body fields they set (under
#: HostConfig). The class below takes every key from here; `dockerapi check` reads it.
HOST_CONFIG = Keywords(
    "ContainerCreate",
    within="HostConfig",
    body={
        "binds": "Binds",
        "port_bindings": "PortBindings",
        "lxc_conf": "LxcConf",
        "publish_all_ports": "PublishAllPorts",
        "links": "Links",
        "privileged": "Privileged",
        "dns": "Dns",
        "dns_search": "DnsSearch",
        "volumes_from": "VolumesFrom",
        "network_mode": "NetworkMode",
        "restart_policy": "RestartPolicy",
        "cap_add": "CapAdd",
        "cap_drop": "CapDrop",
        "devices": "Devices",
        "extra_hosts": "ExtraHosts",
        "read_only": "ReadonlyRootfs",
        "pid_mode": "PidMode",
        "ipc_mode": "IpcMode",
        "security_opt": "SecurityOpt",
        "ulimits": "Ulimits",
        "log_config": "LogConfig",
        "mem_limit": "Memory",
        "memswap_limit": "MemorySwap",
        "mem_reservation": "MemoryReservation",
        "kernel_memory": "KernelMemory",
        "mem_swappiness": "MemorySwappiness",
        "cgroup_parent": "CgroupParent",
        "group_add": "GroupAdd",
        "cpu_quota": "CpuQuota",
        "cpu_period": "CpuPeriod",
        "blkio_weight": "BlkioWeight",
        "blkio_weight_device": "BlkioWeightDevice",
        "device_read_bps": "BlkioDeviceReadBps",
        "device_write_bps": "BlkioDeviceWriteBps",
        "device_read_iops": "BlkioDeviceReadIOps",
        "device_write_iops": "BlkioDeviceWriteIOps",
        "oom_kill_disable": "OomKillDisable",
        "shm_size": "ShmSize",
        "sysctls": "Sysctls",
        "tmpfs": "Tmpfs",
        "oom_score_adj": "OomScoreAdj",
        "dns_opt": "DnsOptions",
        "cpu_shares": "CpuShares",
        "cpuset_cpus": "CpusetCpus",
        "userns_mode": "UsernsMode",
        "uts_mode": "UTSMode",
        "pids_limit": "PidsLimit",
        "isolation": "Isolation",
        "auto_remove": "AutoRemove",
        "storage_opt": "StorageOpt",
        "init": "Init",
        "init_path": "InitPath",
        "volume_driver": "VolumeDriver",
        "cpu_count": "CpuCount",
        "cpu_percent": "CpuPercent",
        "nano_cpus": "NanoCpus",
        "cpuset_mems": "CpusetMems",
        "runtime": "Runtime",
        "mounts": "Mounts",
        "cpu_rt_period": "CPURealtimePeriod",
        "cpu_rt_runtime": "CPURealtimeRuntime",
        "device_cgroup_rules": "DeviceCgroupRules",
        "device_requests": "DeviceRequests",
        "cgroupns": "CgroupnsMode",
        "annotations": "Annotations",
        "console_size": "ConsoleSize",
        "masked_paths": "MaskedPaths",
        "readonly_paths": "ReadonlyPaths",
    },
    unversioned=("version",),
)
_host_field = HOST_CONFIG.field


@HOST_CONFIG.describes
class HostConfig(dict[str, Any]):
    """The ``HostConfig`` of a container: resources, mounts, networking and security.

    Arguments, defaults and resulting keys follow docker-py's ``HostConfig`` (see
    ``APIClient.create_host_config``); like there, most options are left out of the
    dict unless set to a true value. ``version`` is the API version in use (``None``
    when unknown); it only matters for ``init_path``, since every other field is
    checked against the version table when the request is sent. Also accepted (newer than docker-py):
    ``annotations`` (dict, API 1.43+), ``console_size`` (``(height, width)``, API 1.42+),
    ``masked_paths`` and ``readonly_paths`` (lists of paths).

    Deliberate differences from docker-py, each in favour of what the daemon accepts:
    ``userns_mode``/``uts_mode`` values are passed on (Podman and newer engines accept
    more than ``"host"``); ``mounts`` may hold ``"src:dst[:ro]"`` strings; port ranges
    in ``port_bindings`` keys are expanded (see ``convert_port_bindings``); sizes accept
    ``t``/``p`` units and floats become whole bytes.
    """

    def __init__(
        self,
        version: str | None = None,
        binds: Mapping[Any, Any] | list[str] | None = None,
        port_bindings: Mapping[Any, Any] | None = None,
        lxc_conf: Mapping[str, Any] | list[Any] | None = None,
        publish_all_ports: bool = False,
        links: Mapping[str, str | None] | Sequence[Any] | None = None,
        privileged: bool = False,
        dns: list[str] | None = None,
        dns_search: list[str] | None = None,
        volumes_from: str | list[str] | None = None,
        network_mode: str | None = None,
        restart_policy: Mapping[str, Any] | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        devices: Sequence[str | Mapping[str, str]] | None = None,
        extra_hosts: Mapping[str, str] | list[str] | None = None,
        read_only: bool | None = None,
        pid_mode: str | None = None,
        ipc_mode: str | None = None,
        security_opt: list[str] | None = None,
        ulimits: list[Ulimit | Mapping[str, Any]] | None = None,
        log_config: LogConfig | Mapping[str, Any] | None = None,
        mem_limit: int | float | str | None = None,
        memswap_limit: int | float | str | None = None,
        mem_reservation: int | float | str | None = None,
        kernel_memory: int | float | str | None = None,
        mem_swappiness: int | None = None,
        cgroup_parent: str | None = None,
        group_add: Sequence[str | int] | None = None,
        cpu_quota: int | None = None,
        cpu_period: int | None = None,
        blkio_weight: int | None = None,
        blkio_weight_device: list[Mapping[str, Any]] | None = None,
        device_read_bps: list[Mapping[str, Any]] | None = None,
        device_write_bps: list[Mapping[str, Any]] | None = None,
        device_read_iops: list[Mapping[str, Any]] | None = None,
        device_write_iops: list[Mapping[str, Any]] | None = None,
        oom_kill_disable: bool = False,
        shm_size: int | float | str | None = None,
        sysctls: Mapping[str, Any] | None = None,
        tmpfs: Mapping[str, str] | list[str] | None = None,
        oom_score_adj: int | None = None,
        dns_opt: list[str] | None = None,
        cpu_shares: int | None = None,
        cpuset_cpus: str | None = None,
        userns_mode: str | None = None,
        uts_mode: str | None = None,
        pids_limit: int | None = None,
        isolation: str | None = None,
        auto_remove: bool = False,
        storage_opt: Mapping[str, str] | None = None,
        init: bool | None = None,
        init_path: str | None = None,
        volume_driver: str | None = None,
        cpu_count: int | None = None,
        cpu_percent: int | None = None,
        nano_cpus: int | None = None,
        cpuset_mems: str | None = None,
        runtime: str | None = None,
        mounts: Sequence[Any] | None = None,
        cpu_rt_period: int | None = None,
        cpu_rt_runtime: int | None = None,
        device_cgroup_rules: list[str] | None = None,
        device_requests: list[DeviceRequest | Mapping[str, Any]] | None = None,
        cgroupns: str | None = None,
        annotations: Mapping[str, str] | None = None,
        console_size: Sequence[int] | None = None,
        masked_paths: list[str] | None = None,
        readonly_paths: list[str] | None = None,
    ) -> None:
        super().__init__()

        # -- memory
        if mem_limit is not None:
            self[_host_field("mem_limit")] = parse_bytes(mem_limit)
        if memswap_limit is not None:
            self[_host_field("memswap_limit")] = parse_bytes(memswap_limit, allow_unlimited=True)
        if mem_reservation:
            self[_host_field("mem_reservation")] = parse_bytes(mem_reservation)
        if kernel_memory:
            self[_host_field("kernel_memory")] = parse_bytes(kernel_memory)
        if mem_swappiness is not None:
            _require("mem_swappiness", mem_swappiness, int, "int")
            self[_host_field("mem_swappiness")] = mem_swappiness
        if shm_size is not None:
            self[_host_field("shm_size")] = parse_bytes(shm_size)

        # -- namespaces and privileges
        if pid_mode:
            self[_host_field("pid_mode")] = pid_mode
        if ipc_mode:
            self[_host_field("ipc_mode")] = ipc_mode
        if privileged:
            self[_host_field("privileged")] = privileged
        if oom_kill_disable:
            self[_host_field("oom_kill_disable")] = oom_kill_disable
        if oom_score_adj:
            _require("oom_score_adj", oom_score_adj, int, "int")
            self[_host_field("oom_score_adj")] = oom_score_adj
        if publish_all_ports:
            self[_host_field("publish_all_ports")] = publish_all_ports
        if read_only is not None:
            self[_host_field("read_only")] = read_only

        # -- networking
        if dns_search:
            self[_host_field("dns_search")] = dns_search
        if network_mode == "host" and port_bindings:
            raise host_config_incompatible_error("network_mode", "host", "port_bindings")
        self[_host_field("network_mode")] = network_mode or "default"

        if restart_policy:
            _require("restart_policy", restart_policy, Mapping, "dict")
            self[_host_field("restart_policy")] = restart_policy
        if cap_add:
            self[_host_field("cap_add")] = cap_add
        if cap_drop:
            self[_host_field("cap_drop")] = cap_drop
        if devices:
            self[_host_field("devices")] = parse_devices(devices)
        if group_add:
            self[_host_field("group_add")] = [str(group) for group in group_add]
        if dns is not None:
            self[_host_field("dns")] = dns
        if dns_opt is not None:
            self[_host_field("dns_opt")] = dns_opt
        if security_opt is not None:
            _require("security_opt", security_opt, list, "list")
            self[_host_field("security_opt")] = security_opt
        if sysctls:
            _require("sysctls", sysctls, Mapping, "dict")
            # The daemon reads sysctl values as strings only.
            self[_host_field("sysctls")] = {key: str(value) for key, value in sysctls.items()}
        if volumes_from is not None:
            if isinstance(volumes_from, str):
                volumes_from = volumes_from.split(",")
            self[_host_field("volumes_from")] = volumes_from
        if binds is not None:
            self[_host_field("binds")] = convert_volume_binds(binds)
        if port_bindings is not None:
            self[_host_field("port_bindings")] = convert_port_bindings(port_bindings)
        if extra_hosts is not None:
            if isinstance(extra_hosts, Mapping):
                extra_hosts = format_extra_hosts(extra_hosts)
            self[_host_field("extra_hosts")] = extra_hosts
        if links is not None:
            self[_host_field("links")] = normalize_links(links)
        if isinstance(lxc_conf, Mapping):
            lxc_conf = [{"Key": key, "Value": str(value)} for key, value in lxc_conf.items()]
        if lxc_conf is not None:
            self[_host_field("lxc_conf")] = lxc_conf
        if cgroup_parent is not None:
            self[_host_field("cgroup_parent")] = cgroup_parent

        if ulimits is not None:
            _require("ulimits", ulimits, list, "list")
            self[_host_field("ulimits")] = [
                u if isinstance(u, Ulimit) else Ulimit(**u) for u in ulimits
            ]
        if log_config is not None:
            if not isinstance(log_config, LogConfig):
                _require("log_config", log_config, Mapping, "LogConfig")
                log_config = LogConfig(**log_config)
            self[_host_field("log_config")] = log_config

        # -- cpu
        for param, value in (
            ("cpu_quota", cpu_quota),
            ("cpu_period", cpu_period),
            ("cpu_shares", cpu_shares),
        ):
            if value:
                _require(param, value, int, "int")
                self[_host_field(param)] = value
        if cpuset_cpus:
            self[_host_field("cpuset_cpus")] = cpuset_cpus
        if cpuset_mems:
            _require("cpuset_mems", cpuset_mems, str, "str")
            self[_host_field("cpuset_mems")] = cpuset_mems
        if cpu_rt_period:
            _require("cpu_rt_period", cpu_rt_period, int, "int")
            self[_host_field("cpu_rt_period")] = cpu_rt_period
        if cpu_rt_runtime:
            _require("cpu_rt_runtime", cpu_rt_runtime, int, "int")
            self[_host_field("cpu_rt_runtime")] = cpu_rt_runtime

        # -- block IO
        if blkio_weight:
            _require("blkio_weight", blkio_weight, int, "int")
            self[_host_field("blkio_weight")] = blkio_weight
        for param, rules in (
            ("blkio_weight_device", blkio_weight_device),
            ("device_read_bps", device_read_bps),
            ("device_write_bps", device_write_bps),
            ("device_read_iops", device_read_iops),
            ("device_write_iops", device_write_iops),
        ):
            if rules:
                _require(param, rules, list, "list")
                self[_host_field(param)] = rules

        if tmpfs:
            self[_host_field("tmpfs")] = convert_tmpfs_mounts(tmpfs)
        # docker-py refuses anything but "host" for these two; the daemon (and Podman's
        # Docker-compatible API) accept more, and they validate the value themselves.
        if userns_mode:
            self[_host_field("userns_mode")] = userns_mode
        if uts_mode:
            self[_host_field("uts_mode")] = uts_mode
        if pids_limit:
            _require("pids_limit", pids_limit, int, "int")
            self[_host_field("pids_limit")] = pids_limit
        if isolation:
            _require("isolation", isolation, str, "string")
            self[_host_field("isolation")] = isolation
        if auto_remove:
            self[_host_field("auto_remove")] = auto_remove
        if storage_opt is not None:
            self[_host_field("storage_opt")] = storage_opt
        if init is not None:
            self[_host_field("init")] = init
        if init_path is not None:
            # The specs keep documenting InitPath after the daemon stopped reading it in
            # API 1.29 (moby PR 32470), so the version table cannot catch this one.
            if version is not None and version_gte(version, "1.29"):
                raise host_config_version_error("init_path", "1.29", less_than=False)
            self[_host_field("init_path")] = init_path
        if volume_driver is not None:
            self[_host_field("volume_driver")] = volume_driver
        for param, value in (
            ("cpu_count", cpu_count),
            ("cpu_percent", cpu_percent),
            ("nano_cpus", nano_cpus),
        ):
            if value:
                _require(param, value, int, "int")
                self[_host_field(param)] = value
        if runtime:
            self[_host_field("runtime")] = runtime
        if mounts is not None:
            self[_host_field("mounts")] = _mounts(mounts)
        if device_cgroup_rules is not None:
            _require("device_cgroup_rules", device_cgroup_rules, list, "list")
            self[_host_field("device_cgroup_rules")] = device_cgroup_rules
        if device_requests is not None:
            _require("device_requests", device_requests, list, "list")
            self[_host_field("device_requests")] = [
                r if isinstance(r, DeviceRequest) else DeviceRequest(**r) for r in device_requests
            ]
        if cgroupns:
            self[_host_field("cgroupns")] = cgroupns

        # -- newer than docker-py
        if annotations is not None:
            _require("annotations", annotations, Mapping, "dict")
            self[_host_field("annotations")] = dict(annotations)
        if console_size is not None:
            if (
                isinstance(console_size, str | bytes)
                or len(console_size) != 2
                or not all(isinstance(n, int) for n in console_size)
            ):
                raise host_config_value_error(
                    "console_size", f"{console_size!r} (expected (height, width))"
                )
            self[_host_field("console_size")] = list(console_size)
        if masked_paths is not None:
            _require("masked_paths", masked_paths, list, "list")
            self[_host_field("masked_paths")] = masked_paths
        if readonly_paths is not None:
            _require("readonly_paths", readonly_paths, list, "list")
            self[_host_field("readonly_paths")] = readonly_paths


# The module-level spelling builds a HostConfig with the same keywords.
HOST_CONFIG.describes(create_host_config, forwards_to=HostConfig)


_PROTOCOLS = frozenset({"tcp", "udp", "sctp"})


def _bad_port(port: Any, why: str) -> errors.InvalidArgument:
    return errors.InvalidArgument(
        f"invalid port {port!r} in ports: {why} (use 80, '80/udp', (80, 'udp') or '8000-8010')"
    )


def _port_number(text: str, port: Any) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise _bad_port(port, f"{text!r} is not a port number (1-65535)")
    return int(text)


def _exposed_port_keys(port: Any) -> list[str]:
    """One ``ports`` entry -> its ``ExposedPorts`` keys (``"80/tcp"``).

    Accepts ``80``, ``"80"``, ``"80/udp"``, ``(80, "udp")``, ``(80,)`` and ranges
    ``"8000-8010[/proto]"`` (expanded: the daemon rejects range keys); anything else
    raises ``InvalidArgument`` before a request is made.
    """
    given = port
    proto = "tcp"
    if isinstance(port, tuple):
        if len(port) == 2:
            port, proto = port
        elif len(port) == 1:
            (port,) = port
        else:
            raise ValueError(f"invalid port {port!r}: expected port or (port, protocol)")
    if isinstance(port, bool) or not isinstance(port, int | str):
        raise _bad_port(given, f"a port is a number or a string, not {type(port).__name__}")
    number, slash, given_proto = str(port).partition("/")
    if slash:  # docker-py would produce "80/udp/tcp" here
        proto = given_proto
    if not isinstance(proto, str) or proto.lower() not in _PROTOCOLS:
        raise _bad_port(given, f"the protocol is tcp, udp or sctp, not {proto!r}")
    first, dash, last = number.strip().partition("-")
    if dash:
        start, end = _port_number(first, given), _port_number(last, given)
        if end < start:
            raise _bad_port(given, "the range ends before it starts")
        return [f"{p}/{proto}" for p in range(start, end + 1)]
    return [f"{_port_number(first, given)}/{proto}"]


_TEXT_OPTIONS = ("hostname", "domainname", "working_dir", "mac_address", "stop_signal", "runtime")


def _check_create_arguments(arguments: Mapping[str, Any]) -> None:
    """Refuse, before anything is sent, what the daemon could only read as garbage
    (docker-py sends ``create_container(None)``, ``environment=5`` and the like)."""

    def refuse(name: str, expected: str) -> errors.InvalidArgument:
        value = arguments[name]
        return errors.InvalidArgument(
            f"create_container: {name} must be {expected}, not {type(value).__name__} {value!r}"
        )

    def strings(value: Any) -> bool:
        return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)

    image = arguments["image"]
    if not isinstance(image, str) or not image:
        raise refuse("image", "an image name such as 'busybox:latest'")
    for name in ("command", "entrypoint"):
        value = arguments[name]
        if value is not None and not (isinstance(value, str) or strings(value)):
            raise refuse(name, "a string or a list of strings")
    environment = arguments["environment"]
    if environment is not None and not (isinstance(environment, Mapping) or strings(environment)):
        raise refuse("environment", "a dict or a list of 'KEY=value' strings")
    labels = arguments["labels"]
    if labels is not None and not (isinstance(labels, Mapping) or strings(labels)):
        raise refuse("labels", "a dict or a list of strings")
    volumes = arguments["volumes"]
    if volumes is not None and not (isinstance(volumes, str | Mapping) or strings(volumes)):
        raise refuse("volumes", "a path, a list of paths or a dict")
    ports = arguments["ports"]
    if ports is not None and not isinstance(ports, list | tuple | Mapping):
        raise refuse("ports", "a list of ports or a dict")
    for name in ("host_config", "networking_config", "healthcheck"):
        if arguments[name] is not None and not isinstance(arguments[name], Mapping):
            raise refuse(name, "a dict")
    stop_timeout = arguments["stop_timeout"]
    if stop_timeout is not None and (
        isinstance(stop_timeout, bool) or not isinstance(stop_timeout, int)
    ):
        raise refuse("stop_timeout", "a whole number of seconds")
    user = arguments["user"]
    if user is not None and (isinstance(user, bool) or not isinstance(user, str | int)):
        raise refuse("user", "a user name or UID")
    for name in _TEXT_OPTIONS:
        if arguments[name] is not None and not isinstance(arguments[name], str):
            raise refuse(name, "a string")


#: docker-py's ContainerConfig keywords -> the ContainerCreate body fields they set.
CONTAINER_CONFIG = Keywords(
    "ContainerCreate",
    body={
        "image": "Image",
        "command": "Cmd",
        "hostname": "Hostname",
        "user": "User",
        # Attaching (unless detached) sets the attach flags, stdin's only when it is open.
        "detach": ("AttachStdout", "AttachStderr", "AttachStdin", "StdinOnce"),
        # The setting first, then what it turns on when attached.
        "stdin_open": ("OpenStdin", "AttachStdin", "StdinOnce"),
        "tty": "Tty",
        "ports": "ExposedPorts",
        "environment": "Env",
        "volumes": "Volumes",
        "network_disabled": "NetworkDisabled",
        "entrypoint": "Entrypoint",
        "working_dir": "WorkingDir",
        "domainname": "Domainname",
        "host_config": "HostConfig",
        "mac_address": "MacAddress",
        "labels": "Labels",
        "stop_signal": "StopSignal",
        "networking_config": "NetworkingConfig",
        "healthcheck": "Healthcheck",
        "stop_timeout": "StopTimeout",
        # Read by the daemon only inside HostConfig; kept at the top too, as docker-py does.
        "runtime": ("Runtime", f"{HOST_CONFIG.within}.{HOST_CONFIG.field('runtime')}"),
    },
    unversioned=("version",),
    nested={"healthcheck": HEALTHCHECK},
)


@CONTAINER_CONFIG.describes
class ContainerConfig(dict[str, Any]):
    """The body of ``POST /containers/create``: what to run, plus ``HostConfig``.

    Arguments, defaults and resulting keys follow docker-py's ``ContainerConfig``; keys
    not set hold ``None`` (left out when the request is sent). ``version`` is accepted
    for compatibility and not used: fields are gated by the client at send time. ``command`` and
    ``entrypoint`` strings are split like a shell would; ``environment`` may be a dict;
    ``labels`` a list of names; ``ports`` a list of ``80`` / ``"80/udp"`` /
    ``(80, "udp")`` / ``"8000-8010"`` entries; ``volumes`` a path or list of paths;
    ``healthcheck`` a dict or :class:`Healthcheck`.

    Deliberate differences from docker-py: ``"80/udp"`` strings and port ranges in
    ``ports`` give the right keys; and ``runtime``, which the daemon only reads inside
    ``HostConfig``, is also copied there (docker-py sends it where it is ignored).
    """

    def __init__(
        self,
        version: str | None,
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
    ) -> None:
        super().__init__()
        _check_create_arguments(locals())
        if isinstance(command, str):
            command = split_command(command)
        if isinstance(entrypoint, str):
            entrypoint = split_command(entrypoint)
        if isinstance(environment, Mapping):
            environment = format_environment(environment)
        if isinstance(labels, list):
            labels = dict.fromkeys(labels, "")
        if isinstance(ports, list):
            ports = {key: {} for port in ports for key in _exposed_port_keys(port)}
        if isinstance(volumes, str):
            volumes = [volumes]
        if isinstance(volumes, list):
            volumes = {path: {} for path in volumes}
        if healthcheck and isinstance(healthcheck, Mapping):
            healthcheck = Healthcheck(**healthcheck)
        runtime_key = HOST_CONFIG.field("runtime")
        if runtime and (host_config is None or runtime_key not in host_config):
            host_config = {**(host_config or {}), runtime_key: runtime}

        # Without detach the caller attaches to stdout/stderr (and to stdin when open),
        # and stdin closes after the first attach ends, like `docker run -i`.
        attached = not detach
        fields = CONTAINER_CONFIG.body(
            hostname=hostname,
            domainname=domainname,
            ports=ports,
            user=str(user) if user is not None else None,
            tty=tty,
            environment=environment,
            command=command,
            image=image,
            volumes=volumes,
            network_disabled=network_disabled,
            entrypoint=entrypoint,
            working_dir=working_dir,
            host_config=host_config,
            networking_config=networking_config,
            mac_address=mac_address,
            labels=labels,
            stop_signal=stop_signal,
            healthcheck=healthcheck,
            stop_timeout=stop_timeout,
        )
        for name in CONTAINER_CONFIG.fields("detach"):
            fields[name] = attached
        open_stdin, *attach_stdin = CONTAINER_CONFIG.fields("stdin_open")
        fields[open_stdin] = stdin_open
        for name in attach_stdin:
            fields[name] = attached and bool(stdin_open)
        fields[CONTAINER_CONFIG.fields("runtime")[0]] = runtime
        self.update(fields)
