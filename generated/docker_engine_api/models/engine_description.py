from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.engine_description_labels import EngineDescriptionLabels
    from ..models.engine_description_plugins_item import EngineDescriptionPluginsItem


T = TypeVar("T", bound="EngineDescription")


@_attrs_define
class EngineDescription:
    """EngineDescription provides information about an engine."""

    engine_version: str | Unset = UNSET
    labels: EngineDescriptionLabels | None | Unset = UNSET
    plugins: list[EngineDescriptionPluginsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.engine_description_labels import EngineDescriptionLabels  # noqa: PLC0415

        engine_version = self.engine_version

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, EngineDescriptionLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        plugins: list[dict[str, Any]] | None | Unset
        if isinstance(self.plugins, Unset):
            plugins = UNSET
        elif isinstance(self.plugins, list):
            plugins = []
            for plugins_type_0_item_data in self.plugins:
                plugins_type_0_item = plugins_type_0_item_data.to_dict()
                plugins.append(plugins_type_0_item)

        else:
            plugins = self.plugins

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engine_version is not UNSET:
            field_dict["EngineVersion"] = engine_version
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if plugins is not UNSET:
            field_dict["Plugins"] = plugins

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.engine_description_labels import EngineDescriptionLabels  # noqa: PLC0415
        from ..models.engine_description_plugins_item import EngineDescriptionPluginsItem  # noqa: PLC0415

        d = dict(src_dict)
        engine_version = d.pop("EngineVersion", UNSET)

        def _parse_labels(data: object) -> EngineDescriptionLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = EngineDescriptionLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        def _parse_plugins(data: object) -> list[EngineDescriptionPluginsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            plugins_type_0 = []
            _plugins_type_0 = data
            for plugins_type_0_item_data in _plugins_type_0:
                plugins_type_0_item = EngineDescriptionPluginsItem.from_dict(
                    plugins_type_0_item_data
                )

                plugins_type_0.append(plugins_type_0_item)

            return plugins_type_0

        plugins = _parse_plugins(d.pop("Plugins", UNSET))

        engine_description = cls(
            engine_version=engine_version,
            labels=labels,
            plugins=plugins,
        )

        engine_description.additional_properties = d
        return engine_description

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
