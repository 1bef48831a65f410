"""Service (swarm) types: mounts, restart policies, driver configs and task specs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dockerapi import errors
from dockerapi.utils import (
    convert_service_networks,
    format_environment,
    format_extra_hosts,
    parse_bytes,
    split_command,
)
from dockerapi.utils.decorators import check_resource

__all__ = [
    "ConfigReference",
    "ContainerSpec",
    "DNSConfig",
    "DriverConfig",
    "EndpointSpec",
    "Mount",
    "NetworkAttachmentConfig",
    "Placement",
    "PlacementPreference",
    "Privileges",
    "Resources",
    "RestartConditionTypesEnum",
    "RestartPolicy",
    "RollbackConfig",
    "SecretReference",
    "ServiceMode",
    "TaskTemplate",
    "UpdateConfig",
    "check_count",
    "convert_service_ports",
]

# Which mount types each type-specific ``Mount`` option belongs to.
_OPTION_TYPES: dict[str, tuple[str, ...]] = {
    "propagation": ("bind",),
    "non_recursive": ("bind",),
    "create_mountpoint": ("bind",),
    "read_only_non_recursive": ("bind",),
    "read_only_force_recursive": ("bind",),
    "no_copy": ("volume",),
    "labels": ("volume",),
    "driver_config": ("volume",),
    "subpath": ("volume", "image"),
    "tmpfs_size": ("tmpfs",),
    "tmpfs_mode": ("tmpfs",),
    "tmpfs_options": ("tmpfs",),
}

_PROPAGATION_MODES = frozenset({"private", "rprivate", "shared", "rshared", "slave", "rslave"})


class Mount(dict[str, Any]):
    """One mount of a container or service (an element of ``HostConfig.Mounts``).

    Args:
        target: the path inside the container.
        source: a volume name, a host path, or ``None`` (anonymous volume, tmpfs).
        type: ``"volume"`` (default), ``"bind"``, ``"tmpfs"``, ``"npipe"``, ``"image"``,
            ``"cluster"``, or any type a newer daemon knows: the daemon checks it, so
            new mount types work without a new client (docker-py refuses them).
        read_only: mount read-only.
        consistency: ``"default"``, ``"consistent"``, ``"cached"`` or ``"delegated"``.
        propagation: bind propagation (``"rprivate"``, ``"rshared"``, ...); bind only.
        no_copy: do not fill a new volume from the image; volume only.
        labels: labels of a new volume; volume only.
        driver_config: a :class:`DriverConfig` for a new volume; volume only.
        tmpfs_size: size of a tmpfs (bytes or ``"64m"``); tmpfs only.
        tmpfs_mode: file mode of a tmpfs as an int (``0o1777``); tmpfs only.
        subpath: a path inside the volume (or image) to mount instead of its root.
        non_recursive, create_mountpoint, read_only_non_recursive, read_only_force_recursive:
            newer bind options (not in docker-py); bind only.
        tmpfs_options: extra tmpfs options as ``[["key", "value"], ...]`` (API 1.46+).

    Raises:
        InvalidArgument: an option that belongs to another mount type was given.
    """

    def __init__(
        self,
        target: str,
        source: str | None,
        type: str = "volume",
        read_only: bool = False,
        consistency: str | None = None,
        propagation: str | None = None,
        no_copy: bool = False,
        labels: Mapping[str, str] | None = None,
        driver_config: Mapping[str, Any] | None = None,
        tmpfs_size: int | str | None = None,
        tmpfs_mode: int | None = None,
        subpath: str | None = None,
        *,
        non_recursive: bool = False,
        create_mountpoint: bool = False,
        read_only_non_recursive: bool = False,
        read_only_force_recursive: bool = False,
        tmpfs_options: list[list[str]] | None = None,
    ) -> None:
        super().__init__()
        self["Target"] = target
        self["Source"] = source
        self["Type"] = type
        self["ReadOnly"] = read_only
        if consistency:
            self["Consistency"] = consistency

        given = {
            "propagation": propagation,
            "non_recursive": non_recursive,
            "create_mountpoint": create_mountpoint,
            "read_only_non_recursive": read_only_non_recursive,
            "read_only_force_recursive": read_only_force_recursive,
            "no_copy": no_copy,
            "labels": labels,
            "driver_config": driver_config,
            "subpath": subpath,
            "tmpfs_size": tmpfs_size,
            "tmpfs_mode": tmpfs_mode,
            "tmpfs_options": tmpfs_options,
        }
        misplaced = sorted(n for n, v in given.items() if v and type not in _OPTION_TYPES[n])
        if misplaced:
            raise errors.InvalidArgument(
                f"Incompatible options have been provided for the {type} type mount: "
                + ", ".join(
                    f"{name} (only for {'/'.join(_OPTION_TYPES[name])})" for name in misplaced
                )
            )

        if type == "bind":
            bind_options: dict[str, Any] = {}
            # docker-py sends an explicitly given propagation even when it is "".
            if propagation is not None:
                bind_options["Propagation"] = propagation
            for flag, key in (
                (non_recursive, "NonRecursive"),
                (create_mountpoint, "CreateMountpoint"),
                (read_only_non_recursive, "ReadOnlyNonRecursive"),
                (read_only_force_recursive, "ReadOnlyForceRecursive"),
            ):
                if flag:
                    bind_options[key] = True
            if bind_options:
                self["BindOptions"] = bind_options
        elif type == "volume":
            volume_options: dict[str, Any] = {}
            if no_copy:
                volume_options["NoCopy"] = True
            if labels:
                volume_options["Labels"] = labels
            if driver_config:
                volume_options["DriverConfig"] = driver_config
            if subpath:
                volume_options["Subpath"] = subpath
            if volume_options:
                self["VolumeOptions"] = volume_options
        elif type == "tmpfs":
            tmpfs: dict[str, Any] = {}
            if tmpfs_mode:
                if not isinstance(tmpfs_mode, int):
                    raise errors.InvalidArgument("tmpfs_mode must be an integer")
                tmpfs["Mode"] = tmpfs_mode
            if tmpfs_size:
                tmpfs["SizeBytes"] = parse_bytes(tmpfs_size)
            if tmpfs_options:
                tmpfs["Options"] = tmpfs_options
            if tmpfs:
                self["TmpfsOptions"] = tmpfs
        elif type == "image" and subpath:
            self["ImageOptions"] = {"Subpath": subpath}

    @classmethod
    def parse_mount_string(cls, string: str) -> Mount:
        """Parse a ``docker run -v`` style spec: ``target``, ``source:target[:options]``.

        A source starting with ``/`` is a bind mount, anything else a named volume.
        Options are comma separated: ``ro``/``rw``, a propagation mode (binds) and
        ``nocopy`` (volumes). docker-py treats any third part except ``rw`` as
        read-only; we read each option and refuse unknown ones.

        Raises:
            InvalidArgument: too many ``:`` parts or an unknown option.
        """
        parts = string.split(":")
        if len(parts) > 3:
            raise errors.InvalidArgument(f'Invalid mount format "{string}"')
        if len(parts) == 1:
            return cls(target=parts[0], source=None)
        source, target = parts[0], parts[1]
        mount_type = "bind" if source.startswith("/") else "volume"
        read_only = False
        propagation: str | None = None
        no_copy = False
        for option in parts[2].split(",") if len(parts) == 3 else ():
            if option in ("ro", "rw"):
                read_only = option == "ro"
            elif option in _PROPAGATION_MODES and mount_type == "bind":
                propagation = option
            elif option == "nocopy" and mount_type == "volume":
                no_copy = True
            else:
                raise errors.InvalidArgument(
                    f'Invalid mount option "{option}" for a {mount_type} mount in "{string}"'
                )
        return cls(
            target,
            source,
            type=mount_type,
            read_only=read_only,
            propagation=propagation,
            no_copy=no_copy,
        )


class RestartConditionTypesEnum:
    """When a service task is restarted."""

    _values = ("none", "on-failure", "any")
    NONE = "none"
    ON_FAILURE = "on-failure"
    ANY = "any"


class RestartPolicy(dict[str, Any]):
    """Restart policy of a service's tasks (for ``TaskTemplate``; containers use a dict
    ``{"Name": "on-failure", "MaximumRetryCount": 3}`` instead).

    Args:
        condition: ``"none"`` (default), ``"on-failure"`` or ``"any"``.
        delay: nanoseconds between restart attempts.
        max_attempts: attempts before giving up (0: unlimited).
        window: nanoseconds over which attempts are counted (0: unbounded).

    Raises:
        TypeError: an unknown condition (docker-py's exception type).
    """

    condition_types = RestartConditionTypesEnum

    def __init__(
        self,
        condition: str = RestartConditionTypesEnum.NONE,
        delay: int = 0,
        max_attempts: int = 0,
        window: int = 0,
    ) -> None:
        if condition not in RestartConditionTypesEnum._values:
            raise TypeError(f"Invalid RestartPolicy condition {condition}")
        super().__init__(
            {"Condition": condition, "Delay": delay, "MaxAttempts": max_attempts, "Window": window}
        )


class DriverConfig(dict[str, Any]):
    """A driver name and its options (volume driver of a :class:`Mount`, secret driver...)."""

    def __init__(self, name: str, options: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self["Name"] = name
        if options:
            self["Options"] = options


def _require_type(name: str, value: object, expected: type, label: str) -> None:
    if not isinstance(value, expected):
        raise TypeError(f"{name} must be a {label}")


class ContainerSpec(dict[str, Any]):
    """What each task of a service runs (the ``ContainerSpec`` of a ``TaskTemplate``).

    Arguments follow docker-py's ``ContainerSpec``: ``command`` may be a string (split
    like a shell would), ``env`` a dict, ``hosts`` a ``{host: ip}`` dict (a ready list of
    ``"ip host"`` lines is accepted too), ``mounts`` :class:`Mount` objects or
    ``"src:dst[:ro]"`` strings, ``secrets``/``configs`` lists of :class:`SecretReference`
    / :class:`ConfigReference`. ``workdir`` becomes ``Dir``, ``cap_add``/``cap_drop``
    become ``CapabilityAdd``/``CapabilityDrop``. Newer than docker-py: ``ulimits`` (API
    1.41+) and ``oom_score_adj`` (API 1.46+).
    """

    def __init__(
        self,
        image: str,
        command: str | list[str] | None = None,
        args: list[str] | None = None,
        hostname: str | None = None,
        env: Mapping[str, Any] | list[str] | None = None,
        workdir: str | None = None,
        user: str | None = None,
        labels: Mapping[str, str] | None = None,
        mounts: list[Any] | None = None,
        stop_grace_period: int | None = None,
        secrets: list[Any] | None = None,
        tty: bool | None = None,
        groups: list[str] | None = None,
        open_stdin: bool | None = None,
        read_only: bool | None = None,
        stop_signal: str | None = None,
        healthcheck: Mapping[str, Any] | None = None,
        hosts: Mapping[str, str] | list[str] | None = None,
        dns_config: Mapping[str, Any] | None = None,
        configs: list[Any] | None = None,
        privileges: Mapping[str, Any] | None = None,
        isolation: str | None = None,
        init: bool | None = None,
        cap_add: list[str] | None = None,
        cap_drop: list[str] | None = None,
        sysctls: Mapping[str, str] | None = None,
        *,
        ulimits: list[Mapping[str, Any]] | None = None,
        oom_score_adj: int | None = None,
    ) -> None:
        super().__init__()
        self["Image"] = image
        self["Command"] = split_command(command) if isinstance(command, str) else command
        self["Args"] = args
        optional: list[tuple[str, Any]] = [
            ("Hostname", hostname),
            ("Env", format_environment(env) if isinstance(env, Mapping) else env),
            ("Dir", workdir),
            ("User", user),
            ("Groups", groups),
            ("StopSignal", stop_signal),
            ("StopGracePeriod", stop_grace_period),
            ("Labels", labels),
            (
                "Hosts",
                format_extra_hosts(hosts, task=True) if isinstance(hosts, Mapping) else hosts,
            ),
        ]
        for key, value in optional:
            if value is not None:
                self[key] = value
        if mounts is not None:
            self["Mounts"] = [
                Mount.parse_mount_string(m) if isinstance(m, str) else m for m in mounts
            ]
        if secrets is not None:
            _require_type("secrets", secrets, list, "list")
            self["Secrets"] = secrets
        if configs is not None:
            _require_type("configs", configs, list, "list")
            self["Configs"] = configs
        for key, value in (
            ("DNSConfig", dns_config),
            ("Privileges", privileges),
            # the spec's name, which the version table knows (docker-py: "Healthcheck")
            ("HealthCheck", healthcheck),
            ("TTY", tty),
            ("OpenStdin", open_stdin),
            ("ReadOnly", read_only),
            ("Isolation", isolation),
            ("Init", init),
        ):
            if value is not None:
                self[key] = value
        if cap_add is not None:
            _require_type("cap_add", cap_add, list, "list")
            self["CapabilityAdd"] = cap_add
        if cap_drop is not None:
            _require_type("cap_drop", cap_drop, list, "list")
            self["CapabilityDrop"] = cap_drop
        if sysctls is not None:
            _require_type("sysctls", sysctls, dict, "dict")
            self["Sysctls"] = sysctls
        if ulimits is not None:
            _require_type("ulimits", ulimits, list, "list")
            from dockerapi.types.containers import Ulimit

            self["Ulimits"] = [u if isinstance(u, Ulimit) else Ulimit(**u) for u in ulimits]
        if oom_score_adj is not None:
            _require_type("oom_score_adj", oom_score_adj, int, "integer")
            self["OomScoreAdj"] = oom_score_adj


class TaskTemplate(dict[str, Any]):
    """The task specification of a service.

    Args:
        container_spec: a :class:`ContainerSpec`.
        resources: a :class:`Resources`.
        restart_policy: a :class:`RestartPolicy`.
        placement: a :class:`Placement`, or a list of constraint strings.
        log_driver: a :class:`DriverConfig` for the tasks' logging.
        networks: network names/IDs or :class:`NetworkAttachmentConfig` dicts.
        force_update: a counter; changing it forces an update.
    """

    def __init__(
        self,
        container_spec: Mapping[str, Any],
        resources: Mapping[str, Any] | None = None,
        restart_policy: Mapping[str, Any] | None = None,
        placement: Mapping[str, Any] | list[str] | None = None,
        log_driver: Mapping[str, Any] | None = None,
        networks: list[Any] | None = None,
        force_update: int | None = None,
    ) -> None:
        super().__init__()
        self["ContainerSpec"] = container_spec
        if resources:
            self["Resources"] = resources
        if restart_policy:
            self["RestartPolicy"] = restart_policy
        if placement:
            if isinstance(placement, list):
                placement = Placement(constraints=placement)
            self["Placement"] = placement
        if log_driver:
            self["LogDriver"] = log_driver
        if networks:
            self["Networks"] = convert_service_networks(networks)
        if force_update is not None:
            if not isinstance(force_update, int):
                raise TypeError("force_update must be an integer")
            self["ForceUpdate"] = force_update

    @property
    def container_spec(self) -> Any:
        """The task's container (`ContainerSpec`)."""
        return self.get("ContainerSpec")

    @property
    def resources(self) -> Any:
        """The task's resource limits and reservations (`Resources`)."""
        return self.get("Resources")

    @property
    def restart_policy(self) -> Any:
        """When the task's container is restarted (`RestartPolicy`)."""
        return self.get("RestartPolicy")

    @property
    def placement(self) -> Any:
        """Where tasks may run (`Placement`)."""
        return self.get("Placement")


