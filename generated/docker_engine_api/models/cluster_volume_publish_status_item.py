from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_volume_publish_status_item_state import (
    ClusterVolumePublishStatusItemState,
    check_cluster_volume_publish_status_item_state,
)
from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.cluster_volume_publish_status_item_publish_context import (
        ClusterVolumePublishStatusItemPublishContext,
    )


T = TypeVar("T", bound="ClusterVolumePublishStatusItem")


@_attrs_define
class ClusterVolumePublishStatusItem:
    node_id: str | Unset = UNSET
    """ The ID of the Swarm node the volume is published on.
     """
    state: ClusterVolumePublishStatusItemState | Unset = UNSET
    """ The published state of the volume.
    * `pending-publish` The volume should be published to this node, but the call to the controller plugin to do so
    has not yet been successfully completed.
    * `published` The volume is published successfully to the node.
    * `pending-node-unpublish` The volume should be unpublished from the node, and the manager is awaiting
    confirmation from the worker that it has done so.
    * `pending-controller-unpublish` The volume is successfully unpublished from the node, but has not yet been
    successfully unpublished on the controller.
     """
    publish_context: ClusterVolumePublishStatusItemPublishContext | None | Unset = UNSET
    """ A map of strings to strings returned by the CSI controller
    plugin when a volume is published.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.cluster_volume_publish_status_item_publish_context import (
            ClusterVolumePublishStatusItemPublishContext,  # noqa: PLC0415
        )

        node_id = self.node_id

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        publish_context: dict[str, Any] | None | Unset
        if isinstance(self.publish_context, Unset):
            publish_context = UNSET
        elif isinstance(self.publish_context, ClusterVolumePublishStatusItemPublishContext):
            publish_context = self.publish_context.to_dict()
        else:
            publish_context = self.publish_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["NodeID"] = node_id
        if state is not UNSET:
            field_dict["State"] = state
        if publish_context is not UNSET:
            field_dict["PublishContext"] = publish_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.cluster_volume_publish_status_item_publish_context import (
            ClusterVolumePublishStatusItemPublishContext,  # noqa: PLC0415
        )

        d = dict(src_dict)
        node_id = d.pop("NodeID", UNSET)

        _state = d.pop("State", UNSET)
        state: ClusterVolumePublishStatusItemState | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_cluster_volume_publish_status_item_state(_state)

        def _parse_publish_context(
            data: object,
        ) -> ClusterVolumePublishStatusItemPublishContext | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            publish_context_type_1 = ClusterVolumePublishStatusItemPublishContext.from_dict(data)

            return publish_context_type_1

        publish_context = _parse_publish_context(d.pop("PublishContext", UNSET))

        cluster_volume_publish_status_item = cls(
            node_id=node_id,
            state=state,
            publish_context=publish_context,
        )

        cluster_volume_publish_status_item.additional_properties = d
        return cluster_volume_publish_status_item

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
