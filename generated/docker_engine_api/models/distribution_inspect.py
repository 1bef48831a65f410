from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

if TYPE_CHECKING:
    from ..models.oci_descriptor import OCIDescriptor
    from ..models.oci_platform import OCIPlatform


T = TypeVar("T", bound="DistributionInspect")


@_attrs_define
class DistributionInspect:
    """Describes the result obtained from contacting the registry to retrieve
    image metadata.

    """

    descriptor: None | OCIDescriptor
    platforms: list[None | OCIPlatform] | None
    """ An array containing all platforms supported by the image.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415
        from ..models.oci_platform import OCIPlatform  # noqa: PLC0415

        descriptor: dict[str, Any] | None
        if isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor

        platforms: list[dict[str, Any] | None] | None
        if isinstance(self.platforms, list):
            platforms = []
            for platforms_type_0_item_data in self.platforms:
                platforms_type_0_item: dict[str, Any] | None
                if isinstance(platforms_type_0_item_data, OCIPlatform):
                    platforms_type_0_item = platforms_type_0_item_data.to_dict()
                else:
                    platforms_type_0_item = platforms_type_0_item_data
                platforms.append(platforms_type_0_item)

        else:
            platforms = self.platforms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Descriptor": descriptor,
                "Platforms": platforms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415
        from ..models.oci_platform import OCIPlatform  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_descriptor(data: object) -> None | OCIDescriptor:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            descriptor_type_1 = OCIDescriptor.from_dict(data)

            return descriptor_type_1

        descriptor = _parse_descriptor(d.pop("Descriptor"))

        def _parse_platforms(data: object) -> list[None | OCIPlatform] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            platforms_type_0 = []
            _platforms_type_0 = data
            for platforms_type_0_item_data in _platforms_type_0:

                def _parse_platforms_type_0_item(data: object) -> None | OCIPlatform:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    platforms_type_0_item_type_1 = OCIPlatform.from_dict(data)

                    return platforms_type_0_item_type_1

                platforms_type_0_item = _parse_platforms_type_0_item(platforms_type_0_item_data)

                platforms_type_0.append(platforms_type_0_item)

            return platforms_type_0

        platforms = _parse_platforms(d.pop("Platforms"))

        distribution_inspect = cls(
            descriptor=descriptor,
            platforms=platforms,
        )

        distribution_inspect.additional_properties = d
        return distribution_inspect

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
