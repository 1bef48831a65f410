from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_config_exposed_ports import ContainerConfigExposedPorts
    from ..models.container_config_labels import ContainerConfigLabels
    from ..models.container_config_volumes import ContainerConfigVolumes
    from ..models.health_config import HealthConfig
    from ..models.host_config import HostConfig
    from ..models.networking_config import NetworkingConfig


T = TypeVar("T", bound="ContainerCreateBody")


@_attrs_define
class ContainerCreateBody:
    """
    Example:
        {'Hostname': '', 'Domainname': '', 'User': '', 'AttachStdin': False, 'AttachStdout': True, 'AttachStderr': True,
            'Tty': False, 'OpenStdin': False, 'StdinOnce': False, 'Env': ['FOO=bar', 'BAZ=quux'], 'Cmd': ['date'],
            'Entrypoint': '', 'Image': 'ubuntu', 'Labels': {'com.example.vendor': 'Acme', 'com.example.license': 'GPL',
            'com.example.version': '1.0'}, 'Volumes': {'/volumes/data': {}}, 'WorkingDir': '', 'NetworkDisabled': False,
            'ExposedPorts': {'22/tcp': {}}, 'StopSignal': 'SIGTERM', 'StopTimeout': 10, 'HostConfig': {'Binds':
            ['/tmp:/tmp'], 'Links': ['redis3:redis'], 'Memory': 0, 'MemorySwap': 0, 'MemoryReservation': 0, 'NanoCpus':
            500000, 'CpuPercent': 80, 'CpuShares': 512, 'CpuPeriod': 100000, 'CpuRealtimePeriod': 1000000,
            'CpuRealtimeRuntime': 10000, 'CpuQuota': 50000, 'CpusetCpus': '0,1', 'CpusetMems': '0,1', 'MaximumIOps': 0,
            'MaximumIOBps': 0, 'BlkioWeight': 300, 'BlkioWeightDevice': [{}], 'BlkioDeviceReadBps': [{}],
            'BlkioDeviceReadIOps': [{}], 'BlkioDeviceWriteBps': [{}], 'BlkioDeviceWriteIOps': [{}], 'DeviceRequests':
            [{'Driver': 'nvidia', 'Count': -1, 'DeviceIDs"': ['0', '1', 'GPU-fef8089b-4820-abfc-e83e-94318197576e'],
            'Capabilities': [['gpu', 'nvidia', 'compute']], 'Options': {'property1': 'string', 'property2': 'string'}}],
            'MemorySwappiness': 60, 'OomKillDisable': False, 'OomScoreAdj': 500, 'PidMode': '', 'PidsLimit': 0,
            'PortBindings': {'22/tcp': [{'HostPort': '11022'}]}, 'PublishAllPorts': False, 'Privileged': False,
            'ReadonlyRootfs': False, 'Dns': ['8.8.8.8'], 'DnsOptions': [''], 'DnsSearch': [''], 'VolumesFrom': ['parent',
            'other:ro'], 'CapAdd': ['NET_ADMIN'], 'CapDrop': ['MKNOD'], 'GroupAdd': ['newgroup'], 'RestartPolicy': {'Name':
            '', 'MaximumRetryCount': 0}, 'AutoRemove': True, 'NetworkMode': 'bridge', 'Devices': [], 'Ulimits': [{}],
            'LogConfig': {'Type': 'json-file', 'Config': {}}, 'SecurityOpt': [], 'StorageOpt': {}, 'CgroupParent': '',
            'VolumeDriver': '', 'ShmSize': 67108864}, 'NetworkingConfig': {'EndpointsConfig': {'isolated_nw': {'IPAMConfig':
            {'IPv4Address': '172.20.30.33', 'IPv6Address': '2001:db8:abcd::3033', 'LinkLocalIPs': ['169.254.34.68',
            'fe80::3468']}, 'Links': ['container_1', 'container_2'], 'Aliases': ['server_x', 'server_y']}, 'database_nw':
            {}}}}

    """

    hostname: str | Unset = UNSET
    """ The hostname to use for the container, as a valid RFC 1123 hostname.
     """
    domainname: str | Unset = UNSET
    """ The domain name to use for the container.
     """
    user: str | Unset = UNSET
    """ Commands run as this user inside the container. If omitted, commands
    run as the user specified in the image the container was started from.

    Can be either user-name or UID, and optional group-name or GID,
    separated by a colon (`<user-name|UID>[<:group-name|GID>]`). """
    attach_stdin: bool | Unset = UNSET
    """ Whether to attach to `stdin`.

    Daemon default: `false` (sent only when set). """
    attach_stdout: bool | Unset = UNSET
    """ Whether to attach to `stdout`.

    Daemon default: `true` (sent only when set). """
    attach_stderr: bool | Unset = UNSET
    """ Whether to attach to `stderr`.

    Daemon default: `true` (sent only when set). """
    exposed_ports: ContainerConfigExposedPorts | None | Unset = UNSET
    """ An object mapping ports to an empty object in the form:

    `{"<port>/<tcp|udp|sctp>": {}}`
     """
    tty: bool | Unset = UNSET
    """ Attach standard streams to a TTY, including `stdin` if it is not closed.

    Daemon default: `false` (sent only when set). """
    open_stdin: bool | Unset = UNSET
    """ Open `stdin`

    Daemon default: `false` (sent only when set). """
    stdin_once: bool | Unset = UNSET
    """ Close `stdin` after one attached client disconnects

    Daemon default: `false` (sent only when set). """
    env: list[str] | None | Unset = UNSET
    """ A list of environment variables to set inside the container in the
    form `["VAR=value", ...]`. A variable without `=` is removed from the
    environment, rather than to have an empty value.
     """
    cmd: list[str] | None | Unset = UNSET
    """ Command to run specified as a string or an array of strings.
     """
    healthcheck: HealthConfig | None | Unset = UNSET
    args_escaped: bool | None | Unset = UNSET
    """ Command is already escaped (Windows only)

    Daemon default: `false` (sent only when set). """
    image: str | Unset = UNSET
    """ The name (or reference) of the image to use when creating the container,
    or which was used when the container was created.
     """
    volumes: ContainerConfigVolumes | None | Unset = UNSET
    """ An object mapping mount point paths inside the container to empty
    objects.
     """
    working_dir: str | Unset = UNSET
    """ The working directory for commands to run in. """
    entrypoint: list[str] | None | Unset = UNSET
    """ The entry point for the container as a string or an array of strings.

    If the array consists of exactly one empty string (`[""]`) then the
    entry point is reset to system default (i.e., the entry point used by
    docker when there is no `ENTRYPOINT` instruction in the `Dockerfile`).
     """
    network_disabled: bool | None | Unset = UNSET
    """ Disable networking for the container. """
    on_build: list[str] | None | Unset = UNSET
    """ `ONBUILD` metadata that were defined in the image's `Dockerfile`.
     """
    labels: ContainerConfigLabels | None | Unset = UNSET
    """ User-defined key/value metadata. """
    stop_signal: None | str | Unset = UNSET
    """ Signal to stop a container as a string or unsigned integer.
     """
    stop_timeout: int | None | Unset = UNSET
    """ Timeout to stop a container in seconds. If omitted, the daemon-wide
    default (`default-stop-timeout`) is used.
     """
    shell: list[str] | None | Unset = UNSET
    """ Shell for when `RUN`, `CMD`, and `ENTRYPOINT` uses a shell.
     """
    host_config: HostConfig | None | Unset = UNSET
    networking_config: NetworkingConfig | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_config_exposed_ports import ContainerConfigExposedPorts  # noqa: PLC0415
        from ..models.container_config_labels import ContainerConfigLabels  # noqa: PLC0415
        from ..models.container_config_volumes import ContainerConfigVolumes  # noqa: PLC0415
        from ..models.health_config import HealthConfig  # noqa: PLC0415
        from ..models.host_config import HostConfig  # noqa: PLC0415
        from ..models.networking_config import NetworkingConfig  # noqa: PLC0415

        hostname = self.hostname

        domainname = self.domainname

        user = self.user

        attach_stdin = self.attach_stdin

        attach_stdout = self.attach_stdout

        attach_stderr = self.attach_stderr

        exposed_ports: dict[str, Any] | None | Unset
        if isinstance(self.exposed_ports, Unset):
            exposed_ports = UNSET
        elif isinstance(self.exposed_ports, ContainerConfigExposedPorts):
            exposed_ports = self.exposed_ports.to_dict()
        else:
            exposed_ports = self.exposed_ports

        tty = self.tty

        open_stdin = self.open_stdin

        stdin_once = self.stdin_once

        env: list[str] | None | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, list):
            env = self.env

        else:
            env = self.env

        cmd: list[str] | None | Unset
        if isinstance(self.cmd, Unset):
            cmd = UNSET
        elif isinstance(self.cmd, list):
            cmd = self.cmd

        else:
            cmd = self.cmd

        healthcheck: dict[str, Any] | None | Unset
        if isinstance(self.healthcheck, Unset):
            healthcheck = UNSET
        elif isinstance(self.healthcheck, HealthConfig):
            healthcheck = self.healthcheck.to_dict()
        else:
            healthcheck = self.healthcheck

        args_escaped: bool | None | Unset
        if isinstance(self.args_escaped, Unset):
            args_escaped = UNSET
        else:
            args_escaped = self.args_escaped

        image = self.image

        volumes: dict[str, Any] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, ContainerConfigVolumes):
            volumes = self.volumes.to_dict()
        else:
            volumes = self.volumes

        working_dir = self.working_dir

        entrypoint: list[str] | None | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        elif isinstance(self.entrypoint, list):
            entrypoint = self.entrypoint

        else:
            entrypoint = self.entrypoint

        network_disabled: bool | None | Unset
        if isinstance(self.network_disabled, Unset):
            network_disabled = UNSET
        else:
            network_disabled = self.network_disabled

        on_build: list[str] | None | Unset
        if isinstance(self.on_build, Unset):
            on_build = UNSET
        elif isinstance(self.on_build, list):
            on_build = self.on_build

        else:
            on_build = self.on_build

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ContainerConfigLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        stop_signal: None | str | Unset
        if isinstance(self.stop_signal, Unset):
            stop_signal = UNSET
        else:
            stop_signal = self.stop_signal

        stop_timeout: int | None | Unset
        if isinstance(self.stop_timeout, Unset):
            stop_timeout = UNSET
        else:
            stop_timeout = self.stop_timeout

        shell: list[str] | None | Unset
        if isinstance(self.shell, Unset):
            shell = UNSET
        elif isinstance(self.shell, list):
            shell = self.shell

        else:
            shell = self.shell

        host_config: dict[str, Any] | None | Unset
        if isinstance(self.host_config, Unset):
            host_config = UNSET
        elif isinstance(self.host_config, HostConfig):
            host_config = self.host_config.to_dict()
        else:
            host_config = self.host_config

        networking_config: dict[str, Any] | None | Unset
        if isinstance(self.networking_config, Unset):
            networking_config = UNSET
        elif isinstance(self.networking_config, NetworkingConfig):
            networking_config = self.networking_config.to_dict()
        else:
            networking_config = self.networking_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["Hostname"] = hostname
        if domainname is not UNSET:
            field_dict["Domainname"] = domainname
        if user is not UNSET:
            field_dict["User"] = user
        if attach_stdin is not UNSET:
            field_dict["AttachStdin"] = attach_stdin
        if attach_stdout is not UNSET:
            field_dict["AttachStdout"] = attach_stdout
        if attach_stderr is not UNSET:
            field_dict["AttachStderr"] = attach_stderr
        if exposed_ports is not UNSET:
            field_dict["ExposedPorts"] = exposed_ports
        if tty is not UNSET:
            field_dict["Tty"] = tty
        if open_stdin is not UNSET:
            field_dict["OpenStdin"] = open_stdin
        if stdin_once is not UNSET:
            field_dict["StdinOnce"] = stdin_once
        if env is not UNSET:
            field_dict["Env"] = env
        if cmd is not UNSET:
            field_dict["Cmd"] = cmd
        if healthcheck is not UNSET:
            field_dict["Healthcheck"] = healthcheck
        if args_escaped is not UNSET:
            field_dict["ArgsEscaped"] = args_escaped
        if image is not UNSET:
            field_dict["Image"] = image
        if volumes is not UNSET:
            field_dict["Volumes"] = volumes
        if working_dir is not UNSET:
            field_dict["WorkingDir"] = working_dir
        if entrypoint is not UNSET:
            field_dict["Entrypoint"] = entrypoint
        if network_disabled is not UNSET:
            field_dict["NetworkDisabled"] = network_disabled
        if on_build is not UNSET:
            field_dict["OnBuild"] = on_build
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if stop_signal is not UNSET:
            field_dict["StopSignal"] = stop_signal
        if stop_timeout is not UNSET:
            field_dict["StopTimeout"] = stop_timeout
        if shell is not UNSET:
            field_dict["Shell"] = shell
        if host_config is not UNSET:
            field_dict["HostConfig"] = host_config
        if networking_config is not UNSET:
            field_dict["NetworkingConfig"] = networking_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_config_exposed_ports import ContainerConfigExposedPorts  # noqa: PLC0415
        from ..models.container_config_labels import ContainerConfigLabels  # noqa: PLC0415
        from ..models.container_config_volumes import ContainerConfigVolumes  # noqa: PLC0415
        from ..models.health_config import HealthConfig  # noqa: PLC0415
        from ..models.host_config import HostConfig  # noqa: PLC0415
        from ..models.networking_config import NetworkingConfig  # noqa: PLC0415

        d = dict(src_dict)
        hostname = d.pop("Hostname", UNSET)

        domainname = d.pop("Domainname", UNSET)

        user = d.pop("User", UNSET)

        attach_stdin = d.pop("AttachStdin", UNSET)

        attach_stdout = d.pop("AttachStdout", UNSET)

        attach_stderr = d.pop("AttachStderr", UNSET)

        def _parse_exposed_ports(data: object) -> ContainerConfigExposedPorts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            exposed_ports_type_1 = ContainerConfigExposedPorts.from_dict(data)

            return exposed_ports_type_1

        exposed_ports = _parse_exposed_ports(d.pop("ExposedPorts", UNSET))

        tty = d.pop("Tty", UNSET)

        open_stdin = d.pop("OpenStdin", UNSET)

        stdin_once = d.pop("StdinOnce", UNSET)

        def _parse_env(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            env_type_0 = cast(list[str], data)

            return env_type_0

        env = _parse_env(d.pop("Env", UNSET))

        def _parse_cmd(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            cmd_type_0 = cast(list[str], data)

            return cmd_type_0

        cmd = _parse_cmd(d.pop("Cmd", UNSET))

        def _parse_healthcheck(data: object) -> HealthConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            healthcheck_type_1 = HealthConfig.from_dict(data)

            return healthcheck_type_1

        healthcheck = _parse_healthcheck(d.pop("Healthcheck", UNSET))

        def _parse_args_escaped(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        args_escaped = _parse_args_escaped(d.pop("ArgsEscaped", UNSET))

        image = d.pop("Image", UNSET)

        def _parse_volumes(data: object) -> ContainerConfigVolumes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            volumes_type_1 = ContainerConfigVolumes.from_dict(data)

            return volumes_type_1

        volumes = _parse_volumes(d.pop("Volumes", UNSET))

        working_dir = d.pop("WorkingDir", UNSET)

        def _parse_entrypoint(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            entrypoint_type_0 = cast(list[str], data)

            return entrypoint_type_0

        entrypoint = _parse_entrypoint(d.pop("Entrypoint", UNSET))

        def _parse_network_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        network_disabled = _parse_network_disabled(d.pop("NetworkDisabled", UNSET))

        def _parse_on_build(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            on_build_type_0 = cast(list[str], data)

            return on_build_type_0

        on_build = _parse_on_build(d.pop("OnBuild", UNSET))

        def _parse_labels(data: object) -> ContainerConfigLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = ContainerConfigLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_stop_signal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_signal = _parse_stop_signal(d.pop("StopSignal", UNSET))

        def _parse_stop_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        stop_timeout = _parse_stop_timeout(d.pop("StopTimeout", UNSET))

        def _parse_shell(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            shell_type_0 = cast(list[str], data)

            return shell_type_0

        shell = _parse_shell(d.pop("Shell", UNSET))

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

        def _parse_networking_config(data: object) -> NetworkingConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            networking_config_type_1 = NetworkingConfig.from_dict(data)

            return networking_config_type_1

        networking_config = _parse_networking_config(d.pop("NetworkingConfig", UNSET))

        container_create_body = cls(
            hostname=hostname,
            domainname=domainname,
            user=user,
            attach_stdin=attach_stdin,
            attach_stdout=attach_stdout,
            attach_stderr=attach_stderr,
            exposed_ports=exposed_ports,
            tty=tty,
            open_stdin=open_stdin,
            stdin_once=stdin_once,
            env=env,
            cmd=cmd,
            healthcheck=healthcheck,
            args_escaped=args_escaped,
            image=image,
            volumes=volumes,
            working_dir=working_dir,
            entrypoint=entrypoint,
            network_disabled=network_disabled,
            on_build=on_build,
            labels=labels,
            stop_signal=stop_signal,
            stop_timeout=stop_timeout,
            shell=shell,
            host_config=host_config,
            networking_config=networking_config,
        )

        container_create_body.additional_properties = d
        return container_create_body

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
