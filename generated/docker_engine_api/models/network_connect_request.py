from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.endpoint_settings import EndpointSettings


T = TypeVar("T", bound="NetworkConnectRequest")


@_attrs_define
class NetworkConnectRequest:
    """NetworkConnectRequest represents the data to be used to connect a container to a network."""

    container: str
    """ The ID or name of the container to connect to the network. """
    endpoint_config: EndpointSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.endpoint_settings import EndpointSettings  # noqa: PLC0415

        container = self.container

        endpoint_config: dict[str, Any] | None | Unset
        if isinstance(self.endpoint_config, Unset):
            endpoint_config = UNSET
        elif isinstance(self.endpoint_config, EndpointSettings):
            endpoint_config = self.endpoint_config.to_dict()
        else:
            endpoint_config = self.endpoint_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Container": container,
            }
        )
        if endpoint_config is not UNSET:
            field_dict["EndpointConfig"] = endpoint_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.endpoint_settings import EndpointSettings  # noqa: PLC0415

        d = dict(src_dict)
        container = d.pop("Container")

        def _parse_endpoint_config(data: object) -> EndpointSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            endpoint_config_type_1 = EndpointSettings.from_dict(data)

            return endpoint_config_type_1

        endpoint_config = _parse_endpoint_config(d.pop("EndpointConfig", UNSET))

        network_connect_request = cls(
            container=container,
            endpoint_config=endpoint_config,
        )

        network_connect_request.additional_properties = d
        return network_connect_request

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
