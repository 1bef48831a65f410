from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_status import HealthStatus, check_health_status
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.healthcheck_result import HealthcheckResult


T = TypeVar("T", bound="Health")


@_attrs_define
class Health:
    """Health stores information about the container's healthcheck results."""

    status: HealthStatus | Unset = UNSET
    """ Status is one of `none`, `starting`, `healthy` or `unhealthy`

    - "none"      Indicates there is no healthcheck
    - "starting"  Starting indicates that the container is not yet ready
    - "healthy"   Healthy indicates that the container is running correctly
    - "unhealthy" Unhealthy indicates that the container has a problem
     """
    failing_streak: int | Unset = UNSET
    """ FailingStreak is the number of consecutive failures """
    log: list[HealthcheckResult | None] | None | Unset = UNSET
    """ Log contains the last few results (oldest first)
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.healthcheck_result import HealthcheckResult  # noqa: PLC0415

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        failing_streak = self.failing_streak

        log: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, list):
            log = []
            for log_type_0_item_data in self.log:
                log_type_0_item: dict[str, Any] | None
                if isinstance(log_type_0_item_data, HealthcheckResult):
                    log_type_0_item = log_type_0_item_data.to_dict()
                else:
                    log_type_0_item = log_type_0_item_data
                log.append(log_type_0_item)

        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if failing_streak is not UNSET:
            field_dict["FailingStreak"] = failing_streak
        if log is not UNSET:
            field_dict["Log"] = log

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.healthcheck_result import HealthcheckResult  # noqa: PLC0415

        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: HealthStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_health_status(_status)

        failing_streak = d.pop("FailingStreak", UNSET)

        def _parse_log(data: object) -> list[HealthcheckResult | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            log_type_0 = []
            _log_type_0 = data
            for log_type_0_item_data in _log_type_0:

                def _parse_log_type_0_item(data: object) -> HealthcheckResult | None:
                    if data is None:
                        return data
                    if not isinstance(data, dict):
                        raise TypeError()
                    log_type_0_item_type_1 = HealthcheckResult.from_dict(data)

                    return log_type_0_item_type_1

                log_type_0_item = _parse_log_type_0_item(log_type_0_item_data)

                log_type_0.append(log_type_0_item)

            return log_type_0

        log = _parse_log(d.pop("Log", UNSET))

        health = cls(
            status=status,
            failing_streak=failing_streak,
            log=log,
        )

        health.additional_properties = d
        return health

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