def _generic_resources(generic_resources: Mapping[str, Any] | list[Any]) -> list[Any]:
    """``{"gpu": 2, "ssd": "fast"}`` -> discrete (int) and named (str) resource specs."""
    if isinstance(generic_resources, list):
        return generic_resources
    if not isinstance(generic_resources, Mapping):
        raise errors.InvalidArgument(
            f"generic_resources must be a dict or a list (found {type(generic_resources)})"
        )
    resources = []
    for kind, value in generic_resources.items():
        if isinstance(value, int) and not isinstance(value, bool):
            spec = "DiscreteResourceSpec"
        elif isinstance(value, str):
            spec = "NamedResourceSpec"
        else:
            raise errors.InvalidArgument(
                f"Unsupported generic resource reservation type: {{{kind!r}: {value!r}}}"
            )
        resources.append({spec: {"Kind": kind, "Value": value}})
    return resources


class Resources(dict[str, Any]):
    """Resource limits and reservations of a service's containers.

    Args:
        cpu_limit: CPU limit in units of 1e-9 CPUs (``NanoCPUs``).
        mem_limit: memory limit in bytes.
        cpu_reservation: CPU reservation in units of 1e-9 CPUs.
        mem_reservation: memory reservation in bytes.
        generic_resources: ``{kind: count_or_name}`` or the API's list form.
    """

    def __init__(
        self,
        cpu_limit: int | None = None,
        mem_limit: int | None = None,
        cpu_reservation: int | None = None,
        mem_reservation: int | None = None,
        generic_resources: Mapping[str, Any] | list[Any] | None = None,
    ) -> None:
        super().__init__()
        limits: dict[str, Any] = {}
        reservations: dict[str, Any] = {}
        if cpu_limit is not None:
            limits["NanoCPUs"] = cpu_limit
        if mem_limit is not None:
            limits["MemoryBytes"] = mem_limit
        if cpu_reservation is not None:
            reservations["NanoCPUs"] = cpu_reservation
        if mem_reservation is not None:
            reservations["MemoryBytes"] = mem_reservation
        if generic_resources is not None:
            reservations["GenericResources"] = _generic_resources(generic_resources)
        if limits:
            self["Limits"] = limits
        if reservations:
            self["Reservations"] = reservations


