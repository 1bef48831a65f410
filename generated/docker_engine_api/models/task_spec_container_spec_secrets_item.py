from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.task_spec_container_spec_secrets_item_file import (
        TaskSpecContainerSpecSecretsItemFile,
    )


T = TypeVar("T", bound="TaskSpecContainerSpecSecretsItem")


@_attrs_define
class TaskSpecContainerSpecSecretsItem:
    file: None | TaskSpecContainerSpecSecretsItemFile | Unset = UNSET
    """ File represents a specific target that is backed by a file.
     """
    secret_id: str | Unset = UNSET
    """ SecretID represents the ID of the specific secret that we're
    referencing.
     """
    secret_name: str | Unset = UNSET
    """ SecretName is the name of the secret that this references,
    but this is just provided for lookup/display purposes. The
    secret in the reference will be identified by its ID.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.task_spec_container_spec_secrets_item_file import (
            TaskSpecContainerSpecSecretsItemFile,  # noqa: PLC0415
        )

        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, TaskSpecContainerSpecSecretsItemFile):
            file = self.file.to_dict()
        else:
            file = self.file

        secret_id = self.secret_id

        secret_name = self.secret_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["File"] = file
        if secret_id is not UNSET:
            field_dict["SecretID"] = secret_id
        if secret_name is not UNSET:
            field_dict["SecretName"] = secret_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.task_spec_container_spec_secrets_item_file import (
            TaskSpecContainerSpecSecretsItemFile,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_file(data: object) -> None | TaskSpecContainerSpecSecretsItemFile | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            file_type_1 = TaskSpecContainerSpecSecretsItemFile.from_dict(data)

            return file_type_1

        file = _parse_file(d.pop("File", UNSET))

        secret_id = d.pop("SecretID", UNSET)

        secret_name = d.pop("SecretName", UNSET)

        task_spec_container_spec_secrets_item = cls(
            file=file,
            secret_id=secret_id,
            secret_name=secret_name,
        )

        task_spec_container_spec_secrets_item.additional_properties = d
        return task_spec_container_spec_secrets_item

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
