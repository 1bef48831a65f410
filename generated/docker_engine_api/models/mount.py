from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mount_type import MountType, check_mount_type
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.mount_bind_options import MountBindOptions
    from ..models.mount_image_options import MountImageOptions
    from ..models.mount_tmpfs_options import MountTmpfsOptions
    from ..models.mount_volume_options import MountVolumeOptions


T = TypeVar("T", bound="Mount")


@_attrs_define
class Mount:
    target: str | Unset = UNSET
    """ Container path. """
    source: str | Unset = UNSET
    """ Mount source (e.g. a volume name, a host path). The source cannot be
    specified when using `Type=tmpfs`. For `Type=bind`, the source path
    must either exist, or the `CreateMountpoint` must be set to `true` to
    create the source path on the host if missing.

    For `Type=npipe`, the pipe must exist prior to creating the container. """
    type: MountType | None | Unset = UNSET
    """ The mount type. Available types:

    - `bind` Mounts a file or directory from the host into the container. The `Source` must exist prior to creating
    the container.
    - `cluster` a Swarm cluster volume
    - `image` Mounts an image.
    - `npipe` Mounts a named pipe from the host into the container. The `Source` must exist prior to creating the
    container.
    - `tmpfs` Create a tmpfs with the given options. The mount `Source` cannot be specified for tmpfs.
    - `volume` Creates a volume with the given name and options (or uses a pre-existing volume with the same name
    and options). These are **not** removed when the container is removed.
     """
    read_only: bool | Unset = UNSET
    """ Whether the mount should be read-only. """
    consistency: str | Unset = UNSET
    """ The consistency requirement for the mount: `default`, `consistent`, `cached`, or `delegated`. """
    bind_options: MountBindOptions | None | Unset = UNSET
    """ Optional configuration for the `bind` type. """
    volume_options: MountVolumeOptions | None | Unset = UNSET
    """ Optional configuration for the `volume` type. """
    image_options: MountImageOptions | None | Unset = UNSET
    """ Optional configuration for the `image` type. """
    tmpfs_options: MountTmpfsOptions | None | Unset = UNSET
    """ Optional configuration for the `tmpfs` type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.mount_bind_options import MountBindOptions  # noqa: PLC0415
        from ..models.mount_image_options import MountImageOptions  # noqa: PLC0415
        from ..models.mount_tmpfs_options import MountTmpfsOptions  # noqa: PLC0415
        from ..models.mount_volume_options import MountVolumeOptions  # noqa: PLC0415

        target = self.target

        source = self.source

        type: None | str | Unset
        if isinstance(self.type, Unset):
            type = UNSET
        elif isinstance(self.type, str):
            type = self.type
        else:
            type = self.type

        read_only = self.read_only

        consistency = self.consistency

        bind_options: dict[str, Any] | None | Unset
        if isinstance(self.bind_options, Unset):
            bind_options = UNSET
        elif isinstance(self.bind_options, MountBindOptions):
            bind_options = self.bind_options.to_dict()
        else:
            bind_options = self.bind_options

        volume_options: dict[str, Any] | None | Unset
        if isinstance(self.volume_options, Unset):
            volume_options = UNSET
        elif isinstance(self.volume_options, MountVolumeOptions):
            volume_options = self.volume_options.to_dict()
        else:
            volume_options = self.volume_options

        image_options: dict[str, Any] | None | Unset
        if isinstance(self.image_options, Unset):
            image_options = UNSET
        elif isinstance(self.image_options, MountImageOptions):
            image_options = self.image_options.to_dict()
        else:
            image_options = self.image_options

        tmpfs_options: dict[str, Any] | None | Unset
        if isinstance(self.tmpfs_options, Unset):
            tmpfs_options = UNSET
        elif isinstance(self.tmpfs_options, MountTmpfsOptions):
            tmpfs_options = self.tmpfs_options.to_dict()
        else:
            tmpfs_options = self.tmpfs_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["Target"] = target
        if source is not UNSET:
            field_dict["Source"] = source
        if type is not UNSET:
            field_dict["Type"] = type
        if read_only is not UNSET:
            field_dict["ReadOnly"] = read_only
        if consistency is not UNSET:
            field_dict["Consistency"] = consistency
        if bind_options is not UNSET:
            field_dict["BindOptions"] = bind_options
        if volume_options is not UNSET:
            field_dict["VolumeOptions"] = volume_options
        if image_options is not UNSET:
            field_dict["ImageOptions"] = image_options
        if tmpfs_options is not UNSET:
            field_dict["TmpfsOptions"] = tmpfs_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.mount_bind_options import MountBindOptions  # noqa: PLC0415
        from ..models.mount_image_options import MountImageOptions  # noqa: PLC0415
        from ..models.mount_tmpfs_options import MountTmpfsOptions  # noqa: PLC0415
        from ..models.mount_volume_options import MountVolumeOptions  # noqa: PLC0415

        d = dict(src_dict)
        target = d.pop("Target", UNSET)

        source = d.pop("Source", UNSET)

        def _parse_type(data: object) -> MountType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            type_type_1 = check_mount_type(data)

            return type_type_1

        type = _parse_type(d.pop("Type", UNSET))

        read_only = d.pop("ReadOnly", UNSET)

        consistency = d.pop("Consistency", UNSET)

        def _parse_bind_options(data: object) -> MountBindOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            bind_options_type_1 = MountBindOptions.from_dict(data)

            return bind_options_type_1

        bind_options = _parse_bind_options(d.pop("BindOptions", UNSET))

        def _parse_volume_options(data: object) -> MountVolumeOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            volume_options_type_1 = MountVolumeOptions.from_dict(data)

            return volume_options_type_1

        volume_options = _parse_volume_options(d.pop("VolumeOptions", UNSET))

        def _parse_image_options(data: object) -> MountImageOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            image_options_type_1 = MountImageOptions.from_dict(data)

            return image_options_type_1

        image_options = _parse_image_options(d.pop("ImageOptions", UNSET))

        def _parse_tmpfs_options(data: object) -> MountTmpfsOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            tmpfs_options_type_1 = MountTmpfsOptions.from_dict(data)

            return tmpfs_options_type_1

        tmpfs_options = _parse_tmpfs_options(d.pop("TmpfsOptions", UNSET))

        mount = cls(
            target=target,
            source=source,
            type=type,
            read_only=read_only,
            consistency=consistency,
            bind_options=bind_options,
            volume_options=volume_options,
            image_options=image_options,
            tmpfs_options=tmpfs_options,
        )

        mount.additional_properties = d
        return mount

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
