from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.endpoint_port_config_protocol import (
    EndpointPortConfigProtocol,
    check_endpoint_port_config_protocol,
)
from ..models.endpoint_port_config_publish_mode import (
    EndpointPortConfigPublishMode,
    check_endpoint_port_config_publish_mode,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="EndpointPortConfig")


@_attrs_define
class EndpointPortConfig:
    name: str | Unset = UNSET
    protocol: EndpointPortConfigProtocol | Unset = UNSET
    target_port: int | Unset = UNSET
    """ The port inside the container. """
    published_port: int | Unset = UNSET
    """ The port on the swarm hosts. """
    publish_mode: EndpointPortConfigPublishMode | Unset = UNSET
    """ The mode in which port is published.

    <p><br /></p>

    - "ingress" makes the target port accessible on every node,
      regardless of whether there is a task for the service running on
      that node or not.
    - "host" bypasses the routing mesh and publish the port directly on
      the swarm node where that service is running.

    Daemon default: `"ingress"` (sent only when set). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        name = self.name

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = self.protocol

        target_port = self.target_port

        published_port = self.published_port

        publish_mode: str | Unset = UNSET
        if not isinstance(self.publish_mode, Unset):
            publish_mode = self.publish_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if protocol is not UNSET:
            field_dict["Protocol"] = protocol
        if target_port is not UNSET:
            field_dict["TargetPort"] = target_port
        if published_port is not UNSET:
            field_dict["PublishedPort"] = published_port
        if publish_mode is not UNSET:
            field_dict["PublishMode"] = publish_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        _protocol = d.pop("Protocol", UNSET)
        protocol: EndpointPortConfigProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = check_endpoint_port_config_protocol(_protocol)

        target_port = d.pop("TargetPort", UNSET)

        published_port = d.pop("PublishedPort", UNSET)

        _publish_mode = d.pop("PublishMode", UNSET)
        publish_mode: EndpointPortConfigPublishMode | Unset
        if isinstance(_publish_mode, Unset):
            publish_mode = UNSET
        else:
            publish_mode = check_endpoint_port_config_publish_mode(_publish_mode)

        endpoint_port_config = cls(
            name=name,
            protocol=protocol,
            target_port=target_port,
            published_port=published_port,
            publish_mode=publish_mode,
        )

        endpoint_port_config.additional_properties = d
        return endpoint_port_config

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
