from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.swarm_spec_task_defaults_log_driver import SwarmSpecTaskDefaultsLogDriver


T = TypeVar("T", bound="SwarmSpecTaskDefaults")


@_attrs_define
class SwarmSpecTaskDefaults:
    """Defaults for creating tasks in this cluster."""

    log_driver: None | SwarmSpecTaskDefaultsLogDriver | Unset = UNSET
    """ The log driver to use for tasks created in the orchestrator if
    unspecified by a service.

    Updating this value only affects new tasks. Existing tasks continue
    to use their previously configured log driver until recreated.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.swarm_spec_task_defaults_log_driver import SwarmSpecTaskDefaultsLogDriver  # noqa: PLC0415

        log_driver: dict[str, Any] | None | Unset
        if isinstance(self.log_driver, Unset):
            log_driver = UNSET
        elif isinstance(self.log_driver, SwarmSpecTaskDefaultsLogDriver):
            log_driver = self.log_driver.to_dict()
        else:
            log_driver = self.log_driver

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_driver is not UNSET:
            field_dict["LogDriver"] = log_driver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.swarm_spec_task_defaults_log_driver import SwarmSpecTaskDefaultsLogDriver  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_log_driver(data: object) -> None | SwarmSpecTaskDefaultsLogDriver | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            log_driver_type_1 = SwarmSpecTaskDefaultsLogDriver.from_dict(data)

            return log_driver_type_1

        log_driver = _parse_log_driver(d.pop("LogDriver", UNSET))

        swarm_spec_task_defaults = cls(
            log_driver=log_driver,
        )

        swarm_spec_task_defaults.additional_properties = d
        return swarm_spec_task_defaults

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
