from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.build_cache_type import BuildCacheType, check_build_cache_type
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="BuildCache")


@_attrs_define
class BuildCache:
    """BuildCache contains information about a build cache record."""

    id: str | Unset = UNSET
    """ Unique ID of the build cache record.
     """
    parents: list[str] | None | Unset = UNSET
    """ List of parent build cache record IDs.
     """
    type: BuildCacheType | Unset = UNSET
    """ Cache record type.
     """
    description: str | Unset = UNSET
    """ Description of the build-step that produced the build cache.
     """
    in_use: bool | Unset = UNSET
    """ Indicates if the build cache is in use.
     """
    shared: bool | Unset = UNSET
    """ Indicates if the build cache is shared.
     """
    size: int | Unset = UNSET
    """ Amount of disk space used by the build cache (in bytes).
     """
    created_at: str | Unset = UNSET
    """ Date and time at which the build cache was created in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    last_used_at: None | str | Unset = UNSET
    """ Date and time at which the build cache was last used in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.
     """
    usage_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        id = self.id

        parents: list[str] | None | Unset
        if isinstance(self.parents, Unset):
            parents = UNSET
        elif isinstance(self.parents, list):
            parents = self.parents

        else:
            parents = self.parents

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        description = self.description

        in_use = self.in_use

        shared = self.shared

        size = self.size

        created_at = self.created_at

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        else:
            last_used_at = self.last_used_at

        usage_count = self.usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if parents is not UNSET:
            field_dict["Parents"] = parents
        if type is not UNSET:
            field_dict["Type"] = type
        if description is not UNSET:
            field_dict["Description"] = description
        if in_use is not UNSET:
            field_dict["InUse"] = in_use
        if shared is not UNSET:
            field_dict["Shared"] = shared
        if size is not UNSET:
            field_dict["Size"] = size
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if last_used_at is not UNSET:
            field_dict["LastUsedAt"] = last_used_at
        if usage_count is not UNSET:
            field_dict["UsageCount"] = usage_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_parents(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            parents_type_0 = cast(list[str], data)

            return parents_type_0

        parents = _parse_parents(d.pop("Parents", UNSET))

        _type = d.pop("Type", UNSET)
        type: BuildCacheType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_build_cache_type(_type)

        description = d.pop("Description", UNSET)

        in_use = d.pop("InUse", UNSET)

        shared = d.pop("Shared", UNSET)

        size = d.pop("Size", UNSET)

        created_at = d.pop("CreatedAt", UNSET)

        def _parse_last_used_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_used_at = _parse_last_used_at(d.pop("LastUsedAt", UNSET))

        usage_count = d.pop("UsageCount", UNSET)

        build_cache = cls(
            id=id,
            parents=parents,
            type=type,
            description=description,
            in_use=in_use,
            shared=shared,
            size=size,
            created_at=created_at,
            last_used_at=last_used_at,
            usage_count=usage_count,
        )

        build_cache.additional_properties = d
        return build_cache

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
