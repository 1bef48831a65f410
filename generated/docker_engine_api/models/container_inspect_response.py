from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_config import ContainerConfig
    from ..models.container_state import ContainerState
    from ..models.driver_data import DriverData
    from ..models.host_config import HostConfig
    from ..models.mount_point import MountPoint
    from ..models.network_settings import NetworkSettings
    from ..models.oci_descriptor import OCIDescriptor
    from ..models.storage import Storage


T = TypeVar("T", bound="ContainerInspectResponse")


@_attrs_define
class ContainerInspectResponse:
    id: str | Unset = UNSET
    """ The ID of this container as a 128-bit (64-character) hexadecimal string (32 bytes). """
    created: None | str | Unset = UNSET
    """ Date and time at which the container was created, formatted in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds. """
    path: str | Unset = UNSET
    """ The path to the command being run """
    args: list[str] | None | Unset = UNSET
    """ The arguments to the command being run """
    state: ContainerState | None | Unset = UNSET
    image: str | Unset = UNSET
    """ The ID (digest) of the image that this container was created from. """
    resolv_conf_path: str | Unset = UNSET
    """ Location of the `/etc/resolv.conf` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    hostname_path: str | Unset = UNSET
    """ Location of the `/etc/hostname` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    hosts_path: str | Unset = UNSET
    """ Location of the `/etc/hosts` generated for the container on the
    host.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    log_path: None | str | Unset = UNSET
    """ Location of the file used to buffer the container's logs. Depending on
    the logging-driver used for the container, this field may be omitted.

    This file is managed through the docker daemon, and should not be
    accessed or modified by other tools. """
    name: str | Unset = UNSET
    """ The name associated with this container.

    For historic reasons, the name may be prefixed with a forward-slash (`/`). """
    restart_count: int | Unset = UNSET
    """ Number of times the container was restarted since it was created,
    or since daemon was started. """
    driver: str | Unset = UNSET
    """ The storage-driver used for the container's filesystem (graph-driver
    or snapshotter). """
    platform: str | Unset = UNSET
    """ The platform (operating system) for which the container was created.

    This field was introduced for the experimental "LCOW" (Linux Containers
    On Windows) features, which has been removed. In most cases, this field
    is equal to the host's operating system (`linux` or `windows`). """
    image_manifest_descriptor: None | OCIDescriptor | Unset = UNSET
    """ OCI descriptor of the platform-specific manifest of the image
    the container was created from.

    Note: Only available if the daemon provides a multi-platform
    image store. """
    mount_label: str | Unset = UNSET
    """ SELinux mount label set for the container. """
    process_label: str | Unset = UNSET
    """ SELinux process label set for the container. """
    app_armor_profile: str | Unset = UNSET
    """ The AppArmor profile set for the container. """
    exec_ids: list[str] | None | Unset = UNSET
    """ IDs of exec instances that are running in the container. """
    host_config: HostConfig | None | Unset = UNSET
    graph_driver: DriverData | None | Unset = UNSET
    storage: None | Storage | Unset = UNSET
    size_rw: int | None | Unset = UNSET
    """ The size of files that have been created or changed by this container.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    size_root_fs: int | None | Unset = UNSET
    """ The total size of all files in the read-only layers from the image
    that the container uses. These layers can be shared between containers.

    This field is omitted by default, and only set when size is requested
    in the API request. """
    mounts: list[MountPoint] | None | Unset = UNSET
    """ List of mounts used by the container. """
    config: ContainerConfig | None | Unset = UNSET
    network_settings: NetworkSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_config import ContainerConfig  # noqa: PLC0415
        from ..models.container_state import ContainerState  # noqa: PLC0415
        from ..models.driver_data import DriverData  # noqa: PLC0415
        from ..models.host_config import HostConfig  # noqa: PLC0415
        from ..models.network_settings import NetworkSettings  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415
        from ..models.storage import Storage  # noqa: PLC0415

        id = self.id

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        path = self.path

        args: list[str] | None | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        state: dict[str, Any] | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ContainerState):
            state = self.state.to_dict()
        else:
            state = self.state

        image = self.image

        resolv_conf_path = self.resolv_conf_path

        hostname_path = self.hostname_path

        hosts_path = self.hosts_path

        log_path: None | str | Unset
        if isinstance(self.log_path, Unset):
            log_path = UNSET
        else:
            log_path = self.log_path

        name = self.name

        restart_count = self.restart_count

        driver = self.driver

        platform = self.platform

        image_manifest_descriptor: dict[str, Any] | None | Unset
        if isinstance(self.image_manifest_descriptor, Unset):
            image_manifest_descriptor = UNSET
        elif isinstance(self.image_manifest_descriptor, OCIDescriptor):
            image_manifest_descriptor = self.image_manifest_descriptor.to_dict()
        else:
            image_manifest_descriptor = self.image_manifest_descriptor

        mount_label = self.mount_label

        process_label = self.process_label

        app_armor_profile = self.app_armor_profile

        exec_ids: list[str] | None | Unset
        if isinstance(self.exec_ids, Unset):
            exec_ids = UNSET
        elif isinstance(self.exec_ids, list):
            exec_ids = self.exec_ids

        else:
            exec_ids = self.exec_ids

        host_config: dict[str, Any] | None | Unset
        if isinstance(self.host_config, Unset):
            host_config = UNSET
        elif isinstance(self.host_config, HostConfig):
            host_config = self.host_config.to_dict()
        else:
            host_config = self.host_config

        graph_driver: dict[str, Any] | None | Unset
        if isinstance(self.graph_driver, Unset):
            graph_driver = UNSET
        elif isinstance(self.graph_driver, DriverData):
            graph_driver = self.graph_driver.to_dict()
        else:
            graph_driver = self.graph_driver

        storage: dict[str, Any] | None | Unset
        if isinstance(self.storage, Unset):
            storage = UNSET
        elif isinstance(self.storage, Storage):
            storage = self.storage.to_dict()
        else:
            storage = self.storage

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

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ContainerConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        network_settings: dict[str, Any] | None | Unset
        if isinstance(self.network_settings, Unset):
            network_settings = UNSET
        elif isinstance(self.network_settings, NetworkSettings):
            network_settings = self.network_settings.to_dict()
        else:
            network_settings = self.network_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if created is not UNSET:
            field_dict["Created"] = created
        if path is not UNSET:
            field_dict["Path"] = path
        if args is not UNSET:
            field_dict["Args"] = args
        if state is not UNSET:
            field_dict["State"] = state
        if image is not UNSET:
            field_dict["Image"] = image
        if resolv_conf_path is not UNSET:
            field_dict["ResolvConfPath"] = resolv_conf_path
        if hostname_path is not UNSET:
            field_dict["HostnamePath"] = hostname_path
        if hosts_path is not UNSET:
            field_dict["HostsPath"] = hosts_path
        if log_path is not UNSET:
            field_dict["LogPath"] = log_path
        if name is not UNSET:
            field_dict["Name"] = name
        if restart_count is not UNSET:
            field_dict["RestartCount"] = restart_count
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if image_manifest_descriptor is not UNSET:
            field_dict["ImageManifestDescriptor"] = image_manifest_descriptor
        if mount_label is not UNSET:
            field_dict["MountLabel"] = mount_label
        if process_label is not UNSET:
            field_dict["ProcessLabel"] = process_label
        if app_armor_profile is not UNSET:
            field_dict["AppArmorProfile"] = app_armor_profile
        if exec_ids is not UNSET:
            field_dict["ExecIDs"] = exec_ids
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if graph_driver is not UNSET:
            field_dict["GraphDriver"] = graph_driver
        if storage is not UNSET:
            field_dict["Storage"] = storage
        if size_rw is not UNSET:
            field_dict["SizeRw"] = size_rw
        if size_root_fs is not UNSET:
            field_dict["SizeRootFs"] = size_root_fs
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if config is not UNSET:
            field_dict["Config"] = config
        if network_settings is not UNSET:
            field_dict["NetworkSettings"] = network_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_config import ContainerConfig  # noqa: PLC0415
        from ..models.container_state import ContainerState  # noqa: PLC0415
        from ..models.driver_data import DriverData  # noqa: PLC0415
        from ..models.host_config import HostConfig  # noqa: PLC0415
        from ..models.mount_point import MountPoint  # noqa: PLC0415
        from ..models.network_settings import NetworkSettings  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415
        from ..models.storage import Storage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("Created", UNSET))

        path = d.pop("Path", UNSET)

        def _parse_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            args_type_0 = cast(list[str], data)

            return args_type_0

        args = _parse_args(d.pop("Args", UNSET))

        def _parse_state(data: object) -> ContainerState | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            state_type_1 = ContainerState.from_dict(data)

            return state_type_1

        state = _parse_state(d.pop("State", UNSET))

        image = d.pop("Image", UNSET)

        resolv_conf_path = d.pop("ResolvConfPath", UNSET)

        hostname_path = d.pop("HostnamePath", UNSET)

        hosts_path = d.pop("HostsPath", UNSET)

        def _parse_log_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        log_path = _parse_log_path(d.pop("LogPath", UNSET))

        name = d.pop("Name", UNSET)

        restart_count = d.pop("RestartCount", UNSET)

        driver = d.pop("Driver", UNSET)

        platform = d.pop("Platform", UNSET)

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

        mount_label = d.pop("MountLabel", UNSET)

        process_label = d.pop("ProcessLabel", UNSET)

        app_armor_profile = d.pop("AppArmorProfile", UNSET)

        def _parse_exec_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            exec_ids_type_0 = cast(list[str], data)

            return exec_ids_type_0

        exec_ids = _parse_exec_ids(d.pop("ExecIDs", UNSET))

        def _parse_host_config(data: object) -> HostConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            host_config_type_1 = HostConfig.from_dict(data)

            return host_config_type_1

        host_config = _parse_host_config(d.pop("HostConfig", UNSET))

        def _parse_graph_driver(data: object) -> DriverData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            graph_driver_type_1 = DriverData.from_dict(data)

            return graph_driver_type_1

        graph_driver = _parse_graph_driver(d.pop("GraphDriver", UNSET))

        def _parse_storage(data: object) -> None | Storage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            storage_type_1 = Storage.from_dict(data)

            return storage_type_1

        storage = _parse_storage(d.pop("Storage", UNSET))

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

        def _parse_config(data: object) -> ContainerConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            config_type_1 = ContainerConfig.from_dict(data)

            return config_type_1

        config = _parse_config(d.pop("Config", UNSET))

        def _parse_network_settings(data: object) -> NetworkSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            network_settings_type_1 = NetworkSettings.from_dict(data)

            return network_settings_type_1

        network_settings = _parse_network_settings(d.pop("NetworkSettings", UNSET))

        container_inspect_response = cls(
            id=id,
            created=created,
            path=path,
            args=args,
            state=state,
            image=image,
            resolv_conf_path=resolv_conf_path,
            hostname_path=hostname_path,
            hosts_path=hosts_path,
            log_path=log_path,
            name=name,
            restart_count=restart_count,
            driver=driver,
            platform=platform,
            image_manifest_descriptor=image_manifest_descriptor,
            mount_label=mount_label,
            process_label=process_label,
            app_armor_profile=app_armor_profile,
            exec_ids=exec_ids,
            host_config=host_config,
            graph_driver=graph_driver,
            storage=storage,
            size_rw=size_rw,
            size_root_fs=size_root_fs,
            mounts=mounts,
            config=config,
            network_settings=network_settings,
        )

        container_inspect_response.additional_properties = d
        return container_inspect_response

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
