from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_timestamp_type import SignatureTimestampType, check_signature_timestamp_type
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SignatureTimestamp")


@_attrs_define
class SignatureTimestamp:
    """SignatureTimestamp contains information about a verified signed timestamp for an image signature."""

    type: SignatureTimestampType | Unset = UNSET
    """ SignatureTimestampType is the type of timestamp used in the signature. """
    uri: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type

        uri = self.uri

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type is not UNSET:
            field_dict["Type"] = type
        if uri is not UNSET:
            field_dict["URI"] = uri
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        d = dict(src_dict)
        _type = d.pop("Type", UNSET)
        type: SignatureTimestampType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            type = check_signature_timestamp_type(_type)

        uri = d.pop("URI", UNSET)

        _timestamp = d.pop("Timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        signature_timestamp = cls(
            type=type,
            uri=uri,
            timestamp=timestamp,
        )

        signature_timestamp.additional_properties = d
        return signature_timestamp

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
