from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.image_delete_response_item import ImageDeleteResponseItem


T = TypeVar("T", bound="ImagePruneResponse")


@_attrs_define
class ImagePruneResponse:
    images_deleted: list[ImageDeleteResponseItem] | None | Unset = UNSET
    """ Images that were deleted """
    space_reclaimed: int | Unset = UNSET
    """ Disk space reclaimed in bytes """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        images_deleted: list[dict[str, Any]] | None | Unset
        if isinstance(self.images_deleted, Unset):
            images_deleted = UNSET
        elif isinstance(self.images_deleted, list):
            images_deleted = []
            for images_deleted_type_0_item_data in self.images_deleted:
                images_deleted_type_0_item = images_deleted_type_0_item_data.to_dict()
                images_deleted.append(images_deleted_type_0_item)

        else:
            images_deleted = self.images_deleted

        space_reclaimed = self.space_reclaimed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if images_deleted is not UNSET:
            field_dict["ImagesDeleted"] = images_deleted
        if space_reclaimed is not UNSET:
            field_dict["SpaceReclaimed"] = space_reclaimed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.image_delete_response_item import ImageDeleteResponseItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_images_deleted(data: object) -> list[ImageDeleteResponseItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            images_deleted_type_0 = []
            _images_deleted_type_0 = data
            for images_deleted_type_0_item_data in _images_deleted_type_0:
                images_deleted_type_0_item = ImageDeleteResponseItem.from_dict(
                    images_deleted_type_0_item_data
                )

                images_deleted_type_0.append(images_deleted_type_0_item)

            return images_deleted_type_0

        images_deleted = _parse_images_deleted(d.pop("ImagesDeleted", UNSET))

        space_reclaimed = d.pop("SpaceReclaimed", UNSET)

        image_prune_response = cls(
            images_deleted=images_deleted,
            space_reclaimed=space_reclaimed,
        )

        image_prune_response.additional_properties = d
        return image_prune_response

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
