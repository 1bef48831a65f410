"""Reading the ``KEY=value`` environment files ``docker run --env-file`` reads."""

from __future__ import annotations

import os

from dockerapi.errors import InvalidArgument

__all__ = ["parse_env_file"]


def parse_env_file(env_file: str | os.PathLike[str]) -> dict[str, str]:
    """Read ``KEY=value`` lines into a dict.

    Lines starting with ``#`` and blank lines are skipped; the value is everything after
    the first ``=``, kept verbatim (no quote removal, as the docker CLI does).

    Raises:
        InvalidArgument: a non-blank line has no ``=``.
    """
    environment: dict[str, str] = {}
    with open(env_file, encoding="utf-8") as lines:
        for raw in lines:
            if raw.startswith("#"):
                continue
            line = raw.strip()
            if not line:
                continue
            key, sep, value = line.partition("=")
            if not sep:
                raise InvalidArgument(f"Invalid line in environment file {env_file}:\n{line}")
            environment[key] = value
    return environment
