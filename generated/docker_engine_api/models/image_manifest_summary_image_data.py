from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.identity import Identity
    from ..models.image_manifest_summary_image_data_size import ImageManifestSummaryImageDataSize
    from ..models.oci_platform import OCIPlatform


T = TypeVar("T", bound="ImageManifestSummaryImageData")


@_attrs_define
class ImageManifestSummaryImageData:
    """The image data for the image manifest.
    This field is only populated when Kind is "image".

    """

    platform: None | OCIPlatform
    """ OCI platform of the image. This will be the platform specified in the
    manifest descriptor from the index/manifest list.
    If it's not available, it will be obtained from the image config.
     """
    containers: list[str] | None
    """ The IDs of the containers that are using this image.
     """
    size: ImageManifestSummaryImageDataSize | None
    identity: Identity | None | Unset = UNSET
    """ Identity holds information about the identity and origin of this image.
    For image list responses, this can duplicate Build/Pull fields across
    image manifests, because those parts are image-level metadata.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.identity import Identity  # noqa: PLC0415
        from ..models.image_manifest_summary_image_data_size import (
            ImageManifestSummaryImageDataSize,  # noqa: PLC0415
        )
        from ..models.oci_platform import OCIPlatform  # noqa: PLC0415

        platform: dict[str, Any] | None
        if isinstance(self.platform, OCIPlatform):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        containers: list[str] | None
        if isinstance(self.containers, list):
            containers = self.containers

        else:
            containers = self.containers

        size: dict[str, Any] | None
        if isinstance(self.size, ImageManifestSummaryImageDataSize):
            size = self.size.to_dict()
        else:
            size = self.size

        identity: dict[str, Any] | None | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, Identity):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Platform": platform,
                "Containers": containers,
                "Size": size,
            }
        )
        if identity is not UNSET:
            field_dict["Identity"] = identity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.identity import Identity  # noqa: PLC0415
        from ..models.image_manifest_summary_image_data_size import (
            ImageManifestSummaryImageDataSize,  # noqa: PLC0415
        )
        from ..models.oci_platform import OCIPlatform  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_platform(data: object) -> None | OCIPlatform:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            platform_type_1 = OCIPlatform.from_dict(data)

            return platform_type_1

        platform = _parse_platform(d.pop("Platform"))

        def _parse_containers(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            containers_type_0 = cast(list[str], data)

            return containers_type_0

        containers = _parse_containers(d.pop("Containers"))

        def _parse_size(data: object) -> ImageManifestSummaryImageDataSize | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            size_type_1 = ImageManifestSummaryImageDataSize.from_dict(data)

            return size_type_1

        size = _parse_size(d.pop("Size"))

        def _parse_identity(data: object) -> Identity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            identity_type_1 = Identity.from_dict(data)

            return identity_type_1

        identity = _parse_identity(d.pop("Identity", UNSET))

        image_manifest_summary_image_data = cls(
            platform=platform,
            containers=containers,
            size=size,
            identity=identity,
        )

        image_manifest_summary_image_data.additional_properties = d
        return image_manifest_summary_image_data

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
