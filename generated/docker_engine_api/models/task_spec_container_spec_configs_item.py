from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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
    file: TaskSpecContainerSpecConfigsItemFile | Unset = UNSET
    """ File represents a specific target that is backed by a file.

    <p><br /><p>

    > **Note**: `Configs.File` and `Configs.Runtime` are mutually exclusive
     """
    runtime: TaskSpecContainerSpecConfigsItemRuntime | Unset = UNSET
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

    def to_dict(self) -> dict[str, Any]:
        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        runtime: dict[str, Any] | Unset = UNSET
        if not isinstance(self.runtime, Unset):
            runtime = self.runtime.to_dict()

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
        from ..models.task_spec_container_spec_configs_item_file import (
            TaskSpecContainerSpecConfigsItemFile,  # noqa: PLC0415
        )
        from ..models.task_spec_container_spec_configs_item_runtime import (
            TaskSpecContainerSpecConfigsItemRuntime,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _file = d.pop("File", UNSET)
        file: TaskSpecContainerSpecConfigsItemFile | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = TaskSpecContainerSpecConfigsItemFile.from_dict(_file)

        _runtime = d.pop("Runtime", UNSET)
        runtime: TaskSpecContainerSpecConfigsItemRuntime | Unset
        if isinstance(_runtime, Unset):
            runtime = UNSET
        else:
            runtime = TaskSpecContainerSpecConfigsItemRuntime.from_dict(_runtime)

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
