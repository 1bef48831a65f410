from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.endpoint_port_config import EndpointPortConfig


T = TypeVar("T", bound="PortStatus")


@_attrs_define
class PortStatus:
    """represents the port status of a task's host ports whose service has published host ports"""

    ports: list[EndpointPortConfig] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        ports: list[dict[str, Any]] | None | Unset
        if isinstance(self.ports, Unset):
            ports = UNSET
        elif isinstance(self.ports, list):
            ports = []
            for ports_type_0_item_data in self.ports:
                ports_type_0_item = ports_type_0_item_data.to_dict()
                ports.append(ports_type_0_item)

        else:
            ports = self.ports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ports is not UNSET:
            field_dict["Ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.endpoint_port_config import EndpointPortConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ports(data: object) -> list[EndpointPortConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            ports_type_0 = []
            _ports_type_0 = data
            for ports_type_0_item_data in _ports_type_0:
                ports_type_0_item = EndpointPortConfig.from_dict(ports_type_0_item_data)

                ports_type_0.append(ports_type_0_item)

            return ports_type_0

        ports = _parse_ports(d.pop("Ports", UNSET))

        port_status = cls(
            ports=ports,
        )

        port_status.additional_properties = d
        return port_status

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
