from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.ipam_config import IPAMConfig
    from ..models.ipam_options import IPAMOptions


T = TypeVar("T", bound="IPAM")


@_attrs_define
class IPAM:
    driver: str | Unset = UNSET
    """ Name of the IPAM driver to use.

    Daemon default: `"default"` (sent only when set). """
    config: list[IPAMConfig] | None | Unset = UNSET
    """ List of IPAM configuration options, specified as a map:

    ```
    {"Subnet": <CIDR>, "IPRange": <CIDR>, "Gateway": <IP address>, "AuxAddress": <device_name:IP address>}
    ```
     """
    options: IPAMOptions | None | Unset = UNSET
    """ Driver-specific options, specified as a map. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.ipam_options import IPAMOptions  # noqa: PLC0415

        driver = self.driver

        config: list[dict[str, Any]] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, list):
            config = []
            for config_type_0_item_data in self.config:
                config_type_0_item = config_type_0_item_data.to_dict()
                config.append(config_type_0_item)

        else:
            config = self.config

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, IPAMOptions):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if config is not UNSET:
            field_dict["Config"] = config
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.ipam_config import IPAMConfig  # noqa: PLC0415
        from ..models.ipam_options import IPAMOptions  # noqa: PLC0415

        d = dict(src_dict)
        driver = d.pop("Driver", UNSET)

        def _parse_config(data: object) -> list[IPAMConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            config_type_0 = []
            _config_type_0 = data
            for config_type_0_item_data in _config_type_0:
                config_type_0_item = IPAMConfig.from_dict(config_type_0_item_data)

                config_type_0.append(config_type_0_item)

            return config_type_0

        config = _parse_config(d.pop("Config", UNSET))

        def _parse_options(data: object) -> IPAMOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            options_type_1 = IPAMOptions.from_dict(data)

            return options_type_1

        options = _parse_options(d.pop("Options", UNSET))

        ipam = cls(
            driver=driver,
            config=config,
            options=options,
        )

        ipam.additional_properties = d
        return ipam

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
