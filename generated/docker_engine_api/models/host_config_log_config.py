from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.host_config_log_config_type import (
    HostConfigLogConfigType,
    check_host_config_log_config_type,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.host_config_log_config_config import HostConfigLogConfigConfig


T = TypeVar("T", bound="HostConfigLogConfig")


@_attrs_define
class HostConfigLogConfig:
    """The logging configuration for this container"""

    type: HostConfigLogConfigType | Unset = UNSET
    """ Name of the logging driver used for the container or "none"
    if logging is disabled. """
    config: HostConfigLogConfigConfig | None | Unset = UNSET
    """ Driver-specific configuration options for the logging driver. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.host_config_log_config_config import HostConfigLogConfigConfig  # noqa: PLC0415

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, HostConfigLogConfigConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["Type"] = type
        if config is not UNSET:
            field_dict["Config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.host_config_log_config_config import HostConfigLogConfigConfig  # noqa: PLC0415

        d = dict(src_dict)
        _type = d.pop("Type", UNSET)
        type: HostConfigLogConfigType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_host_config_log_config_type(_type)

        def _parse_config(data: object) -> HostConfigLogConfigConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            config_type_1 = HostConfigLogConfigConfig.from_dict(data)

            return config_type_1

        config = _parse_config(d.pop("Config", UNSET))

        host_config_log_config = cls(
            type=type,
            config=config,
        )

        host_config_log_config.additional_properties = d
        return host_config_log_config

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
