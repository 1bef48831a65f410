from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.plugin_config_args import PluginConfigArgs
    from ..models.plugin_config_interface import PluginConfigInterface
    from ..models.plugin_config_linux import PluginConfigLinux
    from ..models.plugin_config_network import PluginConfigNetwork
    from ..models.plugin_config_rootfs import PluginConfigRootfs
    from ..models.plugin_config_user import PluginConfigUser
    from ..models.plugin_env import PluginEnv
    from ..models.plugin_mount import PluginMount


T = TypeVar("T", bound="PluginConfig")


@_attrs_define
class PluginConfig:
    """The config of a plugin."""

    description: str
    documentation: str
    interface: None | PluginConfigInterface
    """ The interface between Docker and the plugin """
    entrypoint: list[str] | None
    work_dir: str
    network: None | PluginConfigNetwork
    linux: None | PluginConfigLinux
    propagated_mount: str
    ipc_host: bool
    pid_host: bool
    mounts: list[PluginMount] | None
    env: list[PluginEnv] | None
    args: None | PluginConfigArgs
    user: None | PluginConfigUser | Unset = UNSET
    rootfs: None | PluginConfigRootfs | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.plugin_config_args import PluginConfigArgs  # noqa: PLC0415
        from ..models.plugin_config_interface import PluginConfigInterface  # noqa: PLC0415
        from ..models.plugin_config_linux import PluginConfigLinux  # noqa: PLC0415
        from ..models.plugin_config_network import PluginConfigNetwork  # noqa: PLC0415
        from ..models.plugin_config_rootfs import PluginConfigRootfs  # noqa: PLC0415
        from ..models.plugin_config_user import PluginConfigUser  # noqa: PLC0415

        description = self.description

        documentation = self.documentation

        interface: dict[str, Any] | None
        if isinstance(self.interface, PluginConfigInterface):
            interface = self.interface.to_dict()
        else:
            interface = self.interface

        entrypoint: list[str] | None
        if isinstance(self.entrypoint, list):
            entrypoint = self.entrypoint

        else:
            entrypoint = self.entrypoint

        work_dir = self.work_dir

        network: dict[str, Any] | None
        if isinstance(self.network, PluginConfigNetwork):
            network = self.network.to_dict()
        else:
            network = self.network

        linux: dict[str, Any] | None
        if isinstance(self.linux, PluginConfigLinux):
            linux = self.linux.to_dict()
        else:
            linux = self.linux

        propagated_mount = self.propagated_mount

        ipc_host = self.ipc_host

        pid_host = self.pid_host

        mounts: list[dict[str, Any]] | None
        if isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item = mounts_type_0_item_data.to_dict()
                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts

        env: list[dict[str, Any]] | None
        if isinstance(self.env, list):
            env = []
            for env_type_0_item_data in self.env:
                env_type_0_item = env_type_0_item_data.to_dict()
                env.append(env_type_0_item)

        else:
            env = self.env

        args: dict[str, Any] | None
        if isinstance(self.args, PluginConfigArgs):
            args = self.args.to_dict()
        else:
            args = self.args

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, PluginConfigUser):
            user = self.user.to_dict()
        else:
            user = self.user

        rootfs: dict[str, Any] | None | Unset
        if isinstance(self.rootfs, Unset):
            rootfs = UNSET
        elif isinstance(self.rootfs, PluginConfigRootfs):
            rootfs = self.rootfs.to_dict()
        else:
            rootfs = self.rootfs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Description": description,
                "Documentation": documentation,
                "Interface": interface,
                "Entrypoint": entrypoint,
                "WorkDir": work_dir,
                "Network": network,
                "Linux": linux,
                "PropagatedMount": propagated_mount,
                "IpcHost": ipc_host,
                "PidHost": pid_host,
                "Mounts": mounts,
                "Env": env,
                "Args": args,
            }
        )
        if user is not UNSET:
            field_dict["User"] = user
        if rootfs is not UNSET:
            field_dict["rootfs"] = rootfs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.plugin_config_args import PluginConfigArgs  # noqa: PLC0415
        from ..models.plugin_config_interface import PluginConfigInterface  # noqa: PLC0415
        from ..models.plugin_config_linux import PluginConfigLinux  # noqa: PLC0415
        from ..models.plugin_config_network import PluginConfigNetwork  # noqa: PLC0415
        from ..models.plugin_config_rootfs import PluginConfigRootfs  # noqa: PLC0415
        from ..models.plugin_config_user import PluginConfigUser  # noqa: PLC0415
        from ..models.plugin_env import PluginEnv  # noqa: PLC0415
        from ..models.plugin_mount import PluginMount  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("Description")

        documentation = d.pop("Documentation")

        def _parse_interface(data: object) -> None | PluginConfigInterface:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            interface_type_1 = PluginConfigInterface.from_dict(data)

            return interface_type_1

        interface = _parse_interface(d.pop("Interface"))

        def _parse_entrypoint(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            entrypoint_type_0 = cast(list[str], data)

            return entrypoint_type_0

        entrypoint = _parse_entrypoint(d.pop("Entrypoint"))

        work_dir = d.pop("WorkDir")

        def _parse_network(data: object) -> None | PluginConfigNetwork:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            network_type_1 = PluginConfigNetwork.from_dict(data)

            return network_type_1

        network = _parse_network(d.pop("Network"))

        def _parse_linux(data: object) -> None | PluginConfigLinux:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            linux_type_1 = PluginConfigLinux.from_dict(data)

            return linux_type_1

        linux = _parse_linux(d.pop("Linux"))

        propagated_mount = d.pop("PropagatedMount")

        ipc_host = d.pop("IpcHost")

        pid_host = d.pop("PidHost")

        def _parse_mounts(data: object) -> list[PluginMount] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            mounts_type_0 = []
            _mounts_type_0 = data
            for mounts_type_0_item_data in _mounts_type_0:
                mounts_type_0_item = PluginMount.from_dict(mounts_type_0_item_data)

                mounts_type_0.append(mounts_type_0_item)

            return mounts_type_0

        mounts = _parse_mounts(d.pop("Mounts"))

        def _parse_env(data: object) -> list[PluginEnv] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            env_type_0 = []
            _env_type_0 = data
            for env_type_0_item_data in _env_type_0:
                env_type_0_item = PluginEnv.from_dict(env_type_0_item_data)

                env_type_0.append(env_type_0_item)

            return env_type_0

        env = _parse_env(d.pop("Env"))

        def _parse_args(data: object) -> None | PluginConfigArgs:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            args_type_1 = PluginConfigArgs.from_dict(data)

            return args_type_1

        args = _parse_args(d.pop("Args"))

        def _parse_user(data: object) -> None | PluginConfigUser | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            user_type_1 = PluginConfigUser.from_dict(data)

            return user_type_1

        user = _parse_user(d.pop("User", UNSET))

        def _parse_rootfs(data: object) -> None | PluginConfigRootfs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            rootfs_type_1 = PluginConfigRootfs.from_dict(data)

            return rootfs_type_1

        rootfs = _parse_rootfs(d.pop("rootfs", UNSET))

        plugin_config = cls(
            description=description,
            documentation=documentation,
            interface=interface,
            entrypoint=entrypoint,
            work_dir=work_dir,
            network=network,
            linux=linux,
            propagated_mount=propagated_mount,
            ipc_host=ipc_host,
            pid_host=pid_host,
            mounts=mounts,
            env=env,
            args=args,
            user=user,
            rootfs=rootfs,
        )

        plugin_config.additional_properties = d
        return plugin_config

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
