from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.system_info_cgroup_driver import (
    SystemInfoCgroupDriver,
    check_system_info_cgroup_driver,
)
from ..models.system_info_cgroup_version import (
    SystemInfoCgroupVersion,
    check_system_info_cgroup_version,
)
from ..models.system_info_isolation import SystemInfoIsolation, check_system_info_isolation
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.commit import Commit
    from ..models.containerd_info import ContainerdInfo
    from ..models.device_info import DeviceInfo
    from ..models.firewall_info import FirewallInfo
    from ..models.generic_resources_item import GenericResourcesItem
    from ..models.nri_info import NRIInfo
    from ..models.plugins_info import PluginsInfo
    from ..models.registry_service_config import RegistryServiceConfig
    from ..models.swarm_info import SwarmInfo
    from ..models.system_info_default_address_pools_item import SystemInfoDefaultAddressPoolsItem
    from ..models.system_info_runtimes import SystemInfoRuntimes


T = TypeVar("T", bound="SystemInfo")


@_attrs_define
class SystemInfo:
    id: str | Unset = UNSET
    """ Unique identifier of the daemon.

    <p><br /></p>

    > **Note**: The format of the ID itself is not part of the API, and
    > should not be considered stable.
     """
    containers: int | Unset = UNSET
    """ Total number of containers on the host. """
    containers_running: int | Unset = UNSET
    """ Number of containers with status `"running"`.
     """
    containers_paused: int | Unset = UNSET
    """ Number of containers with status `"paused"`.
     """
    containers_stopped: int | Unset = UNSET
    """ Number of containers with status `"stopped"`.
     """
    images: int | Unset = UNSET
    """ Total number of images on the host.

    Both _tagged_ and _untagged_ (dangling) images are counted.
     """
    driver: str | Unset = UNSET
    """ Name of the storage driver in use. """
    driver_status: list[list[str]] | None | Unset = UNSET
    """ Information specific to the storage driver, provided as
    "label" / "value" pairs.

    This information is provided by the storage driver, and formatted
    in a way consistent with the output of `docker info` on the command
    line.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.
     """
    docker_root_dir: str | Unset = UNSET
    """ Root directory of persistent Docker state.

    Defaults to `/var/lib/docker` on Linux, and `C:\\ProgramData\\docker`
    on Windows.
     """
    plugins: None | PluginsInfo | Unset = UNSET
    memory_limit: bool | Unset = UNSET
    """ Indicates if the host has memory limit support enabled. """
    swap_limit: bool | Unset = UNSET
    """ Indicates if the host has memory swap limit support enabled. """
    cpu_cfs_period: bool | Unset = UNSET
    """ Indicates if CPU CFS(Completely Fair Scheduler) period is supported by
    the host.
     """
    cpu_cfs_quota: bool | Unset = UNSET
    """ Indicates if CPU CFS(Completely Fair Scheduler) quota is supported by
    the host.
     """
    cpu_shares: bool | Unset = UNSET
    """ Indicates if CPU Shares limiting is supported by the host.
     """
    cpu_set: bool | Unset = UNSET
    """ Indicates if CPUsets (cpuset.cpus, cpuset.mems) are supported by the host.

    See [cpuset(7)](https://www.kernel.org/doc/Documentation/cgroup-v1/cpusets.txt)
     """
    pids_limit: bool | Unset = UNSET
    """ Indicates if the host kernel has PID limit support enabled. """
    oom_kill_disable: bool | Unset = UNSET
    """ Indicates if OOM killer disable is supported on the host. """
    ipv4_forwarding: bool | Unset = UNSET
    """ Indicates IPv4 forwarding is enabled. """
    debug: bool | Unset = UNSET
    """ Indicates if the daemon is running in debug-mode / with debug-level
    logging enabled.
     """
    nfd: int | Unset = UNSET
    """ The total number of file Descriptors in use by the daemon process.

    This information is only returned if debug-mode is enabled.
     """
    ngoroutines: int | Unset = UNSET
    """ The  number of goroutines that currently exist.

    This information is only returned if debug-mode is enabled.
     """
    system_time: str | Unset = UNSET
    """ Current system-time in [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt)
    format with nano-seconds.
     """
    logging_driver: str | Unset = UNSET
    """ The logging driver to use as a default for new containers.
     """
    cgroup_driver: SystemInfoCgroupDriver | Unset = UNSET
    """ The driver to use for managing cgroups.

    Daemon default: `"cgroupfs"` (sent only when set). """
    cgroup_version: SystemInfoCgroupVersion | Unset = UNSET
    """ The version of the cgroup.

    Daemon default: `"1"` (sent only when set). """
    nevents_listener: int | Unset = UNSET
    """ Number of event listeners subscribed. """
    kernel_version: str | Unset = UNSET
    """ Kernel version of the host.

    On Linux, this information obtained from `uname`. On Windows this
    information is queried from the <kbd>HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\Microsoft\\\\Windows
    NT\\\\CurrentVersion\\\\</kbd>
    registry value, for example _"10.0 14393 (14393.1198.amd64fre.rs1_release_sec.170427-1353)"_.
     """
    operating_system: str | Unset = UNSET
    """ Name of the host's operating system, for example: "Ubuntu 24.04 LTS"
    or "Windows Server 2016 Datacenter"
     """
    os_version: str | Unset = UNSET
    """ Version of the host's operating system

    <p><br /></p>

    > **Note**: The information returned in this field, including its
    > very existence, and the formatting of values, should not be considered
    > stable, and may change without notice.
     """
    os_type: str | Unset = UNSET
    """ Generic type of the operating system of the host, as returned by the
    Go runtime (`GOOS`).

    Currently returned values are "linux" and "windows". A full list of
    possible values can be found in the [Go documentation](https://go.dev/doc/install/source#environment).
     """
    architecture: str | Unset = UNSET
    """ Hardware architecture of the host, as returned by the operating system.
    This is equivalent to the output of `uname -m` on Linux.

    Unlike `Arch` (from `/version`), this reports the machine's native
    architecture, which can differ from the Go runtime architecture when
    running a binary compiled for a different architecture (for example,
    a 32-bit binary running on 64-bit hardware).
     """
    ncpu: int | Unset = UNSET
    """ The number of logical CPUs usable by the daemon.

    The number of available CPUs is checked by querying the operating
    system when the daemon starts. Changes to operating system CPU
    allocation after the daemon is started are not reflected.
     """
    mem_total: int | Unset = UNSET
    """ Total amount of physical memory available on the host, in bytes.
     """
    index_server_address: str | Unset = UNSET
    """ Address / URL of the index server that is used for image search,
    and as a default for user authentication for Docker Hub and Docker Cloud.

    Daemon default: `"https://index.docker.io/v1/"` (sent only when set). """
    registry_config: None | RegistryServiceConfig | Unset = UNSET
    generic_resources: list[GenericResourcesItem] | None | Unset = UNSET
    http_proxy: str | Unset = UNSET
    """ HTTP-proxy configured for the daemon. This value is obtained from the
    [`HTTP_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html) environment variable.
    Credentials ([user info component](https://tools.ietf.org/html/rfc3986#section-3.2.1)) in the proxy URL
    are masked in the API response.

    Containers do not automatically inherit this configuration.
     """
    https_proxy: str | Unset = UNSET
    """ HTTPS-proxy configured for the daemon. This value is obtained from the
    [`HTTPS_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html) environment variable.
    Credentials ([user info component](https://tools.ietf.org/html/rfc3986#section-3.2.1)) in the proxy URL
    are masked in the API response.

    Containers do not automatically inherit this configuration.
     """
    no_proxy: str | Unset = UNSET
    """ Comma-separated list of domain extensions for which no proxy should be
    used. This value is obtained from the
    [`NO_PROXY`](https://www.gnu.org/software/wget/manual/html_node/Proxies.html)
    environment variable.

    Containers do not automatically inherit this configuration.
     """
    name: str | Unset = UNSET
    """ Hostname of the host. """
    labels: list[str] | None | Unset = UNSET
    """ User-defined labels (key/value metadata) as set on the daemon.

    <p><br /></p>

    > **Note**: When part of a Swarm, nodes can both have _daemon_ labels,
    > set through the daemon configuration, and _node_ labels, set from a
    > manager node in the Swarm. Node labels are not included in this
    > field. Node labels can be retrieved using the `/nodes/(id)` endpoint
    > on a manager node in the Swarm.
     """
    experimental_build: bool | Unset = UNSET
    """ Indicates if experimental features are enabled on the daemon.
     """
    server_version: str | Unset = UNSET
    """ Version string of the daemon.
     """
    runtimes: None | SystemInfoRuntimes | Unset = UNSET
    """ List of [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtimes configured on the daemon. Keys hold the "name" used to
    reference the runtime.

    The Docker daemon relies on an OCI compliant runtime (invoked via the
    `containerd` daemon) as its interface to the Linux kernel namespaces,
    cgroups, and SELinux.

    The default runtime is `runc`, and automatically configured. Additional
    runtimes can be configured by the user and will be listed here.

    Daemon default: `{"runc": {"path": "runc"}}` (sent only when set). """
    default_runtime: str | Unset = UNSET
    """ Name of the default OCI runtime that is used when starting containers.

    The default can be overridden per-container at create time.

    Daemon default: `"runc"` (sent only when set). """
    swarm: None | SwarmInfo | Unset = UNSET
    live_restore_enabled: bool | Unset = UNSET
    """ Indicates if live restore is enabled.

    If enabled, containers are kept running when the daemon is shutdown
    or upon daemon start if running containers are detected.

    Daemon default: `false` (sent only when set). """
    isolation: SystemInfoIsolation | Unset = UNSET
    """ Represents the isolation technology to use as a default for containers.
    The supported values are platform-specific.

    If no isolation value is specified on daemon start, on Windows client,
    the default is `hyperv`, and on Windows server, the default is `process`.

    This option is currently not used on other platforms.

    Daemon default: `"default"` (sent only when set). """
    init_binary: str | Unset = UNSET
    """ Name and, optional, path of the `docker-init` binary.

    If the path is omitted, the daemon searches the host's `$PATH` for the
    binary and uses the first result.
     """
    containerd_commit: Commit | None | Unset = UNSET
    runc_commit: Commit | None | Unset = UNSET
    init_commit: Commit | None | Unset = UNSET
    security_options: list[str] | None | Unset = UNSET
    """ List of security features that are enabled on the daemon, such as
    apparmor, seccomp, SELinux, user-namespaces (userns), rootless and
    no-new-privileges.

    Additional configuration options for each security feature may
    be present, and are included as a comma-separated list of key/value
    pairs.
     """
    product_license: str | Unset = UNSET
    """ Reports a summary of the product license on the daemon.

    If a commercial license has been applied to the daemon, information
    such as number of nodes, and expiration are included.
     """
    default_address_pools: list[SystemInfoDefaultAddressPoolsItem] | None | Unset = UNSET
    """ List of custom default address pools for local networks, which can be
    specified in the daemon.json file or dockerd option.

    Example: a Base "10.10.0.0/16" with Size 24 will define the set of 256
    10.10.[0-255].0/24 address pools.
     """
    firewall_backend: FirewallInfo | None | Unset = UNSET
    discovered_devices: list[DeviceInfo] | None | Unset = UNSET
    """ List of devices discovered by device drivers.

    Each device includes information about its source driver, kind, name,
    and additional driver-specific attributes.
     """
    nri: None | NRIInfo | Unset = UNSET
    warnings: list[str] | None | Unset = UNSET
    """ List of warnings / informational messages about missing features, or
    issues related to the daemon configuration.

    These messages can be printed by the client as information to the user.
     """
    cdi_spec_dirs: list[str] | None | Unset = UNSET
    """ List of directories where (Container Device Interface) CDI
    specifications are located.

    These specifications define vendor-specific modifications to an OCI
    runtime specification for a container being created.

    An empty list indicates that CDI device injection is disabled.

    Note that since using CDI device injection requires the daemon to have
    experimental enabled. For non-experimental daemons an empty list will
    always be returned.
     """
    containerd: ContainerdInfo | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.commit import Commit  # noqa: PLC0415
        from ..models.containerd_info import ContainerdInfo  # noqa: PLC0415
        from ..models.firewall_info import FirewallInfo  # noqa: PLC0415
        from ..models.nri_info import NRIInfo  # noqa: PLC0415
        from ..models.plugins_info import PluginsInfo  # noqa: PLC0415
        from ..models.registry_service_config import RegistryServiceConfig  # noqa: PLC0415
        from ..models.swarm_info import SwarmInfo  # noqa: PLC0415
        from ..models.system_info_runtimes import SystemInfoRuntimes  # noqa: PLC0415

        id = self.id

        containers = self.containers

        containers_running = self.containers_running

        containers_paused = self.containers_paused

        containers_stopped = self.containers_stopped

        images = self.images

        driver = self.driver

        driver_status: list[list[str]] | None | Unset
        if isinstance(self.driver_status, Unset):
            driver_status = UNSET
        elif isinstance(self.driver_status, list):
            driver_status = []
            for driver_status_type_0_item_data in self.driver_status:
                driver_status_type_0_item = driver_status_type_0_item_data

                driver_status.append(driver_status_type_0_item)

        else:
            driver_status = self.driver_status

        docker_root_dir = self.docker_root_dir

        plugins: dict[str, Any] | None | Unset
        if isinstance(self.plugins, Unset):
            plugins = UNSET
        elif isinstance(self.plugins, PluginsInfo):
            plugins = self.plugins.to_dict()
        else:
            plugins = self.plugins

        memory_limit = self.memory_limit

        swap_limit = self.swap_limit

        cpu_cfs_period = self.cpu_cfs_period

        cpu_cfs_quota = self.cpu_cfs_quota

        cpu_shares = self.cpu_shares

        cpu_set = self.cpu_set

        pids_limit = self.pids_limit

        oom_kill_disable = self.oom_kill_disable

        ipv4_forwarding = self.ipv4_forwarding

        debug = self.debug

        nfd = self.nfd

        ngoroutines = self.ngoroutines

        system_time = self.system_time

        logging_driver = self.logging_driver

        cgroup_driver: str | Unset = UNSET
        if not isinstance(self.cgroup_driver, Unset):
            cgroup_driver = self.cgroup_driver

        cgroup_version: str | Unset = UNSET
        if not isinstance(self.cgroup_version, Unset):
            cgroup_version = self.cgroup_version

        nevents_listener = self.nevents_listener

        kernel_version = self.kernel_version

        operating_system = self.operating_system

        os_version = self.os_version

        os_type = self.os_type

        architecture = self.architecture

        ncpu = self.ncpu

        mem_total = self.mem_total

        index_server_address = self.index_server_address

        registry_config: dict[str, Any] | None | Unset
        if isinstance(self.registry_config, Unset):
            registry_config = UNSET
        elif isinstance(self.registry_config, RegistryServiceConfig):
            registry_config = self.registry_config.to_dict()
        else:
            registry_config = self.registry_config

        generic_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.generic_resources, Unset):
            generic_resources = UNSET
        elif isinstance(self.generic_resources, list):
            generic_resources = []
            for componentsschemas_generic_resources_item_data in self.generic_resources:
                componentsschemas_generic_resources_item = (
                    componentsschemas_generic_resources_item_data.to_dict()
                )
                generic_resources.append(componentsschemas_generic_resources_item)

        else:
            generic_resources = self.generic_resources

        http_proxy = self.http_proxy

        https_proxy = self.https_proxy

        no_proxy = self.no_proxy

        name = self.name

        labels: list[str] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        experimental_build = self.experimental_build

        server_version = self.server_version

        runtimes: dict[str, Any] | None | Unset
        if isinstance(self.runtimes, Unset):
            runtimes = UNSET
        elif isinstance(self.runtimes, SystemInfoRuntimes):
            runtimes = self.runtimes.to_dict()
        else:
            runtimes = self.runtimes

        default_runtime = self.default_runtime

        swarm: dict[str, Any] | None | Unset
        if isinstance(self.swarm, Unset):
            swarm = UNSET
        elif isinstance(self.swarm, SwarmInfo):
            swarm = self.swarm.to_dict()
        else:
            swarm = self.swarm

        live_restore_enabled = self.live_restore_enabled

        isolation: str | Unset = UNSET
        if not isinstance(self.isolation, Unset):
            isolation = self.isolation

        init_binary = self.init_binary

        containerd_commit: dict[str, Any] | None | Unset
        if isinstance(self.containerd_commit, Unset):
            containerd_commit = UNSET
        elif isinstance(self.containerd_commit, Commit):
            containerd_commit = self.containerd_commit.to_dict()
        else:
            containerd_commit = self.containerd_commit

        runc_commit: dict[str, Any] | None | Unset
        if isinstance(self.runc_commit, Unset):
            runc_commit = UNSET
        elif isinstance(self.runc_commit, Commit):
            runc_commit = self.runc_commit.to_dict()
        else:
            runc_commit = self.runc_commit

        init_commit: dict[str, Any] | None | Unset
        if isinstance(self.init_commit, Unset):
            init_commit = UNSET
        elif isinstance(self.init_commit, Commit):
            init_commit = self.init_commit.to_dict()
        else:
            init_commit = self.init_commit

        security_options: list[str] | None | Unset
        if isinstance(self.security_options, Unset):
            security_options = UNSET
        elif isinstance(self.security_options, list):
            security_options = self.security_options

        else:
            security_options = self.security_options

        product_license = self.product_license

        default_address_pools: list[dict[str, Any]] | None | Unset
        if isinstance(self.default_address_pools, Unset):
            default_address_pools = UNSET
        elif isinstance(self.default_address_pools, list):
            default_address_pools = []
            for default_address_pools_type_0_item_data in self.default_address_pools:
                default_address_pools_type_0_item = default_address_pools_type_0_item_data.to_dict()
                default_address_pools.append(default_address_pools_type_0_item)

        else:
            default_address_pools = self.default_address_pools

        firewall_backend: dict[str, Any] | None | Unset
        if isinstance(self.firewall_backend, Unset):
            firewall_backend = UNSET
        elif isinstance(self.firewall_backend, FirewallInfo):
            firewall_backend = self.firewall_backend.to_dict()
        else:
            firewall_backend = self.firewall_backend

        discovered_devices: list[dict[str, Any]] | None | Unset
        if isinstance(self.discovered_devices, Unset):
            discovered_devices = UNSET
        elif isinstance(self.discovered_devices, list):
            discovered_devices = []
            for discovered_devices_type_0_item_data in self.discovered_devices:
                discovered_devices_type_0_item = discovered_devices_type_0_item_data.to_dict()
                discovered_devices.append(discovered_devices_type_0_item)

        else:
            discovered_devices = self.discovered_devices

        nri: dict[str, Any] | None | Unset
        if isinstance(self.nri, Unset):
            nri = UNSET
        elif isinstance(self.nri, NRIInfo):
            nri = self.nri.to_dict()
        else:
            nri = self.nri

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        cdi_spec_dirs: list[str] | None | Unset
        if isinstance(self.cdi_spec_dirs, Unset):
            cdi_spec_dirs = UNSET
        elif isinstance(self.cdi_spec_dirs, list):
            cdi_spec_dirs = self.cdi_spec_dirs

        else:
            cdi_spec_dirs = self.cdi_spec_dirs

        containerd: dict[str, Any] | None | Unset
        if isinstance(self.containerd, Unset):
            containerd = UNSET
        elif isinstance(self.containerd, ContainerdInfo):
            containerd = self.containerd.to_dict()
        else:
            containerd = self.containerd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if containers is not UNSET:
            field_dict["Containers"] = containers
        if containers_running is not UNSET:
            field_dict["ContainersRunning"] = containers_running
        if containers_paused is not UNSET:
            field_dict["ContainersPaused"] = containers_paused
        if containers_stopped is not UNSET:
            field_dict["ContainersStopped"] = containers_stopped
        if images is not UNSET:
            field_dict["Images"] = images
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if driver_status is not UNSET:
            field_dict["DriverStatus"] = driver_status
        if docker_root_dir is not UNSET:
            field_dict["DockerRootDir"] = docker_root_dir
        if plugins is not UNSET:
            field_dict["Plugins"] = plugins
        if memory_limit is not UNSET:
            field_dict["MemoryLimit"] = memory_limit
        if swap_limit is not UNSET:
            field_dict["SwapLimit"] = swap_limit
        if cpu_cfs_period is not UNSET:
            field_dict["CpuCfsPeriod"] = cpu_cfs_period
        if cpu_cfs_quota is not UNSET:
            field_dict["CpuCfsQuota"] = cpu_cfs_quota
        if cpu_shares is not UNSET:
            field_dict["CPUShares"] = cpu_shares
        if cpu_set is not UNSET:
            field_dict["CPUSet"] = cpu_set
        if pids_limit is not UNSET:
            field_dict["PidsLimit"] = pids_limit
        if oom_kill_disable is not UNSET:
            field_dict["OomKillDisable"] = oom_kill_disable
        if ipv4_forwarding is not UNSET:
            field_dict["IPv4Forwarding"] = ipv4_forwarding
        if debug is not UNSET:
            field_dict["Debug"] = debug
        if nfd is not UNSET:
            field_dict["NFd"] = nfd
        if ngoroutines is not UNSET:
            field_dict["NGoroutines"] = ngoroutines
        if system_time is not UNSET:
            field_dict["SystemTime"] = system_time
        if logging_driver is not UNSET:
            field_dict["LoggingDriver"] = logging_driver
        if cgroup_driver is not UNSET:
            field_dict["CgroupDriver"] = cgroup_driver
        if cgroup_version is not UNSET:
            field_dict["CgroupVersion"] = cgroup_version
        if nevents_listener is not UNSET:
            field_dict["NEventsListener"] = nevents_listener
        if kernel_version is not UNSET:
            field_dict["KernelVersion"] = kernel_version
        if operating_system is not UNSET:
            field_dict["OperatingSystem"] = operating_system
        if os_version is not UNSET:
            field_dict["OSVersion"] = os_version
        if os_type is not UNSET:
            field_dict["OSType"] = os_type
        if architecture is not UNSET:
            field_dict["Architecture"] = architecture
        if ncpu is not UNSET:
            field_dict["NCPU"] = ncpu
        if mem_total is not UNSET:
            field_dict["MemTotal"] = mem_total
        if index_server_address is not UNSET:
            field_dict["IndexServerAddress"] = index_server_address
        if registry_config is not UNSET:
            field_dict["RegistryConfig"] = registry_config
        if generic_resources is not UNSET:
            field_dict["GenericResources"] = generic_resources
        if http_proxy is not UNSET:
            field_dict["HttpProxy"] = http_proxy
        if https_proxy is not UNSET:
            field_dict["HttpsProxy"] = https_proxy
        if no_proxy is not UNSET:
            field_dict["NoProxy"] = no_proxy
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if experimental_build is not UNSET:
            field_dict["ExperimentalBuild"] = experimental_build
        if server_version is not UNSET:
            field_dict["ServerVersion"] = server_version
        if runtimes is not UNSET:
            field_dict["Runtimes"] = runtimes
        if default_runtime is not UNSET:
            field_dict["DefaultRuntime"] = default_runtime
        if swarm is not UNSET:
            field_dict["Swarm"] = swarm
        if live_restore_enabled is not UNSET:
            field_dict["LiveRestoreEnabled"] = live_restore_enabled
        if isolation is not UNSET:
            field_dict["Isolation"] = isolation
        if init_binary is not UNSET:
            field_dict["InitBinary"] = init_binary
        if containerd_commit is not UNSET:
            field_dict["ContainerdCommit"] = containerd_commit
        if runc_commit is not UNSET:
            field_dict["RuncCommit"] = runc_commit
        if init_commit is not UNSET:
            field_dict["InitCommit"] = init_commit
        if security_options is not UNSET:
            field_dict["SecurityOptions"] = security_options
        if product_license is not UNSET:
            field_dict["ProductLicense"] = product_license
        if default_address_pools is not UNSET:
            field_dict["DefaultAddressPools"] = default_address_pools
        if firewall_backend is not UNSET:
            field_dict["FirewallBackend"] = firewall_backend
        if discovered_devices is not UNSET:
            field_dict["DiscoveredDevices"] = discovered_devices
        if nri is not UNSET:
            field_dict["NRI"] = nri
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings
        if cdi_spec_dirs is not UNSET:
            field_dict["CDISpecDirs"] = cdi_spec_dirs
        if containerd is not UNSET:
            field_dict["Containerd"] = containerd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.commit import Commit  # noqa: PLC0415
        from ..models.containerd_info import ContainerdInfo  # noqa: PLC0415
        from ..models.device_info import DeviceInfo  # noqa: PLC0415
        from ..models.firewall_info import FirewallInfo  # noqa: PLC0415
        from ..models.generic_resources_item import GenericResourcesItem  # noqa: PLC0415
        from ..models.nri_info import NRIInfo  # noqa: PLC0415
        from ..models.plugins_info import PluginsInfo  # noqa: PLC0415
        from ..models.registry_service_config import RegistryServiceConfig  # noqa: PLC0415
        from ..models.swarm_info import SwarmInfo  # noqa: PLC0415
        from ..models.system_info_default_address_pools_item import (
            SystemInfoDefaultAddressPoolsItem,  # noqa: PLC0415
        )
        from ..models.system_info_runtimes import SystemInfoRuntimes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        containers = d.pop("Containers", UNSET)

        containers_running = d.pop("ContainersRunning", UNSET)

        containers_paused = d.pop("ContainersPaused", UNSET)

        containers_stopped = d.pop("ContainersStopped", UNSET)

        images = d.pop("Images", UNSET)

        driver = d.pop("Driver", UNSET)

        def _parse_driver_status(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            driver_status_type_0 = []
            _driver_status_type_0 = data
            for driver_status_type_0_item_data in _driver_status_type_0:
                driver_status_type_0_item = cast(list[str], driver_status_type_0_item_data)

                driver_status_type_0.append(driver_status_type_0_item)

            return driver_status_type_0

        driver_status = _parse_driver_status(d.pop("DriverStatus", UNSET))

        docker_root_dir = d.pop("DockerRootDir", UNSET)

        def _parse_plugins(data: object) -> None | PluginsInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            plugins_type_1 = PluginsInfo.from_dict(data)

            return plugins_type_1

        plugins = _parse_plugins(d.pop("Plugins", UNSET))

        memory_limit = d.pop("MemoryLimit", UNSET)

        swap_limit = d.pop("SwapLimit", UNSET)

        cpu_cfs_period = d.pop("CpuCfsPeriod", UNSET)

        cpu_cfs_quota = d.pop("CpuCfsQuota", UNSET)

        cpu_shares = d.pop("CPUShares", UNSET)

        cpu_set = d.pop("CPUSet", UNSET)

        pids_limit = d.pop("PidsLimit", UNSET)

        oom_kill_disable = d.pop("OomKillDisable", UNSET)

        ipv4_forwarding = d.pop("IPv4Forwarding", UNSET)

        debug = d.pop("Debug", UNSET)

        nfd = d.pop("NFd", UNSET)

        ngoroutines = d.pop("NGoroutines", UNSET)

        system_time = d.pop("SystemTime", UNSET)

        logging_driver = d.pop("LoggingDriver", UNSET)

        _cgroup_driver = d.pop("CgroupDriver", UNSET)
        cgroup_driver: SystemInfoCgroupDriver | Unset
        if isinstance(_cgroup_driver, Unset):
            cgroup_driver = UNSET
        else:
            cgroup_driver = check_system_info_cgroup_driver(_cgroup_driver)

        _cgroup_version = d.pop("CgroupVersion", UNSET)
        cgroup_version: SystemInfoCgroupVersion | Unset
        if isinstance(_cgroup_version, Unset):
            cgroup_version = UNSET
        else:
            cgroup_version = check_system_info_cgroup_version(_cgroup_version)

        nevents_listener = d.pop("NEventsListener", UNSET)

        kernel_version = d.pop("KernelVersion", UNSET)

        operating_system = d.pop("OperatingSystem", UNSET)

        os_version = d.pop("OSVersion", UNSET)

        os_type = d.pop("OSType", UNSET)

        architecture = d.pop("Architecture", UNSET)

        ncpu = d.pop("NCPU", UNSET)

        mem_total = d.pop("MemTotal", UNSET)

        index_server_address = d.pop("IndexServerAddress", UNSET)

        def _parse_registry_config(data: object) -> None | RegistryServiceConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            registry_config_type_1 = RegistryServiceConfig.from_dict(data)

            return registry_config_type_1

        registry_config = _parse_registry_config(d.pop("RegistryConfig", UNSET))

        def _parse_generic_resources(data: object) -> list[GenericResourcesItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            generic_resources_type_1 = []
            _generic_resources_type_1 = data
            for componentsschemas_generic_resources_item_data in _generic_resources_type_1:
                componentsschemas_generic_resources_item = GenericResourcesItem.from_dict(
                    componentsschemas_generic_resources_item_data
                )

                generic_resources_type_1.append(componentsschemas_generic_resources_item)

            return generic_resources_type_1

        generic_resources = _parse_generic_resources(d.pop("GenericResources", UNSET))

        http_proxy = d.pop("HttpProxy", UNSET)

        https_proxy = d.pop("HttpsProxy", UNSET)

        no_proxy = d.pop("NoProxy", UNSET)

        name = d.pop("Name", UNSET)

        def _parse_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            labels_type_0 = cast(list[str], data)

            return labels_type_0

        labels = _parse_labels(d.pop("Labels", UNSET))

        experimental_build = d.pop("ExperimentalBuild", UNSET)

        server_version = d.pop("ServerVersion", UNSET)

        def _parse_runtimes(data: object) -> None | SystemInfoRuntimes | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            runtimes_type_1 = SystemInfoRuntimes.from_dict(data)

            return runtimes_type_1

        runtimes = _parse_runtimes(d.pop("Runtimes", UNSET))

        default_runtime = d.pop("DefaultRuntime", UNSET)

        def _parse_swarm(data: object) -> None | SwarmInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            swarm_type_1 = SwarmInfo.from_dict(data)

            return swarm_type_1

        swarm = _parse_swarm(d.pop("Swarm", UNSET))

        live_restore_enabled = d.pop("LiveRestoreEnabled", UNSET)

        _isolation = d.pop("Isolation", UNSET)
        isolation: SystemInfoIsolation | Unset
        if isinstance(_isolation, Unset):
            isolation = UNSET
        else:
            isolation = check_system_info_isolation(_isolation)

        init_binary = d.pop("InitBinary", UNSET)

        def _parse_containerd_commit(data: object) -> Commit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            containerd_commit_type_1 = Commit.from_dict(data)

            return containerd_commit_type_1

        containerd_commit = _parse_containerd_commit(d.pop("ContainerdCommit", UNSET))

        def _parse_runc_commit(data: object) -> Commit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            runc_commit_type_1 = Commit.from_dict(data)

            return runc_commit_type_1

        runc_commit = _parse_runc_commit(d.pop("RuncCommit", UNSET))

        def _parse_init_commit(data: object) -> Commit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            init_commit_type_1 = Commit.from_dict(data)

            return init_commit_type_1

        init_commit = _parse_init_commit(d.pop("InitCommit", UNSET))

        def _parse_security_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            security_options_type_0 = cast(list[str], data)

            return security_options_type_0

        security_options = _parse_security_options(d.pop("SecurityOptions", UNSET))

        product_license = d.pop("ProductLicense", UNSET)

        def _parse_default_address_pools(
            data: object,
        ) -> list[SystemInfoDefaultAddressPoolsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            default_address_pools_type_0 = []
            _default_address_pools_type_0 = data
            for default_address_pools_type_0_item_data in _default_address_pools_type_0:
                default_address_pools_type_0_item = SystemInfoDefaultAddressPoolsItem.from_dict(
                    default_address_pools_type_0_item_data
                )

                default_address_pools_type_0.append(default_address_pools_type_0_item)

            return default_address_pools_type_0

        default_address_pools = _parse_default_address_pools(d.pop("DefaultAddressPools", UNSET))

        def _parse_firewall_backend(data: object) -> FirewallInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            firewall_backend_type_1 = FirewallInfo.from_dict(data)

            return firewall_backend_type_1

        firewall_backend = _parse_firewall_backend(d.pop("FirewallBackend", UNSET))

        def _parse_discovered_devices(data: object) -> list[DeviceInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            discovered_devices_type_0 = []
            _discovered_devices_type_0 = data
            for discovered_devices_type_0_item_data in _discovered_devices_type_0:
                discovered_devices_type_0_item = DeviceInfo.from_dict(
                    discovered_devices_type_0_item_data
                )

                discovered_devices_type_0.append(discovered_devices_type_0_item)

            return discovered_devices_type_0

        discovered_devices = _parse_discovered_devices(d.pop("DiscoveredDevices", UNSET))

        def _parse_nri(data: object) -> None | NRIInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            nri_type_1 = NRIInfo.from_dict(data)

            return nri_type_1

        nri = _parse_nri(d.pop("NRI", UNSET))

        def _parse_warnings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            warnings_type_0 = cast(list[str], data)

            return warnings_type_0

        warnings = _parse_warnings(d.pop("Warnings", UNSET))

        def _parse_cdi_spec_dirs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            cdi_spec_dirs_type_0 = cast(list[str], data)

            return cdi_spec_dirs_type_0

        cdi_spec_dirs = _parse_cdi_spec_dirs(d.pop("CDISpecDirs", UNSET))

        def _parse_containerd(data: object) -> ContainerdInfo | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            containerd_type_1 = ContainerdInfo.from_dict(data)

            return containerd_type_1

        containerd = _parse_containerd(d.pop("Containerd", UNSET))

        system_info = cls(
            id=id,
            containers=containers,
            containers_running=containers_running,
            containers_paused=containers_paused,
            containers_stopped=containers_stopped,
            images=images,
            driver=driver,
            driver_status=driver_status,
            docker_root_dir=docker_root_dir,
            plugins=plugins,
            memory_limit=memory_limit,
            swap_limit=swap_limit,
            cpu_cfs_period=cpu_cfs_period,
            cpu_cfs_quota=cpu_cfs_quota,
            cpu_shares=cpu_shares,
            cpu_set=cpu_set,
            pids_limit=pids_limit,
            oom_kill_disable=oom_kill_disable,
            ipv4_forwarding=ipv4_forwarding,
            debug=debug,
            nfd=nfd,
            ngoroutines=ngoroutines,
            system_time=system_time,
            logging_driver=logging_driver,
            cgroup_driver=cgroup_driver,
            cgroup_version=cgroup_version,
            nevents_listener=nevents_listener,
            kernel_version=kernel_version,
            operating_system=operating_system,
            os_version=os_version,
            os_type=os_type,
            architecture=architecture,
            ncpu=ncpu,
            mem_total=mem_total,
            index_server_address=index_server_address,
            registry_config=registry_config,
            generic_resources=generic_resources,
            http_proxy=http_proxy,
            https_proxy=https_proxy,
            no_proxy=no_proxy,
            name=name,
            labels=labels,
            experimental_build=experimental_build,
            server_version=server_version,
            runtimes=runtimes,
            default_runtime=default_runtime,
            swarm=swarm,
            live_restore_enabled=live_restore_enabled,
            isolation=isolation,
            init_binary=init_binary,
            containerd_commit=containerd_commit,
            runc_commit=runc_commit,
            init_commit=init_commit,
            security_options=security_options,
            product_license=product_license,
            default_address_pools=default_address_pools,
            firewall_backend=firewall_backend,
            discovered_devices=discovered_devices,
            nri=nri,
            warnings=warnings,
            cdi_spec_dirs=cdi_spec_dirs,
            containerd=containerd,
        )

        system_info.additional_properties = d
        return system_info

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
