from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.registry_service_config_index_configs import RegistryServiceConfigIndexConfigs


T = TypeVar("T", bound="RegistryServiceConfig")


@_attrs_define
class RegistryServiceConfig:
    """RegistryServiceConfig stores daemon registry services configuration."""

    insecure_registry_cidrs: list[str] | None | Unset = UNSET
    """ List of IP ranges of insecure registries, using the CIDR syntax
    ([RFC 4632](https://tools.ietf.org/html/4632)). Insecure registries
    accept un-encrypted (HTTP) and/or untrusted (HTTPS with certificates
    from unknown CAs) communication.

    By default, local registries (`::1/128` and `127.0.0.0/8`) are configured as
    insecure. All other registries are secure. Communicating with an
    insecure registry is not possible if the daemon assumes that registry
    is secure.

    This configuration override this behavior, insecure communication with
    registries whose resolved IP address is within the subnet described by
    the CIDR syntax.

    Registries can also be marked insecure by hostname. Those registries
    are listed under `IndexConfigs` and have their `Secure` field set to
    `false`.

    > **Warning**: Using this option can be useful when running a local
    > registry, but introduces security vulnerabilities. This option
    > should therefore ONLY be used for testing purposes. For increased
    > security, users should add their CA to their system's list of trusted
    > CAs instead of enabling this option.
     """
    index_configs: None | RegistryServiceConfigIndexConfigs | Unset = UNSET
    mirrors: list[str] | None | Unset = UNSET
    """ List of registry URLs that act as a mirror for the official
    (`docker.io`) registry.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.registry_service_config_index_configs import RegistryServiceConfigIndexConfigs  # noqa: PLC0415

        insecure_registry_cidrs: list[str] | None | Unset
        if isinstance(self.insecure_registry_cidrs, Unset):
            insecure_registry_cidrs = UNSET
        elif isinstance(self.insecure_registry_cidrs, list):
            insecure_registry_cidrs = self.insecure_registry_cidrs

        else:
            insecure_registry_cidrs = self.insecure_registry_cidrs

        index_configs: dict[str, Any] | None | Unset
        if isinstance(self.index_configs, Unset):
            index_configs = UNSET
        elif isinstance(self.index_configs, RegistryServiceConfigIndexConfigs):
            index_configs = self.index_configs.to_dict()
        else:
            index_configs = self.index_configs

        mirrors: list[str] | None | Unset
        if isinstance(self.mirrors, Unset):
            mirrors = UNSET
        elif isinstance(self.mirrors, list):
            mirrors = self.mirrors

        else:
            mirrors = self.mirrors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if insecure_registry_cidrs is not UNSET:
            field_dict["InsecureRegistryCIDRs"] = insecure_registry_cidrs
        if index_configs is not UNSET:
            field_dict["IndexConfigs"] = index_configs
        if mirrors is not UNSET:
            field_dict["Mirrors"] = mirrors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.registry_service_config_index_configs import RegistryServiceConfigIndexConfigs  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_insecure_registry_cidrs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            insecure_registry_cidrs_type_0 = cast(list[str], data)

            return insecure_registry_cidrs_type_0

        insecure_registry_cidrs = _parse_insecure_registry_cidrs(
            d.pop("InsecureRegistryCIDRs", UNSET)
        )

        def _parse_index_configs(data: object) -> None | RegistryServiceConfigIndexConfigs | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            index_configs_type_1 = RegistryServiceConfigIndexConfigs.from_dict(data)

            return index_configs_type_1

        index_configs = _parse_index_configs(d.pop("IndexConfigs", UNSET))

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

        registry_service_config = cls(
            insecure_registry_cidrs=insecure_registry_cidrs,
            index_configs=index_configs,
            mirrors=mirrors,
        )

        registry_service_config.additional_properties = d
        return registry_service_config

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
