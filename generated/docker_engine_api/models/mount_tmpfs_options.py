from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="MountTmpfsOptions")


@_attrs_define
class MountTmpfsOptions:
    """Optional configuration for the `tmpfs` type."""

    size_bytes: int | Unset = UNSET
    """ The size for the tmpfs mount in bytes. """
    mode: int | Unset = UNSET
    """ The permission mode for the tmpfs mount in an integer.
    The value must not be in octal format (e.g. 755) but rather
    the decimal representation of the octal value (e.g. 493).
     """
    options: list[list[str]] | None | Unset = UNSET
    """ The options to be passed to the tmpfs mount. An array of arrays.
    Flag options should be provided as 1-length arrays. Other types
    should be provided as as 2-length arrays, where the first item is
    the key and the second the value.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        size_bytes = self.size_bytes

        mode = self.mode

        options: list[list[str]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data

                options.append(options_type_0_item)

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if size_bytes is not UNSET:
            field_dict["SizeBytes"] = size_bytes
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        size_bytes = d.pop("SizeBytes", UNSET)

        mode = d.pop("Mode", UNSET)

        def _parse_options(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            options_type_0 = []
            _options_type_0 = data
            for options_type_0_item_data in _options_type_0:
                options_type_0_item = cast(list[str], options_type_0_item_data)

                options_type_0.append(options_type_0_item)

            return options_type_0

        options = _parse_options(d.pop("Options", UNSET))

        mount_tmpfs_options = cls(
            size_bytes=size_bytes,
            mode=mode,
            options=options,
        )

        mount_tmpfs_options.additional_properties = d
        return mount_tmpfs_options

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
