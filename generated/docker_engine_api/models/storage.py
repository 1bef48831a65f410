from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.root_fs_storage import RootFSStorage


T = TypeVar("T", bound="Storage")


@_attrs_define
class Storage:
    """Information about the storage used by the container."""

    root_fs: None | RootFSStorage | Unset = UNSET
    """ Information about the storage used for the container's root filesystem.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.root_fs_storage import RootFSStorage  # noqa: PLC0415

        root_fs: dict[str, Any] | None | Unset
        if isinstance(self.root_fs, Unset):
            root_fs = UNSET
        elif isinstance(self.root_fs, RootFSStorage):
            root_fs = self.root_fs.to_dict()
        else:
            root_fs = self.root_fs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if root_fs is not UNSET:
            field_dict["RootFS"] = root_fs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.root_fs_storage import RootFSStorage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_root_fs(data: object) -> None | RootFSStorage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            root_fs_type_1 = RootFSStorage.from_dict(data)

            return root_fs_type_1

        root_fs = _parse_root_fs(d.pop("RootFS", UNSET))

        storage = cls(
            root_fs=root_fs,
        )

        storage.additional_properties = d
        return storage

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
