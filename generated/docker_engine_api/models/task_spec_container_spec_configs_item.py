from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.task_spec_container_spec_configs_item_file import (
        TaskSpecContainerSpecConfigsItemFile,
    )
    from ..models.task_spec_container_spec_configs_item_runtime import (
        TaskSpecContainerSpecConfigsItemRuntime,
    )


T = TypeVar("T", bound="TaskSpecContainerSpecConfigsItem")


@_attrs_define
class TaskSpecContainerSpecConfigsItem:
    file: None | TaskSpecContainerSpecConfigsItemFile | Unset = UNSET
    """ File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive
     """
    runtime: None | TaskSpecContainerSpecConfigsItemRuntime | Unset = UNSET
    """ Runtime represents a target that is not mounted into the
    container but is used by the task

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually
    > exclusive
     """
    config_id: str | Unset = UNSET
    """ ConfigID represents the ID of the specific config that we're
    referencing.
     """
    config_name: str | Unset = UNSET
    """ ConfigName is the name of the config that this references,
    but this is just provided for lookup/display purposes. The
    config in the reference will be identified by its ID.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.task_spec_container_spec_configs_item_file import (
            TaskSpecContainerSpecConfigsItemFile,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_configs_item_runtime import (
            TaskSpecContainerSpecConfigsItemRuntime,  # noqa: PLC0415
        )

        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, TaskSpecContainerSpecConfigsItemFile):
            file = self.file.to_dict()
        else:
            file = self.file

        runtime: dict[str, Any] | None | Unset
        if isinstance(self.runtime, Unset):
            runtime = UNSET
        elif isinstance(self.runtime, TaskSpecContainerSpecConfigsItemRuntime):
            runtime = self.runtime.to_dict()
        else:
            runtime = self.runtime

        config_id = self.config_id

        config_name = self.config_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["File"] = file
        if runtime is not UNSET:
            field_dict["Runtime"] = runtime
        if config_id is not UNSET:
            field_dict["ConfigID"] = config_id
        if config_name is not UNSET:
            field_dict["ConfigName"] = config_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.task_spec_container_spec_configs_item_file import (
            TaskSpecContainerSpecConfigsItemFile,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_configs_item_runtime import (
            TaskSpecContainerSpecConfigsItemRuntime,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_file(data: object) -> None | TaskSpecContainerSpecConfigsItemFile | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            file_type_1 = TaskSpecContainerSpecConfigsItemFile.from_dict(data)

            return file_type_1

        file = _parse_file(d.pop("File", UNSET))

        def _parse_runtime(data: object) -> None | TaskSpecContainerSpecConfigsItemRuntime | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            runtime_type_1 = TaskSpecContainerSpecConfigsItemRuntime.from_dict(data)

            return runtime_type_1

        runtime = _parse_runtime(d.pop("Runtime", UNSET))

        config_id = d.pop("ConfigID", UNSET)

        config_name = d.pop("ConfigName", UNSET)

        task_spec_container_spec_configs_item = cls(
            file=file,
            runtime=runtime,
            config_id=config_id,
            config_name=config_name,
        )

        task_spec_container_spec_configs_item.additional_properties = d
        return task_spec_container_spec_configs_item

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
