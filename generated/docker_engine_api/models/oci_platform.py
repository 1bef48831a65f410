from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="OCIPlatform")


@_attrs_define
class OCIPlatform:
    """Describes the platform which the image in the manifest runs on, as defined
    in the [OCI Image Index Specification](https://github.com/opencontainers/image-spec/blob/v1.0.1/image-index.md).

    """

    architecture: str | Unset = UNSET
    """ The CPU architecture, for example `amd64` or `ppc64`.
     """
    os: str | Unset = UNSET
    """ The operating system, for example `linux` or `windows`.
     """
    os_version: str | Unset = UNSET
    """ Optional field specifying the operating system version, for example on
    Windows `10.0.19041.1165`.
     """
    os_features: list[str] | None | Unset = UNSET
    """ Optional field specifying an array of strings, each listing a required
    OS feature (for example on Windows `win32k`).
     """
    variant: str | Unset = UNSET
    """ Optional field specifying a variant of the CPU, for example `v7` to
    specify ARMv7 when architecture is `arm`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        architecture = self.architecture

        os = self.os

        os_version = self.os_version

        os_features: list[str] | None | Unset
        if isinstance(self.os_features, Unset):
            os_features = UNSET
        elif isinstance(self.os_features, list):
            os_features = self.os_features

        else:
            os_features = self.os_features

        variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os.version"] = os_version
        if os_features is not UNSET:
            field_dict["os.features"] = os_features
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        architecture = d.pop("architecture", UNSET)

        os = d.pop("os", UNSET)

        os_version = d.pop("os.version", UNSET)

        def _parse_os_features(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            os_features_type_0 = cast(list[str], data)

            return os_features_type_0

        os_features = _parse_os_features(d.pop("os.features", UNSET))

        variant = d.pop("variant", UNSET)

        oci_platform = cls(
            architecture=architecture,
            os=os,
            os_version=os_version,
            os_features=os_features,
            variant=variant,
        )

        oci_platform.additional_properties = d
        return oci_platform

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