class UpdateConfig(dict[str, Any]):
    """How a service's tasks are updated.

    Args:
        parallelism: tasks updated at once (0: all).
        delay: nanoseconds between batches.
        failure_action: ``"continue"`` (default), ``"pause"`` or ``"rollback"``.
        monitor: nanoseconds to watch each updated task for failure.
        max_failure_ratio: fraction (0..1) of tasks allowed to fail.
        order: ``"stop-first"`` or ``"start-first"``.
    """

    def __init__(
        self,
        parallelism: int = 0,
        delay: int | None = None,
        failure_action: str = "continue",
        monitor: int | None = None,
        max_failure_ratio: float | None = None,
        order: str | None = None,
    ) -> None:
        super().__init__()
        self["Parallelism"] = parallelism
        if delay is not None:
            self["Delay"] = delay
        if failure_action not in ("pause", "continue", "rollback"):
            raise errors.InvalidArgument(
                "failure_action must be one of `pause`, `continue`, `rollback`"
            )
        self["FailureAction"] = failure_action
        if monitor is not None:
            if not isinstance(monitor, int):
                raise TypeError("monitor must be an integer")
            self["Monitor"] = monitor
        if max_failure_ratio is not None:
            if not isinstance(max_failure_ratio, float | int):
                raise TypeError("max_failure_ratio must be a float")
            if not 0 <= max_failure_ratio <= 1:
                raise errors.InvalidArgument("max_failure_ratio must be a number between 0 and 1")
            self["MaxFailureRatio"] = max_failure_ratio
        if order is not None:
            if order not in ("start-first", "stop-first"):
                raise errors.InvalidArgument("order must be either `start-first` or `stop-first`")
            self["Order"] = order


