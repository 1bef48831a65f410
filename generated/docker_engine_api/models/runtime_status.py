from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

T = TypeVar("T", bound="RuntimeStatus")


class RuntimeStatus(dict[str, "str"]):
    """Information specific to the runtime.

    While this API specification does not define data provided by runtimes,
    the following well-known properties may be provided by runtimes:

    `org.opencontainers.runtime-spec.features`: features structure as defined
    in the [OCI Runtime Specification](https://github.com/opencontainers/runtime-spec/blob/main/features.md),
    in a JSON string representation.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.

        Example:
            {'org.opencontainers.runtime-spec.features': '{"ociVersionMin":"1.0.0","ociVersionMax":"1.1.0","...":"..."}'}

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
