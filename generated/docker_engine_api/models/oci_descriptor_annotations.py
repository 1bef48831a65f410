from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="OCIDescriptorAnnotations")


class OCIDescriptorAnnotations(dict[str, "str"]):
    """Arbitrary metadata relating to the targeted content.

    Example:
        {'com.docker.official-images.bashbrew.arch': 'amd64', 'org.opencontainers.image.base.digest':
            'sha256:0d0ef5c914d3ea700147da1bd050c59edb8bb12ca312f3800b29d7c8087eabd8', 'org.opencontainers.image.base.name':
            'scratch', 'org.opencontainers.image.created': '2025-01-27T00:00:00Z', 'org.opencontainers.image.revision':
            '9fabb4bad5138435b01857e2fe9363e2dc5f6a79', 'org.opencontainers.image.source': 'https://git.launchpad.net/cloud-
            images/+oci/ubuntu-base', 'org.opencontainers.image.url': 'https://hub.docker.com/_/ubuntu',
            'org.opencontainers.image.version': '24.04'}

    A map: a ``dict`` of str values.
    """

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict.update(self)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return cls(src_dict)

    @property
    def additional_properties(self) -> dict[str, str]:
        """The entries: the map itself (other models keep unknown fields under this name)."""
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"
