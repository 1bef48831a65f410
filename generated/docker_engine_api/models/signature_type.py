from typing import Literal, cast

SignatureType = Literal["bundle-v0.3", "simplesigning-v1"]

SIGNATURE_TYPE_VALUES: set[SignatureType] = {
    "bundle-v0.3",
    "simplesigning-v1",
}


def check_signature_type(value: str) -> SignatureType:
    """Type ``value`` as SignatureType; values not in SIGNATURE_TYPE_VALUES pass through unchanged."""
    return cast(SignatureType, value)
