"""The API reference pages of `client.engine`: one page per tag of the spec, listing
every operation of that tag (from the operation index, so a regenerated API is
documented without editing a page)."""

from __future__ import annotations

from collections import defaultdict

__all__ = ["ENGINE_DIR", "operations_by_tag", "page_text", "pages", "tag_title"]

#: Where the generated pages go in the site (under docs/, never written to disk).
ENGINE_DIR = "reference/engine"

#: Titles where capitalizing the module's tag name would not give the spec's tag.
_TITLES = {"exec": "Exec", "system": "System"}


def tag_title(tag: str) -> str:
    """The spec's tag name for the module group `tag` (`container` -> `Container`)."""
    return _TITLES.get(tag, tag.capitalize())


def operations_by_tag() -> dict[str, list[str]]:
    """tag -> the snake_case names of its operations, both sorted. The generator puts each
    endpoint module under its first tag: `docker_engine_api.api.<tag>.<operation>`."""
    from docker_engine_api._operations import OPERATIONS

    groups: dict[str, list[str]] = defaultdict(list)
    for operation in OPERATIONS.values():
        groups[operation.module.split(".")[2]].append(operation.name)
    return {tag: sorted(names) for tag, names in sorted(groups.items())}


def page_text(tag: str, names: list[str]) -> str:
    """The Markdown of one tag's page: mkdocstrings renders the methods."""
    members = "\n".join(f"        - {name}" for name in names)
    return f"""# {tag_title(tag)} operations

The {len(names)} operations of the spec's `{tag_title(tag)}` tag, as methods of
`client.engine` (on `DockerClient`, `APIClient` and their asyncio twins). They are
documented here on `SyncOperations` (blocking); `AsyncOperations` has the same methods,
with the same parameters, as coroutines. See [the typed engine layer](../../typed.md) for
how to call them.

::: docker_engine_api.engine.SyncOperations
    options:
      show_root_heading: false
      show_root_toc_entry: false
      heading_level: 2
      members:
{members}
"""


def pages() -> dict[str, str]:
    """Site path -> Markdown of the engine reference: an index and one page per tag."""
    groups = operations_by_tag()
    rows = "\n".join(
        f"| [{tag_title(tag)}]({tag}.md) | {len(names)} | "
        + ", ".join(f"`{name}`" for name in names[:4])
        + (", ..." if len(names) > 4 else "")
        + " |"
        for tag, names in groups.items()
    )
    total = sum(len(names) for names in groups.values())
    index = f"""# client.engine: every operation

`client.engine` has one typed method per operation of the Engine API: {total} in all,
grouped below by the spec's tags. Blocking clients (`DockerClient`, `APIClient`) give
`SyncOperations`, asyncio clients give `AsyncOperations`, with the same methods as
coroutines.

| Tag | Operations | For example |
| --- | --- | --- |
{rows}

::: docker_engine_api.engine
    options:
      show_root_heading: false
      show_root_toc_entry: false
      members: false
"""
    found = {f"{ENGINE_DIR}/index.md": index}
    for tag, names in groups.items():
        found[f"{ENGINE_DIR}/{tag}.md"] = page_text(tag, names)
    return found
