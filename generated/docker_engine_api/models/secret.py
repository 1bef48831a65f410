from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.object_version import ObjectVersion
    from ..models.secret_spec import SecretSpec


T = TypeVar("T", bound="Secret")


@_attrs_define
class Secret:
    id: str | Unset = UNSET
    version: None | ObjectVersion | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    spec: None | SecretSpec | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.secret_spec import SecretSpec  # noqa: PLC0415

        id = self.id

        version: dict[str, Any] | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ObjectVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        created_at = self.created_at

        updated_at = self.updated_at

        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, SecretSpec):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if version is not UNSET:
            field_dict["Version"] = version
        if created_at is not UNSET:
            field_dict["CreatedAt"] = created_at
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if spec is not UNSET:
            field_dict["Spec"] = spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.object_version import ObjectVersion  # noqa: PLC0415
        from ..models.secret_spec import SecretSpec  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("ID", UNSET)

        def _parse_version(data: object) -> None | ObjectVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            version_type_1 = ObjectVersion.from_dict(data)

            return version_type_1

        version = _parse_version(d.pop("Version", UNSET))

        created_at = d.pop("CreatedAt", UNSET)

        updated_at = d.pop("UpdatedAt", UNSET)

        def _parse_spec(data: object) -> None | SecretSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            spec_type_1 = SecretSpec.from_dict(data)

            return spec_type_1

        spec = _parse_spec(d.pop("Spec", UNSET))

        secret = cls(
            id=id,
            version=version,
            created_at=created_at,
            updated_at=updated_at,
            spec=spec,
        )

        secret.additional_properties = d
        return secret

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
