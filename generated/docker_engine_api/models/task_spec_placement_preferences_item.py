from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.task_spec_placement_preferences_item_spread import (
        TaskSpecPlacementPreferencesItemSpread,
    )


T = TypeVar("T", bound="TaskSpecPlacementPreferencesItem")


@_attrs_define
class TaskSpecPlacementPreferencesItem:
    spread: None | TaskSpecPlacementPreferencesItemSpread | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.task_spec_placement_preferences_item_spread import (
            TaskSpecPlacementPreferencesItemSpread,  # noqa: PLC0415
        )

        spread: dict[str, Any] | None | Unset
        if isinstance(self.spread, Unset):
            spread = UNSET
        elif isinstance(self.spread, TaskSpecPlacementPreferencesItemSpread):
            spread = self.spread.to_dict()
        else:
            spread = self.spread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spread is not UNSET:
            field_dict["Spread"] = spread

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.task_spec_placement_preferences_item_spread import (
            TaskSpecPlacementPreferencesItemSpread,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_spread(data: object) -> None | TaskSpecPlacementPreferencesItemSpread | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            spread_type_1 = TaskSpecPlacementPreferencesItemSpread.from_dict(data)

            return spread_type_1

        spread = _parse_spread(d.pop("Spread", UNSET))

        task_spec_placement_preferences_item = cls(
            spread=spread,
        )

        task_spec_placement_preferences_item.additional_properties = d
        return task_spec_placement_preferences_item

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
