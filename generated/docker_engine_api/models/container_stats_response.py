from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_blkio_stats import ContainerBlkioStats
    from ..models.container_cpu_stats import ContainerCPUStats
    from ..models.container_memory_stats import ContainerMemoryStats
    from ..models.container_pids_stats import ContainerPidsStats
    from ..models.container_storage_stats import ContainerStorageStats


T = TypeVar("T", bound="ContainerStatsResponse")


@_attrs_define
class ContainerStatsResponse:
    """Statistics sample for a container."""

    id: None | str | Unset = UNSET
    """ ID of the container for which the stats were collected.
     """
    name: None | str | Unset = UNSET
    """ Name of the container for which the stats were collected.
     """
    os_type: None | str | Unset = UNSET
    """ OSType is the OS of the container ("linux" or "windows") to allow
    platform-specific handling of stats.
     """
    read: datetime.datetime | Unset = UNSET
    """ Date and time at which this sample was collected.
    The value is formatted as [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    with nano-seconds.
     """
    cpu_stats: ContainerCPUStats | None | Unset = UNSET
    memory_stats: ContainerMemoryStats | None | Unset = UNSET
    networks: Any | Unset = UNSET
    """ Network statistics for the container per interface.

    This field is omitted if the container has no networking enabled.
     """
    pids_stats: ContainerPidsStats | None | Unset = UNSET
    blkio_stats: ContainerBlkioStats | None | Unset = UNSET
    num_procs: int | Unset = UNSET
    """ The number of processors on the system.

    This field is Windows-specific and always zero for Linux containers.
     """
    storage_stats: ContainerStorageStats | None | Unset = UNSET
    preread: datetime.datetime | Unset = UNSET
    """ Date and time at which this first sample was collected. This field
    is not propagated if the "one-shot" option is set. If the "one-shot"
    option is set, this field may be omitted, empty, or set to a default
    date (`0001-01-01T00:00:00Z`).

    The value is formatted as [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    with nano-seconds.
     """
    precpu_stats: ContainerCPUStats | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_blkio_stats import ContainerBlkioStats  # noqa: PLC0415
        from ..models.container_cpu_stats import ContainerCPUStats  # noqa: PLC0415
        from ..models.container_memory_stats import ContainerMemoryStats  # noqa: PLC0415
        from ..models.container_pids_stats import ContainerPidsStats  # noqa: PLC0415
        from ..models.container_storage_stats import ContainerStorageStats  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        os_type: None | str | Unset
        if isinstance(self.os_type, Unset):
            os_type = UNSET
        else:
            os_type = self.os_type

        read: str | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.isoformat()

        cpu_stats: dict[str, Any] | None | Unset
        if isinstance(self.cpu_stats, Unset):
            cpu_stats = UNSET
        elif isinstance(self.cpu_stats, ContainerCPUStats):
            cpu_stats = self.cpu_stats.to_dict()
        else:
            cpu_stats = self.cpu_stats

        memory_stats: dict[str, Any] | None | Unset
        if isinstance(self.memory_stats, Unset):
            memory_stats = UNSET
        elif isinstance(self.memory_stats, ContainerMemoryStats):
            memory_stats = self.memory_stats.to_dict()
        else:
            memory_stats = self.memory_stats

        networks = self.networks

        pids_stats: dict[str, Any] | None | Unset
        if isinstance(self.pids_stats, Unset):
            pids_stats = UNSET
        elif isinstance(self.pids_stats, ContainerPidsStats):
            pids_stats = self.pids_stats.to_dict()
        else:
            pids_stats = self.pids_stats

        blkio_stats: dict[str, Any] | None | Unset
        if isinstance(self.blkio_stats, Unset):
            blkio_stats = UNSET
        elif isinstance(self.blkio_stats, ContainerBlkioStats):
            blkio_stats = self.blkio_stats.to_dict()
        else:
            blkio_stats = self.blkio_stats

        num_procs = self.num_procs

        storage_stats: dict[str, Any] | None | Unset
        if isinstance(self.storage_stats, Unset):
            storage_stats = UNSET
        elif isinstance(self.storage_stats, ContainerStorageStats):
            storage_stats = self.storage_stats.to_dict()
        else:
            storage_stats = self.storage_stats

        preread: str | Unset = UNSET
        if not isinstance(self.preread, Unset):
            preread = self.preread.isoformat()

        precpu_stats: dict[str, Any] | None | Unset
        if isinstance(self.precpu_stats, Unset):
            precpu_stats = UNSET
        elif isinstance(self.precpu_stats, ContainerCPUStats):
            precpu_stats = self.precpu_stats.to_dict()
        else:
            precpu_stats = self.precpu_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if os_type is not UNSET:
            field_dict["os_type"] = os_type
        if read is not UNSET:
            field_dict["read"] = read
        if cpu_stats is not UNSET:
            field_dict["cpu_stats"] = cpu_stats
        if memory_stats is not UNSET:
            field_dict["memory_stats"] = memory_stats
        if networks is not UNSET:
            field_dict["networks"] = networks
        if pids_stats is not UNSET:
            field_dict["pids_stats"] = pids_stats
        if blkio_stats is not UNSET:
            field_dict["blkio_stats"] = blkio_stats
        if num_procs is not UNSET:
            field_dict["num_procs"] = num_procs
        if storage_stats is not UNSET:
            field_dict["storage_stats"] = storage_stats
        if preread is not UNSET:
            field_dict["preread"] = preread
        if precpu_stats is not UNSET:
            field_dict["precpu_stats"] = precpu_stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_blkio_stats import ContainerBlkioStats  # noqa: PLC0415
        from ..models.container_cpu_stats import ContainerCPUStats  # noqa: PLC0415
        from ..models.container_memory_stats import ContainerMemoryStats  # noqa: PLC0415
        from ..models.container_pids_stats import ContainerPidsStats  # noqa: PLC0415
        from ..models.container_storage_stats import ContainerStorageStats  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_os_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_type = _parse_os_type(d.pop("os_type", UNSET))

        _read = d.pop("read", UNSET)
        read: datetime.datetime | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = datetime.datetime.fromisoformat(_read)

        def _parse_cpu_stats(data: object) -> ContainerCPUStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            cpu_stats_type_1 = ContainerCPUStats.from_dict(data)

            return cpu_stats_type_1

        cpu_stats = _parse_cpu_stats(d.pop("cpu_stats", UNSET))

        def _parse_memory_stats(data: object) -> ContainerMemoryStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            memory_stats_type_1 = ContainerMemoryStats.from_dict(data)

            return memory_stats_type_1

        memory_stats = _parse_memory_stats(d.pop("memory_stats", UNSET))

        networks = d.pop("networks", UNSET)

        def _parse_pids_stats(data: object) -> ContainerPidsStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            pids_stats_type_1 = ContainerPidsStats.from_dict(data)

            return pids_stats_type_1

        pids_stats = _parse_pids_stats(d.pop("pids_stats", UNSET))

        def _parse_blkio_stats(data: object) -> ContainerBlkioStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            blkio_stats_type_1 = ContainerBlkioStats.from_dict(data)

            return blkio_stats_type_1

        blkio_stats = _parse_blkio_stats(d.pop("blkio_stats", UNSET))

        num_procs = d.pop("num_procs", UNSET)

        def _parse_storage_stats(data: object) -> ContainerStorageStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            storage_stats_type_1 = ContainerStorageStats.from_dict(data)

            return storage_stats_type_1

        storage_stats = _parse_storage_stats(d.pop("storage_stats", UNSET))

        _preread = d.pop("preread", UNSET)
        preread: datetime.datetime | Unset
        if isinstance(_preread, Unset):
            preread = UNSET
        else:
            preread = datetime.datetime.fromisoformat(_preread)

        def _parse_precpu_stats(data: object) -> ContainerCPUStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            precpu_stats_type_1 = ContainerCPUStats.from_dict(data)

            return precpu_stats_type_1

        precpu_stats = _parse_precpu_stats(d.pop("precpu_stats", UNSET))

        container_stats_response = cls(
            id=id,
            name=name,
            os_type=os_type,
            read=read,
            cpu_stats=cpu_stats,
            memory_stats=memory_stats,
            networks=networks,
            pids_stats=pids_stats,
            blkio_stats=blkio_stats,
            num_procs=num_procs,
            storage_stats=storage_stats,
            preread=preread,
            precpu_stats=precpu_stats,
        )

        container_stats_response.additional_properties = d
        return container_stats_response

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
