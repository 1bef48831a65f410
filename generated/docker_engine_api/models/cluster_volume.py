from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cluster_volume_info import ClusterVolumeInfo
    from ..models.cluster_volume_publish_status_item import ClusterVolumePublishStatusItem
    from ..models.cluster_volume_spec import ClusterVolumeSpec
    from ..models.object_version import ObjectVersion


T = TypeVar("T", bound="ClusterVolume")


@_attrs_define
class ClusterVolume:
    """Options and information specific to, and only present on, Swarm CSI
    cluster volumes.

    """

    id: str | Unset = UNSET
    """ The Swarm ID of this volume. Because cluster volumes are Swarm
    objects, they have an ID, unlike non-cluster volumes. This ID can
    be used to refer to the Volume instead of the name.
     """
    version: None | ObjectVersion | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    spec: ClusterVolumeSpec | None | Unset = UNSET
    info: ClusterVolumeInfo | None | Unset = UNSET
    """ Information about the global status of the volume.
     """
    publish_status: list[ClusterVolumePublishStatusItem] | None | Unset = UNSET
    """ The status of the volume as it pertains to its publishing and use on
    specific nodes
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.cluster_volume_info import ClusterVolumeInfo  # noqa: PLC0415
        from ..models.cluster_volume_spec import ClusterVolumeSpec  # noqa: PLC0415
        from ..models.object_version import ObjectVersion  # noqa: PLC0415

        id = self.id

        version: dict[str, Any] | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ObjectVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        created_at = self.created_at

        updated_at = self.updated_at

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, ClusterVolumeSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, ClusterVolumeInfo):
            info = self.info.to_dict()
        else:
            info = self.info

        publish_status: list[dict[str, Any]] | None | Unset
        if isinstance(self.publish_status, Unset):
            publish_status = UNSET
        elif isinstance(self.publish_status, list):
            publish_status = []
            for publish_status_type_0_item_data in self.publish_status:
                publish_status_type_0_item = publish_status_type_0_item_data.to_dict()
                publish_status.append(publish_status_type_0_item)

        else:
            publish_status = self.publish_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if version is not UNSET:
            field_dict["Version"] = version
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if spec is not UNSET:
            field_dict["Spec"] = spec
        if info is not UNSET:
            field_dict["Info"] = info
        if publish_status is not UNSET:
            field_dict["PublishStatus"] = publish_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.cluster_volume_info import ClusterVolumeInfo  # noqa: PLC0415
        from ..models.cluster_volume_publish_status_item import ClusterVolumePublishStatusItem  # noqa: PLC0415
        from ..models.cluster_volume_spec import ClusterVolumeSpec  # noqa: PLC0415
        from ..models.object_version import ObjectVersion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_version(data: object) -> None | ObjectVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            version_type_1 = ObjectVersion.from_dict(data)

            return version_type_1

        version = _parse_version(d.pop("Version", UNSET))

        created_at = d.pop("CreatedAt", UNSET)

        updated_at = d.pop("UpdatedAt", UNSET)

        def _parse_spec(data: object) -> ClusterVolumeSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            spec_type_1 = ClusterVolumeSpec.from_dict(data)

            return spec_type_1

        spec = _parse_spec(d.pop("Spec", UNSET))

        def _parse_info(data: object) -> ClusterVolumeInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            info_type_1 = ClusterVolumeInfo.from_dict(data)

            return info_type_1

        info = _parse_info(d.pop("Info", UNSET))

        def _parse_publish_status(
            data: object,
        ) -> list[ClusterVolumePublishStatusItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            publish_status_type_0 = []
            _publish_status_type_0 = data
            for publish_status_type_0_item_data in _publish_status_type_0:
                publish_status_type_0_item = ClusterVolumePublishStatusItem.from_dict(
                    publish_status_type_0_item_data
                )

                publish_status_type_0.append(publish_status_type_0_item)

            return publish_status_type_0

        publish_status = _parse_publish_status(d.pop("PublishStatus", UNSET))

        cluster_volume = cls(
            id=id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            spec=spec,
            info=info,
            publish_status=publish_status,
        )

        cluster_volume.additional_properties = d
        return cluster_volume

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
