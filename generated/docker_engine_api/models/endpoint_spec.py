from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_spec_mode import EndpointSpecMode, check_endpoint_spec_mode
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.endpoint_port_config import EndpointPortConfig


T = TypeVar("T", bound="EndpointSpec")


@_attrs_define
class EndpointSpec:
    """Properties that can be configured to access and load balance a service."""

    mode: EndpointSpecMode | Unset = UNSET
    """ The mode of resolution to use for internal load balancing between tasks.

    Daemon default: `"vip"` (sent only when set). """
    ports: list[EndpointPortConfig] | None | Unset = UNSET
    """ List of exposed ports that this service is accessible on from the
    outside. Ports can only be provided if `vip` resolution mode is used.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

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
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if ports is not UNSET:
            field_dict["Ports"] = ports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.endpoint_port_config import EndpointPortConfig  # noqa: PLC0415

        d = dict(src_dict)
        _mode = d.pop("Mode", UNSET)
        mode: EndpointSpecMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_endpoint_spec_mode(_mode)

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

        endpoint_spec = cls(
            mode=mode,
            ports=ports,
        )

        endpoint_spec.additional_properties = d
        return endpoint_spec

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
