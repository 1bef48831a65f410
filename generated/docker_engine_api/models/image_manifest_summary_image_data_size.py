from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ImageManifestSummaryImageDataSize")


@_attrs_define
class ImageManifestSummaryImageDataSize:
    unpacked: int
    """ Unpacked is the size (in bytes) of the locally unpacked
    (uncompressed) image content that's directly usable by the containers
    running this image.
    It's independent of the distributable content - e.g.
    the image might still have an unpacked data that's still used by
    some container even when the distributable/compressed content is
    already gone.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        unpacked = self.unpacked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Unpacked": unpacked,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        unpacked = d.pop("Unpacked")

        image_manifest_summary_image_data_size = cls(
            unpacked=unpacked,
        )

        image_manifest_summary_image_data_size.additional_properties = d
        return image_manifest_summary_image_data_size

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
