from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.join_tokens import JoinTokens


T = TypeVar("T", bound="Swarm")


@_attrs_define
class Swarm:
    join_tokens: JoinTokens | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.join_tokens import JoinTokens  # noqa: PLC0415

        join_tokens: dict[str, Any] | None | Unset
        if isinstance(self.join_tokens, Unset):
            join_tokens = UNSET
        elif isinstance(self.join_tokens, JoinTokens):
            join_tokens = self.join_tokens.to_dict()
        else:
            join_tokens = self.join_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if join_tokens is not UNSET:
            field_dict["JoinTokens"] = join_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.join_tokens import JoinTokens  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_join_tokens(data: object) -> JoinTokens | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            join_tokens_type_1 = JoinTokens.from_dict(data)

            return join_tokens_type_1

        join_tokens = _parse_join_tokens(d.pop("JoinTokens", UNSET))

        swarm = cls(
            join_tokens=join_tokens,
        )

        swarm.additional_properties = d
        return swarm

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
