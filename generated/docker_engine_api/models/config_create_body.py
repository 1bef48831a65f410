from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.config_spec_labels import ConfigSpecLabels
    from ..models.driver import Driver


T = TypeVar("T", bound="ConfigCreateBody")


@_attrs_define
class ConfigCreateBody:
    name: str | Unset = UNSET
    """ User-defined name of the config. """
    labels: ConfigSpecLabels | None | Unset = UNSET
    """ User-defined key/value metadata. """
    data: str | Unset = UNSET
    """ Data is the data to store as a config, formatted as a standard base64-encoded
    ([RFC 4648](https://tools.ietf.org/html/rfc4648#section-4)) string.
    The maximum allowed size is 1000KB, as defined in [MaxConfigSize](https://pkg.go.dev/github.com/moby/swarmkit/v2
    @v2.0.0-20250103191802-8c1959736554/manager/controlapi#MaxConfigSize).
     """
    templating: Driver | None | Unset = UNSET
    """ Templating driver, if applicable

    Templating controls whether and how to evaluate the config payload as
    a template. If no driver is set, no templating is used.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.config_spec_labels import ConfigSpecLabels  # noqa: PLC0415
        from ..models.driver import Driver  # noqa: PLC0415

        name = self.name

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, ConfigSpecLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        data = self.data

        templating: dict[str, Any] | None | Unset
        if isinstance(self.templating, Unset):
            templating = UNSET
        elif isinstance(self.templating, Driver):
            templating = self.templating.to_dict()
        else:
            templating = self.templating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if labels is not UNSET:
            field_dict["Labels"] = labels
        if data is not UNSET:
            field_dict["Data"] = data
        if templating is not UNSET:
            field_dict["Templating"] = templating

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.config_spec_labels import ConfigSpecLabels  # noqa: PLC0415
        from ..models.driver import Driver  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_labels(data: object) -> ConfigSpecLabels | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = ConfigSpecLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels", UNSET))

        data = d.pop("Data", UNSET)

        def _parse_templating(data: object) -> Driver | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            templating_type_1 = Driver.from_dict(data)

            return templating_type_1

        templating = _parse_templating(d.pop("Templating", UNSET))

        config_create_body = cls(
            name=name,
            labels=labels,
            data=data,
            templating=templating,
        )

        config_create_body.additional_properties = d
        return config_create_body

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
