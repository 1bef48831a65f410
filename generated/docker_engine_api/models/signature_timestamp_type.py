from typing import Literal, cast

SignatureTimestampType = Literal["TimestampAuthority", "Tlog"]

SIGNATURE_TIMESTAMP_TYPE_VALUES: set[SignatureTimestampType] = {
    "TimestampAuthority",
    "Tlog",
}


def check_signature_timestamp_type(value: str) -> SignatureTimestampType:
    """Type ``value`` as SignatureTimestampType; values not in SIGNATURE_TIMESTAMP_TYPE_VALUES pass through unchanged."""
    return cast(SignatureTimestampType, value)
