from typing import Literal, cast

BuildCacheType = Literal[
    "exec.cachemount", "frontend", "internal", "regular", "source.git.checkout", "source.local"
]

BUILD_CACHE_TYPE_VALUES: set[BuildCacheType] = {
    "exec.cachemount",
    "frontend",
    "internal",
    "regular",
    "source.git.checkout",
    "source.local",
}


def check_build_cache_type(value: str) -> BuildCacheType:
    """Type ``value`` as BuildCacheType; values not in BUILD_CACHE_TYPE_VALUES pass through unchanged."""
    return cast(BuildCacheType, value)
