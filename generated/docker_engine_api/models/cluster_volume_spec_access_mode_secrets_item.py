from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ClusterVolumeSpecAccessModeSecretsItem")


@_attrs_define
class ClusterVolumeSpecAccessModeSecretsItem:
    """One cluster volume secret entry. Defines a key-value pair that
    is passed to the plugin.

    """

    key: str | Unset = UNSET
    """ Key is the name of the key of the key-value pair passed to
    the plugin.
     """
    secret: str | Unset = UNSET
    """ Secret is the swarm Secret object from which to read data.
    This can be a Secret name or ID. The Secret data is
    retrieved by swarm and used as the value of the key-value
    pair passed to the plugin.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        key = self.key

        secret = self.secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["Key"] = key
        if secret is not UNSET:
            field_dict["Secret"] = secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        key = d.pop("Key", UNSET)

        secret = d.pop("Secret", UNSET)

        cluster_volume_spec_access_mode_secrets_item = cls(
            key=key,
            secret=secret,
        )

        cluster_volume_spec_access_mode_secrets_item.additional_properties = d
        return cluster_volume_spec_access_mode_secrets_item

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
