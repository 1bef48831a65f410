from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ExecStartConfig")


@_attrs_define
class ExecStartConfig:
    detach: bool | Unset = UNSET
    """ Detach from the command. """
    tty: bool | Unset = UNSET
    """ Allocate a pseudo-TTY. """
    console_size: list[int] | None | Unset = UNSET
    """ Initial console size, as an `[height, width]` array. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        detach = self.detach

        tty = self.tty

        console_size: list[int] | None | Unset
        if isinstance(self.console_size, Unset):
            console_size = UNSET
        elif isinstance(self.console_size, list):
            console_size = self.console_size

        else:
            console_size = self.console_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detach is not UNSET:
            field_dict["Detach"] = detach
        if tty is not UNSET:
            field_dict["Tty"] = tty
        if console_size is not UNSET:
            field_dict["ConsoleSize"] = console_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        detach = d.pop("Detach", UNSET)

        tty = d.pop("Tty", UNSET)

        def _parse_console_size(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            console_size_type_0 = cast(list[int], data)

            return console_size_type_0

        console_size = _parse_console_size(d.pop("ConsoleSize", UNSET))

        exec_start_config = cls(
            detach=detach,
            tty=tty,
            console_size=console_size,
        )

        exec_start_config.additional_properties = d
        return exec_start_config

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
