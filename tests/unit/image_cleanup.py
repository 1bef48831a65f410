"""Image references an integration test made, removed at its end (never busybox itself)."""

from __future__ import annotations

import contextlib
import uuid
from typing import Any

__all__ = ["ImageCleanup"]


class ImageCleanup:
    """Collects image references (tags, registry repositories) and removes them,
    newest first, with docker-py's low-level client; what is gone already is skipped."""

    def __init__(self, docker_py: Any) -> None:
        self.docker_py = docker_py
        self.references: list[str] = []

    def add(self, *references: str) -> None:
        self.references.extend(references)

    @staticmethod
    def repository(registry: str, prefix: str = "dockerapi-test") -> str:
        """A repository name on `registry` nobody else uses."""
        return f"{registry}/{prefix}-{uuid.uuid4().hex[:10]}"

    def run(self) -> None:
        for reference in reversed(self.references):
            with contextlib.suppress(Exception):  # already gone
                self.docker_py.remove_image(reference, force=True)
