from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.limit import Limit
    from ..models.resource_object import ResourceObject


T = TypeVar("T", bound="TaskSpecResources")


@_attrs_define
class TaskSpecResources:
    """Resource requirements which apply to each individual container created
    as part of the service.

    """

    limits: Limit | None | Unset = UNSET
    """ Define resources limits. """
    reservations: None | ResourceObject | Unset = UNSET
    """ Define resources reservation. """
    swap_bytes: int | None | Unset = UNSET
    """ Amount of swap in bytes - can only be used together with a memory limit.
    If not specified, the default behaviour is to grant a swap space twice
    as big as the memory limit.
    Set to -1 to enable unlimited swap.
     """
    memory_swappiness: int | None | Unset = UNSET
    """ Tune the service's containers' memory swappiness (0 to 100).
    If not specified, defaults to the containers' OS' default, generally 60,
    or whatever value was predefined in the image.
    Set to -1 to unset a previously set value.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.limit import Limit  # noqa: PLC0415
        from ..models.resource_object import ResourceObject  # noqa: PLC0415

        limits: dict[str, Any] | None | Unset
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, Limit):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        reservations: dict[str, Any] | None | Unset
        if isinstance(self.reservations, Unset):
            reservations = UNSET
        elif isinstance(self.reservations, ResourceObject):
            reservations = self.reservations.to_dict()
        else:
            reservations = self.reservations

        swap_bytes: int | None | Unset
        if isinstance(self.swap_bytes, Unset):
            swap_bytes = UNSET
        else:
            swap_bytes = self.swap_bytes

        memory_swappiness: int | None | Unset
        if isinstance(self.memory_swappiness, Unset):
            memory_swappiness = UNSET
        else:
            memory_swappiness = self.memory_swappiness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limits is not UNSET:
            field_dict["Limits"] = limits
        if reservations is not UNSET:
            field_dict["Reservations"] = reservations
        if swap_bytes is not UNSET:
            field_dict["SwapBytes"] = swap_bytes
        if memory_swappiness is not UNSET:
            field_dict["MemorySwappiness"] = memory_swappiness

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.limit import Limit  # noqa: PLC0415
        from ..models.resource_object import ResourceObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_limits(data: object) -> Limit | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            limits_type_1 = Limit.from_dict(data)

            return limits_type_1

        limits = _parse_limits(d.pop("Limits", UNSET))

        def _parse_reservations(data: object) -> None | ResourceObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            reservations_type_1 = ResourceObject.from_dict(data)

            return reservations_type_1

        reservations = _parse_reservations(d.pop("Reservations", UNSET))

        def _parse_swap_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        swap_bytes = _parse_swap_bytes(d.pop("SwapBytes", UNSET))

        def _parse_memory_swappiness(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_swappiness = _parse_memory_swappiness(d.pop("MemorySwappiness", UNSET))

        task_spec_resources = cls(
            limits=limits,
            reservations=reservations,
            swap_bytes=swap_bytes,
            memory_swappiness=memory_swappiness,
        )

        task_spec_resources.additional_properties = d
        return task_spec_resources

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
