"""Service (swarm) types: mounts, restart policies, driver configs and task specs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dockerapi import errors
from dockerapi.utils import parse_bytes

__all__ = [
    "DriverConfig",
    "Mount",
    "RestartConditionTypesEnum",
    "RestartPolicy",
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
        non_recursive, create_mountpoint, read_only_non_recursive,
        read_only_force_recursive: newer bind options (not in docker-py); bind only.
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
