from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="FirewallInfo")


@_attrs_define
class FirewallInfo:
    """Information about the daemon's firewalling configuration.

    This field is currently only used on Linux, and omitted on other platforms.

    """

    driver: str | Unset = UNSET
    """ The name of the firewall backend driver.
     """
    info: list[list[str]] | None | Unset = UNSET
    """ Information about the firewall backend, provided as
    "label" / "value" pairs.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        driver = self.driver

        info: list[list[str]] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, list):
            info = []
            for info_type_0_item_data in self.info:
                info_type_0_item = info_type_0_item_data

                info.append(info_type_0_item)

        else:
            info = self.info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if info is not UNSET:
            field_dict["Info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        driver = d.pop("Driver", UNSET)

        def _parse_info(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            info_type_0 = []
            _info_type_0 = data
            for info_type_0_item_data in _info_type_0:
                info_type_0_item = cast(list[str], info_type_0_item_data)

                info_type_0.append(info_type_0_item)

            return info_type_0

        info = _parse_info(d.pop("Info", UNSET))

        firewall_info = cls(
            driver=driver,
            info=info,
        )

        firewall_info.additional_properties = d
        return firewall_info

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
