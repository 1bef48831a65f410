from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContainerPruneResponse")


@_attrs_define
class ContainerPruneResponse:
    containers_deleted: list[str] | None | Unset = UNSET
    """ Container IDs that were deleted """
    space_reclaimed: int | Unset = UNSET
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        containers_deleted: list[str] | None | Unset
        if isinstance(self.containers_deleted, Unset):
            containers_deleted = UNSET
        elif isinstance(self.containers_deleted, list):
            containers_deleted = self.containers_deleted

        else:
            containers_deleted = self.containers_deleted

        space_reclaimed = self.space_reclaimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if containers_deleted is not UNSET:
            field_dict["ContainersDeleted"] = containers_deleted
        if space_reclaimed is not UNSET:
            field_dict["SpaceReclaimed"] = space_reclaimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)

        def _parse_containers_deleted(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            containers_deleted_type_0 = cast(list[str], data)

            return containers_deleted_type_0

        containers_deleted = _parse_containers_deleted(d.pop("ContainersDeleted", UNSET))

        space_reclaimed = d.pop("SpaceReclaimed", UNSET)

        container_prune_response = cls(
            containers_deleted=containers_deleted,
            space_reclaimed=space_reclaimed,
        )

        container_prune_response.additional_properties = d
        return container_prune_response

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
