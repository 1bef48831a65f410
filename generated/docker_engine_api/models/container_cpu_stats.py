from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_cpu_usage import ContainerCPUUsage
    from ..models.container_throttling_data import ContainerThrottlingData


T = TypeVar("T", bound="ContainerCPUStats")


@_attrs_define
class ContainerCPUStats:
    """CPU related info of the container"""

    cpu_usage: ContainerCPUUsage | None | Unset = UNSET
    system_cpu_usage: int | None | Unset = UNSET
    """ System Usage.

    This field is Linux-specific and omitted for Windows containers.
     """
    online_cpus: int | None | Unset = UNSET
    """ Number of online CPUs.

    This field is Linux-specific and omitted for Windows containers.
     """
    throttling_data: ContainerThrottlingData | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_cpu_usage import ContainerCPUUsage  # noqa: PLC0415
        from ..models.container_throttling_data import ContainerThrottlingData  # noqa: PLC0415

        cpu_usage: dict[str, Any] | None | Unset
        if isinstance(self.cpu_usage, Unset):
            cpu_usage = UNSET
        elif isinstance(self.cpu_usage, ContainerCPUUsage):
            cpu_usage = self.cpu_usage.to_dict()
        else:
            cpu_usage = self.cpu_usage

        system_cpu_usage: int | None | Unset
        if isinstance(self.system_cpu_usage, Unset):
            system_cpu_usage = UNSET
        else:
            system_cpu_usage = self.system_cpu_usage

        online_cpus: int | None | Unset
        if isinstance(self.online_cpus, Unset):
            online_cpus = UNSET
        else:
            online_cpus = self.online_cpus

        throttling_data: dict[str, Any] | None | Unset
        if isinstance(self.throttling_data, Unset):
            throttling_data = UNSET
        elif isinstance(self.throttling_data, ContainerThrottlingData):
            throttling_data = self.throttling_data.to_dict()
        else:
            throttling_data = self.throttling_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_usage is not UNSET:
            field_dict["cpu_usage"] = cpu_usage
        if system_cpu_usage is not UNSET:
            field_dict["system_cpu_usage"] = system_cpu_usage
        if online_cpus is not UNSET:
            field_dict["online_cpus"] = online_cpus
        if throttling_data is not UNSET:
            field_dict["throttling_data"] = throttling_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_cpu_usage import ContainerCPUUsage  # noqa: PLC0415
        from ..models.container_throttling_data import ContainerThrottlingData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cpu_usage(data: object) -> ContainerCPUUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            cpu_usage_type_1 = ContainerCPUUsage.from_dict(data)

            return cpu_usage_type_1

        cpu_usage = _parse_cpu_usage(d.pop("cpu_usage", UNSET))

        def _parse_system_cpu_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        system_cpu_usage = _parse_system_cpu_usage(d.pop("system_cpu_usage", UNSET))

        def _parse_online_cpus(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        online_cpus = _parse_online_cpus(d.pop("online_cpus", UNSET))

        def _parse_throttling_data(data: object) -> ContainerThrottlingData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            throttling_data_type_1 = ContainerThrottlingData.from_dict(data)

            return throttling_data_type_1

        throttling_data = _parse_throttling_data(d.pop("throttling_data", UNSET))

        container_cpu_stats = cls(
            cpu_usage=cpu_usage,
            system_cpu_usage=system_cpu_usage,
            online_cpus=online_cpus,
            throttling_data=throttling_data,
        )

        container_cpu_stats.additional_properties = d
        return container_cpu_stats

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
