"""Find the newest released Engine API upstream and pin it in the manifest.

What ``scripts/regenerate --discover`` (and the weekly workflow that runs it) does
before it fetches and regenerates:

1. The newest release tag of moby's API module (``api/v1.56.0``; pre-releases such
   as ``api/v1.57.0-rc.1`` do not count) says which API version is released.
2. For every released version newer than the manifest's newest, the file
   ``api/docs/v1.XX.yaml`` at that tag's commit is downloaded, its bytes checked
   against the git blob id GitHub records for the path at that commit, its
   ``info.version`` checked, and a manifest line added with its sha256 and the commit.
3. ``api/swagger.yaml`` on the default branch is the next, unreleased version: its
   manifest line follows the default branch when that branch's API version moves
   (not on every commit, so a quiet week changes nothing).

Upstream is GitHub: the REST API at ``$DOCKERAPI_UPSTREAM_API_URL`` (default
https://api.github.com, authenticated with ``$GITHUB_TOKEN`` when it is set) and
raw files through the manifest's ``raw_url`` template or
``$DOCKERAPI_UPSTREAM_RAW_URL``. Tests point both at a fake upstream on loopback.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import sources

__all__ = [
    "API_URL_VARIABLE",
    "DiscoverError",
    "Discovery",
    "NewFile",
    "Upstream",
    "discover",
    "format_manifest",
    "updated_manifest",
]

API_URL_VARIABLE = "DOCKERAPI_UPSTREAM_API_URL"
DEFAULT_API_URL = "https://api.github.com"
_RELEASE_TAG = re.compile(r"^refs/tags/api/v(\d+)\.(\d+)\.(\d+)$")
_TIMEOUT_SECONDS = 60
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DiscoverError(RuntimeError):
    """Upstream did not answer as expected, or a file failed its checks."""


class Upstream:
    """The GitHub repository the specs come from: its REST API and its raw files."""

    def __init__(self, manifest: dict[str, Any], environment: dict[str, str] | None = None):
        env = dict(os.environ if environment is None else environment)
        self.manifest = manifest
        self.repository: str = manifest["upstream"]["repository"]
        self.api_url = (env.get(API_URL_VARIABLE) or DEFAULT_API_URL).rstrip("/")
        self._token = env.get("GITHUB_TOKEN") or None

    def __repr__(self) -> str:  # never shows the token
        return f"<Upstream {self.repository} via {self.api_url}>"

    def _open(self, url: str, *, api: bool) -> tuple[bytes, str | None] | None:
        request = urllib.request.Request(url)
        if api:
            request.add_header("Accept", "application/vnd.github+json")
            if self._token:
                request.add_header("Authorization", f"Bearer {self._token}")
        try:
            with urllib.request.urlopen(request, timeout=_TIMEOUT_SECONDS) as response:
                return response.read(), response.headers.get("Link")
        except urllib.error.HTTPError as error:
            if error.code == 404:
                return None
            raise DiscoverError(f"{url}: HTTP {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            raise DiscoverError(f"{url}: {error.reason}") from None

    def api(self, path: str) -> Any:
        """One JSON document of the REST API (pages followed for lists)."""
        url: str | None = f"{self.api_url}{path}"
        pages: list[Any] = []
        while url is not None:
            answer = self._open(url, api=True)
            if answer is None:
                raise DiscoverError(f"{url}: not found")
            body, link = answer
            try:
                pages.append(json.loads(body))
            except ValueError:
                raise DiscoverError(f"{url}: the answer is not JSON") from None
            url = _next_page(link)
        if len(pages) == 1:
            return pages[0]
        return [item for page in pages for item in page]

    def raw(self, commit: str, path: str) -> bytes | None:
        """A file's bytes at a commit, or None when it does not exist there."""
        answer = self._open(sources.raw_url(self.manifest, commit, path), api=False)
        return None if answer is None else answer[0]

    def verified(self, commit: str, path: str) -> bytes | None:
        """A file's bytes at a commit, checked against the blob id GitHub records."""
        data = self.raw(commit, path)
        if data is None:
            return None
        record = self.api(f"/repos/{self.repository}/contents/{path}?ref={commit}")
        expected = record.get("sha") if isinstance(record, dict) else None
        actual = _git_blob_id(data)
        if expected != actual:
            raise DiscoverError(
                f"{path} at {commit}: the downloaded bytes (blob {actual}) are not the file "
                f"upstream records (blob {expected})"
            )
        return data


def _next_page(link: str | None) -> str | None:
    for part in (link or "").split(","):
        match = re.match(r'\s*<([^>]+)>\s*;\s*rel="next"', part)
        if match:
            return match.group(1)
    return None


def _git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@dataclass(frozen=True)
class NewFile:
    """One file discovery pins: its manifest line and its verified bytes."""

    entry: dict[str, Any]
    data: bytes


@dataclass
class Discovery:
    """What upstream has that the manifest does not."""

    previous: str  # the manifest's newest released version before
    tag: str  # the newest release tag upstream
    released: list[NewFile] = field(default_factory=list)
    unreleased: NewFile | None = None

    @property
    def changed(self) -> bool:
        return bool(self.released) or self.unreleased is not None

    @property
    def newest(self) -> str:
        """The newest released version once the discovered lines are pinned."""
        return self.released[-1].entry["version"] if self.released else self.previous

    @property
    def newest_unreleased(self) -> str | None:
        return None if self.unreleased is None else str(self.unreleased.entry["version"])


