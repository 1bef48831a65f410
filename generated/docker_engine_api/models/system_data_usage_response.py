from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.build_cache_disk_usage import BuildCacheDiskUsage
    from ..models.containers_disk_usage import ContainersDiskUsage
    from ..models.images_disk_usage import ImagesDiskUsage
    from ..models.volumes_disk_usage import VolumesDiskUsage


T = TypeVar("T", bound="SystemDataUsageResponse")


@_attrs_define
class SystemDataUsageResponse:
    image_usage: ImagesDiskUsage | None | Unset = UNSET
    container_usage: ContainersDiskUsage | None | Unset = UNSET
    volume_usage: None | Unset | VolumesDiskUsage = UNSET
    build_cache_usage: BuildCacheDiskUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.build_cache_disk_usage import BuildCacheDiskUsage  # noqa: PLC0415
        from ..models.containers_disk_usage import ContainersDiskUsage  # noqa: PLC0415
        from ..models.images_disk_usage import ImagesDiskUsage  # noqa: PLC0415
        from ..models.volumes_disk_usage import VolumesDiskUsage  # noqa: PLC0415

        image_usage: dict[str, Any] | None | Unset
        if isinstance(self.image_usage, Unset):
            image_usage = UNSET
        elif isinstance(self.image_usage, ImagesDiskUsage):
            image_usage = self.image_usage.to_dict()
        else:
            image_usage = self.image_usage

        container_usage: dict[str, Any] | None | Unset
        if isinstance(self.container_usage, Unset):
            container_usage = UNSET
        elif isinstance(self.container_usage, ContainersDiskUsage):
            container_usage = self.container_usage.to_dict()
        else:
            container_usage = self.container_usage

        volume_usage: dict[str, Any] | None | Unset
        if isinstance(self.volume_usage, Unset):
            volume_usage = UNSET
        elif isinstance(self.volume_usage, VolumesDiskUsage):
            volume_usage = self.volume_usage.to_dict()
        else:
            volume_usage = self.volume_usage

        build_cache_usage: dict[str, Any] | None | Unset
        if isinstance(self.build_cache_usage, Unset):
            build_cache_usage = UNSET
        elif isinstance(self.build_cache_usage, BuildCacheDiskUsage):
            build_cache_usage = self.build_cache_usage.to_dict()
        else:
            build_cache_usage = self.build_cache_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image_usage is not UNSET:
            field_dict["ImageUsage"] = image_usage
        if container_usage is not UNSET:
            field_dict["ContainerUsage"] = container_usage
        if volume_usage is not UNSET:
            field_dict["VolumeUsage"] = volume_usage
        if build_cache_usage is not UNSET:
            field_dict["BuildCacheUsage"] = build_cache_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.build_cache_disk_usage import BuildCacheDiskUsage  # noqa: PLC0415
        from ..models.containers_disk_usage import ContainersDiskUsage  # noqa: PLC0415
        from ..models.images_disk_usage import ImagesDiskUsage  # noqa: PLC0415
        from ..models.volumes_disk_usage import VolumesDiskUsage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_image_usage(data: object) -> ImagesDiskUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            image_usage_type_1 = ImagesDiskUsage.from_dict(data)

            return image_usage_type_1

        image_usage = _parse_image_usage(d.pop("ImageUsage", UNSET))

        def _parse_container_usage(data: object) -> ContainersDiskUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            container_usage_type_1 = ContainersDiskUsage.from_dict(data)

            return container_usage_type_1

        container_usage = _parse_container_usage(d.pop("ContainerUsage", UNSET))

        def _parse_volume_usage(data: object) -> None | Unset | VolumesDiskUsage:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            volume_usage_type_1 = VolumesDiskUsage.from_dict(data)

            return volume_usage_type_1

        volume_usage = _parse_volume_usage(d.pop("VolumeUsage", UNSET))

        def _parse_build_cache_usage(data: object) -> BuildCacheDiskUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            build_cache_usage_type_1 = BuildCacheDiskUsage.from_dict(data)

            return build_cache_usage_type_1

        build_cache_usage = _parse_build_cache_usage(d.pop("BuildCacheUsage", UNSET))

        system_data_usage_response = cls(
            image_usage=image_usage,
            container_usage=container_usage,
            volume_usage=volume_usage,
            build_cache_usage=build_cache_usage,
        )

        system_data_usage_response.additional_properties = d
        return system_data_usage_response

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
