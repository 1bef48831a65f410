"""Data models of the Docker Engine API, imported on first attribute access (PEP 562)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .attestation_statement import AttestationStatement
    from .attestation_statement_statement import AttestationStatementStatement
    from .auth_config import AuthConfig
    from .auth_response import AuthResponse
    from .build_cache import BuildCache
    from .build_cache_disk_usage import BuildCacheDiskUsage
    from .build_cache_type import BuildCacheType
    from .build_identity import BuildIdentity
    from .build_info import BuildInfo
    from .build_prune_response import BuildPruneResponse
    from .change_type import ChangeType
    from .cluster_info import ClusterInfo
    from .cluster_volume import ClusterVolume
    from .cluster_volume_info import ClusterVolumeInfo
    from .cluster_volume_info_volume_context import ClusterVolumeInfoVolumeContext
    from .cluster_volume_publish_status_item import ClusterVolumePublishStatusItem
    from .cluster_volume_publish_status_item_publish_context import (
        ClusterVolumePublishStatusItemPublishContext,
    )
    from .cluster_volume_publish_status_item_state import ClusterVolumePublishStatusItemState
    from .cluster_volume_spec import ClusterVolumeSpec
    from .cluster_volume_spec_access_mode import ClusterVolumeSpecAccessMode
    from .cluster_volume_spec_access_mode_accessibility_requirements import (
        ClusterVolumeSpecAccessModeAccessibilityRequirements,
    )
    from .cluster_volume_spec_access_mode_availability import (
        ClusterVolumeSpecAccessModeAvailability,
    )
    from .cluster_volume_spec_access_mode_capacity_range import (
        ClusterVolumeSpecAccessModeCapacityRange,
    )
    from .cluster_volume_spec_access_mode_mount_volume import ClusterVolumeSpecAccessModeMountVolume
    from .cluster_volume_spec_access_mode_scope import ClusterVolumeSpecAccessModeScope
    from .cluster_volume_spec_access_mode_secrets_item import ClusterVolumeSpecAccessModeSecretsItem
    from .cluster_volume_spec_access_mode_sharing import ClusterVolumeSpecAccessModeSharing
    from .commit import Commit
    from .config import Config
    from .config_create_body import ConfigCreateBody
    from .config_reference import ConfigReference
    from .config_spec import ConfigSpec
    from .config_spec_labels import ConfigSpecLabels
    from .container_blkio_stat_entry import ContainerBlkioStatEntry
    from .container_blkio_stats import ContainerBlkioStats
    from .container_config import ContainerConfig
    from .container_config_exposed_ports import ContainerConfigExposedPorts
    from .container_config_exposed_ports_additional_property import (
        ContainerConfigExposedPortsAdditionalProperty,
    )
    from .container_config_labels import ContainerConfigLabels
    from .container_config_volumes import ContainerConfigVolumes
    from .container_config_volumes_additional_property import (
        ContainerConfigVolumesAdditionalProperty,
    )
    from .container_cpu_stats import ContainerCPUStats
    from .container_cpu_usage import ContainerCPUUsage
    from .container_create_body import ContainerCreateBody
    from .container_create_response import ContainerCreateResponse
    from .container_inspect_response import ContainerInspectResponse
    from .container_memory_stats import ContainerMemoryStats
    from .container_memory_stats_stats import ContainerMemoryStatsStats
    from .container_network_stats import ContainerNetworkStats
    from .container_pids_stats import ContainerPidsStats
    from .container_prune_response import ContainerPruneResponse
    from .container_state import ContainerState
    from .container_state_status import ContainerStateStatus
    from .container_stats_response import ContainerStatsResponse
    from .container_status import ContainerStatus
    from .container_storage_stats import ContainerStorageStats
    from .container_summary import ContainerSummary
    from .container_summary_health import ContainerSummaryHealth
    from .container_summary_health_status import ContainerSummaryHealthStatus
    from .container_summary_host_config import ContainerSummaryHostConfig
    from .container_summary_host_config_annotations import ContainerSummaryHostConfigAnnotations
    from .container_summary_labels import ContainerSummaryLabels
    from .container_summary_network_settings import ContainerSummaryNetworkSettings
    from .container_summary_network_settings_networks import ContainerSummaryNetworkSettingsNetworks
    from .container_summary_state import ContainerSummaryState
    from .container_throttling_data import ContainerThrottlingData
    from .container_top_response import ContainerTopResponse
    from .container_update_body import ContainerUpdateBody
    from .container_update_response import ContainerUpdateResponse
    from .container_wait_condition import ContainerWaitCondition
    from .container_wait_exit_error import ContainerWaitExitError
    from .container_wait_response import ContainerWaitResponse
    from .containerd_info import ContainerdInfo
    from .containerd_info_namespaces import ContainerdInfoNamespaces
    from .containers_disk_usage import ContainersDiskUsage
    from .create_image_info import CreateImageInfo
    from .device_info import DeviceInfo
    from .device_mapping import DeviceMapping
    from .device_request import DeviceRequest
    from .device_request_options import DeviceRequestOptions
    from .distribution_inspect import DistributionInspect
    from .driver import Driver
    from .driver_data import DriverData
    from .driver_data_data import DriverDataData
    from .driver_options import DriverOptions
    from .endpoint_ipam_config import EndpointIPAMConfig
    from .endpoint_port_config import EndpointPortConfig
    from .endpoint_port_config_protocol import EndpointPortConfigProtocol
    from .endpoint_port_config_publish_mode import EndpointPortConfigPublishMode
    from .endpoint_resource import EndpointResource
    from .endpoint_settings import EndpointSettings
    from .endpoint_settings_driver_opts import EndpointSettingsDriverOpts
    from .endpoint_spec import EndpointSpec
    from .endpoint_spec_mode import EndpointSpecMode
    from .engine_description import EngineDescription
    from .engine_description_labels import EngineDescriptionLabels
    from .engine_description_plugins_item import EngineDescriptionPluginsItem
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .event_actor import EventActor
    from .event_actor_attributes import EventActorAttributes
    from .event_message import EventMessage
    from .event_message_scope import EventMessageScope
    from .event_message_type import EventMessageType
    from .exec_config import ExecConfig
    from .exec_inspect_response import ExecInspectResponse
    from .exec_start_config import ExecStartConfig
    from .filesystem_change import FilesystemChange
    from .firewall_info import FirewallInfo
    from .generic_resources_item import GenericResourcesItem
    from .generic_resources_item_discrete_resource_spec import (
        GenericResourcesItemDiscreteResourceSpec,
    )
    from .generic_resources_item_named_resource_spec import GenericResourcesItemNamedResourceSpec
    from .health import Health
    from .health_config import HealthConfig
    from .health_status import HealthStatus
    from .healthcheck_result import HealthcheckResult
    from .host_config import HostConfig
    from .host_config_annotations import HostConfigAnnotations
    from .host_config_cgroupns_mode import HostConfigCgroupnsMode
    from .host_config_isolation import HostConfigIsolation
    from .host_config_log_config import HostConfigLogConfig
    from .host_config_log_config_config import HostConfigLogConfigConfig
    from .host_config_log_config_type import HostConfigLogConfigType
    from .host_config_storage_opt import HostConfigStorageOpt
    from .host_config_sysctls import HostConfigSysctls
    from .host_config_tmpfs import HostConfigTmpfs
    from .id_response import IDResponse
    from .identity import Identity
    from .image_build_version import ImageBuildVersion
    from .image_config import ImageConfig
    from .image_config_exposed_ports import ImageConfigExposedPorts
    from .image_config_exposed_ports_additional_property import (
        ImageConfigExposedPortsAdditionalProperty,
    )
    from .image_config_labels import ImageConfigLabels
    from .image_config_volumes import ImageConfigVolumes
    from .image_config_volumes_additional_property import ImageConfigVolumesAdditionalProperty
    from .image_delete_response_item import ImageDeleteResponseItem
    from .image_history_response_item import ImageHistoryResponseItem
    from .image_id import ImageID
    from .image_inspect import ImageInspect
    from .image_inspect_metadata import ImageInspectMetadata
    from .image_inspect_root_fs import ImageInspectRootFS
    from .image_manifest_summary import ImageManifestSummary
    from .image_manifest_summary_attestation_data import ImageManifestSummaryAttestationData
    from .image_manifest_summary_image_data import ImageManifestSummaryImageData
    from .image_manifest_summary_image_data_size import ImageManifestSummaryImageDataSize
    from .image_manifest_summary_kind import ImageManifestSummaryKind
    from .image_manifest_summary_size import ImageManifestSummarySize
    from .image_prune_response import ImagePruneResponse
    from .image_search_response_item import ImageSearchResponseItem
    from .image_summary import ImageSummary
    from .image_summary_labels import ImageSummaryLabels
    from .images_disk_usage import ImagesDiskUsage
    from .index_info import IndexInfo
    from .ipam import IPAM
    from .ipam_config import IPAMConfig
    from .ipam_config_auxiliary_addresses import IPAMConfigAuxiliaryAddresses
    from .ipam_options import IPAMOptions
    from .ipam_status import IPAMStatus
    from .ipam_status_subnets import IPAMStatusSubnets
    from .join_tokens import JoinTokens
    from .known_signer_identity import KnownSignerIdentity
    from .limit import Limit
    from .local_node_state import LocalNodeState
    from .manager_status import ManagerStatus
    from .mount import Mount
    from .mount_bind_options import MountBindOptions
    from .mount_bind_options_propagation import MountBindOptionsPropagation
    from .mount_image_options import MountImageOptions
    from .mount_point import MountPoint
    from .mount_tmpfs_options import MountTmpfsOptions
    from .mount_type import MountType
    from .mount_volume_options import MountVolumeOptions
    from .mount_volume_options_driver_config import MountVolumeOptionsDriverConfig
    from .mount_volume_options_driver_config_options import MountVolumeOptionsDriverConfigOptions
    from .mount_volume_options_labels import MountVolumeOptionsLabels
    from .network import Network
    from .network_attachment import NetworkAttachment
    from .network_attachment_config import NetworkAttachmentConfig
    from .network_attachment_config_driver_opts import NetworkAttachmentConfigDriverOpts
    from .network_connect_request import NetworkConnectRequest
    from .network_create_request import NetworkCreateRequest
    from .network_create_request_labels import NetworkCreateRequestLabels
    from .network_create_request_options import NetworkCreateRequestOptions
    from .network_create_response import NetworkCreateResponse
    from .network_disconnect_request import NetworkDisconnectRequest
    from .network_inspect import NetworkInspect
    from .network_inspect_containers import NetworkInspectContainers
    from .network_inspect_labels import NetworkInspectLabels
    from .network_inspect_options import NetworkInspectOptions
    from .network_inspect_services import NetworkInspectServices
    from .network_labels import NetworkLabels
    from .network_options import NetworkOptions
    from .network_prune_response import NetworkPruneResponse
    from .network_settings import NetworkSettings
    from .network_settings_networks import NetworkSettingsNetworks
    from .network_status import NetworkStatus
    from .network_summary import NetworkSummary
    from .network_summary_labels import NetworkSummaryLabels
    from .network_summary_options import NetworkSummaryOptions
    from .network_task_info import NetworkTaskInfo
    from .network_task_info_info import NetworkTaskInfoInfo
    from .networking_config import NetworkingConfig
    from .networking_config_endpoints_config import NetworkingConfigEndpointsConfig
    from .node import Node
    from .node_description import NodeDescription
    from .node_spec import NodeSpec
    from .node_spec_availability import NodeSpecAvailability
    from .node_spec_labels import NodeSpecLabels
    from .node_spec_role import NodeSpecRole
    from .node_state import NodeState
    from .node_status import NodeStatus
    from .nri_info import NRIInfo
    from .object_version import ObjectVersion
    from .oci_descriptor import OCIDescriptor
    from .oci_descriptor_annotations import OCIDescriptorAnnotations
    from .oci_platform import OCIPlatform
    from .peer_info import PeerInfo
    from .peer_node import PeerNode
    from .platform import Platform
    from .plugin import Plugin
    from .plugin_config import PluginConfig
    from .plugin_config_args import PluginConfigArgs
    from .plugin_config_interface import PluginConfigInterface
    from .plugin_config_interface_protocol_scheme import PluginConfigInterfaceProtocolScheme
    from .plugin_config_linux import PluginConfigLinux
    from .plugin_config_network import PluginConfigNetwork
    from .plugin_config_rootfs import PluginConfigRootfs
    from .plugin_config_user import PluginConfigUser
    from .plugin_device import PluginDevice
    from .plugin_env import PluginEnv
    from .plugin_mount import PluginMount
    from .plugin_privilege import PluginPrivilege
    from .plugin_settings import PluginSettings
    from .plugins_info import PluginsInfo
    from .port_binding import PortBinding
    from .port_map import PortMap
    from .port_status import PortStatus
    from .port_summary import PortSummary
    from .port_summary_type import PortSummaryType
    from .process_config import ProcessConfig
    from .progress_detail import ProgressDetail
    from .pull_identity import PullIdentity
    from .push_image_info import PushImageInfo
    from .reachability import Reachability
    from .registry_service_config import RegistryServiceConfig
    from .registry_service_config_index_configs import RegistryServiceConfigIndexConfigs
    from .resource_object import ResourceObject
    from .resources import Resources
    from .resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem
    from .resources_ulimits_item import ResourcesUlimitsItem
    from .restart_policy import RestartPolicy
    from .restart_policy_name import RestartPolicyName
    from .root_fs_storage import RootFSStorage
    from .root_fs_storage_snapshot import RootFSStorageSnapshot
    from .runtime import Runtime
    from .runtime_status import RuntimeStatus
    from .secret import Secret
    from .secret_create_body import SecretCreateBody
    from .secret_spec import SecretSpec
    from .secret_spec_labels import SecretSpecLabels
    from .service import Service
    from .service_create_body import ServiceCreateBody
    from .service_create_response import ServiceCreateResponse
    from .service_endpoint import ServiceEndpoint
    from .service_endpoint_virtual_ips_item import ServiceEndpointVirtualIPsItem
    from .service_info import ServiceInfo
    from .service_job_status import ServiceJobStatus
    from .service_service_status import ServiceServiceStatus
    from .service_spec import ServiceSpec
    from .service_spec_labels import ServiceSpecLabels
    from .service_spec_mode import ServiceSpecMode
    from .service_spec_mode_global import ServiceSpecModeGlobal
    from .service_spec_mode_global_job import ServiceSpecModeGlobalJob
    from .service_spec_mode_replicated import ServiceSpecModeReplicated
    from .service_spec_mode_replicated_job import ServiceSpecModeReplicatedJob
    from .service_spec_rollback_config import ServiceSpecRollbackConfig
    from .service_spec_rollback_config_failure_action import ServiceSpecRollbackConfigFailureAction
    from .service_spec_rollback_config_order import ServiceSpecRollbackConfigOrder
    from .service_spec_update_config import ServiceSpecUpdateConfig
    from .service_spec_update_config_failure_action import ServiceSpecUpdateConfigFailureAction
    from .service_spec_update_config_order import ServiceSpecUpdateConfigOrder
    from .service_update_body import ServiceUpdateBody
    from .service_update_registry_auth_from import ServiceUpdateRegistryAuthFrom
    from .service_update_response import ServiceUpdateResponse
    from .service_update_status import ServiceUpdateStatus
    from .service_update_status_state import ServiceUpdateStatusState
    from .signature_identity import SignatureIdentity
    from .signature_timestamp import SignatureTimestamp
    from .signature_timestamp_type import SignatureTimestampType
    from .signature_type import SignatureType
    from .signer_identity import SignerIdentity
    from .storage import Storage
    from .subnet_status import SubnetStatus
    from .swarm import Swarm
    from .swarm_info import SwarmInfo
    from .swarm_init_request import SwarmInitRequest
    from .swarm_join_request import SwarmJoinRequest
    from .swarm_spec import SwarmSpec
    from .swarm_spec_ca_config import SwarmSpecCAConfig
    from .swarm_spec_ca_config_external_cas_item import SwarmSpecCAConfigExternalCAsItem
    from .swarm_spec_ca_config_external_cas_item_options import (
        SwarmSpecCAConfigExternalCAsItemOptions,
    )
    from .swarm_spec_ca_config_external_cas_item_protocol import (
        SwarmSpecCAConfigExternalCAsItemProtocol,
    )
    from .swarm_spec_dispatcher import SwarmSpecDispatcher
    from .swarm_spec_encryption_config import SwarmSpecEncryptionConfig
    from .swarm_spec_labels import SwarmSpecLabels
    from .swarm_spec_orchestration import SwarmSpecOrchestration
    from .swarm_spec_raft import SwarmSpecRaft
    from .swarm_spec_task_defaults import SwarmSpecTaskDefaults
    from .swarm_spec_task_defaults_log_driver import SwarmSpecTaskDefaultsLogDriver
    from .swarm_spec_task_defaults_log_driver_options import SwarmSpecTaskDefaultsLogDriverOptions
    from .swarm_unlock_request import SwarmUnlockRequest
    from .system_data_usage_response import SystemDataUsageResponse
    from .system_data_usage_type_item import SystemDataUsageTypeItem
    from .system_info import SystemInfo
    from .system_info_cgroup_driver import SystemInfoCgroupDriver
    from .system_info_cgroup_version import SystemInfoCgroupVersion
    from .system_info_default_address_pools_item import SystemInfoDefaultAddressPoolsItem
    from .system_info_isolation import SystemInfoIsolation
    from .system_info_runtimes import SystemInfoRuntimes
    from .system_version import SystemVersion
    from .system_version_components_item import SystemVersionComponentsItem
    from .system_version_components_item_details import SystemVersionComponentsItemDetails
    from .system_version_platform import SystemVersionPlatform
    from .task import Task
    from .task_labels import TaskLabels
    from .task_spec import TaskSpec
    from .task_spec_container_spec import TaskSpecContainerSpec
    from .task_spec_container_spec_configs_item import TaskSpecContainerSpecConfigsItem
    from .task_spec_container_spec_configs_item_file import TaskSpecContainerSpecConfigsItemFile
    from .task_spec_container_spec_configs_item_runtime import (
        TaskSpecContainerSpecConfigsItemRuntime,
    )
    from .task_spec_container_spec_dns_config import TaskSpecContainerSpecDNSConfig
    from .task_spec_container_spec_isolation import TaskSpecContainerSpecIsolation
    from .task_spec_container_spec_labels import TaskSpecContainerSpecLabels
    from .task_spec_container_spec_privileges import TaskSpecContainerSpecPrivileges
    from .task_spec_container_spec_privileges_app_armor import (
        TaskSpecContainerSpecPrivilegesAppArmor,
    )
    from .task_spec_container_spec_privileges_app_armor_mode import (
        TaskSpecContainerSpecPrivilegesAppArmorMode,
    )
    from .task_spec_container_spec_privileges_credential_spec import (
        TaskSpecContainerSpecPrivilegesCredentialSpec,
    )
    from .task_spec_container_spec_privileges_seccomp import TaskSpecContainerSpecPrivilegesSeccomp
    from .task_spec_container_spec_privileges_seccomp_mode import (
        TaskSpecContainerSpecPrivilegesSeccompMode,
    )
    from .task_spec_container_spec_privileges_selinux_context import (
        TaskSpecContainerSpecPrivilegesSELinuxContext,
    )
    from .task_spec_container_spec_secrets_item import TaskSpecContainerSpecSecretsItem
    from .task_spec_container_spec_secrets_item_file import TaskSpecContainerSpecSecretsItemFile
    from .task_spec_container_spec_sysctls import TaskSpecContainerSpecSysctls
    from .task_spec_container_spec_ulimits_item import TaskSpecContainerSpecUlimitsItem
    from .task_spec_log_driver import TaskSpecLogDriver
    from .task_spec_log_driver_options import TaskSpecLogDriverOptions
    from .task_spec_network_attachment_spec import TaskSpecNetworkAttachmentSpec
    from .task_spec_placement import TaskSpecPlacement
    from .task_spec_placement_preferences_item import TaskSpecPlacementPreferencesItem
    from .task_spec_placement_preferences_item_spread import TaskSpecPlacementPreferencesItemSpread
    from .task_spec_plugin_spec import TaskSpecPluginSpec
    from .task_spec_resources import TaskSpecResources
    from .task_spec_restart_policy import TaskSpecRestartPolicy
    from .task_spec_restart_policy_condition import TaskSpecRestartPolicyCondition
    from .task_state import TaskState
    from .task_status import TaskStatus
    from .throttle_device import ThrottleDevice
    from .tls_info import TLSInfo
    from .topology import Topology
    from .topology_segments import TopologySegments
    from .unlock_key_response import UnlockKeyResponse
    from .volume import Volume
    from .volume_create_request import VolumeCreateRequest
    from .volume_create_request_driver_opts import VolumeCreateRequestDriverOpts
    from .volume_create_request_labels import VolumeCreateRequestLabels
    from .volume_labels import VolumeLabels
    from .volume_list_response import VolumeListResponse
    from .volume_options import VolumeOptions
    from .volume_prune_response import VolumePruneResponse
    from .volume_scope import VolumeScope
    from .volume_status import VolumeStatus
    from .volume_status_additional_property import VolumeStatusAdditionalProperty
    from .volume_update_body import VolumeUpdateBody
    from .volume_usage_data import VolumeUsageData
    from .volumes_disk_usage import VolumesDiskUsage

# class name -> the module defining it, relative to this package
_MODULES: dict[str, str] = {
    "Address": ".address",
    "AttestationStatement": ".attestation_statement",
    "AttestationStatementStatement": ".attestation_statement_statement",
    "AuthConfig": ".auth_config",
    "AuthResponse": ".auth_response",
    "BuildCache": ".build_cache",
    "BuildCacheDiskUsage": ".build_cache_disk_usage",
    "BuildCacheType": ".build_cache_type",
    "BuildIdentity": ".build_identity",
    "BuildInfo": ".build_info",
    "BuildPruneResponse": ".build_prune_response",
    "ChangeType": ".change_type",
    "ClusterInfo": ".cluster_info",
    "ClusterVolume": ".cluster_volume",
    "ClusterVolumeInfo": ".cluster_volume_info",
    "ClusterVolumeInfoVolumeContext": ".cluster_volume_info_volume_context",
    "ClusterVolumePublishStatusItem": ".cluster_volume_publish_status_item",
    "ClusterVolumePublishStatusItemPublishContext": ".cluster_volume_publish_status_item_publish_context",
    "ClusterVolumePublishStatusItemState": ".cluster_volume_publish_status_item_state",
    "ClusterVolumeSpec": ".cluster_volume_spec",
    "ClusterVolumeSpecAccessMode": ".cluster_volume_spec_access_mode",
    "ClusterVolumeSpecAccessModeAccessibilityRequirements": ".cluster_volume_spec_access_mode_accessibility_requirements",
    "ClusterVolumeSpecAccessModeAvailability": ".cluster_volume_spec_access_mode_availability",
    "ClusterVolumeSpecAccessModeCapacityRange": ".cluster_volume_spec_access_mode_capacity_range",
    "ClusterVolumeSpecAccessModeMountVolume": ".cluster_volume_spec_access_mode_mount_volume",
    "ClusterVolumeSpecAccessModeScope": ".cluster_volume_spec_access_mode_scope",
    "ClusterVolumeSpecAccessModeSecretsItem": ".cluster_volume_spec_access_mode_secrets_item",
    "ClusterVolumeSpecAccessModeSharing": ".cluster_volume_spec_access_mode_sharing",
    "Commit": ".commit",
    "Config": ".config",
    "ConfigCreateBody": ".config_create_body",
    "ConfigReference": ".config_reference",
    "ConfigSpec": ".config_spec",
    "ConfigSpecLabels": ".config_spec_labels",
    "ContainerBlkioStatEntry": ".container_blkio_stat_entry",
    "ContainerBlkioStats": ".container_blkio_stats",
    "ContainerConfig": ".container_config",
    "ContainerConfigExposedPorts": ".container_config_exposed_ports",
    "ContainerConfigExposedPortsAdditionalProperty": ".container_config_exposed_ports_additional_property",
    "ContainerConfigLabels": ".container_config_labels",
    "ContainerConfigVolumes": ".container_config_volumes",
    "ContainerConfigVolumesAdditionalProperty": ".container_config_volumes_additional_property",
    "ContainerCPUStats": ".container_cpu_stats",
    "ContainerCPUUsage": ".container_cpu_usage",
    "ContainerCreateBody": ".container_create_body",
    "ContainerCreateResponse": ".container_create_response",
    "ContainerInspectResponse": ".container_inspect_response",
    "ContainerMemoryStats": ".container_memory_stats",
    "ContainerMemoryStatsStats": ".container_memory_stats_stats",
    "ContainerNetworkStats": ".container_network_stats",
    "ContainerPidsStats": ".container_pids_stats",
    "ContainerPruneResponse": ".container_prune_response",
    "ContainerState": ".container_state",
    "ContainerStateStatus": ".container_state_status",
    "ContainerStatsResponse": ".container_stats_response",
    "ContainerStatus": ".container_status",
    "ContainerStorageStats": ".container_storage_stats",
    "ContainerSummary": ".container_summary",
    "ContainerSummaryHealth": ".container_summary_health",
    "ContainerSummaryHealthStatus": ".container_summary_health_status",
    "ContainerSummaryHostConfig": ".container_summary_host_config",
    "ContainerSummaryHostConfigAnnotations": ".container_summary_host_config_annotations",
    "ContainerSummaryLabels": ".container_summary_labels",
    "ContainerSummaryNetworkSettings": ".container_summary_network_settings",
    "ContainerSummaryNetworkSettingsNetworks": ".container_summary_network_settings_networks",
    "ContainerSummaryState": ".container_summary_state",
    "ContainerThrottlingData": ".container_throttling_data",
    "ContainerTopResponse": ".container_top_response",
    "ContainerUpdateBody": ".container_update_body",
    "ContainerUpdateResponse": ".container_update_response",
    "ContainerWaitCondition": ".container_wait_condition",
    "ContainerWaitExitError": ".container_wait_exit_error",
    "ContainerWaitResponse": ".container_wait_response",
    "ContainerdInfo": ".containerd_info",
    "ContainerdInfoNamespaces": ".containerd_info_namespaces",
    "ContainersDiskUsage": ".containers_disk_usage",
    "CreateImageInfo": ".create_image_info",
    "DeviceInfo": ".device_info",
    "DeviceMapping": ".device_mapping",
    "DeviceRequest": ".device_request",
    "DeviceRequestOptions": ".device_request_options",
    "DistributionInspect": ".distribution_inspect",
    "Driver": ".driver",
    "DriverData": ".driver_data",
    "DriverDataData": ".driver_data_data",
    "DriverOptions": ".driver_options",
    "EndpointIPAMConfig": ".endpoint_ipam_config",
    "EndpointPortConfig": ".endpoint_port_config",
    "EndpointPortConfigProtocol": ".endpoint_port_config_protocol",
    "EndpointPortConfigPublishMode": ".endpoint_port_config_publish_mode",
    "EndpointResource": ".endpoint_resource",
    "EndpointSettings": ".endpoint_settings",
    "EndpointSettingsDriverOpts": ".endpoint_settings_driver_opts",
    "EndpointSpec": ".endpoint_spec",
    "EndpointSpecMode": ".endpoint_spec_mode",
    "EngineDescription": ".engine_description",
    "EngineDescriptionLabels": ".engine_description_labels",
    "EngineDescriptionPluginsItem": ".engine_description_plugins_item",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "EventActor": ".event_actor",
    "EventActorAttributes": ".event_actor_attributes",
    "EventMessage": ".event_message",
    "EventMessageScope": ".event_message_scope",
    "EventMessageType": ".event_message_type",
    "ExecConfig": ".exec_config",
    "ExecInspectResponse": ".exec_inspect_response",
    "ExecStartConfig": ".exec_start_config",
    "FilesystemChange": ".filesystem_change",
    "FirewallInfo": ".firewall_info",
    "GenericResourcesItem": ".generic_resources_item",
    "GenericResourcesItemDiscreteResourceSpec": ".generic_resources_item_discrete_resource_spec",
    "GenericResourcesItemNamedResourceSpec": ".generic_resources_item_named_resource_spec",
    "Health": ".health",
    "HealthConfig": ".health_config",
    "HealthStatus": ".health_status",
    "HealthcheckResult": ".healthcheck_result",
    "HostConfig": ".host_config",
    "HostConfigAnnotations": ".host_config_annotations",
    "HostConfigCgroupnsMode": ".host_config_cgroupns_mode",
    "HostConfigIsolation": ".host_config_isolation",
    "HostConfigLogConfig": ".host_config_log_config",
    "HostConfigLogConfigConfig": ".host_config_log_config_config",
    "HostConfigLogConfigType": ".host_config_log_config_type",
    "HostConfigStorageOpt": ".host_config_storage_opt",
    "HostConfigSysctls": ".host_config_sysctls",
    "HostConfigTmpfs": ".host_config_tmpfs",
    "IDResponse": ".id_response",
    "Identity": ".identity",
    "ImageBuildVersion": ".image_build_version",
    "ImageConfig": ".image_config",
    "ImageConfigExposedPorts": ".image_config_exposed_ports",
    "ImageConfigExposedPortsAdditionalProperty": ".image_config_exposed_ports_additional_property",
    "ImageConfigLabels": ".image_config_labels",
    "ImageConfigVolumes": ".image_config_volumes",
    "ImageConfigVolumesAdditionalProperty": ".image_config_volumes_additional_property",
    "ImageDeleteResponseItem": ".image_delete_response_item",
    "ImageHistoryResponseItem": ".image_history_response_item",
    "ImageID": ".image_id",
    "ImageInspect": ".image_inspect",
    "ImageInspectMetadata": ".image_inspect_metadata",
    "ImageInspectRootFS": ".image_inspect_root_fs",
    "ImageManifestSummary": ".image_manifest_summary",
    "ImageManifestSummaryAttestationData": ".image_manifest_summary_attestation_data",
    "ImageManifestSummaryImageData": ".image_manifest_summary_image_data",
    "ImageManifestSummaryImageDataSize": ".image_manifest_summary_image_data_size",
    "ImageManifestSummaryKind": ".image_manifest_summary_kind",
    "ImageManifestSummarySize": ".image_manifest_summary_size",
    "ImagePruneResponse": ".image_prune_response",
    "ImageSearchResponseItem": ".image_search_response_item",
    "ImageSummary": ".image_summary",
    "ImageSummaryLabels": ".image_summary_labels",
    "ImagesDiskUsage": ".images_disk_usage",
    "IndexInfo": ".index_info",
    "IPAM": ".ipam",
    "IPAMConfig": ".ipam_config",
    "IPAMConfigAuxiliaryAddresses": ".ipam_config_auxiliary_addresses",
    "IPAMOptions": ".ipam_options",
    "IPAMStatus": ".ipam_status",
    "IPAMStatusSubnets": ".ipam_status_subnets",
    "JoinTokens": ".join_tokens",
    "KnownSignerIdentity": ".known_signer_identity",
    "Limit": ".limit",
    "LocalNodeState": ".local_node_state",
    "ManagerStatus": ".manager_status",
    "Mount": ".mount",
    "MountBindOptions": ".mount_bind_options",
    "MountBindOptionsPropagation": ".mount_bind_options_propagation",
    "MountImageOptions": ".mount_image_options",
    "MountPoint": ".mount_point",
    "MountTmpfsOptions": ".mount_tmpfs_options",
    "MountType": ".mount_type",
    "MountVolumeOptions": ".mount_volume_options",
    "MountVolumeOptionsDriverConfig": ".mount_volume_options_driver_config",
    "MountVolumeOptionsDriverConfigOptions": ".mount_volume_options_driver_config_options",
    "MountVolumeOptionsLabels": ".mount_volume_options_labels",
    "Network": ".network",
    "NetworkAttachment": ".network_attachment",
    "NetworkAttachmentConfig": ".network_attachment_config",
    "NetworkAttachmentConfigDriverOpts": ".network_attachment_config_driver_opts",
    "NetworkConnectRequest": ".network_connect_request",
    "NetworkCreateRequest": ".network_create_request",
    "NetworkCreateRequestLabels": ".network_create_request_labels",
    "NetworkCreateRequestOptions": ".network_create_request_options",
    "NetworkCreateResponse": ".network_create_response",
    "NetworkDisconnectRequest": ".network_disconnect_request",
    "NetworkInspect": ".network_inspect",
    "NetworkInspectContainers": ".network_inspect_containers",
    "NetworkInspectLabels": ".network_inspect_labels",
    "NetworkInspectOptions": ".network_inspect_options",
    "NetworkInspectServices": ".network_inspect_services",
    "NetworkLabels": ".network_labels",
    "NetworkOptions": ".network_options",
    "NetworkPruneResponse": ".network_prune_response",
    "NetworkSettings": ".network_settings",
    "NetworkSettingsNetworks": ".network_settings_networks",
    "NetworkStatus": ".network_status",
    "NetworkSummary": ".network_summary",
    "NetworkSummaryLabels": ".network_summary_labels",
    "NetworkSummaryOptions": ".network_summary_options",
    "NetworkTaskInfo": ".network_task_info",
    "NetworkTaskInfoInfo": ".network_task_info_info",
    "NetworkingConfig": ".networking_config",
    "NetworkingConfigEndpointsConfig": ".networking_config_endpoints_config",
    "Node": ".node",
    "NodeDescription": ".node_description",
    "NodeSpec": ".node_spec",
    "NodeSpecAvailability": ".node_spec_availability",
    "NodeSpecLabels": ".node_spec_labels",
    "NodeSpecRole": ".node_spec_role",
    "NodeState": ".node_state",
    "NodeStatus": ".node_status",
    "NRIInfo": ".nri_info",
    "ObjectVersion": ".object_version",
    "OCIDescriptor": ".oci_descriptor",
    "OCIDescriptorAnnotations": ".oci_descriptor_annotations",
    "OCIPlatform": ".oci_platform",
    "PeerInfo": ".peer_info",
    "PeerNode": ".peer_node",
    "Platform": ".platform",
    "Plugin": ".plugin",
    "PluginConfig": ".plugin_config",
    "PluginConfigArgs": ".plugin_config_args",
    "PluginConfigInterface": ".plugin_config_interface",
    "PluginConfigInterfaceProtocolScheme": ".plugin_config_interface_protocol_scheme",
    "PluginConfigLinux": ".plugin_config_linux",
    "PluginConfigNetwork": ".plugin_config_network",
    "PluginConfigRootfs": ".plugin_config_rootfs",
    "PluginConfigUser": ".plugin_config_user",
    "PluginDevice": ".plugin_device",
    "PluginEnv": ".plugin_env",
    "PluginMount": ".plugin_mount",
    "PluginPrivilege": ".plugin_privilege",
    "PluginSettings": ".plugin_settings",
    "PluginsInfo": ".plugins_info",
    "PortBinding": ".port_binding",
    "PortMap": ".port_map",
    "PortStatus": ".port_status",
    "PortSummary": ".port_summary",
    "PortSummaryType": ".port_summary_type",
    "ProcessConfig": ".process_config",
    "ProgressDetail": ".progress_detail",
    "PullIdentity": ".pull_identity",
    "PushImageInfo": ".push_image_info",
    "Reachability": ".reachability",
    "RegistryServiceConfig": ".registry_service_config",
    "RegistryServiceConfigIndexConfigs": ".registry_service_config_index_configs",
    "ResourceObject": ".resource_object",
    "Resources": ".resources",
    "ResourcesBlkioWeightDeviceItem": ".resources_blkio_weight_device_item",
    "ResourcesUlimitsItem": ".resources_ulimits_item",
    "RestartPolicy": ".restart_policy",
    "RestartPolicyName": ".restart_policy_name",
    "RootFSStorage": ".root_fs_storage",
    "RootFSStorageSnapshot": ".root_fs_storage_snapshot",
    "Runtime": ".runtime",
    "RuntimeStatus": ".runtime_status",
    "Secret": ".secret",
    "SecretCreateBody": ".secret_create_body",
    "SecretSpec": ".secret_spec",
    "SecretSpecLabels": ".secret_spec_labels",
    "Service": ".service",
    "ServiceCreateBody": ".service_create_body",
    "ServiceCreateResponse": ".service_create_response",
    "ServiceEndpoint": ".service_endpoint",
    "ServiceEndpointVirtualIPsItem": ".service_endpoint_virtual_ips_item",
    "ServiceInfo": ".service_info",
    "ServiceJobStatus": ".service_job_status",
    "ServiceServiceStatus": ".service_service_status",
    "ServiceSpec": ".service_spec",
    "ServiceSpecLabels": ".service_spec_labels",
    "ServiceSpecMode": ".service_spec_mode",
    "ServiceSpecModeGlobal": ".service_spec_mode_global",
    "ServiceSpecModeGlobalJob": ".service_spec_mode_global_job",
    "ServiceSpecModeReplicated": ".service_spec_mode_replicated",
    "ServiceSpecModeReplicatedJob": ".service_spec_mode_replicated_job",
    "ServiceSpecRollbackConfig": ".service_spec_rollback_config",
    "ServiceSpecRollbackConfigFailureAction": ".service_spec_rollback_config_failure_action",
    "ServiceSpecRollbackConfigOrder": ".service_spec_rollback_config_order",
    "ServiceSpecUpdateConfig": ".service_spec_update_config",
    "ServiceSpecUpdateConfigFailureAction": ".service_spec_update_config_failure_action",
    "ServiceSpecUpdateConfigOrder": ".service_spec_update_config_order",
    "ServiceUpdateBody": ".service_update_body",
    "ServiceUpdateRegistryAuthFrom": ".service_update_registry_auth_from",
    "ServiceUpdateResponse": ".service_update_response",
    "ServiceUpdateStatus": ".service_update_status",
    "ServiceUpdateStatusState": ".service_update_status_state",
    "SignatureIdentity": ".signature_identity",
    "SignatureTimestamp": ".signature_timestamp",
    "SignatureTimestampType": ".signature_timestamp_type",
    "SignatureType": ".signature_type",
    "SignerIdentity": ".signer_identity",
    "Storage": ".storage",
    "SubnetStatus": ".subnet_status",
    "Swarm": ".swarm",
    "SwarmInfo": ".swarm_info",
    "SwarmInitRequest": ".swarm_init_request",
    "SwarmJoinRequest": ".swarm_join_request",
    "SwarmSpec": ".swarm_spec",
    "SwarmSpecCAConfig": ".swarm_spec_ca_config",
    "SwarmSpecCAConfigExternalCAsItem": ".swarm_spec_ca_config_external_cas_item",
    "SwarmSpecCAConfigExternalCAsItemOptions": ".swarm_spec_ca_config_external_cas_item_options",
    "SwarmSpecCAConfigExternalCAsItemProtocol": ".swarm_spec_ca_config_external_cas_item_protocol",
    "SwarmSpecDispatcher": ".swarm_spec_dispatcher",
    "SwarmSpecEncryptionConfig": ".swarm_spec_encryption_config",
    "SwarmSpecLabels": ".swarm_spec_labels",
    "SwarmSpecOrchestration": ".swarm_spec_orchestration",
    "SwarmSpecRaft": ".swarm_spec_raft",
    "SwarmSpecTaskDefaults": ".swarm_spec_task_defaults",
    "SwarmSpecTaskDefaultsLogDriver": ".swarm_spec_task_defaults_log_driver",
    "SwarmSpecTaskDefaultsLogDriverOptions": ".swarm_spec_task_defaults_log_driver_options",
    "SwarmUnlockRequest": ".swarm_unlock_request",
    "SystemDataUsageResponse": ".system_data_usage_response",
    "SystemDataUsageTypeItem": ".system_data_usage_type_item",
    "SystemInfo": ".system_info",
    "SystemInfoCgroupDriver": ".system_info_cgroup_driver",
    "SystemInfoCgroupVersion": ".system_info_cgroup_version",
    "SystemInfoDefaultAddressPoolsItem": ".system_info_default_address_pools_item",
    "SystemInfoIsolation": ".system_info_isolation",
    "SystemInfoRuntimes": ".system_info_runtimes",
    "SystemVersion": ".system_version",
    "SystemVersionComponentsItem": ".system_version_components_item",
    "SystemVersionComponentsItemDetails": ".system_version_components_item_details",
    "SystemVersionPlatform": ".system_version_platform",
    "Task": ".task",
    "TaskLabels": ".task_labels",
    "TaskSpec": ".task_spec",
    "TaskSpecContainerSpec": ".task_spec_container_spec",
    "TaskSpecContainerSpecConfigsItem": ".task_spec_container_spec_configs_item",
    "TaskSpecContainerSpecConfigsItemFile": ".task_spec_container_spec_configs_item_file",
    "TaskSpecContainerSpecConfigsItemRuntime": ".task_spec_container_spec_configs_item_runtime",
    "TaskSpecContainerSpecDNSConfig": ".task_spec_container_spec_dns_config",
    "TaskSpecContainerSpecIsolation": ".task_spec_container_spec_isolation",
    "TaskSpecContainerSpecLabels": ".task_spec_container_spec_labels",
    "TaskSpecContainerSpecPrivileges": ".task_spec_container_spec_privileges",
    "TaskSpecContainerSpecPrivilegesAppArmor": ".task_spec_container_spec_privileges_app_armor",
    "TaskSpecContainerSpecPrivilegesAppArmorMode": ".task_spec_container_spec_privileges_app_armor_mode",
    "TaskSpecContainerSpecPrivilegesCredentialSpec": ".task_spec_container_spec_privileges_credential_spec",
    "TaskSpecContainerSpecPrivilegesSeccomp": ".task_spec_container_spec_privileges_seccomp",
    "TaskSpecContainerSpecPrivilegesSeccompMode": ".task_spec_container_spec_privileges_seccomp_mode",
    "TaskSpecContainerSpecPrivilegesSELinuxContext": ".task_spec_container_spec_privileges_selinux_context",
    "TaskSpecContainerSpecSecretsItem": ".task_spec_container_spec_secrets_item",
    "TaskSpecContainerSpecSecretsItemFile": ".task_spec_container_spec_secrets_item_file",
    "TaskSpecContainerSpecSysctls": ".task_spec_container_spec_sysctls",
    "TaskSpecContainerSpecUlimitsItem": ".task_spec_container_spec_ulimits_item",
    "TaskSpecLogDriver": ".task_spec_log_driver",
    "TaskSpecLogDriverOptions": ".task_spec_log_driver_options",
    "TaskSpecNetworkAttachmentSpec": ".task_spec_network_attachment_spec",
    "TaskSpecPlacement": ".task_spec_placement",
    "TaskSpecPlacementPreferencesItem": ".task_spec_placement_preferences_item",
    "TaskSpecPlacementPreferencesItemSpread": ".task_spec_placement_preferences_item_spread",
    "TaskSpecPluginSpec": ".task_spec_plugin_spec",
    "TaskSpecResources": ".task_spec_resources",
    "TaskSpecRestartPolicy": ".task_spec_restart_policy",
    "TaskSpecRestartPolicyCondition": ".task_spec_restart_policy_condition",
    "TaskState": ".task_state",
    "TaskStatus": ".task_status",
    "ThrottleDevice": ".throttle_device",
    "TLSInfo": ".tls_info",
    "Topology": ".topology",
    "TopologySegments": ".topology_segments",
    "UnlockKeyResponse": ".unlock_key_response",
    "Volume": ".volume",
    "VolumeCreateRequest": ".volume_create_request",
    "VolumeCreateRequestDriverOpts": ".volume_create_request_driver_opts",
    "VolumeCreateRequestLabels": ".volume_create_request_labels",
    "VolumeLabels": ".volume_labels",
    "VolumeListResponse": ".volume_list_response",
    "VolumeOptions": ".volume_options",
    "VolumePruneResponse": ".volume_prune_response",
    "VolumeScope": ".volume_scope",
    "VolumeStatus": ".volume_status",
    "VolumeStatusAdditionalProperty": ".volume_status_additional_property",
    "VolumeUpdateBody": ".volume_update_body",
    "VolumeUsageData": ".volume_usage_data",
    "VolumesDiskUsage": ".volumes_disk_usage",
}

__all__ = (
    "Address",
    "AttestationStatement",
    "AttestationStatementStatement",
    "AuthConfig",
    "AuthResponse",
    "BuildCache",
    "BuildCacheDiskUsage",
    "BuildCacheType",
    "BuildIdentity",
    "BuildInfo",
    "BuildPruneResponse",
    "ChangeType",
    "ClusterInfo",
    "ClusterVolume",
    "ClusterVolumeInfo",
    "ClusterVolumeInfoVolumeContext",
    "ClusterVolumePublishStatusItem",
    "ClusterVolumePublishStatusItemPublishContext",
    "ClusterVolumePublishStatusItemState",
    "ClusterVolumeSpec",
    "ClusterVolumeSpecAccessMode",
    "ClusterVolumeSpecAccessModeAccessibilityRequirements",
    "ClusterVolumeSpecAccessModeAvailability",
    "ClusterVolumeSpecAccessModeCapacityRange",
    "ClusterVolumeSpecAccessModeMountVolume",
    "ClusterVolumeSpecAccessModeScope",
    "ClusterVolumeSpecAccessModeSecretsItem",
    "ClusterVolumeSpecAccessModeSharing",
    "Commit",
    "Config",
    "ConfigCreateBody",
    "ConfigReference",
    "ConfigSpec",
    "ConfigSpecLabels",
    "ContainerBlkioStatEntry",
    "ContainerBlkioStats",
    "ContainerConfig",
    "ContainerConfigExposedPorts",
    "ContainerConfigExposedPortsAdditionalProperty",
    "ContainerConfigLabels",
    "ContainerConfigVolumes",
    "ContainerConfigVolumesAdditionalProperty",
    "ContainerCPUStats",
    "ContainerCPUUsage",
    "ContainerCreateBody",
    "ContainerCreateResponse",
    "ContainerdInfo",
    "ContainerdInfoNamespaces",
    "ContainerInspectResponse",
    "ContainerMemoryStats",
    "ContainerMemoryStatsStats",
    "ContainerNetworkStats",
    "ContainerPidsStats",
    "ContainerPruneResponse",
    "ContainersDiskUsage",
    "ContainerState",
    "ContainerStateStatus",
    "ContainerStatsResponse",
    "ContainerStatus",
    "ContainerStorageStats",
    "ContainerSummary",
    "ContainerSummaryHealth",
    "ContainerSummaryHealthStatus",
    "ContainerSummaryHostConfig",
    "ContainerSummaryHostConfigAnnotations",
    "ContainerSummaryLabels",
    "ContainerSummaryNetworkSettings",
    "ContainerSummaryNetworkSettingsNetworks",
    "ContainerSummaryState",
    "ContainerThrottlingData",
    "ContainerTopResponse",
    "ContainerUpdateBody",
    "ContainerUpdateResponse",
    "ContainerWaitCondition",
    "ContainerWaitExitError",
    "ContainerWaitResponse",
    "CreateImageInfo",
    "DeviceInfo",
    "DeviceMapping",
    "DeviceRequest",
    "DeviceRequestOptions",
    "DistributionInspect",
    "Driver",
    "DriverData",
    "DriverDataData",
    "DriverOptions",
    "EndpointIPAMConfig",
    "EndpointPortConfig",
    "EndpointPortConfigProtocol",
    "EndpointPortConfigPublishMode",
    "EndpointResource",
    "EndpointSettings",
    "EndpointSettingsDriverOpts",
    "EndpointSpec",
    "EndpointSpecMode",
    "EngineDescription",
    "EngineDescriptionLabels",
    "EngineDescriptionPluginsItem",
    "ErrorDetail",
    "ErrorResponse",
    "EventActor",
    "EventActorAttributes",
    "EventMessage",
    "EventMessageScope",
    "EventMessageType",
    "ExecConfig",
    "ExecInspectResponse",
    "ExecStartConfig",
    "FilesystemChange",
    "FirewallInfo",
    "GenericResourcesItem",
    "GenericResourcesItemDiscreteResourceSpec",
    "GenericResourcesItemNamedResourceSpec",
    "Health",
    "HealthcheckResult",
    "HealthConfig",
    "HealthStatus",
    "HostConfig",
    "HostConfigAnnotations",
    "HostConfigCgroupnsMode",
    "HostConfigIsolation",
    "HostConfigLogConfig",
    "HostConfigLogConfigConfig",
    "HostConfigLogConfigType",
    "HostConfigStorageOpt",
    "HostConfigSysctls",
    "HostConfigTmpfs",
    "Identity",
    "IDResponse",
    "ImageBuildVersion",
    "ImageConfig",
    "ImageConfigExposedPorts",
    "ImageConfigExposedPortsAdditionalProperty",
    "ImageConfigLabels",
    "ImageConfigVolumes",
    "ImageConfigVolumesAdditionalProperty",
    "ImageDeleteResponseItem",
    "ImageHistoryResponseItem",
    "ImageID",
    "ImageInspect",
    "ImageInspectMetadata",
    "ImageInspectRootFS",
    "ImageManifestSummary",
    "ImageManifestSummaryAttestationData",
    "ImageManifestSummaryImageData",
    "ImageManifestSummaryImageDataSize",
    "ImageManifestSummaryKind",
    "ImageManifestSummarySize",
    "ImagePruneResponse",
    "ImagesDiskUsage",
    "ImageSearchResponseItem",
    "ImageSummary",
    "ImageSummaryLabels",
    "IndexInfo",
    "IPAM",
    "IPAMConfig",
    "IPAMConfigAuxiliaryAddresses",
    "IPAMOptions",
    "IPAMStatus",
    "IPAMStatusSubnets",
    "JoinTokens",
    "KnownSignerIdentity",
    "Limit",
    "LocalNodeState",
    "ManagerStatus",
    "Mount",
    "MountBindOptions",
    "MountBindOptionsPropagation",
    "MountImageOptions",
    "MountPoint",
    "MountTmpfsOptions",
    "MountType",
    "MountVolumeOptions",
    "MountVolumeOptionsDriverConfig",
    "MountVolumeOptionsDriverConfigOptions",
    "MountVolumeOptionsLabels",
    "Network",
    "NetworkAttachment",
    "NetworkAttachmentConfig",
    "NetworkAttachmentConfigDriverOpts",
    "NetworkConnectRequest",
    "NetworkCreateRequest",
    "NetworkCreateRequestLabels",
    "NetworkCreateRequestOptions",
    "NetworkCreateResponse",
    "NetworkDisconnectRequest",
    "NetworkingConfig",
    "NetworkingConfigEndpointsConfig",
    "NetworkInspect",
    "NetworkInspectContainers",
    "NetworkInspectLabels",
    "NetworkInspectOptions",
    "NetworkInspectServices",
    "NetworkLabels",
    "NetworkOptions",
    "NetworkPruneResponse",
    "NetworkSettings",
    "NetworkSettingsNetworks",
    "NetworkStatus",
    "NetworkSummary",
    "NetworkSummaryLabels",
    "NetworkSummaryOptions",
    "NetworkTaskInfo",
    "NetworkTaskInfoInfo",
    "Node",
    "NodeDescription",
    "NodeSpec",
    "NodeSpecAvailability",
    "NodeSpecLabels",
    "NodeSpecRole",
    "NodeState",
    "NodeStatus",
    "NRIInfo",
    "ObjectVersion",
    "OCIDescriptor",
    "OCIDescriptorAnnotations",
    "OCIPlatform",
    "PeerInfo",
    "PeerNode",
    "Platform",
    "Plugin",
    "PluginConfig",
    "PluginConfigArgs",
    "PluginConfigInterface",
    "PluginConfigInterfaceProtocolScheme",
    "PluginConfigLinux",
    "PluginConfigNetwork",
    "PluginConfigRootfs",
    "PluginConfigUser",
    "PluginDevice",
    "PluginEnv",
    "PluginMount",
    "PluginPrivilege",
    "PluginSettings",
    "PluginsInfo",
    "PortBinding",
    "PortMap",
    "PortStatus",
    "PortSummary",
    "PortSummaryType",
    "ProcessConfig",
    "ProgressDetail",
    "PullIdentity",
    "PushImageInfo",
    "Reachability",
    "RegistryServiceConfig",
    "RegistryServiceConfigIndexConfigs",
    "ResourceObject",
    "Resources",
    "ResourcesBlkioWeightDeviceItem",
    "ResourcesUlimitsItem",
    "RestartPolicy",
    "RestartPolicyName",
    "RootFSStorage",
    "RootFSStorageSnapshot",
    "Runtime",
    "RuntimeStatus",
    "Secret",
    "SecretCreateBody",
    "SecretSpec",
    "SecretSpecLabels",
    "Service",
    "ServiceCreateBody",
    "ServiceCreateResponse",
    "ServiceEndpoint",
    "ServiceEndpointVirtualIPsItem",
    "ServiceInfo",
    "ServiceJobStatus",
    "ServiceServiceStatus",
    "ServiceSpec",
    "ServiceSpecLabels",
    "ServiceSpecMode",
    "ServiceSpecModeGlobal",
    "ServiceSpecModeGlobalJob",
    "ServiceSpecModeReplicated",
    "ServiceSpecModeReplicatedJob",
    "ServiceSpecRollbackConfig",
    "ServiceSpecRollbackConfigFailureAction",
    "ServiceSpecRollbackConfigOrder",
    "ServiceSpecUpdateConfig",
    "ServiceSpecUpdateConfigFailureAction",
    "ServiceSpecUpdateConfigOrder",
    "ServiceUpdateBody",
    "ServiceUpdateRegistryAuthFrom",
    "ServiceUpdateResponse",
    "ServiceUpdateStatus",
    "ServiceUpdateStatusState",
    "SignatureIdentity",
    "SignatureTimestamp",
    "SignatureTimestampType",
    "SignatureType",
    "SignerIdentity",
    "Storage",
    "SubnetStatus",
    "Swarm",
    "SwarmInfo",
    "SwarmInitRequest",
    "SwarmJoinRequest",
    "SwarmSpec",
    "SwarmSpecCAConfig",
    "SwarmSpecCAConfigExternalCAsItem",
    "SwarmSpecCAConfigExternalCAsItemOptions",
    "SwarmSpecCAConfigExternalCAsItemProtocol",
    "SwarmSpecDispatcher",
    "SwarmSpecEncryptionConfig",
    "SwarmSpecLabels",
    "SwarmSpecOrchestration",
    "SwarmSpecRaft",
    "SwarmSpecTaskDefaults",
    "SwarmSpecTaskDefaultsLogDriver",
    "SwarmSpecTaskDefaultsLogDriverOptions",
    "SwarmUnlockRequest",
    "SystemDataUsageResponse",
    "SystemDataUsageTypeItem",
    "SystemInfo",
    "SystemInfoCgroupDriver",
    "SystemInfoCgroupVersion",
    "SystemInfoDefaultAddressPoolsItem",
    "SystemInfoIsolation",
    "SystemInfoRuntimes",
    "SystemVersion",
    "SystemVersionComponentsItem",
    "SystemVersionComponentsItemDetails",
    "SystemVersionPlatform",
    "Task",
    "TaskLabels",
    "TaskSpec",
    "TaskSpecContainerSpec",
    "TaskSpecContainerSpecConfigsItem",
    "TaskSpecContainerSpecConfigsItemFile",
    "TaskSpecContainerSpecConfigsItemRuntime",
    "TaskSpecContainerSpecDNSConfig",
    "TaskSpecContainerSpecIsolation",
    "TaskSpecContainerSpecLabels",
    "TaskSpecContainerSpecPrivileges",
    "TaskSpecContainerSpecPrivilegesAppArmor",
    "TaskSpecContainerSpecPrivilegesAppArmorMode",
    "TaskSpecContainerSpecPrivilegesCredentialSpec",
    "TaskSpecContainerSpecPrivilegesSeccomp",
    "TaskSpecContainerSpecPrivilegesSeccompMode",
    "TaskSpecContainerSpecPrivilegesSELinuxContext",
    "TaskSpecContainerSpecSecretsItem",
    "TaskSpecContainerSpecSecretsItemFile",
    "TaskSpecContainerSpecSysctls",
    "TaskSpecContainerSpecUlimitsItem",
    "TaskSpecLogDriver",
    "TaskSpecLogDriverOptions",
    "TaskSpecNetworkAttachmentSpec",
    "TaskSpecPlacement",
    "TaskSpecPlacementPreferencesItem",
    "TaskSpecPlacementPreferencesItemSpread",
    "TaskSpecPluginSpec",
    "TaskSpecResources",
    "TaskSpecRestartPolicy",
    "TaskSpecRestartPolicyCondition",
    "TaskState",
    "TaskStatus",
    "ThrottleDevice",
    "TLSInfo",
    "Topology",
    "TopologySegments",
    "UnlockKeyResponse",
    "Volume",
    "VolumeCreateRequest",
    "VolumeCreateRequestDriverOpts",
    "VolumeCreateRequestLabels",
    "VolumeLabels",
    "VolumeListResponse",
    "VolumeOptions",
    "VolumePruneResponse",
    "VolumeScope",
    "VolumesDiskUsage",
    "VolumeStatus",
    "VolumeStatusAdditionalProperty",
    "VolumeUpdateBody",
    "VolumeUsageData",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