class RollbackConfig(UpdateConfig):
    """How a service's tasks are rolled back; same arguments as :class:`UpdateConfig`."""


def convert_service_ports(ports: Mapping[Any, Any] | list[Any]) -> list[Any]:
    """``{published: target}`` or ``{published: (target, proto, mode)}`` -> ``PortConfig`` list.

    A list is taken as ready-made ``PortConfig`` dicts.
    """
    if isinstance(ports, list):
        return ports
    if not isinstance(ports, Mapping):
        raise TypeError("Invalid type for ports, expected dict or list")
    result = []
    for published, target in ports.items():
        spec: dict[str, Any] = {"Protocol": "tcp", "PublishedPort": published}
        if isinstance(target, tuple):
            if len(target) > 3:
                raise ValueError(
                    "Service port configuration can have at most 3 elements: "
                    "(target_port, protocol, mode)"
                )
            spec["TargetPort"] = target[0]
            if len(target) >= 2 and target[1] is not None:
                spec["Protocol"] = target[1]
            if len(target) == 3:
                spec["PublishMode"] = target[2]
        else:
            spec["TargetPort"] = target
        result.append(spec)
    return result


class EndpointSpec(dict[str, Any]):
    """How a service is reached: ``mode`` ``"vip"``/``"dnsrr"`` and published ``ports``
    (``{published: target}`` or ``{published: (target, protocol, publish_mode)}``)."""

    def __init__(
        self, mode: str | None = None, ports: Mapping[Any, Any] | list[Any] | None = None
    ) -> None:
        super().__init__()
        if ports:
            self["Ports"] = convert_service_ports(ports)
        if mode:
            self["Mode"] = mode


