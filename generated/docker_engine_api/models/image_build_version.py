from typing import Literal, cast

ImageBuildVersion = Literal["1", "2"]

IMAGE_BUILD_VERSION_VALUES: set[ImageBuildVersion] = {
    "1",
    "2",
}


def check_image_build_version(value: str) -> ImageBuildVersion:
    """Type ``value`` as ImageBuildVersion; values not in IMAGE_BUILD_VERSION_VALUES pass through unchanged."""
    return cast(ImageBuildVersion, value)
