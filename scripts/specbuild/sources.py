"""Where the upstream Engine specs come from: the manifest, the spec directory, sha256 checks.

The upstream YAML files are build data, never committed. They are read from
``$DOCKERAPI_SPEC_DIR`` (default ``../shared/engine-api`` next to the repository)
or, with ``fetch=True``, downloaded from the pinned upstream commit (the entry's
own ``commit`` when it has one) into the gitignored cache ``spec/upstream/``;
``$DOCKERAPI_UPSTREAM_RAW_URL`` replaces the manifest's ``raw_url`` template (tests
point it at a fake upstream). Every file is checked against the sha256 recorded in
``spec/manifest.json`` before it is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import urllib.request
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "FETCH_CACHE",
    "MANIFEST_PATH",
    "RAW_URL_VARIABLE",
    "REPO_ROOT",
    "SpecFile",
    "SpecSourceError",
    "generation_version",
    "load_manifest",
    "load_spec",
    "load_specs",
    "raw_url",
    "released_versions",
    "spec_dir",
    "spec_path",
]

REPO_ROOT = Path(__file__).resolve().parents[2]
MANIFEST_PATH = REPO_ROOT / "spec" / "manifest.json"
FETCH_CACHE = REPO_ROOT / "spec" / "upstream"
#: Overrides the manifest's raw_url template ({repository}, {commit}, {path}).
RAW_URL_VARIABLE = "DOCKERAPI_UPSTREAM_RAW_URL"

# libyaml is ~10x faster on these 0.5 MB files; fall back to the pure-Python loader.
_YamlLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecSourceError(RuntimeError):
    """A spec file is missing, or its bytes differ from what the manifest pins."""


@dataclass(frozen=True)
class SpecFile:
    """One upstream file as pinned by the manifest."""

    version: str
    file: str
    upstream_path: str
    sha256: str
    released: bool
    #: The upstream commit this file is pinned to, when not the manifest's.
    commit: str | None = None


def load_manifest(path: Path = MANIFEST_PATH) -> dict[str, Any]:
    """The parsed manifest (upstream repository, commit, versions)."""
    manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return manifest


def _spec_files(manifest: dict[str, Any]) -> dict[str, SpecFile]:
    return {
        entry["version"]: SpecFile(
            version=entry["version"],
            file=entry["file"],
            upstream_path=entry["path"],
            sha256=entry["sha256"],
            released=bool(entry["released"]),
            commit=entry.get("commit"),
        )
        for entry in manifest["versions"]
    }


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def released_versions(manifest: dict[str, Any] | None = None) -> list[str]:
    """Released API versions in ascending order (1.25 ... 1.55)."""
    files = _spec_files(manifest or load_manifest())
    return sorted((v for v, f in files.items() if f.released), key=_version_key)


def generation_version(manifest: dict[str, Any] | None = None) -> str:
    """The version generated/ is built from: the newest released one."""
    return released_versions(manifest)[-1]


def spec_dir() -> Path:
    """The directory holding the upstream files (``$DOCKERAPI_SPEC_DIR`` or the default)."""
    configured = os.environ.get("DOCKERAPI_SPEC_DIR")
    if configured:
        return Path(configured)
    return REPO_ROOT.parent / "shared" / "engine-api"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def raw_url(manifest: dict[str, Any], commit: str, path: str) -> str:
    """Where one upstream file is downloaded from."""
    upstream = manifest["upstream"]
    template = os.environ.get(RAW_URL_VARIABLE) or upstream["raw_url"]
    return str(template).format(repository=upstream["repository"], commit=commit, path=path)


def _fetch(entry: SpecFile, manifest: dict[str, Any], target: Path) -> None:
    commit = entry.commit or manifest["upstream"]["commit"]
    url = raw_url(manifest, commit, entry.upstream_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    with urllib.request.urlopen(url, timeout=60) as response:
        data = response.read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry.sha256:
        raise SpecSourceError(f"{url}: sha256 {digest} != manifest {entry.sha256}")
    target.write_bytes(data)


def spec_path(version: str, *, fetch: bool = False, manifest: dict[str, Any] | None = None) -> Path:
    """The verified local path of one version's YAML; downloads it first when ``fetch``."""
    manifest = manifest or load_manifest()
    files = _spec_files(manifest)
    if version not in files:
        raise SpecSourceError(f"API version {version} is not in {MANIFEST_PATH.name}")
    entry = files[version]
    if fetch:
        path = FETCH_CACHE / entry.file
        if not path.exists() or _sha256(path) != entry.sha256:
            _fetch(entry, manifest, path)
    else:
        path = spec_dir() / entry.file
        if not path.exists():
            raise SpecSourceError(
                f"{path} not found: set DOCKERAPI_SPEC_DIR to the directory holding the "
                "upstream specs, or pass --fetch to download them"
            )
    digest = _sha256(path)
    if digest != entry.sha256:
        raise SpecSourceError(f"{path}: sha256 {digest} != manifest {entry.sha256}")
    return path


@cache
def _load_cached(path: Path) -> Any:
    with path.open("rb") as stream:
        return yaml.load(stream, Loader=_YamlLoader)


def load_spec(version: str, *, fetch: bool = False) -> dict[str, Any]:
    """One version's spec as parsed YAML. Callers must not mutate it (it is cached)."""
    document: dict[str, Any] = _load_cached(spec_path(version, fetch=fetch))
    return document


def load_specs(
    versions: list[str] | None = None, *, fetch: bool = False
) -> dict[str, dict[str, Any]]:
    """Several versions' specs keyed by version (default: every released version)."""
    return {v: load_spec(v, fetch=fetch) for v in versions or released_versions()}
