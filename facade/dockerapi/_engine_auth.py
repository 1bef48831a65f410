"""X-Registry-Auth for `client.engine` calls that gave none: the engine layer's auth hook.

Operations that talk to a registry declare an `X-Registry-Auth` header (`registry_auth`
argument; the spec fix pass `registry_auth_headers` makes it optional everywhere and
declares it on DistributionInspect and PluginPush, whose daemon handlers read it too):
ImageCreate, ImagePush, DistributionInspect, PluginPull, PluginUpgrade, PluginPush,
ServiceCreate, ServiceUpdate. When the caller leaves it unset, the invoker calls
`registry_auth_header`, which asks the client's lookup for the credentials of the image
the call names and otherwise sends the anonymous header (base64url of `{}`, what the
Docker CLI sends without credentials; the daemon refuses a push without any header).

The lookup is a plain callable `image reference -> encoded header or None`, given by the
client that builds `engine` (see `_engine.sync_operations`). No I/O here; a lookup may
read the Docker config and run a credential helper.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from typing import Any

__all__ = [
    "ANONYMOUS",
    "REFERENCE_ARGUMENTS",
    "RegistryAuthLookup",
    "image_reference",
    "registry_auth_header",
]

#: The header for anonymous access: base64url of the JSON `{}`.
ANONYMOUS = base64.urlsafe_b64encode(b"{}").decode("ascii")

#: image reference -> the encoded X-Registry-Auth value for its registry, or None.
RegistryAuthLookup = Callable[[str], "str | None"]

#: operationId -> the argument that names the image (or plugin) the call pulls or pushes;
#: "body" means the service spec's TaskTemplate.ContainerSpec.Image.
REFERENCE_ARGUMENTS: dict[str, str] = {
    "DistributionInspect": "name",
    "ImageCreate": "from_image",
    "ImagePush": "name",
    "PluginPull": "remote",
    "PluginPush": "name",
    "PluginUpgrade": "remote",
    "ServiceCreate": "body",
    "ServiceUpdate": "body",
}


def image_reference(operation_id: str, arguments: Mapping[str, Any]) -> str | None:
    """The image reference a call's registry credentials are for, when it names one."""
    name = REFERENCE_ARGUMENTS.get(operation_id)
    value = arguments.get(name) if name is not None else None
    if name == "body" and value is not None:
        data = value.to_dict() if hasattr(value, "to_dict") else value
        spec = (data.get("TaskTemplate") or {}).get("ContainerSpec") or {}
        value = spec.get("Image")
    return value if isinstance(value, str) and value else None


def registry_auth_header(
    operation_id: str, arguments: Mapping[str, Any], lookup: RegistryAuthLookup | None
) -> str:
    """The X-Registry-Auth value for a call that gave none: the lookup's, else anonymous."""
    reference = image_reference(operation_id, arguments)
    if lookup is not None and reference is not None:
        found = lookup(reference)
        if found:
            return found
    return ANONYMOUS
