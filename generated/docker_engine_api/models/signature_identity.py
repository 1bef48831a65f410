from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_signer_identity import KnownSignerIdentity, check_known_signer_identity
from ..models.signature_type import SignatureType, check_signature_type
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.signature_timestamp import SignatureTimestamp
    from ..models.signer_identity import SignerIdentity


T = TypeVar("T", bound="SignatureIdentity")


@_attrs_define
class SignatureIdentity:
    """SignatureIdentity contains the properties of verified signatures for the image."""

    name: str | Unset = UNSET
    """ Name is a textual description summarizing the type of signature. """
    timestamps: list[SignatureTimestamp] | None | Unset = UNSET
    """ Timestamps contains a list of verified signed timestamps for the signature. """
    known_signer: KnownSignerIdentity | Unset = UNSET
    """ KnownSignerIdentity is an identifier for a special signer identity that is known to the implementation. """
    docker_reference: str | Unset = UNSET
    """ DockerReference is the Docker image reference associated with the signature.
    This is an optional field only present in older hashedrecord signatures. """
    signer: None | SignerIdentity | Unset = UNSET
    """ Signer contains information about the signer certificate used to sign the image. """
    signature_type: SignatureType | Unset = UNSET
    """ SignatureType is the type of signature format. """
    error: str | Unset = UNSET
    """ Error contains error information if signature verification failed.
    Other fields will be empty in this case. """
    warnings: list[str] | None | Unset = UNSET
    """ Warnings contains any warnings that occurred during signature verification.
    For example, if there was no internet connectivity and cached trust roots were used.
    Warning does not indicate a failed verification but may point to configuration issues. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.signer_identity import SignerIdentity  # noqa: PLC0415

        name = self.name

        timestamps: list[dict[str, Any]] | None | Unset
        if isinstance(self.timestamps, Unset):
            timestamps = UNSET
        elif isinstance(self.timestamps, list):
            timestamps = []
            for timestamps_type_0_item_data in self.timestamps:
                timestamps_type_0_item = timestamps_type_0_item_data.to_dict()
                timestamps.append(timestamps_type_0_item)

        else:
            timestamps = self.timestamps

        known_signer: str | Unset = UNSET
        if not isinstance(self.known_signer, Unset):
            known_signer = self.known_signer

        docker_reference = self.docker_reference

        signer: dict[str, Any] | None | Unset
        if isinstance(self.signer, Unset):
            signer = UNSET
        elif isinstance(self.signer, SignerIdentity):
            signer = self.signer.to_dict()
        else:
            signer = self.signer

        signature_type: str | Unset = UNSET
        if not isinstance(self.signature_type, Unset):
            signature_type = self.signature_type

        error = self.error

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if timestamps is not UNSET:
            field_dict["Timestamps"] = timestamps
        if known_signer is not UNSET:
            field_dict["KnownSigner"] = known_signer
        if docker_reference is not UNSET:
            field_dict["DockerReference"] = docker_reference
        if signer is not UNSET:
            field_dict["Signer"] = signer
        if signature_type is not UNSET:
            field_dict["SignatureType"] = signature_type
        if error is not UNSET:
            field_dict["Error"] = error
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.signature_timestamp import SignatureTimestamp  # noqa: PLC0415
        from ..models.signer_identity import SignerIdentity  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_timestamps(data: object) -> list[SignatureTimestamp] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            timestamps_type_0 = []
            _timestamps_type_0 = data
            for timestamps_type_0_item_data in _timestamps_type_0:
                timestamps_type_0_item = SignatureTimestamp.from_dict(timestamps_type_0_item_data)

                timestamps_type_0.append(timestamps_type_0_item)

            return timestamps_type_0

        timestamps = _parse_timestamps(d.pop("Timestamps", UNSET))

        _known_signer = d.pop("KnownSigner", UNSET)
        known_signer: KnownSignerIdentity | Unset
        if isinstance(_known_signer, Unset):
            known_signer = UNSET
        else:
            known_signer = check_known_signer_identity(_known_signer)

        docker_reference = d.pop("DockerReference", UNSET)

        def _parse_signer(data: object) -> None | SignerIdentity | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            signer_type_1 = SignerIdentity.from_dict(data)

            return signer_type_1

        signer = _parse_signer(d.pop("Signer", UNSET))

        _signature_type = d.pop("SignatureType", UNSET)
        signature_type: SignatureType | Unset
        if isinstance(_signature_type, Unset):
            signature_type = UNSET
        else:
            signature_type = check_signature_type(_signature_type)

        error = d.pop("Error", UNSET)

        def _parse_warnings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            warnings_type_0 = cast(list[str], data)

            return warnings_type_0

        warnings = _parse_warnings(d.pop("Warnings", UNSET))

        signature_identity = cls(
            name=name,
            timestamps=timestamps,
            known_signer=known_signer,
            docker_reference=docker_reference,
            signer=signer,
            signature_type=signature_type,
            error=error,
            warnings=warnings,
        )

        signature_identity.additional_properties = d
        return signature_identity

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
