from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.attestation_statement_statement import AttestationStatementStatement
    from ..models.oci_descriptor import OCIDescriptor


T = TypeVar("T", bound="AttestationStatement")


@_attrs_define
class AttestationStatement:
    """AttestationStatement is a single in-toto statement attached to an image."""

    descriptor: None | OCIDescriptor
    predicate_type: str
    """ The in-toto predicate type URI of this statement. """
    statement: AttestationStatementStatement | None | Unset = UNSET
    """ The verbatim in-toto statement JSON. Only included when the caller
    opts in via the `statement=true` query parameter; otherwise absent.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.attestation_statement_statement import AttestationStatementStatement  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415

        descriptor: dict[str, Any] | None
        if isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor

        predicate_type = self.predicate_type

        statement: dict[str, Any] | None | Unset
        if isinstance(self.statement, Unset):
            statement = UNSET
        elif isinstance(self.statement, AttestationStatementStatement):
            statement = self.statement.to_dict()
        else:
            statement = self.statement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Descriptor": descriptor,
                "PredicateType": predicate_type,
            }
        )
        if statement is not UNSET:
            field_dict["Statement"] = statement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.attestation_statement_statement import AttestationStatementStatement  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_descriptor(data: object) -> None | OCIDescriptor:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            descriptor_type_1 = OCIDescriptor.from_dict(data)

            return descriptor_type_1

        descriptor = _parse_descriptor(d.pop("Descriptor"))

        predicate_type = d.pop("PredicateType")

        def _parse_statement(data: object) -> AttestationStatementStatement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            statement_type_1 = AttestationStatementStatement.from_dict(data)

            return statement_type_1

        statement = _parse_statement(d.pop("Statement", UNSET))

        attestation_statement = cls(
            descriptor=descriptor,
            predicate_type=predicate_type,
            statement=statement,
        )

        attestation_statement.additional_properties = d
        return attestation_statement

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
