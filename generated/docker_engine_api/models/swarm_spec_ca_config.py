from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.swarm_spec_ca_config_external_cas_item import SwarmSpecCAConfigExternalCAsItem


T = TypeVar("T", bound="SwarmSpecCAConfig")


@_attrs_define
class SwarmSpecCAConfig:
    """CA configuration."""

    node_cert_expiry: int | Unset = UNSET
    """ The duration node certificates are issued for. """
    external_cas: list[SwarmSpecCAConfigExternalCAsItem] | None | Unset = UNSET
    """ Configuration for forwarding signing requests to an external
    certificate authority.
     """
    signing_ca_cert: str | Unset = UNSET
    """ The desired signing CA certificate for all swarm node TLS leaf
    certificates, in PEM format.
     """
    signing_ca_key: str | Unset = UNSET
    """ The desired signing CA key for all swarm node TLS leaf certificates,
    in PEM format.
     """
    force_rotate: int | Unset = UNSET
    """ An integer whose purpose is to force swarm to generate a new
    signing CA certificate and key, if none have been specified in
    `SigningCACert` and `SigningCAKey`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        node_cert_expiry = self.node_cert_expiry

        external_cas: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_cas, Unset):
            external_cas = UNSET
        elif isinstance(self.external_cas, list):
            external_cas = []
            for external_cas_type_0_item_data in self.external_cas:
                external_cas_type_0_item = external_cas_type_0_item_data.to_dict()
                external_cas.append(external_cas_type_0_item)

        else:
            external_cas = self.external_cas

        signing_ca_cert = self.signing_ca_cert

        signing_ca_key = self.signing_ca_key

        force_rotate = self.force_rotate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_cert_expiry is not UNSET:
            field_dict["NodeCertExpiry"] = node_cert_expiry
        if external_cas is not UNSET:
            field_dict["ExternalCAs"] = external_cas
        if signing_ca_cert is not UNSET:
            field_dict["SigningCACert"] = signing_ca_cert
        if signing_ca_key is not UNSET:
            field_dict["SigningCAKey"] = signing_ca_key
        if force_rotate is not UNSET:
            field_dict["ForceRotate"] = force_rotate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.swarm_spec_ca_config_external_cas_item import SwarmSpecCAConfigExternalCAsItem  # noqa: PLC0415

        d = dict(src_dict)
        node_cert_expiry = d.pop("NodeCertExpiry", UNSET)

        def _parse_external_cas(
            data: object,
        ) -> list[SwarmSpecCAConfigExternalCAsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            external_cas_type_0 = []
            _external_cas_type_0 = data
            for external_cas_type_0_item_data in _external_cas_type_0:
                external_cas_type_0_item = SwarmSpecCAConfigExternalCAsItem.from_dict(
                    external_cas_type_0_item_data
                )

                external_cas_type_0.append(external_cas_type_0_item)

            return external_cas_type_0

        external_cas = _parse_external_cas(d.pop("ExternalCAs", UNSET))

        signing_ca_cert = d.pop("SigningCACert", UNSET)

        signing_ca_key = d.pop("SigningCAKey", UNSET)

        force_rotate = d.pop("ForceRotate", UNSET)

        swarm_spec_ca_config = cls(
            node_cert_expiry=node_cert_expiry,
            external_cas=external_cas,
            signing_ca_cert=signing_ca_cert,
            signing_ca_key=signing_ca_key,
            force_rotate=force_rotate,
        )

        swarm_spec_ca_config.additional_properties = d
        return swarm_spec_ca_config

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
