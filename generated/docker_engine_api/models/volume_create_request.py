from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cluster_volume_spec import ClusterVolumeSpec
    from ..models.volume_create_request_driver_opts import VolumeCreateRequestDriverOpts
    from ..models.volume_create_request_labels import VolumeCreateRequestLabels


T = TypeVar("T", bound="VolumeCreateRequest")


@_attrs_define
class VolumeCreateRequest:
    """Volume configuration"""

    name: str | Unset = UNSET
    """ The new volume's name. If not specified, Docker generates a name.
     """
    driver: str | Unset = UNSET
    """ Name of the volume driver to use.

    Daemon default: `"local"` (sent only when set). """
    driver_opts: None | Unset | VolumeCreateRequestDriverOpts = UNSET
    """ A mapping of driver options and values. These options are
    passed directly to the driver and are driver specific.
     """
    labels: None | Unset | VolumeCreateRequestLabels = UNSET
    """ User-defined key/value metadata. """
    cluster_volume_spec: ClusterVolumeSpec | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.cluster_volume_spec import ClusterVolumeSpec  # noqa: PLC0415
        from ..models.volume_create_request_driver_opts import VolumeCreateRequestDriverOpts  # noqa: PLC0415
        from ..models.volume_create_request_labels import VolumeCreateRequestLabels  # noqa: PLC0415

        name = self.name

        driver = self.driver

        driver_opts: dict[str, Any] | None | Unset
        if isinstance(self.driver_opts, Unset):
            driver_opts = UNSET
        elif isinstance(self.driver_opts, VolumeCreateRequestDriverOpts):
            driver_opts = self.driver_opts.to_dict()
        else:
            driver_opts = self.driver_opts

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, VolumeCreateRequestLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        cluster_volume_spec: dict[str, Any] | None | Unset
        if isinstance(self.cluster_volume_spec, Unset):
            cluster_volume_spec = UNSET
        elif isinstance(self.cluster_volume_spec, ClusterVolumeSpec):
            cluster_volume_spec = self.cluster_volume_spec.to_dict()
        else:
            cluster_volume_spec = self.cluster_volume_spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if cluster_volume_spec is not UNSET:
            field_dict["ClusterVolumeSpec"] = cluster_volume_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.cluster_volume_spec import ClusterVolumeSpec  # noqa: PLC0415
        from ..models.volume_create_request_driver_opts import VolumeCreateRequestDriverOpts  # noqa: PLC0415
        from ..models.volume_create_request_labels import VolumeCreateRequestLabels  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        driver = d.pop("Driver", UNSET)

        def _parse_driver_opts(data: object) -> None | Unset | VolumeCreateRequestDriverOpts:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            driver_opts_type_1 = VolumeCreateRequestDriverOpts.from_dict(data)

            return driver_opts_type_1

        driver_opts = _parse_driver_opts(d.pop("DriverOpts", UNSET))

        def _parse_labels(data: object) -> None | Unset | VolumeCreateRequestLabels:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = VolumeCreateRequestLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_cluster_volume_spec(data: object) -> ClusterVolumeSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            cluster_volume_spec_type_1 = ClusterVolumeSpec.from_dict(data)

            return cluster_volume_spec_type_1

        cluster_volume_spec = _parse_cluster_volume_spec(d.pop("ClusterVolumeSpec", UNSET))

        volume_create_request = cls(
            name=name,
            driver=driver,
            driver_opts=driver_opts,
            labels=labels,
            cluster_volume_spec=cluster_volume_spec,
        )

        volume_create_request.additional_properties = d
        return volume_create_request

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
