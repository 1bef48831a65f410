from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

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
    platform: None | Platform | Unset = UNSET
    resources: None | ResourceObject | Unset = UNSET
    engine: EngineDescription | None | Unset = UNSET
    tls_info: None | TLSInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.engine_description import EngineDescription  # noqa: PLC0415
        from ..models.platform import Platform  # noqa: PLC0415
        from ..models.resource_object import ResourceObject  # noqa: PLC0415
        from ..models.tls_info import TLSInfo  # noqa: PLC0415

        hostname = self.hostname

        platform: dict[str, Any] | None | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        elif isinstance(self.platform, Platform):
            platform = self.platform.to_dict()
        else:
            platform = self.platform

        resources: dict[str, Any] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, ResourceObject):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        engine: dict[str, Any] | None | Unset
        if isinstance(self.engine, Unset):
            engine = UNSET
        elif isinstance(self.engine, EngineDescription):
            engine = self.engine.to_dict()
        else:
            engine = self.engine

        tls_info: dict[str, Any] | None | Unset
        if isinstance(self.tls_info, Unset):
            tls_info = UNSET
        elif isinstance(self.tls_info, TLSInfo):
            tls_info = self.tls_info.to_dict()
        else:
            tls_info = self.tls_info

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
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.engine_description import EngineDescription  # noqa: PLC0415
        from ..models.platform import Platform  # noqa: PLC0415
        from ..models.resource_object import ResourceObject  # noqa: PLC0415
        from ..models.tls_info import TLSInfo  # noqa: PLC0415

        d = dict(src_dict)
        hostname = d.pop("Hostname", UNSET)

        def _parse_platform(data: object) -> None | Platform | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            platform_type_1 = Platform.from_dict(data)

            return platform_type_1

        platform = _parse_platform(d.pop("Platform", UNSET))

        def _parse_resources(data: object) -> None | ResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            resources_type_1 = ResourceObject.from_dict(data)

            return resources_type_1

        resources = _parse_resources(d.pop("Resources", UNSET))

        def _parse_engine(data: object) -> EngineDescription | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            engine_type_1 = EngineDescription.from_dict(data)

            return engine_type_1

        engine = _parse_engine(d.pop("Engine", UNSET))

        def _parse_tls_info(data: object) -> None | TLSInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            tls_info_type_1 = TLSInfo.from_dict(data)

            return tls_info_type_1

        tls_info = _parse_tls_info(d.pop("TLSInfo", UNSET))

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
