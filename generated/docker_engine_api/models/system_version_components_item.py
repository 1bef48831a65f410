from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.system_version_components_item_details import SystemVersionComponentsItemDetails


T = TypeVar("T", bound="SystemVersionComponentsItem")


@_attrs_define
class SystemVersionComponentsItem:
    name: str
    """ Name of the component
     """
    version: str
    """ Version of the component
     """
    details: None | SystemVersionComponentsItemDetails | Unset = UNSET
    """ Key/value pairs of strings with additional information about the
    component. These values are intended for informational purposes
    only, and their content is not defined, and not part of the API
    specification.

    These messages can be printed by the client as information to the user.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.system_version_components_item_details import (
            SystemVersionComponentsItemDetails,  # noqa: PLC0415
        )

        name = self.name

        version = self.version

        details: dict[str, Any] | None | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        elif isinstance(self.details, SystemVersionComponentsItemDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Version": version,
            }
        )
        if details is not UNSET:
            field_dict["Details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.system_version_components_item_details import (
            SystemVersionComponentsItemDetails,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("Name")

        version = d.pop("Version")

        def _parse_details(data: object) -> None | SystemVersionComponentsItemDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            details_type_1 = SystemVersionComponentsItemDetails.from_dict(data)

            return details_type_1

        details = _parse_details(d.pop("Details", UNSET))

        system_version_components_item = cls(
            name=name,
            version=version,
            details=details,
        )

        system_version_components_item.additional_properties = d
        return system_version_components_item

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
