from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_wait_exit_error import ContainerWaitExitError


T = TypeVar("T", bound="ContainerWaitResponse")


@_attrs_define
class ContainerWaitResponse:
    """OK response to ContainerWait operation"""

    status_code: int
    """ Exit code of the container """
    error: ContainerWaitExitError | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_wait_exit_error import ContainerWaitExitError  # noqa: PLC0415

        status_code = self.status_code

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ContainerWaitExitError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "StatusCode": status_code,
            }
        )
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_wait_exit_error import ContainerWaitExitError  # noqa: PLC0415

        d = dict(src_dict)
        status_code = d.pop("StatusCode")

        def _parse_error(data: object) -> ContainerWaitExitError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            error_type_1 = ContainerWaitExitError.from_dict(data)

            return error_type_1

        error = _parse_error(d.pop("Error", UNSET))

        container_wait_response = cls(
            status_code=status_code,
            error=error,
        )

        container_wait_response.additional_properties = d
        return container_wait_response

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
