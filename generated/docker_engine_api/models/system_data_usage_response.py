from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.build_cache_disk_usage import BuildCacheDiskUsage
    from ..models.containers_disk_usage import ContainersDiskUsage
    from ..models.images_disk_usage import ImagesDiskUsage
    from ..models.volumes_disk_usage import VolumesDiskUsage


T = TypeVar("T", bound="SystemDataUsageResponse")


@_attrs_define
class SystemDataUsageResponse:
    image_usage: ImagesDiskUsage | Unset = UNSET
    """ represents system data usage for image resources.
     """
    container_usage: ContainersDiskUsage | Unset = UNSET
    """ represents system data usage information for container resources.
     """
    volume_usage: VolumesDiskUsage | Unset = UNSET
    """ represents system data usage for volume resources.
     """
    build_cache_usage: BuildCacheDiskUsage | Unset = UNSET
    """ represents system data usage for build cache resources.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_usage, Unset):
            image_usage = self.image_usage.to_dict()

        container_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.container_usage, Unset):
            container_usage = self.container_usage.to_dict()

        volume_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume_usage, Unset):
            volume_usage = self.volume_usage.to_dict()

        build_cache_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.build_cache_usage, Unset):
            build_cache_usage = self.build_cache_usage.to_dict()

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
        from ..models.build_cache_disk_usage import BuildCacheDiskUsage  # noqa: PLC0415
        from ..models.containers_disk_usage import ContainersDiskUsage  # noqa: PLC0415
        from ..models.images_disk_usage import ImagesDiskUsage  # noqa: PLC0415
        from ..models.volumes_disk_usage import VolumesDiskUsage  # noqa: PLC0415

        d = dict(src_dict)
        _image_usage = d.pop("ImageUsage", UNSET)
        image_usage: ImagesDiskUsage | Unset
        if isinstance(_image_usage, Unset):
            image_usage = UNSET
        else:
            image_usage = ImagesDiskUsage.from_dict(_image_usage)

        _container_usage = d.pop("ContainerUsage", UNSET)
        container_usage: ContainersDiskUsage | Unset
        if isinstance(_container_usage, Unset):
            container_usage = UNSET
        else:
            container_usage = ContainersDiskUsage.from_dict(_container_usage)

        _volume_usage = d.pop("VolumeUsage", UNSET)
        volume_usage: VolumesDiskUsage | Unset
        if isinstance(_volume_usage, Unset):
            volume_usage = UNSET
        else:
            volume_usage = VolumesDiskUsage.from_dict(_volume_usage)

        _build_cache_usage = d.pop("BuildCacheUsage", UNSET)
        build_cache_usage: BuildCacheDiskUsage | Unset
        if isinstance(_build_cache_usage, Unset):
            build_cache_usage = UNSET
        else:
            build_cache_usage = BuildCacheDiskUsage.from_dict(_build_cache_usage)

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
