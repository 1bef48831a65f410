from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContainerThrottlingData")


@_attrs_define
class ContainerThrottlingData:
    """CPU throttling stats of the container.

    This type is Linux-specific and omitted for Windows containers.

    """

    periods: int | Unset = UNSET
    """ Number of periods with throttling active.
     """
    throttled_periods: int | Unset = UNSET
    """ Number of periods when the container hit its throttling limit.
     """
    throttled_time: int | Unset = UNSET
    """ Aggregated time (in nanoseconds) the container was throttled for.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        periods = self.periods

        throttled_periods = self.throttled_periods

        throttled_time = self.throttled_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if periods is not UNSET:
            field_dict["periods"] = periods
        if throttled_periods is not UNSET:
            field_dict["throttled_periods"] = throttled_periods
        if throttled_time is not UNSET:
            field_dict["throttled_time"] = throttled_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        periods = d.pop("periods", UNSET)

        throttled_periods = d.pop("throttled_periods", UNSET)

        throttled_time = d.pop("throttled_time", UNSET)

        container_throttling_data = cls(
            periods=periods,
            throttled_periods=throttled_periods,
            throttled_time=throttled_time,
        )

        container_throttling_data.additional_properties = d
        return container_throttling_data

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
