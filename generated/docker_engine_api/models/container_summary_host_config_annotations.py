from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ContainerSummaryHostConfigAnnotations")


@_attrs_define
class ContainerSummaryHostConfigAnnotations:
    """Arbitrary key-value metadata attached to the container.

    Example:
        {'io.kubernetes.docker.type': 'container', 'io.kubernetes.sandbox.id':
            '3befe639bed0fd6afdd65fd1fa84506756f59360ec4adc270b0fdac9be22b4d3'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        container_summary_host_config_annotations = cls()

        container_summary_host_config_annotations.additional_properties = d
        return container_summary_host_config_annotations

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
