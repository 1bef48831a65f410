from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.device_mapping import DeviceMapping
    from ..models.device_request import DeviceRequest
    from ..models.resources_blkio_weight_device_item import ResourcesBlkioWeightDeviceItem
    from ..models.resources_ulimits_item import ResourcesUlimitsItem
    from ..models.restart_policy import RestartPolicy
    from ..models.throttle_device import ThrottleDevice


T = TypeVar("T", bound="ContainerUpdateBody")


@_attrs_define
class ContainerUpdateBody:
    """
    Example:
        {'BlkioWeight': 300, 'CpuShares': 512, 'CpuPeriod': 100000, 'CpuQuota': 50000, 'CpuRealtimePeriod': 1000000,
            'CpuRealtimeRuntime': 10000, 'CpusetCpus': '0,1', 'CpusetMems': '0', 'Memory': 314572800, 'MemorySwap':
            514288000, 'MemoryReservation': 209715200, 'RestartPolicy': {'MaximumRetryCount': 4, 'Name': 'on-failure'}}

    """

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
    restart_policy: None | RestartPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
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

        restart_policy: dict[str, Any] | None | Unset
        if isinstance(self.restart_policy, Unset):
            restart_policy = UNSET
        elif isinstance(self.restart_policy, RestartPolicy):
            restart_policy = self.restart_policy.to_dict()
        else:
            restart_policy = self.restart_policy

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
        if restart_policy is not UNSET:
            field_dict["RestartPolicy"] = restart_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.device_mapping import DeviceMapping  # noqa: PLC0415
        from ..models.device_request import DeviceRequest  # noqa: PLC0415
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

        container_update_body = cls(
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
            restart_policy=restart_policy,
        )

        container_update_body.additional_properties = d
        return container_update_body

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
