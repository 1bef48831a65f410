from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PluginsInfo")


@_attrs_define
class PluginsInfo:
    """Available plugins per type.

    <p><br /></p>

    > **Note**: Only unmanaged (V1) plugins are included in this list.
    > V1 plugins are "lazily" loaded, and are not returned in this list
    > if there is no resource using the plugin.

    """

    volume: list[str] | None | Unset = UNSET
    """ Names of available volume-drivers, and network-driver plugins. """
    network: list[str] | None | Unset = UNSET
    """ Names of available network-drivers, and network-driver plugins. """
    authorization: list[str] | None | Unset = UNSET
    """ Names of available authorization plugins. """
    log: list[str] | None | Unset = UNSET
    """ Names of available logging-drivers, and logging-driver plugins. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        volume: list[str] | None | Unset
        if isinstance(self.volume, Unset):
            volume = UNSET
        elif isinstance(self.volume, list):
            volume = self.volume

        else:
            volume = self.volume

        network: list[str] | None | Unset
        if isinstance(self.network, Unset):
            network = UNSET
        elif isinstance(self.network, list):
            network = self.network

        else:
            network = self.network

        authorization: list[str] | None | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        elif isinstance(self.authorization, list):
            authorization = self.authorization

        else:
            authorization = self.authorization

        log: list[str] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, list):
            log = self.log

        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if volume is not UNSET:
            field_dict["Volume"] = volume
        if network is not UNSET:
            field_dict["Network"] = network
        if authorization is not UNSET:
            field_dict["Authorization"] = authorization
        if log is not UNSET:
            field_dict["Log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)

        def _parse_volume(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            volume_type_0 = cast(list[str], data)

            return volume_type_0

        volume = _parse_volume(d.pop("Volume", UNSET))

        def _parse_network(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            network_type_0 = cast(list[str], data)

            return network_type_0

        network = _parse_network(d.pop("Network", UNSET))

        def _parse_authorization(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            authorization_type_0 = cast(list[str], data)

            return authorization_type_0

        authorization = _parse_authorization(d.pop("Authorization", UNSET))

        def _parse_log(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            log_type_0 = cast(list[str], data)

            return log_type_0

        log = _parse_log(d.pop("Log", UNSET))

        plugins_info = cls(
            volume=volume,
            network=network,
            authorization=authorization,
            log=log,
        )

        plugins_info.additional_properties = d
        return plugins_info

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
