from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="Limit")


@_attrs_define
class Limit:
    """An object describing a limit on resources which can be requested by a task."""

    nano_cpus: int | Unset = UNSET
    memory_bytes: int | Unset = UNSET
    pids: int | Unset = UNSET
    """ Limits the maximum number of PIDs in the container. Set `0` for unlimited.

    Daemon default: `0` (sent only when set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        nano_cpus = self.nano_cpus

        memory_bytes = self.memory_bytes

        pids = self.pids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nano_cpus is not UNSET:
            field_dict["NanoCPUs"] = nano_cpus
        if memory_bytes is not UNSET:
            field_dict["MemoryBytes"] = memory_bytes
        if pids is not UNSET:
            field_dict["Pids"] = pids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        nano_cpus = d.pop("NanoCPUs", UNSET)

        memory_bytes = d.pop("MemoryBytes", UNSET)

        pids = d.pop("Pids", UNSET)

        limit = cls(
            nano_cpus=nano_cpus,
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
