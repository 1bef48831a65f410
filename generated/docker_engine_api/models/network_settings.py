from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.network_settings_networks import NetworkSettingsNetworks
    from ..models.port_map import PortMap


T = TypeVar("T", bound="NetworkSettings")


@_attrs_define
class NetworkSettings:
    """NetworkSettings exposes the network settings in the API"""

    sandbox_id: str | Unset = UNSET
    """ SandboxID uniquely represents a container's network stack. """
    sandbox_key: str | Unset = UNSET
    """ SandboxKey is the full path of the netns handle """
    ports: None | PortMap | Unset = UNSET
    networks: NetworkSettingsNetworks | None | Unset = UNSET
    """ Information about all networks that the container is connected to.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.network_settings_networks import NetworkSettingsNetworks  # noqa: PLC0415
        from ..models.port_map import PortMap  # noqa: PLC0415

        sandbox_id = self.sandbox_id

        sandbox_key = self.sandbox_key

        ports: dict[str, Any] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, PortMap):
            ports = self.ports.to_dict()
        else:
            ports = self.ports

        networks: dict[str, Any] | None | Unset
        if isinstance(self.networks, Unset):
            networks = UNSET
        elif isinstance(self.networks, NetworkSettingsNetworks):
            networks = self.networks.to_dict()
        else:
            networks = self.networks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sandbox_id is not UNSET:
            field_dict["SandboxID"] = sandbox_id
        if sandbox_key is not UNSET:
            field_dict["SandboxKey"] = sandbox_key
        if ports is not UNSET:
            field_dict["Ports"] = ports
        if networks is not UNSET:
            field_dict["Networks"] = networks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.network_settings_networks import NetworkSettingsNetworks  # noqa: PLC0415
        from ..models.port_map import PortMap  # noqa: PLC0415

        d = dict(src_dict)
        sandbox_id = d.pop("SandboxID", UNSET)

        sandbox_key = d.pop("SandboxKey", UNSET)

        def _parse_ports(data: object) -> None | PortMap | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            ports_type_1 = PortMap.from_dict(data)

            return ports_type_1

        ports = _parse_ports(d.pop("Ports", UNSET))

        def _parse_networks(data: object) -> NetworkSettingsNetworks | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            networks_type_1 = NetworkSettingsNetworks.from_dict(data)

            return networks_type_1

        networks = _parse_networks(d.pop("Networks", UNSET))

        network_settings = cls(
            sandbox_id=sandbox_id,
            sandbox_key=sandbox_key,
            ports=ports,
            networks=networks,
        )

        network_settings.additional_properties = d
        return network_settings

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
