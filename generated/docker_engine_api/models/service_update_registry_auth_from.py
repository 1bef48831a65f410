from typing import Literal, cast

ServiceUpdateRegistryAuthFrom = Literal["previous-spec", "spec"]

SERVICE_UPDATE_REGISTRY_AUTH_FROM_VALUES: set[ServiceUpdateRegistryAuthFrom] = {
    "previous-spec",
    "spec",
}


def check_service_update_registry_auth_from(value: str) -> ServiceUpdateRegistryAuthFrom:
    """Type ``value`` as ServiceUpdateRegistryAuthFrom; values not in SERVICE_UPDATE_REGISTRY_AUTH_FROM_VALUES pass through unchanged."""
    return cast(ServiceUpdateRegistryAuthFrom, value)
