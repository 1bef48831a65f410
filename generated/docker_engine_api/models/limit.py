from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Limit")


@_attrs_define
class Limit:
    """An object describing a limit on resources which can be requested by a task."""

    nano_cp_us: int | Unset = UNSET
    memory_bytes: int | Unset = UNSET
    pids: int | Unset = UNSET
    """ Limits the maximum number of PIDs in the container. Set `0` for unlimited.

    Daemon default: `0` (sent only when set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nano_cp_us = self.nano_cp_us

        memory_bytes = self.memory_bytes

        pids = self.pids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nano_cp_us is not UNSET:
            field_dict["NanoCPUs"] = nano_cp_us
        if memory_bytes is not UNSET:
            field_dict["MemoryBytes"] = memory_bytes
        if pids is not UNSET:
            field_dict["Pids"] = pids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nano_cp_us = d.pop("NanoCPUs", UNSET)

        memory_bytes = d.pop("MemoryBytes", UNSET)

        pids = d.pop("Pids", UNSET)

        limit = cls(
            nano_cp_us=nano_cp_us,
            memory_bytes=memory_bytes,
            pids=pids,
        )

        limit.additional_properties = d
        return limit

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
