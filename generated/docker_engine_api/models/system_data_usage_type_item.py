from typing import Literal, cast

SystemDataUsageTypeItem = Literal["build-cache", "container", "image", "volume"]

SYSTEM_DATA_USAGE_TYPE_ITEM_VALUES: set[SystemDataUsageTypeItem] = {
    "build-cache",
    "container",
    "image",
    "volume",
}


def check_system_data_usage_type_item(value: str) -> SystemDataUsageTypeItem:
    """Type ``value`` as SystemDataUsageTypeItem; values not in SYSTEM_DATA_USAGE_TYPE_ITEM_VALUES pass through unchanged."""
    return cast(SystemDataUsageTypeItem, value)
