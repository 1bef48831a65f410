from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="IndexInfo")


@_attrs_define
class IndexInfo:
    """IndexInfo contains information about a registry."""

    name: str | Unset = UNSET
    """ Name of the registry, such as "docker.io".
     """
    mirrors: list[str] | None | Unset = UNSET
    """ List of mirrors, expressed as URIs.
     """
    secure: bool | Unset = UNSET
    """ Indicates if the registry is part of the list of insecure
    registries.

    If `false`, the registry is insecure. Insecure registries accept
    un-encrypted (HTTP) and/or untrusted (HTTPS with certificates from
    unknown CAs) communication.

    > **Warning**: Insecure registries can be useful when running a local
    > registry. However, because its use creates security vulnerabilities
    > it should ONLY be enabled for testing purposes. For increased
    > security, users should add their CA to their system's list of
    > trusted CAs instead of enabling this option.
     """
    official: bool | Unset = UNSET
    """ Indicates whether this is an official registry (i.e., Docker Hub / docker.io)
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        name = self.name

        mirrors: list[str] | None | Unset
        if isinstance(self.mirrors, Unset):
            mirrors = UNSET
        elif isinstance(self.mirrors, list):
            mirrors = self.mirrors

        else:
            mirrors = self.mirrors

        secure = self.secure

        official = self.official

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if mirrors is not UNSET:
            field_dict["Mirrors"] = mirrors
        if secure is not UNSET:
            field_dict["Secure"] = secure
        if official is not UNSET:
            field_dict["Official"] = official

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_mirrors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            mirrors_type_0 = cast(list[str], data)

            return mirrors_type_0

        mirrors = _parse_mirrors(d.pop("Mirrors", UNSET))

        secure = d.pop("Secure", UNSET)

        official = d.pop("Official", UNSET)

        index_info = cls(
            name=name,
            mirrors=mirrors,
            secure=secure,
            official=official,
        )

        index_info.additional_properties = d
        return index_info

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
