from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.generic_resources_item import GenericResourcesItem


T = TypeVar("T", bound="ResourceObject")


@_attrs_define
class ResourceObject:
    """An object describing the resources which can be advertised by a node and
    requested by a task.

    """

    nano_cpus: int | Unset = UNSET
    memory_bytes: int | Unset = UNSET
    generic_resources: list[GenericResourcesItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        nano_cpus = self.nano_cpus

        memory_bytes = self.memory_bytes

        generic_resources: list[dict[str, Any]] | None | Unset
        if isinstance(self.generic_resources, Unset):
            generic_resources = UNSET
        elif isinstance(self.generic_resources, list):
            generic_resources = []
            for componentsschemas_generic_resources_item_data in self.generic_resources:
                componentsschemas_generic_resources_item = (
                    componentsschemas_generic_resources_item_data.to_dict()
                )
                generic_resources.append(componentsschemas_generic_resources_item)

        else:
            generic_resources = self.generic_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nano_cpus is not UNSET:
            field_dict["NanoCPUs"] = nano_cpus
        if memory_bytes is not UNSET:
            field_dict["MemoryBytes"] = memory_bytes
        if generic_resources is not UNSET:
            field_dict["GenericResources"] = generic_resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.generic_resources_item import GenericResourcesItem  # noqa: PLC0415

        d = dict(src_dict)
        nano_cpus = d.pop("NanoCPUs", UNSET)

        memory_bytes = d.pop("MemoryBytes", UNSET)

        def _parse_generic_resources(data: object) -> list[GenericResourcesItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            generic_resources_type_1 = []
            _generic_resources_type_1 = data
            for componentsschemas_generic_resources_item_data in _generic_resources_type_1:
                componentsschemas_generic_resources_item = GenericResourcesItem.from_dict(
                    componentsschemas_generic_resources_item_data
                )

                generic_resources_type_1.append(componentsschemas_generic_resources_item)

            return generic_resources_type_1

        generic_resources = _parse_generic_resources(d.pop("GenericResources", UNSET))

        resource_object = cls(
            nano_cpus=nano_cpus,
            memory_bytes=memory_bytes,
            generic_resources=generic_resources,
        )

        resource_object.additional_properties = d
        return resource_object

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
