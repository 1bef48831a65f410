from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PluginConfigRootfs")


@_attrs_define
class PluginConfigRootfs:
    type: str | Unset = UNSET
    diff_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        type = self.type

        diff_ids: list[str] | None | Unset
        if isinstance(self.diff_ids, Unset):
            diff_ids = UNSET
        elif isinstance(self.diff_ids, list):
            diff_ids = self.diff_ids

        else:
            diff_ids = self.diff_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["type"] = type
        if diff_ids is not UNSET:
            field_dict["diff_ids"] = diff_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        type = d.pop("type", UNSET)

        def _parse_diff_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            diff_ids_type_0 = cast(list[str], data)

            return diff_ids_type_0

        diff_ids = _parse_diff_ids(d.pop("diff_ids", UNSET))

        plugin_config_rootfs = cls(
            type=type,
            diff_ids=diff_ids,
        )

        plugin_config_rootfs.additional_properties = d
        return plugin_config_rootfs

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
