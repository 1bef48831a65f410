"""A service's spec as `create_service` and `update_service` send it: the task template
and mode checked before anything is sent, and docker-py's rules for merging an update
into the service's current spec. No I/O."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from ..errors import InvalidArgument
from ..types.services import ServiceMode, check_count
from ..utils import convert_service_networks

__all__ = [
    "check_runnable",
    "merged_update",
    "networks_of",
    "service_image",
    "service_mode",
    "task_template_of",
]

#: A task template runs one of these (the image is in the first one's).
_RUNTIMES: Final = ("ContainerSpec", "PluginSpec", "NetworkAttachmentSpec")
#: The counts of each mode a dict may give, by the mode's key (docker-py writes the
#: plain modes in lowercase, the API in capitals; the daemon reads both).
_MODE_COUNTS: Final = {
    "replicated": ("Replicas",),
    "replicatedjob": ("MaxConcurrent", "TotalCompletions"),
}


def task_template_of(task_template: Mapping[str, Any] | None) -> dict[str, Any]:
    """A copy of the caller's task template (never changed in place), its
    `ContainerSpec` copied too."""
    if task_template is None:
        return {}
    if not isinstance(task_template, Mapping):
        raise TypeError(f"task_template must be a TaskTemplate or a dict, not {task_template!r}")
    template = dict(task_template)
    spec = template.get("ContainerSpec")
    if spec is not None:
        if not isinstance(spec, Mapping):
            raise TypeError(f"ContainerSpec must be a ContainerSpec or a dict, not {spec!r}")
        template["ContainerSpec"] = dict(spec)
    return template


def service_image(template: Mapping[str, Any]) -> str | None:
    """The image a task template runs (None for plugin and attachment tasks)."""
    image = (template.get("ContainerSpec") or {}).get("Image")
    return image if isinstance(image, str) else None


def check_runnable(template: Mapping[str, Any]) -> None:
    """A new service's tasks must run something: an image, a plugin or an attachment."""
    if service_image(template) is None and not any(
        template.get(runtime) for runtime in _RUNTIMES[1:]
    ):
        raise InvalidArgument("Missing mandatory Image key in ContainerSpec")


def service_mode(mode: str | Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """A mode as the daemon takes it: a name becomes a `ServiceMode` (an unknown name
    raises); the counts of a dict are checked (non-negative integers)."""
    if mode is None or (isinstance(mode, str) and not mode):
        return None
    if isinstance(mode, str):
        return ServiceMode(mode)
    if not isinstance(mode, Mapping):
        raise TypeError(f"mode must be a mode name, a ServiceMode or a dict, not {mode!r}")
    for key, settings in mode.items():
        counts = _MODE_COUNTS.get(str(key).lower(), ())
        if counts and not isinstance(settings, Mapping):
            raise InvalidArgument(f"mode {key!r} needs a dict of settings, not {settings!r}")
        for count in counts:
            if settings.get(count) is not None:
                check_count(count, settings[count])
    return mode


def networks_of(networks: Sequence[Any] | None) -> list[Any] | None:
    """`networks` as the task template's `Networks` (names become `{"Target": name}`)."""
    if networks is None:
        return None
    if isinstance(networks, str | bytes) or not isinstance(networks, Sequence):
        raise TypeError(
            f"networks must be a list of names or NetworkAttachmentConfigs, not {networks!r}"
        )
    return convert_service_networks(list(networks))


def _merged_template(current: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """docker-py's merge: the override's settings win, key by key, and inside
    `ContainerSpec` also key by key; what it leaves at None stays as it was."""
    merged = dict(current)
    for key, value in override.items():
        if key == "ContainerSpec":
            spec = dict(merged.get("ContainerSpec") or {})
            spec.update({k: v for k, v in value.items() if v is not None})
            merged["ContainerSpec"] = spec
        elif value is not None:
            merged[key] = value
    return merged


def merged_update(
    current: Mapping[str, Any],
    given: Mapping[str, Any],
    *,
    task_template: Mapping[str, Any] | None,
    networks: list[Any] | None,
) -> dict[str, Any]:
    """The spec `update_service` sends, as docker-py merges it: each top-level field
    `given` (keyed by wire name; None: not given) else the current spec's, the task
    template merged key by key into the current one, `networks` (when given) as the
    template's. `current` is `{}` unless the caller asked to fetch it."""
    spec = {field: current.get(field) if value is None else value for field, value in given.items()}
    template = _merged_template(
        task_template_of(current.get("TaskTemplate")), task_template_of(task_template)
    )
    if networks is not None:
        template["Networks"] = networks
    elif template.get("Networks") is None and current.get("Networks") is not None:
        # a spec written before API 1.44 may keep its networks at the top level
        template["Networks"] = current["Networks"]
    spec["TaskTemplate"] = template
    return spec
