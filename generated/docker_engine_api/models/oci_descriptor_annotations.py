from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OCIDescriptorAnnotations")


@_attrs_define
class OCIDescriptorAnnotations:
    """Arbitrary metadata relating to the targeted content.

    Example:
        {'com.docker.official-images.bashbrew.arch': 'amd64', 'org.opencontainers.image.base.digest':
            'sha256:0d0ef5c914d3ea700147da1bd050c59edb8bb12ca312f3800b29d7c8087eabd8', 'org.opencontainers.image.base.name':
            'scratch', 'org.opencontainers.image.created': '2025-01-27T00:00:00Z', 'org.opencontainers.image.revision':
            '9fabb4bad5138435b01857e2fe9363e2dc5f6a79', 'org.opencontainers.image.source': 'https://git.launchpad.net/cloud-
            images/+oci/ubuntu-base', 'org.opencontainers.image.url': 'https://hub.docker.com/_/ubuntu',
            'org.opencontainers.image.version': '24.04'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        oci_descriptor_annotations = cls()

        oci_descriptor_annotations.additional_properties = d
        return oci_descriptor_annotations

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
