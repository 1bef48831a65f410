from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_summary_state import ContainerSummaryState, check_container_summary_state
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_summary_health import ContainerSummaryHealth
    from ..models.container_summary_host_config import ContainerSummaryHostConfig
    from ..models.container_summary_labels import ContainerSummaryLabels
    from ..models.container_summary_network_settings import ContainerSummaryNetworkSettings
    from ..models.mount_point import MountPoint
    from ..models.oci_descriptor import OCIDescriptor
    from ..models.port_summary import PortSummary


T = TypeVar("T", bound="ContainerSummary")


@_attrs_define
class ContainerSummary:
    id: str | Unset = UNSET
    """ The ID of this container as a 128-bit (64-character) hexadecimal string (32 bytes). """
    names: list[str] | None | Unset = UNSET
    """ The names associated with this container. Most containers have a single
    name, but when using legacy "links", the container can have multiple
    names.

    For historic reasons, names are prefixed with a forward-slash (`/`). """
    image: str | Unset = UNSET
    """ The name or ID of the image used to create the container.

    This field shows the image reference as was specified when creating the container,
    which can be in its canonical form (e.g., `docker.io/library/ubuntu:latest`
    or `docker.io/library/ubuntu@sha256:72297848456d5d37d1262630108ab308d3e9ec7ed1c3286a32fe09856619a782`),
    short form (e.g., `ubuntu:latest`)), or the ID(-prefix) of the image (e.g., `72297848456d`).

    The content of this field can be updated at runtime if the image used to
    create the container is untagged, in which case the field is updated to
    contain the the image ID (digest) it was resolved to in its canonical,
    non-truncated form (e.g., `sha256:72297848456d5d37d1262630108ab308d3e9ec7ed1c3286a32fe09856619a782`). """
    image_id: str | Unset = UNSET
    """ The ID (digest) of the image that this container was created from. """
    image_manifest_descriptor: None | OCIDescriptor | Unset = UNSET
    """ OCI descriptor of the platform-specific manifest of the image
    the container was created from.

    Note: Only available if the daemon provides a multi-platform
    image store.

    This field is not populated in the `GET /system/df` endpoint.
     """
    command: str | Unset = UNSET
    """ Command to run when starting the container """
    created: int | Unset = UNSET
    """ Date and time at which the container was created as a Unix timestamp
    (number of seconds since EPOCH). """
    ports: list[PortSummary] | None | Unset = UNSET
    """ Port-mappings for the container. """
    size_rw: int | None | Unset = UNSET
    """ The size of files that have been created or changed by this container.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    size_root_fs: int | None | Unset = UNSET
    """ The total size of all files in the read-only layers from the image
    that the container uses. These layers can be shared between containers.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    labels: ContainerSummaryLabels | None | Unset = UNSET
    """ User-defined key/value metadata. """
    state: ContainerSummaryState | Unset = UNSET
    """ The state of this container.
     """
    status: str | Unset = UNSET
    """ Additional human-readable status of this container (e.g. `Exit 0`) """
    host_config: ContainerSummaryHostConfig | None | Unset = UNSET
    """ Summary of host-specific runtime information of the container. This
    is a reduced set of information in the container's "HostConfig" as
    available in the container "inspect" response. """
    network_settings: ContainerSummaryNetworkSettings | None | Unset = UNSET
    """ Summary of the container's network settings """
    mounts: list[MountPoint] | None | Unset = UNSET
    """ List of mounts used by the container. """
    health: ContainerSummaryHealth | None | Unset = UNSET
    """ Summary of health status

    Added in v1.52, before that version all container summary not include Health.
    After this attribute introduced, it includes containers with no health checks configured,
    or containers that are not running with none """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_summary_health import ContainerSummaryHealth  # noqa: PLC0415
        from ..models.container_summary_host_config import ContainerSummaryHostConfig  # noqa: PLC0415
        from ..models.container_summary_labels import ContainerSummaryLabels  # noqa: PLC0415
        from ..models.container_summary_network_settings import ContainerSummaryNetworkSettings  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415

        id = self.id

        names: list[str] | None | Unset
        if isinstance(self.names, Unset):
            names = UNSET
        elif isinstance(self.names, list):
            names = self.names

        else:
            names = self.names

        image = self.image

        image_id = self.image_id

        image_manifest_descriptor: dict[str, Any] | None | Unset
        if isinstance(self.image_manifest_descriptor, Unset):
            image_manifest_descriptor = UNSET
        elif isinstance(self.image_manifest_descriptor, OCIDescriptor):
            image_manifest_descriptor = self.image_manifest_descriptor.to_dict()
        else:
            image_manifest_descriptor = self.image_manifest_descriptor

        command = self.command

        created = self.created

        ports: list[dict[str, Any]] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = []
            for ports_type_0_item_data in self.ports:
                ports_type_0_item = ports_type_0_item_data.to_dict()
                ports.append(ports_type_0_item)

        else:
            ports = self.ports

        size_rw: int | None | Unset
        if isinstance(self.size_rw, Unset):
            size_rw = UNSET
        else:
            size_rw = self.size_rw

        size_root_fs: int | None | Unset
        if isinstance(self.size_root_fs, Unset):
            size_root_fs = UNSET
        else:
            size_root_fs = self.size_root_fs

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ContainerSummaryLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        status = self.status

        host_config: dict[str, Any] | None | Unset
        if isinstance(self.host_config, Unset):
            host_config = UNSET
        elif isinstance(self.host_config, ContainerSummaryHostConfig):
            host_config = self.host_config.to_dict()
        else:
            host_config = self.host_config

        network_settings: dict[str, Any] | None | Unset
        if isinstance(self.network_settings, Unset):
            network_settings = UNSET
        elif isinstance(self.network_settings, ContainerSummaryNetworkSettings):
            network_settings = self.network_settings.to_dict()
        else:
            network_settings = self.network_settings

        mounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.mounts, Unset):
            mounts = UNSET
        elif isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, ContainerSummaryHealth):
            health = self.health.to_dict()
        else:
            health = self.health

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if names is not UNSET:
            field_dict["Names"] = names
        if image is not UNSET:
            field_dict["Image"] = image
        if image_id is not UNSET:
            field_dict["ImageID"] = image_id
        if image_manifest_descriptor is not UNSET:
            field_dict["ImageManifestDescriptor"] = image_manifest_descriptor
        if command is not UNSET:
            field_dict["Command"] = command
        if created is not UNSET:
            field_dict["Created"] = created
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if size_rw is not UNSET:
            field_dict["SizeRw"] = size_rw
        if size_root_fs is not UNSET:
            field_dict["SizeRootFs"] = size_root_fs
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if state is not UNSET:
            field_dict["State"] = state
        if status is not UNSET:
            field_dict["Status"] = status
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if network_settings is not UNSET:
            field_dict["NetworkSettings"] = network_settings
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if health is not UNSET:
            field_dict["Health"] = health

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_summary_health import ContainerSummaryHealth  # noqa: PLC0415
        from ..models.container_summary_host_config import ContainerSummaryHostConfig  # noqa: PLC0415
        from ..models.container_summary_labels import ContainerSummaryLabels  # noqa: PLC0415
        from ..models.container_summary_network_settings import ContainerSummaryNetworkSettings  # noqa: PLC0415
        from ..models.mount_point import MountPoint  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415
        from ..models.port_summary import PortSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        def _parse_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            names_type_0 = cast(list[str], data)

            return names_type_0

        names = _parse_names(d.pop("Names", UNSET))

        image = d.pop("Image", UNSET)

        image_id = d.pop("ImageID", UNSET)

        def _parse_image_manifest_descriptor(data: object) -> None | OCIDescriptor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            image_manifest_descriptor_type_1 = OCIDescriptor.from_dict(data)

            return image_manifest_descriptor_type_1

        image_manifest_descriptor = _parse_image_manifest_descriptor(
            d.pop("ImageManifestDescriptor", UNSET)
        )

        command = d.pop("Command", UNSET)

        created = d.pop("Created", UNSET)

        def _parse_ports(data: object) -> list[PortSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            ports_type_0 = []
            _ports_type_0 = data
            for ports_type_0_item_data in _ports_type_0:
                ports_type_0_item = PortSummary.from_dict(ports_type_0_item_data)

                ports_type_0.append(ports_type_0_item)

            return ports_type_0

        ports = _parse_ports(d.pop("Ports", UNSET))

        def _parse_size_rw(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_rw = _parse_size_rw(d.pop("SizeRw", UNSET))

        def _parse_size_root_fs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size_root_fs = _parse_size_root_fs(d.pop("SizeRootFs", UNSET))

        def _parse_labels(data: object) -> ContainerSummaryLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = ContainerSummaryLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        _state = d.pop("State", UNSET)
        state: ContainerSummaryState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_container_summary_state(_state)

        status = d.pop("Status", UNSET)

        def _parse_host_config(data: object) -> ContainerSummaryHostConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            host_config_type_1 = ContainerSummaryHostConfig.from_dict(data)

            return host_config_type_1

        host_config = _parse_host_config(d.pop("HostConfig", UNSET))

        def _parse_network_settings(data: object) -> ContainerSummaryNetworkSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            network_settings_type_1 = ContainerSummaryNetworkSettings.from_dict(data)

            return network_settings_type_1

        network_settings = _parse_network_settings(d.pop("NetworkSettings", UNSET))

        def _parse_mounts(data: object) -> list[MountPoint] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            mounts_type_0 = []
            _mounts_type_0 = data
            for mounts_type_0_item_data in _mounts_type_0:
                mounts_type_0_item = MountPoint.from_dict(mounts_type_0_item_data)

                mounts_type_0.append(mounts_type_0_item)

            return mounts_type_0

        mounts = _parse_mounts(d.pop("Mounts", UNSET))

        def _parse_health(data: object) -> ContainerSummaryHealth | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            health_type_1 = ContainerSummaryHealth.from_dict(data)

            return health_type_1

        health = _parse_health(d.pop("Health", UNSET))

        container_summary = cls(
            id=id,
            names=names,
            image=image,
            image_id=image_id,
            image_manifest_descriptor=image_manifest_descriptor,
            command=command,
            created=created,
            ports=ports,
            size_rw=size_rw,
            size_root_fs=size_root_fs,
            labels=labels,
            state=state,
            status=status,
            host_config=host_config,
            network_settings=network_settings,
            mounts=mounts,
            health=health,
        )

        container_summary.additional_properties = d
        return container_summary

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
