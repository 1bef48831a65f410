from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

if TYPE_CHECKING:
    from ..models.driver_data import DriverData
    from ..models.identity import Identity
    from ..models.image_config import ImageConfig
    from ..models.image_inspect_metadata import ImageInspectMetadata
    from ..models.image_inspect_root_fs import ImageInspectRootFS
    from ..models.image_manifest_summary import ImageManifestSummary
    from ..models.oci_descriptor import OCIDescriptor


T = TypeVar("T", bound="ImageInspect")


@_attrs_define
class ImageInspect:
    """Information about an image in the local image cache."""

    id: str | Unset = UNSET
    """ ID is the content-addressable ID of an image.

    This identifier is a content-addressable digest calculated from the
    image's configuration (which includes the digests of layers used by
    the image).

    Note that this digest differs from the `RepoDigests` below, which
    holds digests of image manifests that reference the image.
     """
    descriptor: None | OCIDescriptor | Unset = UNSET
    """ Descriptor is an OCI descriptor of the image target.
    In case of a multi-platform image, this descriptor points to the OCI index
    or a manifest list.

    This field is only present if the daemon provides a multi-platform image store.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    manifests: list[ImageManifestSummary] | None | Unset = UNSET
    """ Manifests is a list of image manifests available in this image. It
    provides a more detailed view of the platform-specific image manifests or
    other image-attached data like build attestations.

    Only available if the daemon provides a multi-platform image store
    and the `manifests` option is set in the inspect request.

    WARNING: This is experimental and may change at any time without any backward
    compatibility.
     """
    identity: Identity | None | Unset = UNSET
    """ Identity holds information about the identity and origin of the image.
    This is trusted information verified by the daemon and cannot be modified
    by tagging an image to a different name. """
    repo_tags: list[str] | None | Unset = UNSET
    """ List of image names/tags in the local image cache that reference this
    image.

    Multiple image tags can refer to the same image, and this list may be
    empty if no tags reference the image, in which case the image is
    "untagged", in which case it can still be referenced by its ID.
     """
    repo_digests: list[str] | None | Unset = UNSET
    """ List of content-addressable digests of locally available image manifests
    that the image is referenced from. Multiple manifests can refer to the
    same image.

    These digests are usually only available if the image was either pulled
    from a registry, or if the image was pushed to a registry, which is when
    the manifest is generated and its digest calculated.
     """
    comment: None | str | Unset = UNSET
    """ Optional message that was set when committing or importing the image.
     """
    created: None | str | Unset = UNSET
    """ Date and time at which the image was created, formatted in
    [RFC 3339](https://www.ietf.org/rfc/rfc3339.txt) format with nano-seconds.

    This information is only available if present in the image,
    and omitted otherwise.
     """
    author: None | str | Unset = UNSET
    """ Name of the author that was specified when committing the image, or as
    specified through MAINTAINER (deprecated) in the Dockerfile.
     """
    config: ImageConfig | None | Unset = UNSET
    architecture: str | Unset = UNSET
    """ Hardware CPU architecture that the image runs on.
     """
    variant: None | str | Unset = UNSET
    """ CPU architecture variant (presently ARM-only).
     """
    os: str | Unset = UNSET
    """ Operating System the image is built to run on.
     """
    os_version: None | str | Unset = UNSET
    """ Operating System version the image is built to run on (especially
    for Windows).
     """
    size: int | Unset = UNSET
    """ Total size of the image including all layers it is composed of.
     """
    graph_driver: DriverData | None | Unset = UNSET
    root_fs: ImageInspectRootFS | None | Unset = UNSET
    """ Information about the image's RootFS, including the layer IDs.
     """
    metadata: ImageInspectMetadata | None | Unset = UNSET
    """ Additional metadata of the image in the local cache. This information
    is local to the daemon, and not part of the image itself.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields this API version does not know (sent by newer engines), by wire name. """

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON data with the API's field names (unset fields left out)."""
        from ..models.driver_data import DriverData  # noqa: PLC0415
        from ..models.identity import Identity  # noqa: PLC0415
        from ..models.image_config import ImageConfig  # noqa: PLC0415
        from ..models.image_inspect_metadata import ImageInspectMetadata  # noqa: PLC0415
        from ..models.image_inspect_root_fs import ImageInspectRootFS  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415

        id = self.id

        descriptor: dict[str, Any] | None | Unset
        if isinstance(self.descriptor, Unset):
            descriptor = UNSET
        elif isinstance(self.descriptor, OCIDescriptor):
            descriptor = self.descriptor.to_dict()
        else:
            descriptor = self.descriptor

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

        identity: dict[str, Any] | None | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, Identity):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        repo_tags: list[str] | None | Unset
        if isinstance(self.repo_tags, Unset):
            repo_tags = UNSET
        elif isinstance(self.repo_tags, list):
            repo_tags = self.repo_tags

        else:
            repo_tags = self.repo_tags

        repo_digests: list[str] | None | Unset
        if isinstance(self.repo_digests, Unset):
            repo_digests = UNSET
        elif isinstance(self.repo_digests, list):
            repo_digests = self.repo_digests

        else:
            repo_digests = self.repo_digests

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ImageConfig):
            config = self.config.to_dict()
        else:
            config = self.config

        architecture = self.architecture

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        os = self.os

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        size = self.size

        graph_driver: dict[str, Any] | None | Unset
        if isinstance(self.graph_driver, Unset):
            graph_driver = UNSET
        elif isinstance(self.graph_driver, DriverData):
            graph_driver = self.graph_driver.to_dict()
        else:
            graph_driver = self.graph_driver

        root_fs: dict[str, Any] | None | Unset
        if isinstance(self.root_fs, Unset):
            root_fs = UNSET
        elif isinstance(self.root_fs, ImageInspectRootFS):
            root_fs = self.root_fs.to_dict()
        else:
            root_fs = self.root_fs

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ImageInspectMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if descriptor is not UNSET:
            field_dict["Descriptor"] = descriptor
        if manifests is not UNSET:
            field_dict["Manifests"] = manifests
        if identity is not UNSET:
            field_dict["Identity"] = identity
        if repo_tags is not UNSET:
            field_dict["RepoTags"] = repo_tags
        if repo_digests is not UNSET:
            field_dict["RepoDigests"] = repo_digests
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if created is not UNSET:
            field_dict["Created"] = created
        if author is not UNSET:
            field_dict["Author"] = author
        if config is not UNSET:
            field_dict["Config"] = config
        if architecture is not UNSET:
            field_dict["Architecture"] = architecture
        if variant is not UNSET:
            field_dict["Variant"] = variant
        if os is not UNSET:
            field_dict["Os"] = os
        if os_version is not UNSET:
            field_dict["OsVersion"] = os_version
        if size is not UNSET:
            field_dict["Size"] = size
        if graph_driver is not UNSET:
            field_dict["GraphDriver"] = graph_driver
        if root_fs is not UNSET:
            field_dict["RootFS"] = root_fs
        if metadata is not UNSET:
            field_dict["Metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """A model from JSON data with the API's field names; unknown fields are kept."""
        from ..models.driver_data import DriverData  # noqa: PLC0415
        from ..models.identity import Identity  # noqa: PLC0415
        from ..models.image_config import ImageConfig  # noqa: PLC0415
        from ..models.image_inspect_metadata import ImageInspectMetadata  # noqa: PLC0415
        from ..models.image_inspect_root_fs import ImageInspectRootFS  # noqa: PLC0415
        from ..models.image_manifest_summary import ImageManifestSummary  # noqa: PLC0415
        from ..models.oci_descriptor import OCIDescriptor  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

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

        def _parse_identity(data: object) -> Identity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            identity_type_1 = Identity.from_dict(data)

            return identity_type_1

        identity = _parse_identity(d.pop("Identity", UNSET))

        def _parse_repo_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            repo_tags_type_0 = cast(list[str], data)

            return repo_tags_type_0

        repo_tags = _parse_repo_tags(d.pop("RepoTags", UNSET))

        def _parse_repo_digests(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            repo_digests_type_0 = cast(list[str], data)

            return repo_digests_type_0

        repo_digests = _parse_repo_digests(d.pop("RepoDigests", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("Comment", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("Created", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("Author", UNSET))

        def _parse_config(data: object) -> ImageConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            config_type_1 = ImageConfig.from_dict(data)

            return config_type_1

        config = _parse_config(d.pop("Config", UNSET))

        architecture = d.pop("Architecture", UNSET)

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("Variant", UNSET))

        os = d.pop("Os", UNSET)

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("OsVersion", UNSET))

        size = d.pop("Size", UNSET)

        def _parse_graph_driver(data: object) -> DriverData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            graph_driver_type_1 = DriverData.from_dict(data)

            return graph_driver_type_1

        graph_driver = _parse_graph_driver(d.pop("GraphDriver", UNSET))

        def _parse_root_fs(data: object) -> ImageInspectRootFS | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            root_fs_type_1 = ImageInspectRootFS.from_dict(data)

            return root_fs_type_1

        root_fs = _parse_root_fs(d.pop("RootFS", UNSET))

        def _parse_metadata(data: object) -> ImageInspectMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            metadata_type_1 = ImageInspectMetadata.from_dict(data)

            return metadata_type_1

        metadata = _parse_metadata(d.pop("Metadata", UNSET))

        image_inspect = cls(
            id=id,
            descriptor=descriptor,
            manifests=manifests,
            identity=identity,
            repo_tags=repo_tags,
            repo_digests=repo_digests,
            comment=comment,
            created=created,
            author=author,
            config=config,
            architecture=architecture,
            variant=variant,
            os=os,
            os_version=os_version,
            size=size,
            graph_driver=graph_driver,
            root_fs=root_fs,
            metadata=metadata,
        )

        image_inspect.additional_properties = d
        return image_inspect

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
