"""docker-py's `docker.utils.config`: where the Docker CLI's config file is, and reading it.

Thin names over `dockerapi._cli_config`, the one reader of that file.
"""

from __future__ import annotations

from .._cli_config import (
    DOCKER_CONFIG_FILENAME,
    LEGACY_DOCKER_CONFIG_FILENAME,
    config_path_from_environment,
    find_config_file,
    home_dir,
    load_general_config,
)

__all__ = [
    "DOCKER_CONFIG_FILENAME",
    "LEGACY_DOCKER_CONFIG_FILENAME",
    "config_path_from_environment",
    "find_config_file",
    "home_dir",
    "load_general_config",
]
