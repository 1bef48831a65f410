from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_blkio_stat_entry import ContainerBlkioStatEntry


T = TypeVar("T", bound="ContainerBlkioStats")


@_attrs_define
class ContainerBlkioStats:
    """BlkioStats stores all IO service stats for data read and write.

    This type is Linux-specific and holds many fields that are specific to cgroups v1.
    On a cgroup v2 host, all fields other than `io_service_bytes_recursive`
    are omitted or `null`.

    This type is only populated on Linux and omitted for Windows containers.

        Example:
            {'io_service_bytes_recursive': [{'major': 254, 'minor': 0, 'op': 'read', 'value': 7593984}, {'major': 254,
                'minor': 0, 'op': 'write', 'value': 100}], 'io_serviced_recursive': None, 'io_queue_recursive': None,
                'io_service_time_recursive': None, 'io_wait_time_recursive': None, 'io_merged_recursive': None,
                'io_time_recursive': None, 'sectors_recursive': None}

    """

    io_service_bytes_recursive: list[ContainerBlkioStatEntry | None] | None | Unset = UNSET
    io_serviced_recursive: list[ContainerBlkioStatEntry | None] | None | Unset = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_queue_recursive: list[ContainerBlkioStatEntry | None] | None | Unset = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_service_time_recursive: list[ContainerBlkioStatEntry | None] | None | Unset = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_wait_time_recursive: list[ContainerBlkioStatEntry | None] | None | Unset = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_merged_recursive: list[ContainerBlkioStatEntry | None] | None | Unset = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    io_time_recursive: list[ContainerBlkioStatEntry | None] | None | Unset = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    sectors_recursive: list[ContainerBlkioStatEntry | None] | None | Unset = UNSET
    """ This field is only available when using Linux containers with
    cgroups v1. It is omitted or `null` when using cgroups v2.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_blkio_stat_entry import ContainerBlkioStatEntry  # noqa: PLC0415

        io_service_bytes_recursive: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.io_service_bytes_recursive, Unset):
            io_service_bytes_recursive = UNSET
        elif isinstance(self.io_service_bytes_recursive, list):
            io_service_bytes_recursive = []
            for io_service_bytes_recursive_type_0_item_data in self.io_service_bytes_recursive:
                io_service_bytes_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_service_bytes_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_service_bytes_recursive_type_0_item = (
                        io_service_bytes_recursive_type_0_item_data.to_dict()
                    )
                else:
                    io_service_bytes_recursive_type_0_item = (
                        io_service_bytes_recursive_type_0_item_data
                    )
                io_service_bytes_recursive.append(io_service_bytes_recursive_type_0_item)

        else:
            io_service_bytes_recursive = self.io_service_bytes_recursive

        io_serviced_recursive: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.io_serviced_recursive, Unset):
            io_serviced_recursive = UNSET
        elif isinstance(self.io_serviced_recursive, list):
            io_serviced_recursive = []
            for io_serviced_recursive_type_0_item_data in self.io_serviced_recursive:
                io_serviced_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_serviced_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_serviced_recursive_type_0_item = (
                        io_serviced_recursive_type_0_item_data.to_dict()
                    )
                else:
                    io_serviced_recursive_type_0_item = io_serviced_recursive_type_0_item_data
                io_serviced_recursive.append(io_serviced_recursive_type_0_item)

        else:
            io_serviced_recursive = self.io_serviced_recursive

        io_queue_recursive: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.io_queue_recursive, Unset):
            io_queue_recursive = UNSET
        elif isinstance(self.io_queue_recursive, list):
            io_queue_recursive = []
            for io_queue_recursive_type_0_item_data in self.io_queue_recursive:
                io_queue_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_queue_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_queue_recursive_type_0_item = io_queue_recursive_type_0_item_data.to_dict()
                else:
                    io_queue_recursive_type_0_item = io_queue_recursive_type_0_item_data
                io_queue_recursive.append(io_queue_recursive_type_0_item)

        else:
            io_queue_recursive = self.io_queue_recursive

        io_service_time_recursive: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.io_service_time_recursive, Unset):
            io_service_time_recursive = UNSET
        elif isinstance(self.io_service_time_recursive, list):
            io_service_time_recursive = []
            for io_service_time_recursive_type_0_item_data in self.io_service_time_recursive:
                io_service_time_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_service_time_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_service_time_recursive_type_0_item = (
                        io_service_time_recursive_type_0_item_data.to_dict()
                    )
                else:
                    io_service_time_recursive_type_0_item = (
                        io_service_time_recursive_type_0_item_data
                    )
                io_service_time_recursive.append(io_service_time_recursive_type_0_item)

        else:
            io_service_time_recursive = self.io_service_time_recursive

        io_wait_time_recursive: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.io_wait_time_recursive, Unset):
            io_wait_time_recursive = UNSET
        elif isinstance(self.io_wait_time_recursive, list):
            io_wait_time_recursive = []
            for io_wait_time_recursive_type_0_item_data in self.io_wait_time_recursive:
                io_wait_time_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_wait_time_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_wait_time_recursive_type_0_item = (
                        io_wait_time_recursive_type_0_item_data.to_dict()
                    )
                else:
                    io_wait_time_recursive_type_0_item = io_wait_time_recursive_type_0_item_data
                io_wait_time_recursive.append(io_wait_time_recursive_type_0_item)

        else:
            io_wait_time_recursive = self.io_wait_time_recursive

        io_merged_recursive: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.io_merged_recursive, Unset):
            io_merged_recursive = UNSET
        elif isinstance(self.io_merged_recursive, list):
            io_merged_recursive = []
            for io_merged_recursive_type_0_item_data in self.io_merged_recursive:
                io_merged_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_merged_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_merged_recursive_type_0_item = io_merged_recursive_type_0_item_data.to_dict()
                else:
                    io_merged_recursive_type_0_item = io_merged_recursive_type_0_item_data
                io_merged_recursive.append(io_merged_recursive_type_0_item)

        else:
            io_merged_recursive = self.io_merged_recursive

        io_time_recursive: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.io_time_recursive, Unset):
            io_time_recursive = UNSET
        elif isinstance(self.io_time_recursive, list):
            io_time_recursive = []
            for io_time_recursive_type_0_item_data in self.io_time_recursive:
                io_time_recursive_type_0_item: dict[str, Any] | None
                if isinstance(io_time_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    io_time_recursive_type_0_item = io_time_recursive_type_0_item_data.to_dict()
                else:
                    io_time_recursive_type_0_item = io_time_recursive_type_0_item_data
                io_time_recursive.append(io_time_recursive_type_0_item)

        else:
            io_time_recursive = self.io_time_recursive

        sectors_recursive: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.sectors_recursive, Unset):
            sectors_recursive = UNSET
        elif isinstance(self.sectors_recursive, list):
            sectors_recursive = []
            for sectors_recursive_type_0_item_data in self.sectors_recursive:
                sectors_recursive_type_0_item: dict[str, Any] | None
                if isinstance(sectors_recursive_type_0_item_data, ContainerBlkioStatEntry):
                    sectors_recursive_type_0_item = sectors_recursive_type_0_item_data.to_dict()
                else:
                    sectors_recursive_type_0_item = sectors_recursive_type_0_item_data
                sectors_recursive.append(sectors_recursive_type_0_item)

        else:
            sectors_recursive = self.sectors_recursive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if io_service_bytes_recursive is not UNSET:
            field_dict["io_service_bytes_recursive"] = io_service_bytes_recursive
        if io_serviced_recursive is not UNSET:
            field_dict["io_serviced_recursive"] = io_serviced_recursive
        if io_queue_recursive is not UNSET:
            field_dict["io_queue_recursive"] = io_queue_recursive
        if io_service_time_recursive is not UNSET:
            field_dict["io_service_time_recursive"] = io_service_time_recursive
        if io_wait_time_recursive is not UNSET:
            field_dict["io_wait_time_recursive"] = io_wait_time_recursive
        if io_merged_recursive is not UNSET:
            field_dict["io_merged_recursive"] = io_merged_recursive
        if io_time_recursive is not UNSET:
            field_dict["io_time_recursive"] = io_time_recursive
        if sectors_recursive is not UNSET:
            field_dict["sectors_recursive"] = sectors_recursive

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_blkio_stat_entry import ContainerBlkioStatEntry  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_io_service_bytes_recursive(
            data: object,
        ) -> list[ContainerBlkioStatEntry | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            io_service_bytes_recursive_type_0 = []
            _io_service_bytes_recursive_type_0 = data
            for io_service_bytes_recursive_type_0_item_data in _io_service_bytes_recursive_type_0:

                def _parse_io_service_bytes_recursive_type_0_item(
                    data: object,
                ) -> ContainerBlkioStatEntry | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    io_service_bytes_recursive_type_0_item_type_1 = (
                        ContainerBlkioStatEntry.from_dict(data)
                    )

                    return io_service_bytes_recursive_type_0_item_type_1

                io_service_bytes_recursive_type_0_item = (
                    _parse_io_service_bytes_recursive_type_0_item(
                        io_service_bytes_recursive_type_0_item_data
                    )
                )

                io_service_bytes_recursive_type_0.append(io_service_bytes_recursive_type_0_item)

            return io_service_bytes_recursive_type_0

        io_service_bytes_recursive = _parse_io_service_bytes_recursive(
            d.pop("io_service_bytes_recursive", UNSET)
        )

        def _parse_io_serviced_recursive(
            data: object,
        ) -> list[ContainerBlkioStatEntry | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            io_serviced_recursive_type_0 = []
            _io_serviced_recursive_type_0 = data
            for io_serviced_recursive_type_0_item_data in _io_serviced_recursive_type_0:

                def _parse_io_serviced_recursive_type_0_item(
                    data: object,
                ) -> ContainerBlkioStatEntry | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    io_serviced_recursive_type_0_item_type_1 = ContainerBlkioStatEntry.from_dict(
                        data
                    )

                    return io_serviced_recursive_type_0_item_type_1

                io_serviced_recursive_type_0_item = _parse_io_serviced_recursive_type_0_item(
                    io_serviced_recursive_type_0_item_data
                )

                io_serviced_recursive_type_0.append(io_serviced_recursive_type_0_item)

            return io_serviced_recursive_type_0

        io_serviced_recursive = _parse_io_serviced_recursive(d.pop("io_serviced_recursive", UNSET))

        def _parse_io_queue_recursive(
            data: object,
        ) -> list[ContainerBlkioStatEntry | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            io_queue_recursive_type_0 = []
            _io_queue_recursive_type_0 = data
            for io_queue_recursive_type_0_item_data in _io_queue_recursive_type_0:

                def _parse_io_queue_recursive_type_0_item(
                    data: object,
                ) -> ContainerBlkioStatEntry | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    io_queue_recursive_type_0_item_type_1 = ContainerBlkioStatEntry.from_dict(data)

                    return io_queue_recursive_type_0_item_type_1

                io_queue_recursive_type_0_item = _parse_io_queue_recursive_type_0_item(
                    io_queue_recursive_type_0_item_data
                )

                io_queue_recursive_type_0.append(io_queue_recursive_type_0_item)

            return io_queue_recursive_type_0

        io_queue_recursive = _parse_io_queue_recursive(d.pop("io_queue_recursive", UNSET))

        def _parse_io_service_time_recursive(
            data: object,
        ) -> list[ContainerBlkioStatEntry | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            io_service_time_recursive_type_0 = []
            _io_service_time_recursive_type_0 = data
            for io_service_time_recursive_type_0_item_data in _io_service_time_recursive_type_0:

                def _parse_io_service_time_recursive_type_0_item(
                    data: object,
                ) -> ContainerBlkioStatEntry | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    io_service_time_recursive_type_0_item_type_1 = (
                        ContainerBlkioStatEntry.from_dict(data)
                    )

                    return io_service_time_recursive_type_0_item_type_1

                io_service_time_recursive_type_0_item = (
                    _parse_io_service_time_recursive_type_0_item(
                        io_service_time_recursive_type_0_item_data
                    )
                )

                io_service_time_recursive_type_0.append(io_service_time_recursive_type_0_item)

            return io_service_time_recursive_type_0

        io_service_time_recursive = _parse_io_service_time_recursive(
            d.pop("io_service_time_recursive", UNSET)
        )

        def _parse_io_wait_time_recursive(
            data: object,
        ) -> list[ContainerBlkioStatEntry | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            io_wait_time_recursive_type_0 = []
            _io_wait_time_recursive_type_0 = data
            for io_wait_time_recursive_type_0_item_data in _io_wait_time_recursive_type_0:

                def _parse_io_wait_time_recursive_type_0_item(
                    data: object,
                ) -> ContainerBlkioStatEntry | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    io_wait_time_recursive_type_0_item_type_1 = ContainerBlkioStatEntry.from_dict(
                        data
                    )

                    return io_wait_time_recursive_type_0_item_type_1

                io_wait_time_recursive_type_0_item = _parse_io_wait_time_recursive_type_0_item(
                    io_wait_time_recursive_type_0_item_data
                )

                io_wait_time_recursive_type_0.append(io_wait_time_recursive_type_0_item)

            return io_wait_time_recursive_type_0

        io_wait_time_recursive = _parse_io_wait_time_recursive(
            d.pop("io_wait_time_recursive", UNSET)
        )

        def _parse_io_merged_recursive(
            data: object,
        ) -> list[ContainerBlkioStatEntry | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            io_merged_recursive_type_0 = []
            _io_merged_recursive_type_0 = data
            for io_merged_recursive_type_0_item_data in _io_merged_recursive_type_0:

                def _parse_io_merged_recursive_type_0_item(
                    data: object,
                ) -> ContainerBlkioStatEntry | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    io_merged_recursive_type_0_item_type_1 = ContainerBlkioStatEntry.from_dict(data)

                    return io_merged_recursive_type_0_item_type_1

                io_merged_recursive_type_0_item = _parse_io_merged_recursive_type_0_item(
                    io_merged_recursive_type_0_item_data
                )

                io_merged_recursive_type_0.append(io_merged_recursive_type_0_item)

            return io_merged_recursive_type_0

        io_merged_recursive = _parse_io_merged_recursive(d.pop("io_merged_recursive", UNSET))

        def _parse_io_time_recursive(
            data: object,
        ) -> list[ContainerBlkioStatEntry | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            io_time_recursive_type_0 = []
            _io_time_recursive_type_0 = data
            for io_time_recursive_type_0_item_data in _io_time_recursive_type_0:

                def _parse_io_time_recursive_type_0_item(
                    data: object,
                ) -> ContainerBlkioStatEntry | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    io_time_recursive_type_0_item_type_1 = ContainerBlkioStatEntry.from_dict(data)

                    return io_time_recursive_type_0_item_type_1

                io_time_recursive_type_0_item = _parse_io_time_recursive_type_0_item(
                    io_time_recursive_type_0_item_data
                )

                io_time_recursive_type_0.append(io_time_recursive_type_0_item)

            return io_time_recursive_type_0

        io_time_recursive = _parse_io_time_recursive(d.pop("io_time_recursive", UNSET))

        def _parse_sectors_recursive(
            data: object,
        ) -> list[ContainerBlkioStatEntry | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            sectors_recursive_type_0 = []
            _sectors_recursive_type_0 = data
            for sectors_recursive_type_0_item_data in _sectors_recursive_type_0:

                def _parse_sectors_recursive_type_0_item(
                    data: object,
                ) -> ContainerBlkioStatEntry | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    sectors_recursive_type_0_item_type_1 = ContainerBlkioStatEntry.from_dict(data)

                    return sectors_recursive_type_0_item_type_1

                sectors_recursive_type_0_item = _parse_sectors_recursive_type_0_item(
                    sectors_recursive_type_0_item_data
                )

                sectors_recursive_type_0.append(sectors_recursive_type_0_item)

            return sectors_recursive_type_0

        sectors_recursive = _parse_sectors_recursive(d.pop("sectors_recursive", UNSET))

        container_blkio_stats = cls(
            io_service_bytes_recursive=io_service_bytes_recursive,
            io_serviced_recursive=io_serviced_recursive,
            io_queue_recursive=io_queue_recursive,
            io_service_time_recursive=io_service_time_recursive,
            io_wait_time_recursive=io_wait_time_recursive,
            io_merged_recursive=io_merged_recursive,
            io_time_recursive=io_time_recursive,
            sectors_recursive=sectors_recursive,
        )

        container_blkio_stats.additional_properties = d
        return container_blkio_stats

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
