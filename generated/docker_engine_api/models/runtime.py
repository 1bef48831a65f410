from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.runtime_status import RuntimeStatus


T = TypeVar("T", bound="Runtime")


@_attrs_define
class Runtime:
    """Runtime describes an [OCI compliant](https://github.com/opencontainers/runtime-spec)
    runtime.

    The runtime is invoked by the daemon via the `containerd` daemon. OCI
    runtimes act as an interface to the Linux kernel namespaces, cgroups,
    and SELinux.

    """

    path: str | Unset = UNSET
    """ Name and, optional, path, of the OCI executable binary.

    If the path is omitted, the daemon searches the host's `$PATH` for the
    binary and uses the first result.
     """
    runtime_args: list[str] | None | Unset = UNSET
    """ List of command-line arguments to pass to the runtime when invoked.
     """
    status: None | RuntimeStatus | Unset = UNSET
    """ Information specific to the runtime.

    While this API specification does not define data provided by runtimes,
    the following well-known properties may be provided by runtimes:

    `org.opencontainers.runtime-spec.features`: features structure as defined
    in the [OCI Runtime Specification](https://github.com/opencontainers/runtime-spec/blob/main/features.md),
    in a JSON string representation.

    <p><br /></p>

    > **Note**: The information returned in this field, including the
    > formatting of values and labels, should not be considered stable,
    > and may change without notice.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.runtime_status import RuntimeStatus  # noqa: PLC0415

        path = self.path

        runtime_args: list[str] | None | Unset
        if isinstance(self.runtime_args, Unset):
            runtime_args = UNSET
        elif isinstance(self.runtime_args, list):
            runtime_args = self.runtime_args

        else:
            runtime_args = self.runtime_args

        status: dict[str, Any] | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, RuntimeStatus):
            status = self.status.to_dict()
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if runtime_args is not UNSET:
            field_dict["runtimeArgs"] = runtime_args
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.runtime_status import RuntimeStatus  # noqa: PLC0415

        d = dict(src_dict)
        path = d.pop("path", UNSET)

        def _parse_runtime_args(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            runtime_args_type_0 = cast(list[str], data)

            return runtime_args_type_0

        runtime_args = _parse_runtime_args(d.pop("runtimeArgs", UNSET))

        def _parse_status(data: object) -> None | RuntimeStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            status_type_1 = RuntimeStatus.from_dict(data)

            return status_type_1

        status = _parse_status(d.pop("status", UNSET))

        runtime = cls(
            path=path,
            runtime_args=runtime_args,
            status=status,
        )

        runtime.additional_properties = d
        return runtime

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
