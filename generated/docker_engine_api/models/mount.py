from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mount_type import MountType, check_mount_type
from ..types import UNSET, Unset

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
    type_: MountType | Unset = UNSET
    """ The mount type. Available types:

    - `bind` a mount of a file or directory from the host into the container.
    - `cluster` a Swarm cluster volume.
    - `image` an OCI image.
    - `npipe` a named pipe from the host into the container.
    - `tmpfs` a `tmpfs`.
    - `volume` a docker volume with the given `Name`. """
    read_only: bool | Unset = UNSET
    """ Whether the mount should be read-only. """
    consistency: str | Unset = UNSET
    """ The consistency requirement for the mount: `default`, `consistent`, `cached`, or `delegated`. """
    bind_options: MountBindOptions | Unset = UNSET
    """ Optional configuration for the `bind` type. """
    volume_options: MountVolumeOptions | Unset = UNSET
    """ Optional configuration for the `volume` type. """
    image_options: MountImageOptions | Unset = UNSET
    """ Optional configuration for the `image` type. """
    tmpfs_options: MountTmpfsOptions | Unset = UNSET
    """ Optional configuration for the `tmpfs` type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target = self.target

        source = self.source

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        read_only = self.read_only

        consistency = self.consistency

        bind_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bind_options, Unset):
            bind_options = self.bind_options.to_dict()

        volume_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume_options, Unset):
            volume_options = self.volume_options.to_dict()

        image_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image_options, Unset):
            image_options = self.image_options.to_dict()

        tmpfs_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tmpfs_options, Unset):
            tmpfs_options = self.tmpfs_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["Target"] = target
        if source is not UNSET:
            field_dict["Source"] = source
        if type_ is not UNSET:
            field_dict["Type"] = type_
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
        from ..models.mount_bind_options import MountBindOptions  # noqa: PLC0415
        from ..models.mount_image_options import MountImageOptions  # noqa: PLC0415
        from ..models.mount_tmpfs_options import MountTmpfsOptions  # noqa: PLC0415
        from ..models.mount_volume_options import MountVolumeOptions  # noqa: PLC0415

        d = dict(src_dict)
        target = d.pop("Target", UNSET)

        source = d.pop("Source", UNSET)

        _type_ = d.pop("Type", UNSET)
        type_: MountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_mount_type(_type_)

        read_only = d.pop("ReadOnly", UNSET)

        consistency = d.pop("Consistency", UNSET)

        _bind_options = d.pop("BindOptions", UNSET)
        bind_options: MountBindOptions | Unset
        if isinstance(_bind_options, Unset):
            bind_options = UNSET
        else:
            bind_options = MountBindOptions.from_dict(_bind_options)

        _volume_options = d.pop("VolumeOptions", UNSET)
        volume_options: MountVolumeOptions | Unset
        if isinstance(_volume_options, Unset):
            volume_options = UNSET
        else:
            volume_options = MountVolumeOptions.from_dict(_volume_options)

        _image_options = d.pop("ImageOptions", UNSET)
        image_options: MountImageOptions | Unset
        if isinstance(_image_options, Unset):
            image_options = UNSET
        else:
            image_options = MountImageOptions.from_dict(_image_options)

        _tmpfs_options = d.pop("TmpfsOptions", UNSET)
        tmpfs_options: MountTmpfsOptions | Unset
        if isinstance(_tmpfs_options, Unset):
            tmpfs_options = UNSET
        else:
            tmpfs_options = MountTmpfsOptions.from_dict(_tmpfs_options)

        mount = cls(
            target=target,
            source=source,
            type_=type_,
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
