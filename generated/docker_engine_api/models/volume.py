from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_scope import VolumeScope, check_volume_scope
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cluster_volume import ClusterVolume
    from ..models.volume_labels import VolumeLabels
    from ..models.volume_options import VolumeOptions
    from ..models.volume_status import VolumeStatus
    from ..models.volume_usage_data import VolumeUsageData


T = TypeVar("T", bound="Volume")


@_attrs_define
class Volume:
    name: str
    """ Name of the volume. """
    driver: str
    """ Name of the volume driver used by the volume. """
    mountpoint: str
    """ Mount path of the volume on the host. """
    labels: None | VolumeLabels
    """ User-defined key/value metadata. """
    scope: VolumeScope
    """ The level at which the volume exists. Either `global` for cluster-wide,
    or `local` for machine level.

    Daemon default: `"local"` (sent only when set). """
    options: None | VolumeOptions
    """ The driver specific options used when creating the volume.
     """
    created_at: str | Unset = UNSET
    """ Date/Time the volume was created. """
    status: None | Unset | VolumeStatus = UNSET
    """ Low-level details about the volume, provided by the volume driver.
    Details are returned as a map with key/value pairs:
    `{"key":"value","key2":"value2"}`.

    The `Status` field is optional, and is omitted if the volume driver
    does not support this feature.
     """
    cluster_volume: ClusterVolume | None | Unset = UNSET
    usage_data: None | Unset | VolumeUsageData = UNSET
    """ Usage details about the volume. This information is used by the
    `GET /system/df` endpoint, and omitted in other endpoints.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.cluster_volume import ClusterVolume  # noqa: PLC0415
        from ..models.volume_labels import VolumeLabels  # noqa: PLC0415
        from ..models.volume_options import VolumeOptions  # noqa: PLC0415
        from ..models.volume_status import VolumeStatus  # noqa: PLC0415
        from ..models.volume_usage_data import VolumeUsageData  # noqa: PLC0415

        name = self.name

        driver = self.driver

        mountpoint = self.mountpoint

        labels: dict[str, Any] | None
        if isinstance(self.labels, VolumeLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        scope: str = self.scope

        options: dict[str, Any] | None
        if isinstance(self.options, VolumeOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        created_at = self.created_at

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, VolumeStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        cluster_volume: dict[str, Any] | None | Unset
        if isinstance(self.cluster_volume, Unset):
            cluster_volume = UNSET
        elif isinstance(self.cluster_volume, ClusterVolume):
            cluster_volume = self.cluster_volume.to_dict()
        else:
            cluster_volume = self.cluster_volume

        usage_data: dict[str, Any] | None | Unset
        if isinstance(self.usage_data, Unset):
            usage_data = UNSET
        elif isinstance(self.usage_data, VolumeUsageData):
            usage_data = self.usage_data.to_dict()
        else:
            usage_data = self.usage_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Driver": driver,
                "Mountpoint": mountpoint,
                "Labels": labels,
                "Scope": scope,
                "Options": options,
            }
        )
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if status is not UNSET:
            field_dict["Status"] = status
        if cluster_volume is not UNSET:
            field_dict["ClusterVolume"] = cluster_volume
        if usage_data is not UNSET:
            field_dict["UsageData"] = usage_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.cluster_volume import ClusterVolume  # noqa: PLC0415
        from ..models.volume_labels import VolumeLabels  # noqa: PLC0415
        from ..models.volume_options import VolumeOptions  # noqa: PLC0415
        from ..models.volume_status import VolumeStatus  # noqa: PLC0415
        from ..models.volume_usage_data import VolumeUsageData  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name")

        driver = d.pop("Driver")

        mountpoint = d.pop("Mountpoint")

        def _parse_labels(data: object) -> None | VolumeLabels:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = VolumeLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels"))

        scope = check_volume_scope(d.pop("Scope"))

        def _parse_options(data: object) -> None | VolumeOptions:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            options_type_1 = VolumeOptions.from_dict(data)

            return options_type_1

        options = _parse_options(d.pop("Options"))

        created_at = d.pop("CreatedAt", UNSET)

        def _parse_status(data: object) -> None | Unset | VolumeStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            status_type_1 = VolumeStatus.from_dict(data)

            return status_type_1

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_cluster_volume(data: object) -> ClusterVolume | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            cluster_volume_type_1 = ClusterVolume.from_dict(data)

            return cluster_volume_type_1

        cluster_volume = _parse_cluster_volume(d.pop("ClusterVolume", UNSET))

        def _parse_usage_data(data: object) -> None | Unset | VolumeUsageData:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            usage_data_type_1 = VolumeUsageData.from_dict(data)

            return usage_data_type_1

        usage_data = _parse_usage_data(d.pop("UsageData", UNSET))

        volume = cls(
            name=name,
            driver=driver,
            mountpoint=mountpoint,
            labels=labels,
            scope=scope,
            options=options,
            created_at=created_at,
            status=status,
            cluster_volume=cluster_volume,
            usage_data=usage_data,
        )

        volume.additional_properties = d
        return volume

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
