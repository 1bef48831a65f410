"""docker-py compatible helpers (``docker.utils``): translations, parsers and version compares.

docker-py's submodules (``socket``, ``json_stream``, ``proxy``, ``config``,
``decorators``, ``utils``, ``ports``) are importable under the same names and
load on first use as attributes.
"""

import importlib
from typing import TYPE_CHECKING, Any

from dockerapi._host import kwargs_from_env, parse_host
from dockerapi.utils import ports
from dockerapi.utils._bytes import parse_bytes
from dockerapi.utils._encoding import convert_filters, datetime_to_timestamp, decode_json_header
from dockerapi.utils._files import parse_env_file
from dockerapi.utils._host_config import create_host_config
from dockerapi.utils._images import parse_repository_tag
from dockerapi.utils._removed import create_ipam_config, create_ipam_pool
from dockerapi.utils._translate import (
    convert_port_bindings,
    convert_service_networks,
    convert_tmpfs_mounts,
    convert_volume_binds,
    format_environment,
    format_extra_hosts,
    normalize_links,
    parse_devices,
    split_command,
)
from dockerapi.utils._versions import compare_version, version_gte, version_lt
from dockerapi.utils.decorators import check_resource, minimum_version, update_headers
from dockerapi.utils.ports import build_port_bindings, split_port

if TYPE_CHECKING:
    from dockerapi.utils.build import (
        create_archive,
        exclude_paths,
        match_tag,
        mkbuildcontext,
        tar,
    )

__all__ = [
    "build_port_bindings",
    "check_resource",
    "compare_version",
    "convert_filters",
    "convert_port_bindings",
    "convert_service_networks",
    "convert_tmpfs_mounts",
    "convert_volume_binds",
    "create_archive",
    "create_host_config",
    "create_ipam_config",
    "create_ipam_pool",
    "datetime_to_timestamp",
    "decode_json_header",
    "exclude_paths",
    "format_environment",
    "format_extra_hosts",
    "kwargs_from_env",
    "match_tag",
    "minimum_version",
    "mkbuildcontext",
    "normalize_links",
    "parse_bytes",
    "parse_devices",
    "parse_env_file",
    "parse_host",
    "parse_repository_tag",
    "ports",
    "split_command",
    "split_port",
    "tar",
    "update_headers",
    "version_gte",
    "version_lt",
]

#: docker-py's submodules, imported when first named as attributes.
_SUBMODULES = frozenset(
    {"build", "config", "decorators", "fnmatch", "json_stream", "proxy", "socket", "utils"}
)
#: Build-context helpers (docker-py's ``docker.utils.build`` names), imported on
#: first use: they bring tarfile and zlib along.
_BUILD_NAMES = frozenset({"create_archive", "exclude_paths", "match_tag", "mkbuildcontext", "tar"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"{__name__}.{name}")
    if name in _BUILD_NAMES:
        value = getattr(importlib.import_module(f"{__name__}.build"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _SUBMODULES | _BUILD_NAMES)
