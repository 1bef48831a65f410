from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.build_identity import BuildIdentity
    from ..models.pull_identity import PullIdentity
    from ..models.signature_identity import SignatureIdentity


T = TypeVar("T", bound="Identity")


@_attrs_define
class Identity:
    """Identity holds information about the identity and origin of the image.
    This is trusted information verified by the daemon and cannot be modified
    by tagging an image to a different name.

    """

    signature: list[SignatureIdentity] | None | Unset = UNSET
    """ Signature contains the properties of verified signatures for the image. """
    pull: list[PullIdentity] | None | Unset = UNSET
    """ Pull contains remote location information if image was created via pull.
    If image was pulled via mirror, this contains the original repository location.
    After successful push this images also contains the pushed repository location. """
    build: list[BuildIdentity] | None | Unset = UNSET
    """ Build contains build reference information if image was created via build. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        signature: list[dict[str, Any]] | None | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        elif isinstance(self.signature, list):
            signature = []
            for signature_type_0_item_data in self.signature:
                signature_type_0_item = signature_type_0_item_data.to_dict()
                signature.append(signature_type_0_item)

        else:
            signature = self.signature

        pull: list[dict[str, Any]] | None | Unset
        if isinstance(self.pull, Unset):
            pull = UNSET
        elif isinstance(self.pull, list):
            pull = []
            for pull_type_0_item_data in self.pull:
                pull_type_0_item = pull_type_0_item_data.to_dict()
                pull.append(pull_type_0_item)

        else:
            pull = self.pull

        build: list[dict[str, Any]] | None | Unset
        if isinstance(self.build, Unset):
            build = UNSET
        elif isinstance(self.build, list):
            build = []
            for build_type_0_item_data in self.build:
                build_type_0_item = build_type_0_item_data.to_dict()
                build.append(build_type_0_item)

        else:
            build = self.build

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if signature is not UNSET:
            field_dict["Signature"] = signature
        if pull is not UNSET:
            field_dict["Pull"] = pull
        if build is not UNSET:
            field_dict["Build"] = build

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.build_identity import BuildIdentity  # noqa: PLC0415
        from ..models.pull_identity import PullIdentity  # noqa: PLC0415
        from ..models.signature_identity import SignatureIdentity  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_signature(data: object) -> list[SignatureIdentity] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            signature_type_0 = []
            _signature_type_0 = data
            for signature_type_0_item_data in _signature_type_0:
                signature_type_0_item = SignatureIdentity.from_dict(signature_type_0_item_data)

                signature_type_0.append(signature_type_0_item)

            return signature_type_0

        signature = _parse_signature(d.pop("Signature", UNSET))

        def _parse_pull(data: object) -> list[PullIdentity] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            pull_type_0 = []
            _pull_type_0 = data
            for pull_type_0_item_data in _pull_type_0:
                pull_type_0_item = PullIdentity.from_dict(pull_type_0_item_data)

                pull_type_0.append(pull_type_0_item)

            return pull_type_0

        pull = _parse_pull(d.pop("Pull", UNSET))

        def _parse_build(data: object) -> list[BuildIdentity] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            build_type_0 = []
            _build_type_0 = data
            for build_type_0_item_data in _build_type_0:
                build_type_0_item = BuildIdentity.from_dict(build_type_0_item_data)

                build_type_0.append(build_type_0_item)

            return build_type_0

        build = _parse_build(d.pop("Build", UNSET))

        identity = cls(
            signature=signature,
            pull=pull,
            build=build,
        )

        identity.additional_properties = d
        return identity

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
