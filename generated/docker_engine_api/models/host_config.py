from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_config_cgroupns_mode import (
    HostConfigCgroupnsMode,
    check_host_config_cgroupns_mode,
)
from ..models.host_config_isolation import HostConfigIsolation, check_host_config_isolation
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.device_mapping import DeviceMapping
    from ..models.device_request import DeviceRequest
    from ..models.host_config_annotations import HostConfigAnnotations
    from ..models.host_config_log_config import HostConfigLogConfig
    from ..models.host_config_storage_opt import HostConfigStorageOpt
    from ..models.host_config_sysctls import HostConfigSysctls
    from ..models.host_config_tmpfs import HostConfigTmpfs
    from ..models.mount import Mount
    from ..models.port_map import PortMap
    from ..models.resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem
    from ..models.resources_ulimits_item import ResourcesUlimitsItem
    from ..models.restart_policy import RestartPolicy
    from ..models.throttle_device import ThrottleDevice


T = TypeVar("T", bound="HostConfig")


@_attrs_define
class HostConfig:
    """Container configuration that depends on the host we are running on"""

    cpu_shares: int | Unset = UNSET
    """ An integer value representing this container's relative CPU weight
    versus other containers.
     """
    memory: int | Unset = UNSET
    """ Memory limit in bytes.

    Daemon default: `0` (sent only when set). """
    cgroup_parent: str | Unset = UNSET
    """ Path to `cgroups` under which the container's `cgroup` is created. If
    the path is not absolute, the path is considered to be relative to the
    `cgroups` path of the init process. Cgroups are created if they do not
    already exist.
     """
    blkio_weight: int | Unset = UNSET
    """ Block IO weight (relative weight). """
    blkio_weight_device: list[ResourcesBlkioWeightDeviceItem] | None | Unset = UNSET
    """ Block IO weight (relative device weight) in the form:

    ```
    [{"Path": "device_path", "Weight": weight}]
    ```
     """
    blkio_device_read_bps: list[ThrottleDevice] | None | Unset = UNSET
    """ Limit read rate (bytes per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_write_bps: list[ThrottleDevice] | None | Unset = UNSET
    """ Limit write rate (bytes per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_read_iops: list[ThrottleDevice] | None | Unset = UNSET
    """ Limit read rate (IO per second) from a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    blkio_device_write_iops: list[ThrottleDevice] | None | Unset = UNSET
    """ Limit write rate (IO per second) to a device, in the form:

    ```
    [{"Path": "device_path", "Rate": rate}]
    ```
     """
    cpu_period: int | Unset = UNSET
    """ The length of a CPU period in microseconds. """
    cpu_quota: int | Unset = UNSET
    """ Microseconds of CPU time that the container can get in a CPU period.
     """
    cpu_realtime_period: int | Unset = UNSET
    """ The length of a CPU real-time period in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
     """
    cpu_realtime_runtime: int | Unset = UNSET
    """ The length of a CPU real-time runtime in microseconds. Set to 0 to
    allocate no time allocated to real-time tasks.
     """
    cpuset_cpus: str | Unset = UNSET
    """ CPUs in which to allow execution (e.g., `0-3`, `0,1`).
     """
    cpuset_mems: str | Unset = UNSET
    """ Memory nodes (MEMs) in which to allow execution (0-3, 0,1). Only
    effective on NUMA systems.
     """
    devices: list[DeviceMapping] | None | Unset = UNSET
    """ A list of devices to add to the container. """
    device_cgroup_rules: list[str] | None | Unset = UNSET
    """ a list of cgroup rules to apply to the container """
    device_requests: list[DeviceRequest] | None | Unset = UNSET
    """ A list of requests for devices to be sent to device drivers.
     """
    memory_reservation: int | Unset = UNSET
    """ Memory soft limit in bytes. """
    memory_swap: int | Unset = UNSET
    """ Total memory limit (memory + swap). Set as `-1` to enable unlimited
    swap.
     """
    memory_swappiness: int | Unset = UNSET
    """ Tune a container's memory swappiness behavior. Accepts an integer
    between 0 and 100.
     """
    nano_cpus: int | Unset = UNSET
    """ CPU quota in units of 10<sup>-9</sup> CPUs. """
    oom_kill_disable: bool | Unset = UNSET
    """ Disable OOM Killer for the container. """
    init: bool | None | Unset = UNSET
    """ Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.
     """
    pids_limit: int | None | Unset = UNSET
    """ Tune a container's PIDs limit. Set `0` or `-1` for unlimited, or `null`
    to not change.
     """
    ulimits: list[ResourcesUlimitsItem] | None | Unset = UNSET
    """ A list of resource limits to set in the container. For example:

    ```
    {"Name": "nofile", "Soft": 1024, "Hard": 2048}
    ```
     """
    cpu_count: int | Unset = UNSET
    """ The number of usable CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
     """
    cpu_percent: int | Unset = UNSET
    """ The usable percentage of the available CPUs (Windows only).

    On Windows Server containers, the processor resource controls are
    mutually exclusive. The order of precedence is `CPUCount` first, then
    `CPUShares`, and `CPUPercent` last.
     """
    io_maximum_iops: int | Unset = UNSET
    """ Maximum IOps for the container system drive (Windows only) """
    io_maximum_bandwidth: int | Unset = UNSET
    """ Maximum IO in bytes per second for the container system drive
    (Windows only).
     """
    binds: list[str] | None | Unset = UNSET
    """ A list of volume bindings for this container. Each volume binding
    is a string in one of these forms:

    - `host-src:container-dest[:options]` to bind-mount a host path
      into the container. Both `host-src`, and `container-dest` must
      be an _absolute_ path.
    - `volume-name:container-dest[:options]` to bind-mount a volume
      managed by a volume driver into the container. `container-dest`
      must be an _absolute_ path.

    `options` is an optional, comma-delimited list of:

    - `nocopy` disables automatic copying of data from the container
      path to the volume. The `nocopy` flag only applies to named volumes.
    - `[ro|rw]` mounts a volume read-only or read-write, respectively.
      If omitted or set to `rw`, volumes are mounted read-write.
    - `[z|Z]` applies SELinux labels to allow or deny multiple containers
      to read and write to the same volume.
        - `z`: a _shared_ content label is applied to the content. This
          label indicates that multiple containers can share the volume
          content, for both reading and writing.
        - `Z`: a _private unshared_ label is applied to the content.
          This label indicates that only the current container can use
          a private volume. Labeling systems such as SELinux require
          proper labels to be placed on volume content that is mounted
          into a container. Without a label, the security system can
          prevent a container's processes from using the content. By
          default, the labels set by the host operating system are not
          modified.
    - `[[r]shared|[r]slave|[r]private]` specifies mount
      [propagation behavior](https://www.kernel.org/doc/Documentation/filesystems/sharedsubtree.txt).
      This only applies to bind-mounted volumes, not internal volumes
      or named volumes. Mount propagation requires the source mount
      point (the location where the source directory is mounted in the
      host operating system) to have the correct propagation properties.
      For shared volumes, the source mount point must be set to `shared`.
      For slave volumes, the mount must be set to either `shared` or
      `slave`.
     """
    container_id_file: str | Unset = UNSET
    """ Path to a file where the container ID is written """
    log_config: HostConfigLogConfig | None | Unset = UNSET
    """ The logging configuration for this container """
    network_mode: str | Unset = UNSET
    """ Network mode to use for this container. Supported standard values
    are: `bridge`, `host`, `none`, and `container:<name|id>`. Any
    other value is taken as a custom network's name to which this
    container should connect to.
     """
    port_bindings: None | PortMap | Unset = UNSET
    restart_policy: None | RestartPolicy | Unset = UNSET
    auto_remove: bool | Unset = UNSET
    """ Automatically remove the container when the container's process
    exits. This has no effect if `RestartPolicy` is set.
     """
    volume_driver: str | Unset = UNSET
    """ Driver that this container uses to mount volumes. """
    volumes_from: list[str] | None | Unset = UNSET
    """ A list of volumes to inherit from another container, specified in
    the form `<container name>[:<ro|rw>]`.
     """
    mounts: list[Mount] | None | Unset = UNSET
    """ Specification for mounts to be added to the container.
     """
    console_size: list[int] | None | Unset = UNSET
    """ Initial console size, as an `[height, width]` array.
     """
    annotations: HostConfigAnnotations | None | Unset = UNSET
    """ Arbitrary non-identifying metadata attached to container and
    provided to the runtime when the container is started.
     """
    cap_add: list[str] | None | Unset = UNSET
    """ A list of kernel capabilities to add to the container. Conflicts
    with option 'Capabilities'.
     """
    cap_drop: list[str] | None | Unset = UNSET
    """ A list of kernel capabilities to drop from the container. Conflicts
    with option 'Capabilities'.
     """
    cgroupns_mode: HostConfigCgroupnsMode | Unset = UNSET
    """ cgroup namespace mode for the container. Possible values are:

    - `"private"`: the container runs in its own private cgroup namespace
    - `"host"`: use the host system's cgroup namespace

    If not specified, the daemon default is used, which can either be `"private"`
    or `"host"`, depending on daemon version, kernel support and configuration.
     """
    dns: list[str] | None | Unset = UNSET
    """ A list of DNS servers for the container to use. """
    dns_options: list[str] | None | Unset = UNSET
    """ A list of DNS options. """
    dns_search: list[str] | None | Unset = UNSET
    """ A list of DNS search domains. """
    extra_hosts: list[str] | None | Unset = UNSET
    """ A list of hostnames/IP mappings to add to the container's `/etc/hosts`
    file. Specified in the form `["hostname:IP"]`.
     """
    group_add: list[str] | None | Unset = UNSET
    """ A list of additional groups that the container process will run as.
     """
    ipc_mode: str | Unset = UNSET
    """ IPC sharing mode for the container. Possible values are:

    - `"none"`: own private IPC namespace, with /dev/shm not mounted
    - `"private"`: own private IPC namespace
    - `"shareable"`: own private IPC namespace, with a possibility to share it with other containers
    - `"container:<name|id>"`: join another (shareable) container's IPC namespace
    - `"host"`: use the host system's IPC namespace

    If not specified, daemon default is used, which can either be `"private"`
    or `"shareable"`, depending on daemon version and configuration.
     """
    cgroup: str | Unset = UNSET
    """ Cgroup to use for the container. """
    links: list[str] | None | Unset = UNSET
    """ A list of links for the container in the form `container_name:alias`.
     """
    oom_score_adj: int | Unset = UNSET
    """ An integer value containing the score given to the container in
    order to tune OOM killer preferences.
     """
    pid_mode: str | Unset = UNSET
    """ Set the PID (Process) Namespace mode for the container. It can be
    either:

    - `"container:<name|id>"`: joins another container's PID namespace
    - `"host"`: use the host's PID namespace inside the container
     """
    privileged: bool | Unset = UNSET
    """ Gives the container full access to the host. """
    publish_all_ports: bool | Unset = UNSET
    """ Allocates an ephemeral host port for all of a container's
    exposed ports.

    Ports are de-allocated when the container stops and allocated when
    the container starts. The allocated port might be changed when
    restarting the container.

    The port is selected from the ephemeral port range that depends on
    the kernel. For example, on Linux the range is defined by
    `/proc/sys/net/ipv4/ip_local_port_range`.
     """
    readonly_rootfs: bool | Unset = UNSET
    """ Mount the container's root filesystem as read only. """
    security_opt: list[str] | None | Unset = UNSET
    """ A list of string values to customize labels for MLS systems, such
    as SELinux.
     """
    storage_opt: HostConfigStorageOpt | None | Unset = UNSET
    """ Storage driver options for this container, in the form `{"size": "120G"}`.
     """
    tmpfs: HostConfigTmpfs | None | Unset = UNSET
    """ A map of container directories which should be replaced by tmpfs
    mounts, and their corresponding mount options. For example:

    ```
    { "/run": "rw,noexec,nosuid,size=65536k" }
    ```
     """
    uts_mode: str | Unset = UNSET
    """ UTS namespace to use for the container. """
    userns_mode: str | Unset = UNSET
    """ Sets the usernamespace mode for the container when usernamespace
    remapping option is enabled.
     """
    shm_size: int | Unset = UNSET
    """ Size of `/dev/shm` in bytes. If omitted, the system uses 64MB.
     """
    sysctls: HostConfigSysctls | None | Unset = UNSET
    """ A list of kernel parameters (sysctls) to set in the container.

    This field is omitted if not set. """
    runtime: None | str | Unset = UNSET
    """ Runtime to use with this container. """
    isolation: HostConfigIsolation | Unset = UNSET
    """ Isolation technology of the container. (Windows only)
     """
    masked_paths: list[str] | None | Unset = UNSET
    """ The list of paths to be masked inside the container (this overrides
    the default set of paths).
     """
    readonly_paths: list[str] | None | Unset = UNSET
    """ The list of paths to be set as read-only inside the container
    (this overrides the default set of paths).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.host_config_annotations import HostConfigAnnotations  # noqa: PLC0415
        from ..models.host_config_log_config import HostConfigLogConfig  # noqa: PLC0415
        from ..models.host_config_storage_opt import HostConfigStorageOpt  # noqa: PLC0415
        from ..models.host_config_sysctls import HostConfigSysctls  # noqa: PLC0415
        from ..models.host_config_tmpfs import HostConfigTmpfs  # noqa: PLC0415
        from ..models.port_map import PortMap  # noqa: PLC0415
        from ..models.restart_policy import RestartPolicy  # noqa: PLC0415

        cpu_shares = self.cpu_shares

        memory = self.memory

        cgroup_parent = self.cgroup_parent

        blkio_weight = self.blkio_weight

        blkio_weight_device: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_weight_device, Unset):
            blkio_weight_device = UNSET
        elif isinstance(self.blkio_weight_device, list):
            blkio_weight_device = []
            for blkio_weight_device_type_0_item_data in self.blkio_weight_device:
                blkio_weight_device_type_0_item = blkio_weight_device_type_0_item_data.to_dict()
                blkio_weight_device.append(blkio_weight_device_type_0_item)

        else:
            blkio_weight_device = self.blkio_weight_device

        blkio_device_read_bps: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_device_read_bps, Unset):
            blkio_device_read_bps = UNSET
        elif isinstance(self.blkio_device_read_bps, list):
            blkio_device_read_bps = []
            for blkio_device_read_bps_type_0_item_data in self.blkio_device_read_bps:
                blkio_device_read_bps_type_0_item = blkio_device_read_bps_type_0_item_data.to_dict()
                blkio_device_read_bps.append(blkio_device_read_bps_type_0_item)

        else:
            blkio_device_read_bps = self.blkio_device_read_bps

        blkio_device_write_bps: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_device_write_bps, Unset):
            blkio_device_write_bps = UNSET
        elif isinstance(self.blkio_device_write_bps, list):
            blkio_device_write_bps = []
            for blkio_device_write_bps_type_0_item_data in self.blkio_device_write_bps:
                blkio_device_write_bps_type_0_item = (
                    blkio_device_write_bps_type_0_item_data.to_dict()
                )
                blkio_device_write_bps.append(blkio_device_write_bps_type_0_item)

        else:
            blkio_device_write_bps = self.blkio_device_write_bps

        blkio_device_read_iops: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_device_read_iops, Unset):
            blkio_device_read_iops = UNSET
        elif isinstance(self.blkio_device_read_iops, list):
            blkio_device_read_iops = []
            for blkio_device_read_iops_type_0_item_data in self.blkio_device_read_iops:
                blkio_device_read_iops_type_0_item = (
                    blkio_device_read_iops_type_0_item_data.to_dict()
                )
                blkio_device_read_iops.append(blkio_device_read_iops_type_0_item)

        else:
            blkio_device_read_iops = self.blkio_device_read_iops

        blkio_device_write_iops: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_device_write_iops, Unset):
            blkio_device_write_iops = UNSET
        elif isinstance(self.blkio_device_write_iops, list):
            blkio_device_write_iops = []
            for blkio_device_write_iops_type_0_item_data in self.blkio_device_write_iops:
                blkio_device_write_iops_type_0_item = (
                    blkio_device_write_iops_type_0_item_data.to_dict()
                )
                blkio_device_write_iops.append(blkio_device_write_iops_type_0_item)

        else:
            blkio_device_write_iops = self.blkio_device_write_iops

        cpu_period = self.cpu_period

        cpu_quota = self.cpu_quota

        cpu_realtime_period = self.cpu_realtime_period

        cpu_realtime_runtime = self.cpu_realtime_runtime

        cpuset_cpus = self.cpuset_cpus

        cpuset_mems = self.cpuset_mems

        devices: list[dict[str, Any]] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, list):
            devices = []
            for devices_type_0_item_data in self.devices:
                devices_type_0_item = devices_type_0_item_data.to_dict()
                devices.append(devices_type_0_item)

        else:
            devices = self.devices

        device_cgroup_rules: list[str] | None | Unset
        if isinstance(self.device_cgroup_rules, Unset):
            device_cgroup_rules = UNSET
        elif isinstance(self.device_cgroup_rules, list):
            device_cgroup_rules = self.device_cgroup_rules

        else:
            device_cgroup_rules = self.device_cgroup_rules

        device_requests: list[dict[str, Any]] | None | Unset
        if isinstance(self.device_requests, Unset):
            device_requests = UNSET
        elif isinstance(self.device_requests, list):
            device_requests = []
            for device_requests_type_0_item_data in self.device_requests:
                device_requests_type_0_item = device_requests_type_0_item_data.to_dict()
                device_requests.append(device_requests_type_0_item)

        else:
            device_requests = self.device_requests

        memory_reservation = self.memory_reservation

        memory_swap = self.memory_swap

        memory_swappiness = self.memory_swappiness

        nano_cpus = self.nano_cpus

        oom_kill_disable = self.oom_kill_disable

        init: bool | None | Unset
        if isinstance(self.init, Unset):
            init = UNSET
        else:
            init = self.init

        pids_limit: int | None | Unset
        if isinstance(self.pids_limit, Unset):
            pids_limit = UNSET
        else:
            pids_limit = self.pids_limit

        ulimits: list[dict[str, Any]] | None | Unset
        if isinstance(self.ulimits, Unset):
            ulimits = UNSET
        elif isinstance(self.ulimits, list):
            ulimits = []
            for ulimits_type_0_item_data in self.ulimits:
                ulimits_type_0_item = ulimits_type_0_item_data.to_dict()
                ulimits.append(ulimits_type_0_item)

        else:
            ulimits = self.ulimits

        cpu_count = self.cpu_count

        cpu_percent = self.cpu_percent

        io_maximum_iops = self.io_maximum_iops

        io_maximum_bandwidth = self.io_maximum_bandwidth

        binds: list[str] | None | Unset
        if isinstance(self.binds, Unset):
            binds = UNSET
        elif isinstance(self.binds, list):
            binds = self.binds

        else:
            binds = self.binds

        container_id_file = self.container_id_file

        log_config: dict[str, Any] | None | Unset
        if isinstance(self.log_config, Unset):
            log_config = UNSET
        elif isinstance(self.log_config, HostConfigLogConfig):
            log_config = self.log_config.to_dict()
        else:
            log_config = self.log_config

        network_mode = self.network_mode

        port_bindings: dict[str, Any] | None | Unset
        if isinstance(self.port_bindings, Unset):
            port_bindings = UNSET
        elif isinstance(self.port_bindings, PortMap):
            port_bindings = self.port_bindings.to_dict()
        else:
            port_bindings = self.port_bindings

        restart_policy: dict[str, Any] | None | Unset
        if isinstance(self.restart_policy, Unset):
            restart_policy = UNSET
        elif isinstance(self.restart_policy, RestartPolicy):
            restart_policy = self.restart_policy.to_dict()
        else:
            restart_policy = self.restart_policy

        auto_remove = self.auto_remove

        volume_driver = self.volume_driver

        volumes_from: list[str] | None | Unset
        if isinstance(self.volumes_from, Unset):
            volumes_from = UNSET
        elif isinstance(self.volumes_from, list):
            volumes_from = self.volumes_from

        else:
            volumes_from = self.volumes_from

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

        console_size: list[int] | None | Unset
        if isinstance(self.console_size, Unset):
            console_size = UNSET
        elif isinstance(self.console_size, list):
            console_size = self.console_size

        else:
            console_size = self.console_size

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, HostConfigAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        cap_add: list[str] | None | Unset
        if isinstance(self.cap_add, Unset):
            cap_add = UNSET
        elif isinstance(self.cap_add, list):
            cap_add = self.cap_add

        else:
            cap_add = self.cap_add

        cap_drop: list[str] | None | Unset
        if isinstance(self.cap_drop, Unset):
            cap_drop = UNSET
        elif isinstance(self.cap_drop, list):
            cap_drop = self.cap_drop

        else:
            cap_drop = self.cap_drop

        cgroupns_mode: str | Unset = UNSET
        if not isinstance(self.cgroupns_mode, Unset):
            cgroupns_mode = self.cgroupns_mode

        dns: list[str] | None | Unset
        if isinstance(self.dns, Unset):
            dns = UNSET
        elif isinstance(self.dns, list):
            dns = self.dns

        else:
            dns = self.dns

        dns_options: list[str] | None | Unset
        if isinstance(self.dns_options, Unset):
            dns_options = UNSET
        elif isinstance(self.dns_options, list):
            dns_options = self.dns_options

        else:
            dns_options = self.dns_options

        dns_search: list[str] | None | Unset
        if isinstance(self.dns_search, Unset):
            dns_search = UNSET
        elif isinstance(self.dns_search, list):
            dns_search = self.dns_search

        else:
            dns_search = self.dns_search

        extra_hosts: list[str] | None | Unset
        if isinstance(self.extra_hosts, Unset):
            extra_hosts = UNSET
        elif isinstance(self.extra_hosts, list):
            extra_hosts = self.extra_hosts

        else:
            extra_hosts = self.extra_hosts

        group_add: list[str] | None | Unset
        if isinstance(self.group_add, Unset):
            group_add = UNSET
        elif isinstance(self.group_add, list):
            group_add = self.group_add

        else:
            group_add = self.group_add

        ipc_mode = self.ipc_mode

        cgroup = self.cgroup

        links: list[str] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, list):
            links = self.links

        else:
            links = self.links

        oom_score_adj = self.oom_score_adj

        pid_mode = self.pid_mode

        privileged = self.privileged

        publish_all_ports = self.publish_all_ports

        readonly_rootfs = self.readonly_rootfs

        security_opt: list[str] | None | Unset
        if isinstance(self.security_opt, Unset):
            security_opt = UNSET
        elif isinstance(self.security_opt, list):
            security_opt = self.security_opt

        else:
            security_opt = self.security_opt

        storage_opt: dict[str, Any] | None | Unset
        if isinstance(self.storage_opt, Unset):
            storage_opt = UNSET
        elif isinstance(self.storage_opt, HostConfigStorageOpt):
            storage_opt = self.storage_opt.to_dict()
        else:
            storage_opt = self.storage_opt

        tmpfs: dict[str, Any] | None | Unset
        if isinstance(self.tmpfs, Unset):
            tmpfs = UNSET
        elif isinstance(self.tmpfs, HostConfigTmpfs):
            tmpfs = self.tmpfs.to_dict()
        else:
            tmpfs = self.tmpfs

        uts_mode = self.uts_mode

        userns_mode = self.userns_mode

        shm_size = self.shm_size

        sysctls: dict[str, Any] | None | Unset
        if isinstance(self.sysctls, Unset):
            sysctls = UNSET
        elif isinstance(self.sysctls, HostConfigSysctls):
            sysctls = self.sysctls.to_dict()
        else:
            sysctls = self.sysctls

        runtime: None | str | Unset
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        else:
            runtime = self.runtime

        isolation: str | Unset = UNSET
        if not isinstance(self.isolation, Unset):
            isolation = self.isolation

        masked_paths: list[str] | None | Unset
        if isinstance(self.masked_paths, Unset):
            masked_paths = UNSET
        elif isinstance(self.masked_paths, list):
            masked_paths = self.masked_paths

        else:
            masked_paths = self.masked_paths

        readonly_paths: list[str] | None | Unset
        if isinstance(self.readonly_paths, Unset):
            readonly_paths = UNSET
        elif isinstance(self.readonly_paths, list):
            readonly_paths = self.readonly_paths

        else:
            readonly_paths = self.readonly_paths

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_shares is not UNSET:
            field_dict["CpuShares"] = cpu_shares
        if memory is not UNSET:
            field_dict["Memory"] = memory
        if cgroup_parent is not UNSET:
            field_dict["CgroupParent"] = cgroup_parent
        if blkio_weight is not UNSET:
            field_dict["BlkioWeight"] = blkio_weight
        if blkio_weight_device is not UNSET:
            field_dict["BlkioWeightDevice"] = blkio_weight_device
        if blkio_device_read_bps is not UNSET:
            field_dict["BlkioDeviceReadBps"] = blkio_device_read_bps
        if blkio_device_write_bps is not UNSET:
            field_dict["BlkioDeviceWriteBps"] = blkio_device_write_bps
        if blkio_device_read_iops is not UNSET:
            field_dict["BlkioDeviceReadIOps"] = blkio_device_read_iops
        if blkio_device_write_iops is not UNSET:
            field_dict["BlkioDeviceWriteIOps"] = blkio_device_write_iops
        if cpu_period is not UNSET:
            field_dict["CpuPeriod"] = cpu_period
        if cpu_quota is not UNSET:
            field_dict["CpuQuota"] = cpu_quota
        if cpu_realtime_period is not UNSET:
            field_dict["CpuRealtimePeriod"] = cpu_realtime_period
        if cpu_realtime_runtime is not UNSET:
            field_dict["CpuRealtimeRuntime"] = cpu_realtime_runtime
        if cpuset_cpus is not UNSET:
            field_dict["CpusetCpus"] = cpuset_cpus
        if cpuset_mems is not UNSET:
            field_dict["CpusetMems"] = cpuset_mems
        if devices is not UNSET:
            field_dict["Devices"] = devices
        if device_cgroup_rules is not UNSET:
            field_dict["DeviceCgroupRules"] = device_cgroup_rules
        if device_requests is not UNSET:
            field_dict["DeviceRequests"] = device_requests
        if memory_reservation is not UNSET:
            field_dict["MemoryReservation"] = memory_reservation
        if memory_swap is not UNSET:
            field_dict["MemorySwap"] = memory_swap
        if memory_swappiness is not UNSET:
            field_dict["MemorySwappiness"] = memory_swappiness
        if nano_cpus is not UNSET:
            field_dict["NanoCpus"] = nano_cpus
        if oom_kill_disable is not UNSET:
            field_dict["OomKillDisable"] = oom_kill_disable
        if init is not UNSET:
            field_dict["Init"] = init
        if pids_limit is not UNSET:
            field_dict["PidsLimit"] = pids_limit
        if ulimits is not UNSET:
            field_dict["Ulimits"] = ulimits
        if cpu_count is not UNSET:
            field_dict["CpuCount"] = cpu_count
        if cpu_percent is not UNSET:
            field_dict["CpuPercent"] = cpu_percent
        if io_maximum_iops is not UNSET:
            field_dict["IOMaximumIOps"] = io_maximum_iops
        if io_maximum_bandwidth is not UNSET:
            field_dict["IOMaximumBandwidth"] = io_maximum_bandwidth
        if binds is not UNSET:
            field_dict["Binds"] = binds
        if container_id_file is not UNSET:
            field_dict["ContainerIDFile"] = container_id_file
        if log_config is not UNSET:
            field_dict["LogConfig"] = log_config
        if network_mode is not UNSET:
            field_dict["NetworkMode"] = network_mode
        if port_bindings is not UNSET:
            field_dict["PortBindings"] = port_bindings
        if restart_policy is not UNSET:
            field_dict["RestartPolicy"] = restart_policy
        if auto_remove is not UNSET:
            field_dict["AutoRemove"] = auto_remove
        if volume_driver is not UNSET:
            field_dict["VolumeDriver"] = volume_driver
        if volumes_from is not UNSET:
            field_dict["VolumesFrom"] = volumes_from
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if console_size is not UNSET:
            field_dict["ConsoleSize"] = console_size
        if annotations is not UNSET:
            field_dict["Annotations"] = annotations
        if cap_add is not UNSET:
            field_dict["CapAdd"] = cap_add
        if cap_drop is not UNSET:
            field_dict["CapDrop"] = cap_drop
        if cgroupns_mode is not UNSET:
            field_dict["CgroupnsMode"] = cgroupns_mode
        if dns is not UNSET:
            field_dict["Dns"] = dns
        if dns_options is not UNSET:
            field_dict["DnsOptions"] = dns_options
        if dns_search is not UNSET:
            field_dict["DnsSearch"] = dns_search
        if extra_hosts is not UNSET:
            field_dict["ExtraHosts"] = extra_hosts
        if group_add is not UNSET:
            field_dict["GroupAdd"] = group_add
        if ipc_mode is not UNSET:
            field_dict["IpcMode"] = ipc_mode
        if cgroup is not UNSET:
            field_dict["Cgroup"] = cgroup
        if links is not UNSET:
            field_dict["Links"] = links
        if oom_score_adj is not UNSET:
            field_dict["OomScoreAdj"] = oom_score_adj
        if pid_mode is not UNSET:
            field_dict["PidMode"] = pid_mode
        if privileged is not UNSET:
            field_dict["Privileged"] = privileged
        if publish_all_ports is not UNSET:
            field_dict["PublishAllPorts"] = publish_all_ports
        if readonly_rootfs is not UNSET:
            field_dict["ReadonlyRootfs"] = readonly_rootfs
        if security_opt is not UNSET:
            field_dict["SecurityOpt"] = security_opt
        if storage_opt is not UNSET:
            field_dict["StorageOpt"] = storage_opt
        if tmpfs is not UNSET:
            field_dict["Tmpfs"] = tmpfs
        if uts_mode is not UNSET:
            field_dict["UTSMode"] = uts_mode
        if userns_mode is not UNSET:
            field_dict["UsernsMode"] = userns_mode
        if shm_size is not UNSET:
            field_dict["ShmSize"] = shm_size
        if sysctls is not UNSET:
            field_dict["Sysctls"] = sysctls
        if runtime is not UNSET:
            field_dict["Runtime"] = runtime
        if isolation is not UNSET:
            field_dict["Isolation"] = isolation
        if masked_paths is not UNSET:
            field_dict["MaskedPaths"] = masked_paths
        if readonly_paths is not UNSET:
            field_dict["ReadonlyPaths"] = readonly_paths

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.device_mapping import DeviceMapping  # noqa: PLC0415
        from ..models.device_request import DeviceRequest  # noqa: PLC0415
        from ..models.host_config_annotations import HostConfigAnnotations  # noqa: PLC0415
        from ..models.host_config_log_config import HostConfigLogConfig  # noqa: PLC0415
        from ..models.host_config_storage_opt import HostConfigStorageOpt  # noqa: PLC0415
        from ..models.host_config_sysctls import HostConfigSysctls  # noqa: PLC0415
        from ..models.host_config_tmpfs import HostConfigTmpfs  # noqa: PLC0415
        from ..models.mount import Mount  # noqa: PLC0415
        from ..models.port_map import PortMap  # noqa: PLC0415
        from ..models.resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem  # noqa: PLC0415
        from ..models.resources_ulimits_item import ResourcesUlimitsItem  # noqa: PLC0415
        from ..models.restart_policy import RestartPolicy  # noqa: PLC0415
        from ..models.throttle_device import ThrottleDevice  # noqa: PLC0415

        d = dict(src_dict)
        cpu_shares = d.pop("CpuShares", UNSET)

        memory = d.pop("Memory", UNSET)

        cgroup_parent = d.pop("CgroupParent", UNSET)

        blkio_weight = d.pop("BlkioWeight", UNSET)

        def _parse_blkio_weight_device(
            data: object,
        ) -> list[ResourcesBlkioWeightDeviceItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            blkio_weight_device_type_0 = []
            _blkio_weight_device_type_0 = data
            for blkio_weight_device_type_0_item_data in _blkio_weight_device_type_0:
                blkio_weight_device_type_0_item = ResourcesBlkioWeightDeviceItem.from_dict(
                    blkio_weight_device_type_0_item_data
                )

                blkio_weight_device_type_0.append(blkio_weight_device_type_0_item)

            return blkio_weight_device_type_0

        blkio_weight_device = _parse_blkio_weight_device(d.pop("BlkioWeightDevice", UNSET))

        def _parse_blkio_device_read_bps(data: object) -> list[ThrottleDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            blkio_device_read_bps_type_0 = []
            _blkio_device_read_bps_type_0 = data
            for blkio_device_read_bps_type_0_item_data in _blkio_device_read_bps_type_0:
                blkio_device_read_bps_type_0_item = ThrottleDevice.from_dict(
                    blkio_device_read_bps_type_0_item_data
                )

                blkio_device_read_bps_type_0.append(blkio_device_read_bps_type_0_item)

            return blkio_device_read_bps_type_0

        blkio_device_read_bps = _parse_blkio_device_read_bps(d.pop("BlkioDeviceReadBps", UNSET))

        def _parse_blkio_device_write_bps(data: object) -> list[ThrottleDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            blkio_device_write_bps_type_0 = []
            _blkio_device_write_bps_type_0 = data
            for blkio_device_write_bps_type_0_item_data in _blkio_device_write_bps_type_0:
                blkio_device_write_bps_type_0_item = ThrottleDevice.from_dict(
                    blkio_device_write_bps_type_0_item_data
                )

                blkio_device_write_bps_type_0.append(blkio_device_write_bps_type_0_item)

            return blkio_device_write_bps_type_0

        blkio_device_write_bps = _parse_blkio_device_write_bps(d.pop("BlkioDeviceWriteBps", UNSET))

        def _parse_blkio_device_read_iops(data: object) -> list[ThrottleDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            blkio_device_read_iops_type_0 = []
            _blkio_device_read_iops_type_0 = data
            for blkio_device_read_iops_type_0_item_data in _blkio_device_read_iops_type_0:
                blkio_device_read_iops_type_0_item = ThrottleDevice.from_dict(
                    blkio_device_read_iops_type_0_item_data
                )

                blkio_device_read_iops_type_0.append(blkio_device_read_iops_type_0_item)

            return blkio_device_read_iops_type_0

        blkio_device_read_iops = _parse_blkio_device_read_iops(d.pop("BlkioDeviceReadIOps", UNSET))

        def _parse_blkio_device_write_iops(data: object) -> list[ThrottleDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            blkio_device_write_iops_type_0 = []
            _blkio_device_write_iops_type_0 = data
            for blkio_device_write_iops_type_0_item_data in _blkio_device_write_iops_type_0:
                blkio_device_write_iops_type_0_item = ThrottleDevice.from_dict(
                    blkio_device_write_iops_type_0_item_data
                )

                blkio_device_write_iops_type_0.append(blkio_device_write_iops_type_0_item)

            return blkio_device_write_iops_type_0

        blkio_device_write_iops = _parse_blkio_device_write_iops(
            d.pop("BlkioDeviceWriteIOps", UNSET)
        )

        cpu_period = d.pop("CpuPeriod", UNSET)

        cpu_quota = d.pop("CpuQuota", UNSET)

        cpu_realtime_period = d.pop("CpuRealtimePeriod", UNSET)

        cpu_realtime_runtime = d.pop("CpuRealtimeRuntime", UNSET)

        cpuset_cpus = d.pop("CpusetCpus", UNSET)

        cpuset_mems = d.pop("CpusetMems", UNSET)

        def _parse_devices(data: object) -> list[DeviceMapping] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            devices_type_0 = []
            _devices_type_0 = data
            for devices_type_0_item_data in _devices_type_0:
                devices_type_0_item = DeviceMapping.from_dict(devices_type_0_item_data)

                devices_type_0.append(devices_type_0_item)

            return devices_type_0

        devices = _parse_devices(d.pop("Devices", UNSET))

        def _parse_device_cgroup_rules(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            device_cgroup_rules_type_0 = cast(list[str], data)

            return device_cgroup_rules_type_0

        device_cgroup_rules = _parse_device_cgroup_rules(d.pop("DeviceCgroupRules", UNSET))

        def _parse_device_requests(data: object) -> list[DeviceRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            device_requests_type_0 = []
            _device_requests_type_0 = data
            for device_requests_type_0_item_data in _device_requests_type_0:
                device_requests_type_0_item = DeviceRequest.from_dict(
                    device_requests_type_0_item_data
                )

                device_requests_type_0.append(device_requests_type_0_item)

            return device_requests_type_0

        device_requests = _parse_device_requests(d.pop("DeviceRequests", UNSET))

        memory_reservation = d.pop("MemoryReservation", UNSET)

        memory_swap = d.pop("MemorySwap", UNSET)

        memory_swappiness = d.pop("MemorySwappiness", UNSET)

        nano_cpus = d.pop("NanoCpus", UNSET)

        oom_kill_disable = d.pop("OomKillDisable", UNSET)

        def _parse_init(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        init = _parse_init(d.pop("Init", UNSET))

        def _parse_pids_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pids_limit = _parse_pids_limit(d.pop("PidsLimit", UNSET))

        def _parse_ulimits(data: object) -> list[ResourcesUlimitsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            ulimits_type_0 = []
            _ulimits_type_0 = data
            for ulimits_type_0_item_data in _ulimits_type_0:
                ulimits_type_0_item = ResourcesUlimitsItem.from_dict(ulimits_type_0_item_data)

                ulimits_type_0.append(ulimits_type_0_item)

            return ulimits_type_0

        ulimits = _parse_ulimits(d.pop("Ulimits", UNSET))

        cpu_count = d.pop("CpuCount", UNSET)

        cpu_percent = d.pop("CpuPercent", UNSET)

        io_maximum_iops = d.pop("IOMaximumIOps", UNSET)

        io_maximum_bandwidth = d.pop("IOMaximumBandwidth", UNSET)

        def _parse_binds(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            binds_type_0 = cast(list[str], data)

            return binds_type_0

        binds = _parse_binds(d.pop("Binds", UNSET))

        container_id_file = d.pop("ContainerIDFile", UNSET)

        def _parse_log_config(data: object) -> HostConfigLogConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            log_config_type_1 = HostConfigLogConfig.from_dict(data)

            return log_config_type_1

        log_config = _parse_log_config(d.pop("LogConfig", UNSET))

        network_mode = d.pop("NetworkMode", UNSET)

        def _parse_port_bindings(data: object) -> None | PortMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            port_bindings_type_1 = PortMap.from_dict(data)

            return port_bindings_type_1

        port_bindings = _parse_port_bindings(d.pop("PortBindings", UNSET))

        def _parse_restart_policy(data: object) -> None | RestartPolicy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            restart_policy_type_1 = RestartPolicy.from_dict(data)

            return restart_policy_type_1

        restart_policy = _parse_restart_policy(d.pop("RestartPolicy", UNSET))

        auto_remove = d.pop("AutoRemove", UNSET)

        volume_driver = d.pop("VolumeDriver", UNSET)

        def _parse_volumes_from(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            volumes_from_type_0 = cast(list[str], data)

            return volumes_from_type_0

        volumes_from = _parse_volumes_from(d.pop("VolumesFrom", UNSET))

        def _parse_mounts(data: object) -> list[Mount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            mounts_type_0 = []
            _mounts_type_0 = data
            for mounts_type_0_item_data in _mounts_type_0:
                mounts_type_0_item = Mount.from_dict(mounts_type_0_item_data)

                mounts_type_0.append(mounts_type_0_item)

            return mounts_type_0

        mounts = _parse_mounts(d.pop("Mounts", UNSET))

        def _parse_console_size(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            console_size_type_0 = cast(list[int], data)

            return console_size_type_0

        console_size = _parse_console_size(d.pop("ConsoleSize", UNSET))

        def _parse_annotations(data: object) -> HostConfigAnnotations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            annotations_type_1 = HostConfigAnnotations.from_dict(data)

            return annotations_type_1

        annotations = _parse_annotations(d.pop("Annotations", UNSET))

        def _parse_cap_add(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            cap_add_type_0 = cast(list[str], data)

            return cap_add_type_0

        cap_add = _parse_cap_add(d.pop("CapAdd", UNSET))

        def _parse_cap_drop(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            cap_drop_type_0 = cast(list[str], data)

            return cap_drop_type_0

        cap_drop = _parse_cap_drop(d.pop("CapDrop", UNSET))

        _cgroupns_mode = d.pop("CgroupnsMode", UNSET)
        cgroupns_mode: HostConfigCgroupnsMode | Unset
        if isinstance(_cgroupns_mode, Unset):
            cgroupns_mode = UNSET
        else:
            cgroupns_mode = check_host_config_cgroupns_mode(_cgroupns_mode)

        def _parse_dns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            dns_type_0 = cast(list[str], data)

            return dns_type_0

        dns = _parse_dns(d.pop("Dns", UNSET))

        def _parse_dns_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            dns_options_type_0 = cast(list[str], data)

            return dns_options_type_0

        dns_options = _parse_dns_options(d.pop("DnsOptions", UNSET))

        def _parse_dns_search(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            dns_search_type_0 = cast(list[str], data)

            return dns_search_type_0

        dns_search = _parse_dns_search(d.pop("DnsSearch", UNSET))

        def _parse_extra_hosts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            extra_hosts_type_0 = cast(list[str], data)

            return extra_hosts_type_0

        extra_hosts = _parse_extra_hosts(d.pop("ExtraHosts", UNSET))

        def _parse_group_add(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            group_add_type_0 = cast(list[str], data)

            return group_add_type_0

        group_add = _parse_group_add(d.pop("GroupAdd", UNSET))

        ipc_mode = d.pop("IpcMode", UNSET)

        cgroup = d.pop("Cgroup", UNSET)

        def _parse_links(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            links_type_0 = cast(list[str], data)

            return links_type_0

        links = _parse_links(d.pop("Links", UNSET))

        oom_score_adj = d.pop("OomScoreAdj", UNSET)

        pid_mode = d.pop("PidMode", UNSET)

        privileged = d.pop("Privileged", UNSET)

        publish_all_ports = d.pop("PublishAllPorts", UNSET)

        readonly_rootfs = d.pop("ReadonlyRootfs", UNSET)

        def _parse_security_opt(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            security_opt_type_0 = cast(list[str], data)

            return security_opt_type_0

        security_opt = _parse_security_opt(d.pop("SecurityOpt", UNSET))

        def _parse_storage_opt(data: object) -> HostConfigStorageOpt | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            storage_opt_type_1 = HostConfigStorageOpt.from_dict(data)

            return storage_opt_type_1

        storage_opt = _parse_storage_opt(d.pop("StorageOpt", UNSET))

        def _parse_tmpfs(data: object) -> HostConfigTmpfs | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            tmpfs_type_1 = HostConfigTmpfs.from_dict(data)

            return tmpfs_type_1

        tmpfs = _parse_tmpfs(d.pop("Tmpfs", UNSET))

        uts_mode = d.pop("UTSMode", UNSET)

        userns_mode = d.pop("UsernsMode", UNSET)

        shm_size = d.pop("ShmSize", UNSET)

        def _parse_sysctls(data: object) -> HostConfigSysctls | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            sysctls_type_1 = HostConfigSysctls.from_dict(data)

            return sysctls_type_1

        sysctls = _parse_sysctls(d.pop("Sysctls", UNSET))

        def _parse_runtime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        runtime = _parse_runtime(d.pop("Runtime", UNSET))

        _isolation = d.pop("Isolation", UNSET)
        isolation: HostConfigIsolation | Unset
        if isinstance(_isolation, Unset):
            isolation = UNSET
        else:
            isolation = check_host_config_isolation(_isolation)

        def _parse_masked_paths(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            masked_paths_type_0 = cast(list[str], data)

            return masked_paths_type_0

        masked_paths = _parse_masked_paths(d.pop("MaskedPaths", UNSET))

        def _parse_readonly_paths(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            readonly_paths_type_0 = cast(list[str], data)

            return readonly_paths_type_0

        readonly_paths = _parse_readonly_paths(d.pop("ReadonlyPaths", UNSET))

        host_config = cls(
            cpu_shares=cpu_shares,
            memory=memory,
            cgroup_parent=cgroup_parent,
            blkio_weight=blkio_weight,
            blkio_weight_device=blkio_weight_device,
            blkio_device_read_bps=blkio_device_read_bps,
            blkio_device_write_bps=blkio_device_write_bps,
            blkio_device_read_iops=blkio_device_read_iops,
            blkio_device_write_iops=blkio_device_write_iops,
            cpu_period=cpu_period,
            cpu_quota=cpu_quota,
            cpu_realtime_period=cpu_realtime_period,
            cpu_realtime_runtime=cpu_realtime_runtime,
            cpuset_cpus=cpuset_cpus,
            cpuset_mems=cpuset_mems,
            devices=devices,
            device_cgroup_rules=device_cgroup_rules,
            device_requests=device_requests,
            memory_reservation=memory_reservation,
            memory_swap=memory_swap,
            memory_swappiness=memory_swappiness,
            nano_cpus=nano_cpus,
            oom_kill_disable=oom_kill_disable,
            init=init,
            pids_limit=pids_limit,
            ulimits=ulimits,
            cpu_count=cpu_count,
            cpu_percent=cpu_percent,
            io_maximum_iops=io_maximum_iops,
            io_maximum_bandwidth=io_maximum_bandwidth,
            binds=binds,
            container_id_file=container_id_file,
            log_config=log_config,
            network_mode=network_mode,
            port_bindings=port_bindings,
            restart_policy=restart_policy,
            auto_remove=auto_remove,
            volume_driver=volume_driver,
            volumes_from=volumes_from,
            mounts=mounts,
            console_size=console_size,
            annotations=annotations,
            cap_add=cap_add,
            cap_drop=cap_drop,
            cgroupns_mode=cgroupns_mode,
            dns=dns,
            dns_options=dns_options,
            dns_search=dns_search,
            extra_hosts=extra_hosts,
            group_add=group_add,
            ipc_mode=ipc_mode,
            cgroup=cgroup,
            links=links,
            oom_score_adj=oom_score_adj,
            pid_mode=pid_mode,
            privileged=privileged,
            publish_all_ports=publish_all_ports,
            readonly_rootfs=readonly_rootfs,
            security_opt=security_opt,
            storage_opt=storage_opt,
            tmpfs=tmpfs,
            uts_mode=uts_mode,
            userns_mode=userns_mode,
            shm_size=shm_size,
            sysctls=sysctls,
            runtime=runtime,
            isolation=isolation,
            masked_paths=masked_paths,
            readonly_paths=readonly_paths,
        )

        host_config.additional_properties = d
        return host_config

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
