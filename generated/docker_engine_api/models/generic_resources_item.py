from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.generic_resources_item_discrete_resource_spec import (
        GenericResourcesItemDiscreteResourceSpec,
    )
    from ..models.generic_resources_item_named_resource_spec import (
        GenericResourcesItemNamedResourceSpec,
    )


T = TypeVar("T", bound="GenericResourcesItem")


@_attrs_define
class GenericResourcesItem:
    named_resource_spec: GenericResourcesItemNamedResourceSpec | None | Unset = UNSET
    discrete_resource_spec: GenericResourcesItemDiscreteResourceSpec | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.generic_resources_item_discrete_resource_spec import (
            GenericResourcesItemDiscreteResourceSpec,  # noqa: PLC0415
        )
        from ..models.generic_resources_item_named_resource_spec import (
            GenericResourcesItemNamedResourceSpec,  # noqa: PLC0415
        )

        named_resource_spec: dict[str, Any] | None | Unset
        if isinstance(self.named_resource_spec, Unset):
            named_resource_spec = UNSET
        elif isinstance(self.named_resource_spec, GenericResourcesItemNamedResourceSpec):
            named_resource_spec = self.named_resource_spec.to_dict()
        else:
            named_resource_spec = self.named_resource_spec

        discrete_resource_spec: dict[str, Any] | None | Unset
        if isinstance(self.discrete_resource_spec, Unset):
            discrete_resource_spec = UNSET
        elif isinstance(self.discrete_resource_spec, GenericResourcesItemDiscreteResourceSpec):
            discrete_resource_spec = self.discrete_resource_spec.to_dict()
        else:
            discrete_resource_spec = self.discrete_resource_spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if named_resource_spec is not UNSET:
            field_dict["NamedResourceSpec"] = named_resource_spec
        if discrete_resource_spec is not UNSET:
            field_dict["DiscreteResourceSpec"] = discrete_resource_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.generic_resources_item_discrete_resource_spec import (
            GenericResourcesItemDiscreteResourceSpec,  # noqa: PLC0415
        )
        from ..models.generic_resources_item_named_resource_spec import (
            GenericResourcesItemNamedResourceSpec,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_named_resource_spec(
            data: object,
        ) -> GenericResourcesItemNamedResourceSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            named_resource_spec_type_1 = GenericResourcesItemNamedResourceSpec.from_dict(data)

            return named_resource_spec_type_1

        named_resource_spec = _parse_named_resource_spec(d.pop("NamedResourceSpec", UNSET))

        def _parse_discrete_resource_spec(
            data: object,
        ) -> GenericResourcesItemDiscreteResourceSpec | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            discrete_resource_spec_type_1 = GenericResourcesItemDiscreteResourceSpec.from_dict(data)

            return discrete_resource_spec_type_1

        discrete_resource_spec = _parse_discrete_resource_spec(d.pop("DiscreteResourceSpec", UNSET))

        generic_resources_item = cls(
            named_resource_spec=named_resource_spec,
            discrete_resource_spec=discrete_resource_spec,
        )

        generic_resources_item.additional_properties = d
        return generic_resources_item

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
