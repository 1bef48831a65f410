from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..models.runtime import Runtime


T = TypeVar("T", bound="SystemInfoRuntimes")


class SystemInfoRuntimes(dict[str, "Runtime"]):
    """List of [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtimes configured on the daemon. Keys hold the "name" used to
    reference the runtime.

    The Docker daemon relies on an OCI compliant runtime (invoked via the
    `containerd` daemon) as its interface to the Linux kernel namespaces,
    cgroups, and SELinux.

    The default runtime is `runc`, and automatically configured. Additional
    runtimes can be configured by the user and will be listed here.

    Daemon default: `{"runc": {"path": "runc"}}` (sent only when set).

        Example:
            {'runc': {'path': 'runc'}, 'runc-master': {'path': '/go/bin/runc'}, 'custom': {'path': '/usr/local/bin/my-oci-
                runtime', 'runtimeArgs': ['--debug', '--systemd-cgroup=false']}}

        A map: a ``dict`` of Runtime values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.items():
            field_dict[prop_name] = prop.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.runtime import Runtime  # noqa: PLC0415

        system_info_runtimes = cls()
        for prop_name, prop_dict in src_dict.items():
            additional_property = Runtime.from_dict(prop_dict)

            system_info_runtimes[prop_name] = additional_property
        return system_info_runtimes

    @property
    def additional_properties(self) -> dict[str, Runtime]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