def check_count(name: str, value: object) -> None:
    """A number of tasks (replicas, completions, jobs at once): a non-negative int."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise errors.InvalidArgument(f"{name} must be an integer, not {value!r}")
    if value < 0:
        raise errors.InvalidArgument(f"{name} must not be negative, not {value}")


_SERVICE_MODE_KEYS = {
    "replicated": "replicated",
    "global": "global",
    "replicated-job": "ReplicatedJob",
    "global-job": "GlobalJob",
}


class ServiceMode(dict[str, Any]):
    """A service's scheduling mode.

    Args:
        mode: ``"replicated"``, ``"global"``, ``"replicated-job"`` or ``"global-job"``.
        replicas: tasks (replicated) or total completions (replicated-job).
        concurrency: jobs run at once (replicated-job; default 1).

    Raises:
        InvalidArgument: an unknown mode, a count for a mode that has none, or a
            count that is not a non-negative integer (docker-py sends those).
    """

    def __init__(self, mode: str, replicas: int | None = None, concurrency: int | None = None):
        super().__init__()
        if mode not in _SERVICE_MODE_KEYS:
            raise errors.InvalidArgument(
                'mode must be either "replicated", "global", "replicated-job" or "global-job"'
            )
        if mode not in ("replicated", "replicated-job"):
            if replicas is not None:
                raise errors.InvalidArgument(
                    'replicas can only be used for "replicated" or "replicated-job" mode'
                )
            if concurrency is not None:
                raise errors.InvalidArgument(
                    'concurrency can only be used for "replicated-job" mode'
                )
        if replicas is not None:
            check_count("replicas", replicas)
        if concurrency is not None:
            check_count("concurrency", concurrency)
        self.mode = _SERVICE_MODE_KEYS[mode]
        settings: dict[str, Any] = {}
        if replicas is not None:
            if mode == "replicated":
                settings["Replicas"] = replicas
            else:
                settings["MaxConcurrent"] = concurrency or 1
                settings["TotalCompletions"] = replicas
        self[self.mode] = settings

    @property
    def replicas(self) -> int | None:
        """The number of replicas of a replicated service (None for a global one)."""
        if "replicated" in self:
            replicas: int | None = self["replicated"].get("Replicas")
            return replicas
        if "ReplicatedJob" in self:
            completions: int | None = self["ReplicatedJob"].get("TotalCompletions")
            return completions
        return None


def _file_target(
    filename: str | None, name: str, uid: str | None, gid: str | None, mode: int
) -> dict[str, Any]:
    return {"Name": filename or name, "UID": uid or "0", "GID": gid or "0", "Mode": mode}


class SecretReference(dict[str, Any]):
    """A secret made available to a service's containers, as a file.

    Args:
        secret_id: the secret's ID (or its inspect dict).
        secret_name: the secret's name.
        filename: the file name under ``/run/secrets`` (default: the name).
        uid, gid: the file's owner (default ``"0"``).
        mode: the file's mode (default ``0o444``).
    """

    @check_resource("secret_id")
    def __init__(
        self,
        secret_id: str,
        secret_name: str,
        filename: str | None = None,
        uid: str | None = None,
        gid: str | None = None,
        mode: int = 0o444,
    ) -> None:
        super().__init__()
        self["SecretName"] = secret_name
        self["SecretID"] = secret_id
        self["File"] = _file_target(filename, secret_name, uid, gid, mode)


class ConfigReference(dict[str, Any]):
    """A config made available to a service's containers, as a file.

    Args:
        config_id: the config's ID (or its inspect dict).
        config_name: the config's name.
        filename: the file name (default: the name).
        uid, gid: the file's owner (default ``"0"``).
        mode: the file's mode (default ``0o444``).
    """

    @check_resource("config_id")
    def __init__(
        self,
        config_id: str,
        config_name: str,
        filename: str | None = None,
        uid: str | None = None,
        gid: str | None = None,
        mode: int = 0o444,
    ) -> None:
        super().__init__()
        self["ConfigName"] = config_name
        self["ConfigID"] = config_id
        self["File"] = _file_target(filename, config_name, uid, gid, mode)


class PlacementPreference(dict[str, Any]):
    """A scheduling preference: ``strategy`` ``"spread"`` over the node label ``descriptor``."""

    def __init__(self, strategy: str, descriptor: str) -> None:
        super().__init__()
        if strategy != "spread":
            raise errors.InvalidArgument(
                f'PlacementPreference strategy value is invalid ({strategy}): must be "spread".'
            )
        self["Spread"] = {"SpreadDescriptor": descriptor}


class Placement(dict[str, Any]):
    """Where a service's tasks may run.

    Args:
        constraints: constraint expressions (``"node.role==manager"``).
        preferences: :class:`PlacementPreference` objects or ``(strategy, descriptor)``.
        platforms: ``(architecture, os)`` pairs.
        maxreplicas: most tasks of the service per node.
    """

    def __init__(
        self,
        constraints: list[str] | None = None,
        preferences: list[Any] | None = None,
        platforms: list[tuple[str, str]] | None = None,
        maxreplicas: int | None = None,
    ) -> None:
        super().__init__()
        if constraints is not None:
            self["Constraints"] = constraints
        if preferences is not None:
            self["Preferences"] = [
                PlacementPreference(*p) if isinstance(p, tuple) else p for p in preferences
            ]
        if maxreplicas is not None:
            self["MaxReplicas"] = maxreplicas
        if platforms:
            self["Platforms"] = [{"Architecture": arch, "OS": os} for arch, os in platforms]


class DNSConfig(dict[str, Any]):
    """``resolv.conf`` settings of a service's containers."""

    def __init__(
        self,
        nameservers: list[str] | None = None,
        search: list[str] | None = None,
        options: list[str] | None = None,
    ) -> None:
        super().__init__({"Nameservers": nameservers, "Search": search, "Options": options})


