from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.image_manifest_summary import ImageManifestSummary
    from ..models.image_summary_labels import ImageSummaryLabels
    from ..models.oci_descriptor import OCIDescriptor


T = TypeVar("T", bound="ImageSummary")


@_attrs_define
class ImageSummary:
    id: str
    """ ID is the content-addressable ID of an image.

    This identifier is a content-addressable digest calculated from the
    image's configuration (which includes the digests of layers used by
    the image).

    Note that this digest differs from the `RepoDigests` below, which
    holds digests of image manifests that reference the image.
     """
    parent_id: str
    """ ID of the parent image.

    Depending on how the image was created, this field may be empty and
    is only set for images that were built/created locally. This field
    is empty if the image was pulled from an image registry.
     """
    repo_tags: list[str] | None
    """ List of image names/tags in the local image cache that reference this
    image.

    Multiple image tags can refer to the same image, and this list may be
    empty if no tags reference the image, in which case the image is
    "untagged", in which case it can still be referenced by its ID.
     """
    repo_digests: list[str] | None
    """ List of content-addressable digests of locally available image manifests
    that the image is referenced from. Multiple manifests can refer to the
    same image.

    These digests are usually only available if the image was either pulled
    from a registry, or if the image was pushed to a registry, which is when
    the manifest is generated and its digest calculated.
     """
    created: int
    """ Date and time at which the image was created as a Unix timestamp
    (number of seconds since EPOCH).
     """
    size: int
    """ Total size of the image including all layers it is composed of.
     """
    shared_size: int
    """ Total size of image layers that are shared between this image and other
    images.

    This size is not calculated by default. `-1` indicates that the value
    has not been set / calculated.
     """
    labels: ImageSummaryLabels | None
    """ User-defined key/value metadata. """
    containers: int
    """ Number of containers using this image. Includes both stopped and running
    containers.

    `-1` indicates that the value has not been set / calculated.
     """
    manifests: list[ImageManifestSummary] | None | Unset = UNSET
    """ Manifests is a list of manifests available in this image.
    It provides a more detailed view of the platform-specific image manifests
    or other image-attached data like build attestations.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    descriptor: None | OCIDescriptor | Unset = UNSET
    """ Descriptor is an OCI descriptor of the image target.
    In case of a multi-platform image, this descriptor points to the OCI index
    or a manifest list.

    This field is only present if the daemon provides a multi-platform image store.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.image_summary_labels import ImageSummaryLabels  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415

        id = self.id

        parent_id = self.parent_id

        repo_tags: list[str] | None
        if isinstance(self.repo_tags, list):
            repo_tags = self.repo_tags

        else:
            repo_tags = self.repo_tags

        repo_digests: list[str] | None
        if isinstance(self.repo_digests, list):
            repo_digests = self.repo_digests

        else:
            repo_digests = self.repo_digests

        created = self.created

        size = self.size

        shared_size = self.shared_size

        labels: dict[str, Any] | None
        if isinstance(self.labels, ImageSummaryLabels):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        containers = self.containers

        manifests: list[dict[str, Any]] | None | Unset
        if isinstance(self.manifests, Unset):
            manifests = UNSET
        elif isinstance(self.manifests, list):
            manifests = []
            for manifests_type_0_item_data in self.manifests:
                manifests_type_0_item = manifests_type_0_item_data.to_dict()
                manifests.append(manifests_type_0_item)

        else:
            manifests = self.manifests

        descriptor: dict[str, Any] | None | Unset
        if isinstance(self.descriptor, Unset):
            descriptor = UNSET
        elif isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "ParentId": parent_id,
                "RepoTags": repo_tags,
                "RepoDigests": repo_digests,
                "Created": created,
                "Size": size,
                "SharedSize": shared_size,
                "Labels": labels,
                "Containers": containers,
            }
        )
        if manifests is not UNSET:
            field_dict["Manifests"] = manifests
        if descriptor is not UNSET:
            field_dict["Descriptor"] = descriptor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.image_manifest_summary import ImageManifestSummary  # noqa: PLC0415
        from ..models.image_summary_labels import ImageSummaryLabels  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        parent_id = d.pop("ParentId")

        def _parse_repo_tags(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            repo_tags_type_0 = cast(list[str], data)

            return repo_tags_type_0

        repo_tags = _parse_repo_tags(d.pop("RepoTags"))

        def _parse_repo_digests(data: object) -> list[str] | None:
            if data is None:
                return data
            if not isinstance(data, list):
                raise TypeError()
            repo_digests_type_0 = cast(list[str], data)

            return repo_digests_type_0

        repo_digests = _parse_repo_digests(d.pop("RepoDigests"))

        created = d.pop("Created")

        size = d.pop("Size")

        shared_size = d.pop("SharedSize")

        def _parse_labels(data: object) -> ImageSummaryLabels | None:
            if data is None:
                return data
            if not isinstance(data, dict):
                raise TypeError()
            labels_type_1 = ImageSummaryLabels.from_dict(data)

            return labels_type_1

        labels = _parse_labels(d.pop("Labels"))

        containers = d.pop("Containers")

        def _parse_manifests(data: object) -> list[ImageManifestSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            manifests_type_0 = []
            _manifests_type_0 = data
            for manifests_type_0_item_data in _manifests_type_0:
                manifests_type_0_item = ImageManifestSummary.from_dict(manifests_type_0_item_data)

                manifests_type_0.append(manifests_type_0_item)

            return manifests_type_0

        manifests = _parse_manifests(d.pop("Manifests", UNSET))

        def _parse_descriptor(data: object) -> None | OCIDescriptor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            descriptor_type_1 = OCIDescriptor.from_dict(data)

            return descriptor_type_1

        descriptor = _parse_descriptor(d.pop("Descriptor", UNSET))

        image_summary = cls(
            id=id,
            parent_id=parent_id,
            repo_tags=repo_tags,
            repo_digests=repo_digests,
            created=created,
            size=size,
            shared_size=shared_size,
            labels=labels,
            containers=containers,
            manifests=manifests,
            descriptor=descriptor,
        )

        image_summary.additional_properties = d
        return image_summary

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