def _newest_release(upstream: Upstream) -> tuple[str, str, str]:
    """(API version, tag, commit) of the newest release tag of the API module."""
    refs = upstream.api(f"/repos/{upstream.repository}/git/matching-refs/tags/api/v")
    if not isinstance(refs, list):
        raise DiscoverError("the list of tags is not a list")
    tags = []
    for ref in refs:
        match = _RELEASE_TAG.match(str(ref.get("ref", "")))
        if match:
            tags.append(((int(match[1]), int(match[2]), int(match[3])), ref))
    if not tags:
        raise DiscoverError(f"{upstream.repository} has no api/vX.Y.Z release tag")
    (major, minor, _), ref = max(tags, key=lambda tag: tag[0])
    target = ref.get("object") or {}
    commit = target.get("sha")
    if target.get("type") == "tag":  # an annotated tag: its object is the commit
        commit = upstream.api(f"/repos/{upstream.repository}/git/tags/{commit}")["object"]["sha"]
    if not isinstance(commit, str):
        raise DiscoverError(f"{ref.get('ref')}: no commit")
    return f"{major}.{minor}", str(ref["ref"]).removeprefix("refs/tags/"), commit


def _default_branch_head(upstream: Upstream) -> str:
    branch = upstream.api(f"/repos/{upstream.repository}")["default_branch"]
    commit = upstream.api(f"/repos/{upstream.repository}/commits/{branch}")["sha"]
    if not isinstance(commit, str):
        raise DiscoverError(f"no commit for the default branch {branch!r}")
    return commit


def _spec_version(data: bytes, where: str) -> str:
    try:
        document = yaml.load(data, Loader=_YAML_LOADER)
        version = document["info"]["version"]
    except (yaml.YAMLError, KeyError, TypeError):
        raise DiscoverError(f"{where}: not a spec with info.version") from None
    return str(version)


def discover(manifest: dict[str, Any], upstream: Upstream) -> Discovery:
    """Compare the manifest with upstream; download and check what is new."""
    previous = sources.generation_version(manifest)
    newest, tag, tag_commit = _newest_release(upstream)
    found = Discovery(previous=previous, tag=tag)
    major, minor = _version_key(previous)
    for number in range(minor + 1, _version_key(newest)[1] + 1):
        version = f"{major}.{number}"
        path = f"api/docs/v{version}.yaml"
        data = upstream.verified(tag_commit, path)
        if data is None:
            raise DiscoverError(f"{tag} is released but {path} is missing at {tag_commit}")
        stated = _spec_version(data, f"{path} at {tag_commit}")
        if stated != version:
            raise DiscoverError(f"{path} at {tag_commit} says it is API {stated}")
        entry = _entry(version, f"v{version}.yaml", path, data, True, tag_commit)
        found.released.append(NewFile(entry, data))

    head = _default_branch_head(upstream)
    swagger = upstream.verified(head, "api/swagger.yaml")
    if swagger is None:
        raise DiscoverError(f"api/swagger.yaml is missing at {head}")
    next_version = _spec_version(swagger, f"api/swagger.yaml at {head}")
    pinned = [e for e in manifest["versions"] if not e["released"]]
    if _version_key(next_version) > _version_key(found.newest) and (
        not pinned or pinned[-1]["version"] != next_version
    ):
        entry = _entry(next_version, "swagger.yaml", "api/swagger.yaml", swagger, False, head)
        found.unreleased = NewFile(entry, swagger)
    return found


def _entry(
    version: str, file: str, path: str, data: bytes, released: bool, commit: str
) -> dict[str, Any]:
    return {
        "version": version,
        "file": file,
        "path": path,
        "sha256": hashlib.sha256(data).hexdigest(),
        "released": released,
        "commit": commit,
    }


def updated_manifest(manifest: dict[str, Any], found: Discovery) -> dict[str, Any]:
    """The manifest with the discovered lines: released lines appended, an
    unreleased line replaced by the new one (or dropped once its version is released)."""
    newest = _version_key(found.newest)
    kept = [
        entry
        for entry in manifest["versions"]
        if entry["released"] or _version_key(entry["version"]) > newest
    ]
    if found.unreleased is not None:
        kept = [entry for entry in kept if entry["released"]]
    kept += [new.entry for new in found.released]
    if found.unreleased is not None:
        kept.append(found.unreleased.entry)
    kept.sort(key=lambda entry: (not entry["released"], _version_key(entry["version"])))
    return {**manifest, "versions": kept}


def format_manifest(manifest: dict[str, Any]) -> str:
    """The manifest as the repository keeps it: one line per file."""
    lines = ["{"]
    sections = list(manifest.items())
    for index, (key, value) in enumerate(sections):
        comma = "," if index < len(sections) - 1 else ""
        if key == "versions":
            lines.append('  "versions": [')
            rows = [json.dumps(entry) for entry in value]
            lines += [f"    {row}," for row in rows[:-1]] + [f"    {row}" for row in rows[-1:]]
            lines.append(f"  ]{comma}")
        elif isinstance(value, dict) and key == "upstream":
            body = json.dumps(value, indent=2).replace("\n", "\n  ")
            lines.append(f"  {json.dumps(key)}: {body}{comma}")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_cache(found: Discovery, cache: Path = sources.FETCH_CACHE) -> None:
    """Keep the verified files where ``fetch`` looks first (their sha256 is what the
    manifest now pins, so they are not downloaded again)."""
    cache.mkdir(parents=True, exist_ok=True)
    for new in [*found.released, *([found.unreleased] if found.unreleased else [])]:
        (cache / new.entry["file"]).write_bytes(new.data)
