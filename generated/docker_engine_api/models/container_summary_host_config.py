from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.container_summary_host_config_annotations import (
        ContainerSummaryHostConfigAnnotations,
    )


T = TypeVar("T", bound="ContainerSummaryHostConfig")


@_attrs_define
class ContainerSummaryHostConfig:
    """Summary of host-specific runtime information of the container. This
    is a reduced set of information in the container's "HostConfig" as
    available in the container "inspect" response.

    """

    network_mode: str | Unset = UNSET
    """ Networking mode (`host`, `none`, `container:<id>`) or name of the
    primary network the container is using.

    This field is primarily for backward compatibility. The container
    can be connected to multiple networks for which information can be
    found in the `NetworkSettings.Networks` field, which enumerates
    settings per network. """
    annotations: ContainerSummaryHostConfigAnnotations | None | Unset = UNSET
    """ Arbitrary key-value metadata attached to the container. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.container_summary_host_config_annotations import (
            ContainerSummaryHostConfigAnnotations,  # noqa: PLC0415
        )

        network_mode = self.network_mode

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, ContainerSummaryHostConfigAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if network_mode is not UNSET:
            field_dict["NetworkMode"] = network_mode
        if annotations is not UNSET:
            field_dict["Annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.container_summary_host_config_annotations import (
            ContainerSummaryHostConfigAnnotations,  # noqa: PLC0415
        )

        d = dict(src_dict)
        network_mode = d.pop("NetworkMode", UNSET)

        def _parse_annotations(
            data: object,
        ) -> ContainerSummaryHostConfigAnnotations | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            annotations_type_1 = ContainerSummaryHostConfigAnnotations.from_dict(data)

            return annotations_type_1

        annotations = _parse_annotations(d.pop("Annotations", UNSET))

        container_summary_host_config = cls(
            network_mode=network_mode,
            annotations=annotations,
        )

        container_summary_host_config.additional_properties = d
        return container_summary_host_config

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
