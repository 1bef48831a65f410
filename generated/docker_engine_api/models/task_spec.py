from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.network_attachment_config import NetworkAttachmentConfig
    from ..models.task_spec_container_spec import TaskSpecContainerSpec
    from ..models.task_spec_log_driver import TaskSpecLogDriver
    from ..models.task_spec_network_attachment_spec import TaskSpecNetworkAttachmentSpec
    from ..models.task_spec_placement import TaskSpecPlacement
    from ..models.task_spec_plugin_spec import TaskSpecPluginSpec
    from ..models.task_spec_resources import TaskSpecResources
    from ..models.task_spec_restart_policy import TaskSpecRestartPolicy


T = TypeVar("T", bound="TaskSpec")


@_attrs_define
class TaskSpec:
    """User modifiable task configuration."""

    plugin_spec: None | TaskSpecPluginSpec | Unset = UNSET
    """ Plugin spec for the service.  *(Experimental release only.)*

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    container_spec: None | TaskSpecContainerSpec | Unset = UNSET
    """ Container spec for the service.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    network_attachment_spec: None | TaskSpecNetworkAttachmentSpec | Unset = UNSET
    """ Read-only spec type for non-swarm containers attached to swarm overlay
    networks.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.
     """
    resources: None | TaskSpecResources | Unset = UNSET
    """ Resource requirements which apply to each individual container created
    as part of the service.
     """
    restart_policy: None | TaskSpecRestartPolicy | Unset = UNSET
    """ Specification for the restart policy which applies to containers
    created as part of this service.
     """
    placement: None | TaskSpecPlacement | Unset = UNSET
    force_update: int | Unset = UNSET
    """ A counter that triggers an update even if no relevant parameters have
    been changed.
     """
    runtime: str | Unset = UNSET
    """ Runtime is the type of runtime specified for the task executor.
     """
    networks: list[NetworkAttachmentConfig] | None | Unset = UNSET
    """ Specifies which networks the service should attach to. """
    log_driver: None | TaskSpecLogDriver | Unset = UNSET
    """ Specifies the log driver to use for tasks created from this spec. If
    not present, the default one for the swarm will be used, finally
    falling back to the engine default if not specified.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.task_spec_container_spec import TaskSpecContainerSpec  # noqa: PLC0415
        from ..models.task_spec_log_driver import TaskSpecLogDriver  # noqa: PLC0415
        from ..models.task_spec_network_attachment_spec import TaskSpecNetworkAttachmentSpec  # noqa: PLC0415
        from ..models.task_spec_placement import TaskSpecPlacement  # noqa: PLC0415
        from ..models.task_spec_plugin_spec import TaskSpecPluginSpec  # noqa: PLC0415
        from ..models.task_spec_resources import TaskSpecResources  # noqa: PLC0415
        from ..models.task_spec_restart_policy import TaskSpecRestartPolicy  # noqa: PLC0415

        plugin_spec: dict[str, Any] | None | Unset
        if isinstance(self.plugin_spec, Unset):
            plugin_spec = UNSET
        elif isinstance(self.plugin_spec, TaskSpecPluginSpec):
            plugin_spec = self.plugin_spec.to_dict()
        else:
            plugin_spec = self.plugin_spec

        container_spec: dict[str, Any] | None | Unset
        if isinstance(self.container_spec, Unset):
            container_spec = UNSET
        elif isinstance(self.container_spec, TaskSpecContainerSpec):
            container_spec = self.container_spec.to_dict()
        else:
            container_spec = self.container_spec

        network_attachment_spec: dict[str, Any] | None | Unset
        if isinstance(self.network_attachment_spec, Unset):
            network_attachment_spec = UNSET
        elif isinstance(self.network_attachment_spec, TaskSpecNetworkAttachmentSpec):
            network_attachment_spec = self.network_attachment_spec.to_dict()
        else:
            network_attachment_spec = self.network_attachment_spec

        resources: dict[str, Any] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, TaskSpecResources):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        restart_policy: dict[str, Any] | None | Unset
        if isinstance(self.restart_policy, Unset):
            restart_policy = UNSET
        elif isinstance(self.restart_policy, TaskSpecRestartPolicy):
            restart_policy = self.restart_policy.to_dict()
        else:
            restart_policy = self.restart_policy

        placement: dict[str, Any] | None | Unset
        if isinstance(self.placement, Unset):
            placement = UNSET
        elif isinstance(self.placement, TaskSpecPlacement):
            placement = self.placement.to_dict()
        else:
            placement = self.placement

        force_update = self.force_update

        runtime = self.runtime

        networks: list[dict[str, Any]] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, list):
            networks = []
            for networks_type_0_item_data in self.networks:
                networks_type_0_item = networks_type_0_item_data.to_dict()
                networks.append(networks_type_0_item)

        else:
            networks = self.networks

        log_driver: dict[str, Any] | None | Unset
        if isinstance(self.log_driver, Unset):
            log_driver = UNSET
        elif isinstance(self.log_driver, TaskSpecLogDriver):
            log_driver = self.log_driver.to_dict()
        else:
            log_driver = self.log_driver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plugin_spec is not UNSET:
            field_dict["PluginSpec"] = plugin_spec
        if container_spec is not UNSET:
            field_dict["ContainerSpec"] = container_spec
        if network_attachment_spec is not UNSET:
            field_dict["NetworkAttachmentSpec"] = network_attachment_spec
        if resources is not UNSET:
            field_dict["Resources"] = resources
        if restart_policy is not UNSET:
            field_dict["RestartPolicy"] = restart_policy
        if placement is not UNSET:
            field_dict["Placement"] = placement
        if force_update is not UNSET:
            field_dict["ForceUpdate"] = force_update
        if runtime is not UNSET:
            field_dict["Runtime"] = runtime
        if networks is not UNSET:
            field_dict["Networks"] = networks
        if log_driver is not UNSET:
            field_dict["LogDriver"] = log_driver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.network_attachment_config import NetworkAttachmentConfig  # noqa: PLC0415
        from ..models.task_spec_container_spec import TaskSpecContainerSpec  # noqa: PLC0415
        from ..models.task_spec_log_driver import TaskSpecLogDriver  # noqa: PLC0415
        from ..models.task_spec_network_attachment_spec import TaskSpecNetworkAttachmentSpec  # noqa: PLC0415
        from ..models.task_spec_placement import TaskSpecPlacement  # noqa: PLC0415
        from ..models.task_spec_plugin_spec import TaskSpecPluginSpec  # noqa: PLC0415
        from ..models.task_spec_resources import TaskSpecResources  # noqa: PLC0415
        from ..models.task_spec_restart_policy import TaskSpecRestartPolicy  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_plugin_spec(data: object) -> None | TaskSpecPluginSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            plugin_spec_type_1 = TaskSpecPluginSpec.from_dict(data)

            return plugin_spec_type_1

        plugin_spec = _parse_plugin_spec(d.pop("PluginSpec", UNSET))

        def _parse_container_spec(data: object) -> None | TaskSpecContainerSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            container_spec_type_1 = TaskSpecContainerSpec.from_dict(data)

            return container_spec_type_1

        container_spec = _parse_container_spec(d.pop("ContainerSpec", UNSET))

        def _parse_network_attachment_spec(
            data: object,
        ) -> None | TaskSpecNetworkAttachmentSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            network_attachment_spec_type_1 = TaskSpecNetworkAttachmentSpec.from_dict(data)

            return network_attachment_spec_type_1

        network_attachment_spec = _parse_network_attachment_spec(
            d.pop("NetworkAttachmentSpec", UNSET)
        )

        def _parse_resources(data: object) -> None | TaskSpecResources | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            resources_type_1 = TaskSpecResources.from_dict(data)

            return resources_type_1

        resources = _parse_resources(d.pop("Resources", UNSET))

        def _parse_restart_policy(data: object) -> None | TaskSpecRestartPolicy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            restart_policy_type_1 = TaskSpecRestartPolicy.from_dict(data)

            return restart_policy_type_1

        restart_policy = _parse_restart_policy(d.pop("RestartPolicy", UNSET))

        def _parse_placement(data: object) -> None | TaskSpecPlacement | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            placement_type_1 = TaskSpecPlacement.from_dict(data)

            return placement_type_1

        placement = _parse_placement(d.pop("Placement", UNSET))

        force_update = d.pop("ForceUpdate", UNSET)

        runtime = d.pop("Runtime", UNSET)

        def _parse_networks(data: object) -> list[NetworkAttachmentConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            networks_type_0 = []
            _networks_type_0 = data
            for networks_type_0_item_data in _networks_type_0:
                networks_type_0_item = NetworkAttachmentConfig.from_dict(networks_type_0_item_data)

                networks_type_0.append(networks_type_0_item)

            return networks_type_0

        networks = _parse_networks(d.pop("Networks", UNSET))

        def _parse_log_driver(data: object) -> None | TaskSpecLogDriver | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            log_driver_type_1 = TaskSpecLogDriver.from_dict(data)

            return log_driver_type_1

        log_driver = _parse_log_driver(d.pop("LogDriver", UNSET))

        task_spec = cls(
            plugin_spec=plugin_spec,
            container_spec=container_spec,
            network_attachment_spec=network_attachment_spec,
            resources=resources,
            restart_policy=restart_policy,
            placement=placement,
            force_update=force_update,
            runtime=runtime,
            networks=networks,
            log_driver=log_driver,
        )

        task_spec.additional_properties = d
        return task_spec

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
