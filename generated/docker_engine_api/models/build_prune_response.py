from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BuildPruneResponse")


@_attrs_define
class BuildPruneResponse:
    caches_deleted: list[str] | None | Unset = UNSET
    space_reclaimed: int | Unset = UNSET
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        caches_deleted: list[str] | None | Unset
        if isinstance(self.caches_deleted, Unset):
            caches_deleted = UNSET
        elif isinstance(self.caches_deleted, list):
            caches_deleted = self.caches_deleted

        else:
            caches_deleted = self.caches_deleted

        space_reclaimed = self.space_reclaimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if caches_deleted is not UNSET:
            field_dict["CachesDeleted"] = caches_deleted
        if space_reclaimed is not UNSET:
            field_dict["SpaceReclaimed"] = space_reclaimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)

        def _parse_caches_deleted(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            caches_deleted_type_0 = cast(list[str], data)

            return caches_deleted_type_0

        caches_deleted = _parse_caches_deleted(d.pop("CachesDeleted", UNSET))

        space_reclaimed = d.pop("SpaceReclaimed", UNSET)

        build_prune_response = cls(
            caches_deleted=caches_deleted,
            space_reclaimed=space_reclaimed,
        )

        build_prune_response.additional_properties = d
        return build_prune_response

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
