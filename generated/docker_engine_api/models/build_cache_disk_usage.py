from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.build_cache import BuildCache


T = TypeVar("T", bound="BuildCacheDiskUsage")


@_attrs_define
class BuildCacheDiskUsage:
    """represents system data usage for build cache resources."""

    active_count: int | Unset = UNSET
    """ Count of active build cache records.
     """
    total_count: int | Unset = UNSET
    """ Count of all build cache records.
     """
    reclaimable: int | Unset = UNSET
    """ Disk space that can be reclaimed by removing inactive build cache records.
     """
    total_size: int | Unset = UNSET
    """ Disk space in use by build cache records.
     """
    items: list[BuildCache] | None | Unset = UNSET
    """ List of build cache records.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        active_count = self.active_count

        total_count = self.total_count

        reclaimable = self.reclaimable

        total_size = self.total_size

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_count is not UNSET:
            field_dict["ActiveCount"] = active_count
        if total_count is not UNSET:
            field_dict["TotalCount"] = total_count
        if reclaimable is not UNSET:
            field_dict["Reclaimable"] = reclaimable
        if total_size is not UNSET:
            field_dict["TotalSize"] = total_size
        if items is not UNSET:
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.build_cache import BuildCache  # noqa: PLC0415

        d = dict(src_dict)
        active_count = d.pop("ActiveCount", UNSET)

        total_count = d.pop("TotalCount", UNSET)

        reclaimable = d.pop("Reclaimable", UNSET)

        total_size = d.pop("TotalSize", UNSET)

        def _parse_items(data: object) -> list[BuildCache] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            items_type_0 = []
            _items_type_0 = data
            for items_type_0_item_data in _items_type_0:
                items_type_0_item = BuildCache.from_dict(items_type_0_item_data)

                items_type_0.append(items_type_0_item)

            return items_type_0

        items = _parse_items(d.pop("Items", UNSET))

        build_cache_disk_usage = cls(
            active_count=active_count,
            total_count=total_count,
            reclaimable=reclaimable,
            total_size=total_size,
            items=items,
        )

        build_cache_disk_usage.additional_properties = d
        return build_cache_disk_usage

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
