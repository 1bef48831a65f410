"""Splitting image references into repository and tag/digest."""

from __future__ import annotations

__all__ = ["parse_repository_tag"]


def parse_repository_tag(repo_name: str) -> tuple[str, str | None]:
    """``"registry:5000/app:1"`` -> ``("registry:5000/app", "1")``.

    A digest (``app@sha256:...``) is split at ``@``; a colon that belongs to a registry
    port (followed by a ``/``) is not a tag separator. No tag -> ``(repo_name, None)``.
    """
    repository, at, digest = repo_name.rpartition("@")
    if at:
        return repository, digest
    repository, colon, tag = repo_name.rpartition(":")
    if colon and "/" not in tag:
        return repository, tag
    return repo_name, None
