from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_spec_container_spec_isolation import (
    TaskSpecContainerSpecIsolation,
    check_task_spec_container_spec_isolation,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.health_config import HealthConfig
    from ..models.mount import Mount
    from ..models.task_spec_container_spec_configs_item import TaskSpecContainerSpecConfigsItem
    from ..models.task_spec_container_spec_dns_config import TaskSpecContainerSpecDNSConfig
    from ..models.task_spec_container_spec_labels import TaskSpecContainerSpecLabels
    from ..models.task_spec_container_spec_privileges import TaskSpecContainerSpecPrivileges
    from ..models.task_spec_container_spec_secrets_item import TaskSpecContainerSpecSecretsItem
    from ..models.task_spec_container_spec_sysctls import TaskSpecContainerSpecSysctls
    from ..models.task_spec_container_spec_ulimits_item import TaskSpecContainerSpecUlimitsItem


T = TypeVar("T", bound="TaskSpecContainerSpec")


@_attrs_define
class TaskSpecContainerSpec:
    """Container spec for the service.

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    """

    image: str | Unset = UNSET
    """ The image name to use for the container """
    labels: None | TaskSpecContainerSpecLabels | Unset = UNSET
    """ User-defined key/value data. """
    command: list[str] | None | Unset = UNSET
    """ The command to be run in the image. """
    args: list[str] | None | Unset = UNSET
    """ Arguments to the command. """
    hostname: str | Unset = UNSET
    """ The hostname to use for the container, as a valid
    [RFC 1123](https://tools.ietf.org/html/rfc1123) hostname.
     """
    env: list[str] | None | Unset = UNSET
    """ A list of environment variables in the form `VAR=value`.
     """
    dir: str | Unset = UNSET
    """ The working directory for commands to run in. """
    user: str | Unset = UNSET
    """ The user inside the container. """
    groups: list[str] | None | Unset = UNSET
    """ A list of additional groups that the container process will run as.
     """
    privileges: None | TaskSpecContainerSpecPrivileges | Unset = UNSET
    """ Security options for the container """
    tty: bool | Unset = UNSET
    """ Whether a pseudo-TTY should be allocated. """
    open_stdin: bool | Unset = UNSET
    """ Open `stdin` """
    read_only: bool | Unset = UNSET
    """ Mount the container's root filesystem as read only. """
    mounts: list[Mount] | None | Unset = UNSET
    """ Specification for mounts to be added to containers created as part
    of the service.
     """
    stop_signal: str | Unset = UNSET
    """ Signal to stop the container. """
    stop_grace_period: int | Unset = UNSET
    """ Amount of time to wait for the container to terminate before
    forcefully killing it.
     """
    health_check: HealthConfig | None | Unset = UNSET
    hosts: list[str] | None | Unset = UNSET
    """ A list of hostname/IP mappings to add to the container's `hosts`
    file. The format of extra hosts is specified in the
    [hosts(5)](http://man7.org/linux/man-pages/man5/hosts.5.html)
    man page:

        IP_address canonical_hostname [aliases...]
     """
    dns_config: None | TaskSpecContainerSpecDNSConfig | Unset = UNSET
    """ Specification for DNS related configurations in resolver configuration
    file (`resolv.conf`).
     """
    secrets: list[TaskSpecContainerSpecSecretsItem] | None | Unset = UNSET
    """ Secrets contains references to zero or more secrets that will be
    exposed to the service.
     """
    oom_score_adj: int | Unset = UNSET
    """ An integer value containing the score given to the container in
    order to tune OOM killer preferences.
     """
    configs: list[TaskSpecContainerSpecConfigsItem] | None | Unset = UNSET
    """ Configs contains references to zero or more configs that will be
    exposed to the service.
     """
    isolation: TaskSpecContainerSpecIsolation | Unset = UNSET
    """ Isolation technology of the containers running the service.
    (Windows only)
     """
    init: bool | None | Unset = UNSET
    """ Run an init inside the container that forwards signals and reaps
    processes. This field is omitted if empty, and the default (as
    configured on the daemon) is used.
     """
    sysctls: None | TaskSpecContainerSpecSysctls | Unset = UNSET
    """ Set kernel namedspaced parameters (sysctls) in the container.
    The Sysctls option on services accepts the same sysctls as the
    are supported on containers. Note that while the same sysctls are
    supported, no guarantees or checks are made about their
    suitability for a clustered environment, and it's up to the user
    to determine whether a given sysctl will work properly in a
    Service.
     """
    capability_add: list[str] | None | Unset = UNSET
    """ A list of kernel capabilities to add to the default set
    for the container.
     """
    capability_drop: list[str] | None | Unset = UNSET
    """ A list of kernel capabilities to drop from the default set
    for the container.
     """
    ulimits: list[TaskSpecContainerSpecUlimitsItem] | None | Unset = UNSET
    """ A list of resource limits to set in the container. For example: `{"Name": "nofile", "Soft": 1024, "Hard":
    2048}`"
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.health_config import HealthConfig  # noqa: PLC0415
        from ..models.task_spec_container_spec_dns_config import TaskSpecContainerSpecDNSConfig  # noqa: PLC0415
        from ..models.task_spec_container_spec_labels import TaskSpecContainerSpecLabels  # noqa: PLC0415
        from ..models.task_spec_container_spec_privileges import TaskSpecContainerSpecPrivileges  # noqa: PLC0415
        from ..models.task_spec_container_spec_sysctls import TaskSpecContainerSpecSysctls  # noqa: PLC0415

        image = self.image

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, TaskSpecContainerSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        command: list[str] | None | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        elif isinstance(self.command, list):
            command = self.command

        else:
            command = self.command

        args: list[str] | None | Unset
        if isinstance(self.args, Unset):
            args = UNSET
        elif isinstance(self.args, list):
            args = self.args

        else:
            args = self.args

        hostname = self.hostname

        env: list[str] | None | Unset
        if isinstance(self.env, Unset):
            env = UNSET
        elif isinstance(self.env, list):
            env = self.env

        else:
            env = self.env

        dir = self.dir

        user = self.user

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        privileges: dict[str, Any] | None | Unset
        if isinstance(self.privileges, Unset):
            privileges = UNSET
        elif isinstance(self.privileges, TaskSpecContainerSpecPrivileges):
            privileges = self.privileges.to_dict()
        else:
            privileges = self.privileges

        tty = self.tty

        open_stdin = self.open_stdin

        read_only = self.read_only

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

        stop_signal = self.stop_signal

        stop_grace_period = self.stop_grace_period

        health_check: dict[str, Any] | None | Unset
        if isinstance(self.health_check, Unset):
            health_check = UNSET
        elif isinstance(self.health_check, HealthConfig):
            health_check = self.health_check.to_dict()
        else:
            health_check = self.health_check

        hosts: list[str] | None | Unset
        if isinstance(self.hosts, Unset):
            hosts = UNSET
        elif isinstance(self.hosts, list):
            hosts = self.hosts

        else:
            hosts = self.hosts

        dns_config: dict[str, Any] | None | Unset
        if isinstance(self.dns_config, Unset):
            dns_config = UNSET
        elif isinstance(self.dns_config, TaskSpecContainerSpecDNSConfig):
            dns_config = self.dns_config.to_dict()
        else:
            dns_config = self.dns_config

        secrets: list[dict[str, Any]] | None | Unset
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, list):
            secrets = []
            for secrets_type_0_item_data in self.secrets:
                secrets_type_0_item = secrets_type_0_item_data.to_dict()
                secrets.append(secrets_type_0_item)

        else:
            secrets = self.secrets

        oom_score_adj = self.oom_score_adj

        configs: list[dict[str, Any]] | None | Unset
        if isinstance(self.configs, Unset):
            configs = UNSET
        elif isinstance(self.configs, list):
            configs = []
            for configs_type_0_item_data in self.configs:
                configs_type_0_item = configs_type_0_item_data.to_dict()
                configs.append(configs_type_0_item)

        else:
            configs = self.configs

        isolation: str | Unset = UNSET
        if not isinstance(self.isolation, Unset):
            isolation = self.isolation

        init: bool | None | Unset
        if isinstance(self.init, Unset):
            init = UNSET
        else:
            init = self.init

        sysctls: dict[str, Any] | None | Unset
        if isinstance(self.sysctls, Unset):
            sysctls = UNSET
        elif isinstance(self.sysctls, TaskSpecContainerSpecSysctls):
            sysctls = self.sysctls.to_dict()
        else:
            sysctls = self.sysctls

        capability_add: list[str] | None | Unset
        if isinstance(self.capability_add, Unset):
            capability_add = UNSET
        elif isinstance(self.capability_add, list):
            capability_add = self.capability_add

        else:
            capability_add = self.capability_add

        capability_drop: list[str] | None | Unset
        if isinstance(self.capability_drop, Unset):
            capability_drop = UNSET
        elif isinstance(self.capability_drop, list):
            capability_drop = self.capability_drop

        else:
            capability_drop = self.capability_drop

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["Image"] = image
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if command is not UNSET:
            field_dict["Command"] = command
        if args is not UNSET:
            field_dict["Args"] = args
        if hostname is not UNSET:
            field_dict["Hostname"] = hostname
        if env is not UNSET:
            field_dict["Env"] = env
        if dir is not UNSET:
            field_dict["Dir"] = dir
        if user is not UNSET:
            field_dict["User"] = user
        if groups is not UNSET:
            field_dict["Groups"] = groups
        if privileges is not UNSET:
            field_dict["Privileges"] = privileges
        if tty is not UNSET:
            field_dict["TTY"] = tty
        if open_stdin is not UNSET:
            field_dict["OpenStdin"] = open_stdin
        if read_only is not UNSET:
            field_dict["ReadOnly"] = read_only
        if mounts is not UNSET:
            field_dict["Mounts"] = mounts
        if stop_signal is not UNSET:
            field_dict["StopSignal"] = stop_signal
        if stop_grace_period is not UNSET:
            field_dict["StopGracePeriod"] = stop_grace_period
        if health_check is not UNSET:
            field_dict["HealthCheck"] = health_check
        if hosts is not UNSET:
            field_dict["Hosts"] = hosts
        if dns_config is not UNSET:
            field_dict["DNSConfig"] = dns_config
        if secrets is not UNSET:
            field_dict["Secrets"] = secrets
        if oom_score_adj is not UNSET:
            field_dict["OomScoreAdj"] = oom_score_adj
        if configs is not UNSET:
            field_dict["Configs"] = configs
        if isolation is not UNSET:
            field_dict["Isolation"] = isolation
        if init is not UNSET:
            field_dict["Init"] = init
        if sysctls is not UNSET:
            field_dict["Sysctls"] = sysctls
        if capability_add is not UNSET:
            field_dict["CapabilityAdd"] = capability_add
        if capability_drop is not UNSET:
            field_dict["CapabilityDrop"] = capability_drop
        if ulimits is not UNSET:
            field_dict["Ulimits"] = ulimits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.health_config import HealthConfig  # noqa: PLC0415
        from ..models.mount import Mount  # noqa: PLC0415
        from ..models.task_spec_container_spec_configs_item import TaskSpecContainerSpecConfigsItem  # noqa: PLC0415
        from ..models.task_spec_container_spec_dns_config import TaskSpecContainerSpecDNSConfig  # noqa: PLC0415
        from ..models.task_spec_container_spec_labels import TaskSpecContainerSpecLabels  # noqa: PLC0415
        from ..models.task_spec_container_spec_privileges import TaskSpecContainerSpecPrivileges  # noqa: PLC0415
        from ..models.task_spec_container_spec_secrets_item import TaskSpecContainerSpecSecretsItem  # noqa: PLC0415
        from ..models.task_spec_container_spec_sysctls import TaskSpecContainerSpecSysctls  # noqa: PLC0415
        from ..models.task_spec_container_spec_ulimits_item import TaskSpecContainerSpecUlimitsItem  # noqa: PLC0415

        d = dict(src_dict)
        image = d.pop("Image", UNSET)

        def _parse_labels(data: object) -> None | TaskSpecContainerSpecLabels | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = TaskSpecContainerSpecLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_command(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            command_type_0 = cast(list[str], data)

            return command_type_0

        command = _parse_command(d.pop("Command", UNSET))

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

        hostname = d.pop("Hostname", UNSET)

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

        dir = d.pop("Dir", UNSET)

        user = d.pop("User", UNSET)

        def _parse_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            groups_type_0 = cast(list[str], data)

            return groups_type_0

        groups = _parse_groups(d.pop("Groups", UNSET))

        def _parse_privileges(data: object) -> None | TaskSpecContainerSpecPrivileges | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            privileges_type_1 = TaskSpecContainerSpecPrivileges.from_dict(data)

            return privileges_type_1

        privileges = _parse_privileges(d.pop("Privileges", UNSET))

        tty = d.pop("TTY", UNSET)

        open_stdin = d.pop("OpenStdin", UNSET)

        read_only = d.pop("ReadOnly", UNSET)

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

        stop_signal = d.pop("StopSignal", UNSET)

        stop_grace_period = d.pop("StopGracePeriod", UNSET)

        def _parse_health_check(data: object) -> HealthConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            health_check_type_1 = HealthConfig.from_dict(data)

            return health_check_type_1

        health_check = _parse_health_check(d.pop("HealthCheck", UNSET))

        def _parse_hosts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            hosts_type_0 = cast(list[str], data)

            return hosts_type_0

        hosts = _parse_hosts(d.pop("Hosts", UNSET))

        def _parse_dns_config(data: object) -> None | TaskSpecContainerSpecDNSConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            dns_config_type_1 = TaskSpecContainerSpecDNSConfig.from_dict(data)

            return dns_config_type_1

        dns_config = _parse_dns_config(d.pop("DNSConfig", UNSET))

        def _parse_secrets(data: object) -> list[TaskSpecContainerSpecSecretsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            secrets_type_0 = []
            _secrets_type_0 = data
            for secrets_type_0_item_data in _secrets_type_0:
                secrets_type_0_item = TaskSpecContainerSpecSecretsItem.from_dict(
                    secrets_type_0_item_data
                )

                secrets_type_0.append(secrets_type_0_item)

            return secrets_type_0

        secrets = _parse_secrets(d.pop("Secrets", UNSET))

        oom_score_adj = d.pop("OomScoreAdj", UNSET)

        def _parse_configs(data: object) -> list[TaskSpecContainerSpecConfigsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            configs_type_0 = []
            _configs_type_0 = data
            for configs_type_0_item_data in _configs_type_0:
                configs_type_0_item = TaskSpecContainerSpecConfigsItem.from_dict(
                    configs_type_0_item_data
                )

                configs_type_0.append(configs_type_0_item)

            return configs_type_0

        configs = _parse_configs(d.pop("Configs", UNSET))

        _isolation = d.pop("Isolation", UNSET)
        isolation: TaskSpecContainerSpecIsolation | Unset
        if isinstance(_isolation, Unset):
            isolation = UNSET
        else:
            isolation = check_task_spec_container_spec_isolation(_isolation)

        def _parse_init(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        init = _parse_init(d.pop("Init", UNSET))

        def _parse_sysctls(data: object) -> None | TaskSpecContainerSpecSysctls | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            sysctls_type_1 = TaskSpecContainerSpecSysctls.from_dict(data)

            return sysctls_type_1

        sysctls = _parse_sysctls(d.pop("Sysctls", UNSET))

        def _parse_capability_add(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            capability_add_type_0 = cast(list[str], data)

            return capability_add_type_0

        capability_add = _parse_capability_add(d.pop("CapabilityAdd", UNSET))

        def _parse_capability_drop(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            capability_drop_type_0 = cast(list[str], data)

            return capability_drop_type_0

        capability_drop = _parse_capability_drop(d.pop("CapabilityDrop", UNSET))

        def _parse_ulimits(data: object) -> list[TaskSpecContainerSpecUlimitsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            ulimits_type_0 = []
            _ulimits_type_0 = data
            for ulimits_type_0_item_data in _ulimits_type_0:
                ulimits_type_0_item = TaskSpecContainerSpecUlimitsItem.from_dict(
                    ulimits_type_0_item_data
                )

                ulimits_type_0.append(ulimits_type_0_item)

            return ulimits_type_0

        ulimits = _parse_ulimits(d.pop("Ulimits", UNSET))

        task_spec_container_spec = cls(
            image=image,
            labels=labels,
            command=command,
            args=args,
            hostname=hostname,
            env=env,
            dir=dir,
            user=user,
            groups=groups,
            privileges=privileges,
            tty=tty,
            open_stdin=open_stdin,
            read_only=read_only,
            mounts=mounts,
            stop_signal=stop_signal,
            stop_grace_period=stop_grace_period,
            health_check=health_check,
            hosts=hosts,
            dns_config=dns_config,
            secrets=secrets,
            oom_score_adj=oom_score_adj,
            configs=configs,
            isolation=isolation,
            init=init,
            sysctls=sysctls,
            capability_add=capability_add,
            capability_drop=capability_drop,
            ulimits=ulimits,
        )

        task_spec_container_spec.additional_properties = d
        return task_spec_container_spec

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
