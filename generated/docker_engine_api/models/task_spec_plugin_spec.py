from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.plugin_privilege import PluginPrivilege


T = TypeVar("T", bound="TaskSpecPluginSpec")


@_attrs_define
class TaskSpecPluginSpec:
    """Plugin spec for the service.  *(Experimental release only.)*

    <p><br /></p>

    > **Note**: ContainerSpec, NetworkAttachmentSpec, and PluginSpec are
    > mutually exclusive. PluginSpec is only used when the Runtime field
    > is set to `plugin`. NetworkAttachmentSpec is used when the Runtime
    > field is set to `attachment`.

    """

    name: str | Unset = UNSET
    """ The name or 'alias' to use for the plugin. """
    remote: str | Unset = UNSET
    """ The plugin image reference to use. """
    disabled: bool | Unset = UNSET
    """ Disable the plugin once scheduled. """
    plugin_privilege: list[PluginPrivilege] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        name = self.name

        remote = self.remote

        disabled = self.disabled

        plugin_privilege: list[dict[str, Any]] | None | Unset
        if isinstance(self.plugin_privilege, Unset):
            plugin_privilege = UNSET
        elif isinstance(self.plugin_privilege, list):
            plugin_privilege = []
            for plugin_privilege_type_0_item_data in self.plugin_privilege:
                plugin_privilege_type_0_item = plugin_privilege_type_0_item_data.to_dict()
                plugin_privilege.append(plugin_privilege_type_0_item)

        else:
            plugin_privilege = self.plugin_privilege

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if remote is not UNSET:
            field_dict["Remote"] = remote
        if disabled is not UNSET:
            field_dict["Disabled"] = disabled
        if plugin_privilege is not UNSET:
            field_dict["PluginPrivilege"] = plugin_privilege

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.plugin_privilege import PluginPrivilege  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        remote = d.pop("Remote", UNSET)

        disabled = d.pop("Disabled", UNSET)

        def _parse_plugin_privilege(data: object) -> list[PluginPrivilege] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            plugin_privilege_type_0 = []
            _plugin_privilege_type_0 = data
            for plugin_privilege_type_0_item_data in _plugin_privilege_type_0:
                plugin_privilege_type_0_item = PluginPrivilege.from_dict(
                    plugin_privilege_type_0_item_data
                )

                plugin_privilege_type_0.append(plugin_privilege_type_0_item)

            return plugin_privilege_type_0

        plugin_privilege = _parse_plugin_privilege(d.pop("PluginPrivilege", UNSET))

        task_spec_plugin_spec = cls(
            name=name,
            remote=remote,
            disabled=disabled,
            plugin_privilege=plugin_privilege,
        )

        task_spec_plugin_spec.additional_properties = d
        return task_spec_plugin_spec

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
