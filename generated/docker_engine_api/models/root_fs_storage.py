from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.root_fs_storage_snapshot import RootFSStorageSnapshot


T = TypeVar("T", bound="RootFSStorage")


@_attrs_define
class RootFSStorage:
    """Information about the storage used for the container's root filesystem."""

    snapshot: None | RootFSStorageSnapshot | Unset = UNSET
    """ Information about the snapshot used for the container's root filesystem.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.root_fs_storage_snapshot import RootFSStorageSnapshot  # noqa: PLC0415

        snapshot: dict[str, Any] | None | Unset
        if isinstance(self.snapshot, Unset):
            snapshot = UNSET
        elif isinstance(self.snapshot, RootFSStorageSnapshot):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if snapshot is not UNSET:
            field_dict["Snapshot"] = snapshot

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.root_fs_storage_snapshot import RootFSStorageSnapshot  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_snapshot(data: object) -> None | RootFSStorageSnapshot | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            snapshot_type_1 = RootFSStorageSnapshot.from_dict(data)

            return snapshot_type_1

        snapshot = _parse_snapshot(d.pop("Snapshot", UNSET))

        root_fs_storage = cls(
            snapshot=snapshot,
        )

        root_fs_storage.additional_properties = d
        return root_fs_storage

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
