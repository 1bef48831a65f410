from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.health_config import HealthConfig
    from ..models.image_config_exposed_ports import ImageConfigExposedPorts
    from ..models.image_config_labels import ImageConfigLabels
    from ..models.image_config_volumes import ImageConfigVolumes


T = TypeVar("T", bound="ImageConfig")


@_attrs_define
class ImageConfig:
    """Configuration of the image. These fields are used as defaults
    when starting a container from the image.

    """

    user: str | Unset = UNSET
    """ The user that commands are run as inside the container. """
    exposed_ports: ImageConfigExposedPorts | None | Unset = UNSET
    """ An object mapping ports to an empty object in the form:

    `{"<port>/<tcp|udp|sctp>": {}}`
     """
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
    volumes: ImageConfigVolumes | None | Unset = UNSET
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
    on_build: list[str] | None | Unset = UNSET
    """ `ONBUILD` metadata that were defined in the image's `Dockerfile`.
     """
    labels: ImageConfigLabels | None | Unset = UNSET
    """ User-defined key/value metadata. """
    stop_signal: None | str | Unset = UNSET
    """ Signal to stop a container as a string or unsigned integer.
     """
    shell: list[str] | None | Unset = UNSET
    """ Shell for when `RUN`, `CMD`, and `ENTRYPOINT` uses a shell.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.health_config import HealthConfig  # noqa: PLC0415
        from ..models.image_config_exposed_ports import ImageConfigExposedPorts  # noqa: PLC0415
        from ..models.image_config_labels import ImageConfigLabels  # noqa: PLC0415
        from ..models.image_config_volumes import ImageConfigVolumes  # noqa: PLC0415

        user = self.user

        exposed_ports: dict[str, Any] | None | Unset
        if isinstance(self.exposed_ports, Unset):
            exposed_ports = UNSET
        elif isinstance(self.exposed_ports, ImageConfigExposedPorts):
            exposed_ports = self.exposed_ports.to_dict()
        else:
            exposed_ports = self.exposed_ports

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

        volumes: dict[str, Any] | None | Unset
        if isinstance(self.volumes, Unset):
            volumes = UNSET
        elif isinstance(self.volumes, ImageConfigVolumes):
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
        elif isinstance(self.labels, ImageConfigLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        stop_signal: None | str | Unset
        if isinstance(self.stop_signal, Unset):
            stop_signal = UNSET
        else:
            stop_signal = self.stop_signal

        shell: list[str] | None | Unset
        if isinstance(self.shell, Unset):
            shell = UNSET
        elif isinstance(self.shell, list):
            shell = self.shell

        else:
            shell = self.shell

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["User"] = user
        if exposed_ports is not UNSET:
            field_dict["ExposedPorts"] = exposed_ports
        if env is not UNSET:
            field_dict["Env"] = env
        if cmd is not UNSET:
            field_dict["Cmd"] = cmd
        if healthcheck is not UNSET:
            field_dict["Healthcheck"] = healthcheck
        if args_escaped is not UNSET:
            field_dict["ArgsEscaped"] = args_escaped
        if volumes is not UNSET:
            field_dict["Volumes"] = volumes
        if working_dir is not UNSET:
            field_dict["WorkingDir"] = working_dir
        if entrypoint is not UNSET:
            field_dict["Entrypoint"] = entrypoint
        if on_build is not UNSET:
            field_dict["OnBuild"] = on_build
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if stop_signal is not UNSET:
            field_dict["StopSignal"] = stop_signal
        if shell is not UNSET:
            field_dict["Shell"] = shell

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.health_config import HealthConfig  # noqa: PLC0415
        from ..models.image_config_exposed_ports import ImageConfigExposedPorts  # noqa: PLC0415
        from ..models.image_config_labels import ImageConfigLabels  # noqa: PLC0415
        from ..models.image_config_volumes import ImageConfigVolumes  # noqa: PLC0415

        d = dict(src_dict)
        user = d.pop("User", UNSET)

        def _parse_exposed_ports(data: object) -> ImageConfigExposedPorts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            exposed_ports_type_1 = ImageConfigExposedPorts.from_dict(data)

            return exposed_ports_type_1

        exposed_ports = _parse_exposed_ports(d.pop("ExposedPorts", UNSET))

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

        def _parse_volumes(data: object) -> ImageConfigVolumes | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            volumes_type_1 = ImageConfigVolumes.from_dict(data)

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

        def _parse_labels(data: object) -> ImageConfigLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = ImageConfigLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_stop_signal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stop_signal = _parse_stop_signal(d.pop("StopSignal", UNSET))

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

        image_config = cls(
            user=user,
            exposed_ports=exposed_ports,
            env=env,
            cmd=cmd,
            healthcheck=healthcheck,
            args_escaped=args_escaped,
            volumes=volumes,
            working_dir=working_dir,
            entrypoint=entrypoint,
            on_build=on_build,
            labels=labels,
            stop_signal=stop_signal,
            shell=shell,
        )

        image_config.additional_properties = d
        return image_config

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
