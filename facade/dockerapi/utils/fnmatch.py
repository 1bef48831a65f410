"""docker-py's ``docker.utils.fnmatch``: shell-style matching of one path against one pattern.

The syntax is the `.dockerignore` one, with Docker's meaning (moby's
patternmatcher): `*` and `?` stop at `/`, `**` spans directories, `[...]`
classes with `^` for negation, `\\` escapes. `fnmatch` compares case-insensitively
(docker-py lowercases both sides), `fnmatchcase` exactly; `translate` gives the
Python regular expression. Unlike `.dockerignore` matching, a pattern here
matches the whole path only, not its parent directories.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from ._patterns import translate as _translate

__all__ = ["fnmatch", "fnmatchcase", "translate"]


def fnmatch(name: str, pat: str) -> bool:
    """Whether `name` matches `pat`, ignoring case."""
    return fnmatchcase(name.lower(), pat.lower())


def fnmatchcase(name: str, pat: str) -> bool:
    """Whether `name` matches `pat` exactly (case counts)."""
    return _compiled(pat)(name) is not None


def translate(pat: str) -> str:
    """The Python regular expression (for `re.match`) equivalent to `pat`.

    Raises:
        BadPattern: `pat` is malformed (an `InvalidArgument`).
    """
    return _translate(pat)


@functools.lru_cache(maxsize=256)
def _compiled(pat: str) -> Callable[[str], re.Match[str] | None]:
    return re.compile(_translate(pat), re.ASCII).match
