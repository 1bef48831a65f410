from typing import Literal, cast

KnownSignerIdentity = Literal["DHI"]

KNOWN_SIGNER_IDENTITY_VALUES: set[KnownSignerIdentity] = {
    "DHI",
}


def check_known_signer_identity(value: str) -> KnownSignerIdentity:
    """Type ``value`` as KnownSignerIdentity; values not in KNOWN_SIGNER_IDENTITY_VALUES pass through unchanged."""
    return cast(KnownSignerIdentity, value)
