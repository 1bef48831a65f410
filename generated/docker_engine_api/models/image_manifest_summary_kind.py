from typing import Literal, cast

ImageManifestSummaryKind = Literal["attestation", "image", "unknown"]

IMAGE_MANIFEST_SUMMARY_KIND_VALUES: set[ImageManifestSummaryKind] = {
    "attestation",
    "image",
    "unknown",
}


def check_image_manifest_summary_kind(value: str) -> ImageManifestSummaryKind:
    """Type ``value`` as ImageManifestSummaryKind; values not in IMAGE_MANIFEST_SUMMARY_KIND_VALUES pass through unchanged."""
    return cast(ImageManifestSummaryKind, value)
