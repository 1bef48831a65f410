from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContainerStorageStats")


@_attrs_define
class ContainerStorageStats:
    """StorageStats is the disk I/O stats for read/write on Windows.

    This type is Windows-specific and omitted for Linux containers.

    """

    read_count_normalized: int | None | Unset = UNSET
    read_size_bytes: int | None | Unset = UNSET
    write_count_normalized: int | None | Unset = UNSET
    write_size_bytes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        read_count_normalized: int | None | Unset
        if isinstance(self.read_count_normalized, Unset):
            read_count_normalized = UNSET
        else:
            read_count_normalized = self.read_count_normalized

        read_size_bytes: int | None | Unset
        if isinstance(self.read_size_bytes, Unset):
            read_size_bytes = UNSET
        else:
            read_size_bytes = self.read_size_bytes

        write_count_normalized: int | None | Unset
        if isinstance(self.write_count_normalized, Unset):
            write_count_normalized = UNSET
        else:
            write_count_normalized = self.write_count_normalized

        write_size_bytes: int | None | Unset
        if isinstance(self.write_size_bytes, Unset):
            write_size_bytes = UNSET
        else:
            write_size_bytes = self.write_size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if read_count_normalized is not UNSET:
            field_dict["read_count_normalized"] = read_count_normalized
        if read_size_bytes is not UNSET:
            field_dict["read_size_bytes"] = read_size_bytes
        if write_count_normalized is not UNSET:
            field_dict["write_count_normalized"] = write_count_normalized
        if write_size_bytes is not UNSET:
            field_dict["write_size_bytes"] = write_size_bytes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)

        def _parse_read_count_normalized(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        read_count_normalized = _parse_read_count_normalized(d.pop("read_count_normalized", UNSET))

        def _parse_read_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        read_size_bytes = _parse_read_size_bytes(d.pop("read_size_bytes", UNSET))

        def _parse_write_count_normalized(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        write_count_normalized = _parse_write_count_normalized(
            d.pop("write_count_normalized", UNSET)
        )

        def _parse_write_size_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        write_size_bytes = _parse_write_size_bytes(d.pop("write_size_bytes", UNSET))

        container_storage_stats = cls(
            read_count_normalized=read_count_normalized,
            read_size_bytes=read_size_bytes,
            write_count_normalized=write_count_normalized,
            write_size_bytes=write_size_bytes,
        )

        container_storage_stats.additional_properties = d
        return container_storage_stats

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
