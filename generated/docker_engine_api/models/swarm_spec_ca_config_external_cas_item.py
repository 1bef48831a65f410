from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.swarm_spec_ca_config_external_cas_item_protocol import (
    SwarmSpecCAConfigExternalCAsItemProtocol,
    check_swarm_spec_ca_config_external_cas_item_protocol,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.swarm_spec_ca_config_external_cas_item_options import (
        SwarmSpecCAConfigExternalCAsItemOptions,
    )


T = TypeVar("T", bound="SwarmSpecCAConfigExternalCAsItem")


@_attrs_define
class SwarmSpecCAConfigExternalCAsItem:
    protocol: SwarmSpecCAConfigExternalCAsItemProtocol | Unset = UNSET
    """ Protocol for communication with the external CA (currently
    only `cfssl` is supported).

    Daemon default: `"cfssl"` (sent only when set). """
    url: str | Unset = UNSET
    """ URL where certificate signing requests should be sent.
     """
    options: None | SwarmSpecCAConfigExternalCAsItemOptions | Unset = UNSET
    """ An object with key/value pairs that are interpreted as
    protocol-specific options for the external CA driver.
     """
    ca_cert: str | Unset = UNSET
    """ The root CA certificate (in PEM format) this external CA uses
    to issue TLS certificates (assumed to be to the current swarm
    root CA certificate if not provided).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.swarm_spec_ca_config_external_cas_item_options import (
            SwarmSpecCAConfigExternalCAsItemOptions,  # noqa: PLC0415
        )

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol

        url = self.url

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, SwarmSpecCAConfigExternalCAsItemOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        ca_cert = self.ca_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if protocol is not UNSET:
            field_dict["Protocol"] = protocol
        if url is not UNSET:
            field_dict["URL"] = url
        if options is not UNSET:
            field_dict["Options"] = options
        if ca_cert is not UNSET:
            field_dict["CACert"] = ca_cert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.swarm_spec_ca_config_external_cas_item_options import (
            SwarmSpecCAConfigExternalCAsItemOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _protocol = d.pop("Protocol", UNSET)
        protocol: SwarmSpecCAConfigExternalCAsItemProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = check_swarm_spec_ca_config_external_cas_item_protocol(_protocol)

        url = d.pop("URL", UNSET)

        def _parse_options(data: object) -> None | SwarmSpecCAConfigExternalCAsItemOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            options_type_1 = SwarmSpecCAConfigExternalCAsItemOptions.from_dict(data)

            return options_type_1

        options = _parse_options(d.pop("Options", UNSET))

        ca_cert = d.pop("CACert", UNSET)

        swarm_spec_ca_config_external_cas_item = cls(
            protocol=protocol,
            url=url,
            options=options,
            ca_cert=ca_cert,
        )

        swarm_spec_ca_config_external_cas_item.additional_properties = d
        return swarm_spec_ca_config_external_cas_item

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
