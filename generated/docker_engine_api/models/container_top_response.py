from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ContainerTopResponse")


@_attrs_define
class ContainerTopResponse:
    """Container "top" response."""

    titles: list[str] | None | Unset = UNSET
    """ The ps column titles """
    processes: list[list[str]] | None | Unset = UNSET
    """ Each process running in the container, where each process
    is an array of values corresponding to the titles. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        titles: list[str] | None | Unset
        if isinstance(self.titles, Unset):
            titles = UNSET
        elif isinstance(self.titles, list):
            titles = self.titles

        else:
            titles = self.titles

        processes: list[list[str]] | None | Unset
        if isinstance(self.processes, Unset):
            processes = UNSET
        elif isinstance(self.processes, list):
            processes = []
            for processes_type_0_item_data in self.processes:
                processes_type_0_item = processes_type_0_item_data

                processes.append(processes_type_0_item)

        else:
            processes = self.processes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if titles is not UNSET:
            field_dict["Titles"] = titles
        if processes is not UNSET:
            field_dict["Processes"] = processes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)

        def _parse_titles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            titles_type_0 = cast(list[str], data)

            return titles_type_0

        titles = _parse_titles(d.pop("Titles", UNSET))

        def _parse_processes(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            processes_type_0 = []
            _processes_type_0 = data
            for processes_type_0_item_data in _processes_type_0:
                processes_type_0_item = cast(list[str], processes_type_0_item_data)

                processes_type_0.append(processes_type_0_item)

            return processes_type_0

        processes = _parse_processes(d.pop("Processes", UNSET))

        container_top_response = cls(
            titles=titles,
            processes=processes,
        )

        container_top_response.additional_properties = d
        return container_top_response

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