class Privileges(dict[str, Any]):
    """Security options of a service's containers.

    Args:
        credentialspec_file, credentialspec_registry: a Windows credential spec
            (one or the other).
        selinux_disable, selinux_user, selinux_role, selinux_type, selinux_level:
            the SELinux context.
        seccomp, apparmor: ``{"Mode": ...}`` settings (API 1.44+, not in docker-py).
        no_new_privileges: set no_new_privs (API 1.44+, not in docker-py).
    """

    def __init__(
        self,
        credentialspec_file: str | None = None,
        credentialspec_registry: str | None = None,
        selinux_disable: bool | None = None,
        selinux_user: str | None = None,
        selinux_role: str | None = None,
        selinux_type: str | None = None,
        selinux_level: str | None = None,
        *,
        seccomp: Mapping[str, Any] | None = None,
        apparmor: Mapping[str, Any] | None = None,
        no_new_privileges: bool | None = None,
    ) -> None:
        super().__init__()
        credential_spec: dict[str, str] = {}
        if credentialspec_registry is not None:
            credential_spec["Registry"] = credentialspec_registry
        if credentialspec_file is not None:
            credential_spec["File"] = credentialspec_file
        if len(credential_spec) > 1:
            raise errors.InvalidArgument(
                "credentialspec_file and credentialspec_registry are mutually exclusive"
            )
        if credential_spec:
            self["CredentialSpec"] = credential_spec
        self["SELinuxContext"] = {
            "Disable": selinux_disable,
            "User": selinux_user,
            "Role": selinux_role,
            "Type": selinux_type,
            "Level": selinux_level,
        }
        if seccomp is not None:
            self["Seccomp"] = seccomp
        if apparmor is not None:
            self["AppArmor"] = apparmor
        if no_new_privileges is not None:
            self["NoNewPrivileges"] = no_new_privileges


class NetworkAttachmentConfig(dict[str, Any]):
    """A network a service attaches to: ``target`` name/ID, ``aliases``, driver ``options``."""

    def __init__(
        self,
        target: str,
        aliases: list[str] | None = None,
        options: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__({"Target": target, "Aliases": aliases, "DriverOpts": options})
