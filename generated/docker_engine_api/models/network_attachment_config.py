from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.network_attachment_config_driver_opts import NetworkAttachmentConfigDriverOpts


T = TypeVar("T", bound="NetworkAttachmentConfig")


@_attrs_define
class NetworkAttachmentConfig:
    """Specifies how a service should be attached to a particular network."""

    target: str | Unset = UNSET
    """ The target network for attachment. Must be a network name or ID.
     """
    aliases: list[str] | None | Unset = UNSET
    """ Discoverable alternate names for the service on this network.
     """
    driver_opts: NetworkAttachmentConfigDriverOpts | None | Unset = UNSET
    """ Driver attachment options for the network target.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.network_attachment_config_driver_opts import NetworkAttachmentConfigDriverOpts  # noqa: PLC0415

        target = self.target

        aliases: list[str] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        driver_opts: dict[str, Any] | None | Unset
        if isinstance(self.driver_opts, Unset):
            driver_opts = UNSET
        elif isinstance(self.driver_opts, NetworkAttachmentConfigDriverOpts):
            driver_opts = self.driver_opts.to_dict()
        else:
            driver_opts = self.driver_opts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target is not UNSET:
            field_dict["Target"] = target
        if aliases is not UNSET:
            field_dict["Aliases"] = aliases
        if driver_opts is not UNSET:
            field_dict["DriverOpts"] = driver_opts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.network_attachment_config_driver_opts import NetworkAttachmentConfigDriverOpts  # noqa: PLC0415

        d = dict(src_dict)
        target = d.pop("Target", UNSET)

        def _parse_aliases(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            aliases_type_0 = cast(list[str], data)

            return aliases_type_0

        aliases = _parse_aliases(d.pop("Aliases", UNSET))

        def _parse_driver_opts(data: object) -> NetworkAttachmentConfigDriverOpts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            driver_opts_type_1 = NetworkAttachmentConfigDriverOpts.from_dict(data)

            return driver_opts_type_1

        driver_opts = _parse_driver_opts(d.pop("DriverOpts", UNSET))

        network_attachment_config = cls(
            target=target,
            aliases=aliases,
            driver_opts=driver_opts,
        )

        network_attachment_config.additional_properties = d
        return network_attachment_config

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
