from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.engine_description import EngineDescription
    from ..models.platform import Platform
    from ..models.resource_object import ResourceObject
    from ..models.tls_info import TLSInfo


T = TypeVar("T", bound="NodeDescription")


@_attrs_define
class NodeDescription:
    """NodeDescription encapsulates the properties of the Node as reported by the
    agent.

    """

    hostname: str | Unset = UNSET
    platform: Platform | Unset = UNSET
    """ Platform represents the platform (Arch/OS).
     """
    resources: ResourceObject | Unset = UNSET
    """ An object describing the resources which can be advertised by a node and
    requested by a task.
     """
    engine: EngineDescription | Unset = UNSET
    """ EngineDescription provides information about an engine. """
    tls_info: TLSInfo | Unset = UNSET
    """ Information about the issuer of leaf TLS certificates and the trusted root
    CA certificate.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        platform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform.to_dict()

        resources: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = self.resources.to_dict()

        engine: dict[str, Any] | Unset = UNSET
        if not isinstance(self.engine, Unset):
            engine = self.engine.to_dict()

        tls_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tls_info, Unset):
            tls_info = self.tls_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hostname is not UNSET:
            field_dict["Hostname"] = hostname
        if platform is not UNSET:
            field_dict["Platform"] = platform
        if resources is not UNSET:
            field_dict["Resources"] = resources
        if engine is not UNSET:
            field_dict["Engine"] = engine
        if tls_info is not UNSET:
            field_dict["TLSInfo"] = tls_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.engine_description import EngineDescription  # noqa: PLC0415
        from ..models.platform import Platform  # noqa: PLC0415
        from ..models.resource_object import ResourceObject  # noqa: PLC0415
        from ..models.tls_info import TLSInfo  # noqa: PLC0415

        d = dict(src_dict)
        hostname = d.pop("Hostname", UNSET)

        _platform = d.pop("Platform", UNSET)
        platform: Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = Platform.from_dict(_platform)

        _resources = d.pop("Resources", UNSET)
        resources: ResourceObject | Unset
        if isinstance(_resources, Unset):
            resources = UNSET
        else:
            resources = ResourceObject.from_dict(_resources)

        _engine = d.pop("Engine", UNSET)
        engine: EngineDescription | Unset
        if isinstance(_engine, Unset):
            engine = UNSET
        else:
            engine = EngineDescription.from_dict(_engine)

        _tls_info = d.pop("TLSInfo", UNSET)
        tls_info: TLSInfo | Unset
        if isinstance(_tls_info, Unset):
            tls_info = UNSET
        else:
            tls_info = TLSInfo.from_dict(_tls_info)

        node_description = cls(
            hostname=hostname,
            platform=platform,
            resources=resources,
            engine=engine,
            tls_info=tls_info,
        )

        node_description.additional_properties = d
        return node_description

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
