"""`scripts/regenerate --discover` against a fake upstream on loopback: the discovery
rules in process, then the whole command (discover, pin, fetch, regenerate, print
the versions diff) as the weekly workflow runs it, in a temporary copy of the
repository layout so the real spec/manifest.json and generated/ are never touched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from dockerapi._cli._facts import VersionFacts
from fake_upstream import FakeUpstream, crafted_spec, git_blob_id, serve

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from specbuild import discover, sources

REPO = Path(__file__).resolve().parents[2]

OLD = "b985e2313a8676e18072b442911fc8f64f17d440"  # the manifest's upstream commit
TAG_156 = "a156" + "0" * 36  # the annotated tag object of api/v1.56.0
COMMIT_156 = "c156" + "0" * 36
HEAD = "dead" + "0" * 36


def _tiny_spec(version: str) -> bytes:
    return f'swagger: "2.0"\ninfo:\n  version: "{version}"\npaths: {{}}\n'.encode()


def _manifest(*released: str, unreleased: str | None = None) -> dict[str, Any]:
    rows = [
        {
            "version": v,
            "file": f"v{v}.yaml",
            "path": f"api/docs/v{v}.yaml",
            "sha256": "0" * 64,
            "released": True,
        }
        for v in released
    ]
    if unreleased:
        rows.append(
            {
                "version": unreleased,
                "file": "swagger.yaml",
                "path": "api/swagger.yaml",
                "sha256": "1" * 64,
                "released": False,
            }
        )
    return {
        "upstream": {
            "repository": "moby/moby",
            "commit": OLD,
            "raw_url": "https://example.invalid/{commit}/{path}",
        },
        "versions": rows,
    }


def _upstream(**changes: Any) -> FakeUpstream:
    fake = FakeUpstream(
        files={
            (COMMIT_156, "api/docs/v1.56.yaml"): _tiny_spec("1.56"),
            (HEAD, "api/swagger.yaml"): _tiny_spec("1.57"),
        },
        tags={
            "refs/tags/api/v1.55.0": ("commit", "c155" + "0" * 36),
            "refs/tags/api/v1.56.0": ("tag", TAG_156),
            "refs/tags/api/v1.57.0-rc.1": ("commit", "f" * 40),  # a pre-release: ignored
            "refs/tags/api/v1.9.0": ("commit", "e" * 40),  # sorted by number, not text
        },
        tag_objects={TAG_156: COMMIT_156},
        head=HEAD,
    )
    for key, value in changes.items():
        setattr(fake, key, value)
    return fake


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeUpstream]:
    with serve(_upstream()) as upstream:
        monkeypatch.setenv(sources.RAW_URL_VARIABLE, upstream.raw_url)
        yield upstream


def _find(
    manifest: dict[str, Any], fake: FakeUpstream, token: str | None = None
) -> discover.Discovery:
    env = {discover.API_URL_VARIABLE: fake.api_url}
    if token:
        env["GITHUB_TOKEN"] = token
    return discover.discover(manifest, discover.Upstream(manifest, env))


def test_a_new_release_is_pinned_at_its_tag_and_the_next_version_at_the_default_branch(
    fake: FakeUpstream,
) -> None:
    manifest = _manifest("1.54", "1.55", unreleased="1.56")
    found = _find(manifest, fake)
    assert (found.previous, found.tag, found.newest) == ("1.55", "api/v1.56.0", "1.56")
    (released,) = found.released
    assert released.entry == {
        "version": "1.56",
        "file": "v1.56.yaml",
        "path": "api/docs/v1.56.yaml",
        "sha256": hashlib.sha256(_tiny_spec("1.56")).hexdigest(),
        "released": True,
        "commit": COMMIT_156,
    }
    assert found.unreleased is not None and found.unreleased.entry["version"] == "1.57"
    assert found.unreleased.entry["commit"] == HEAD
    updated = discover.updated_manifest(manifest, found)
    assert [(e["version"], e["released"]) for e in updated["versions"]] == [
        ("1.54", True),
        ("1.55", True),
        ("1.56", True),
        ("1.57", False),
    ]
    assert updated["versions"][:2] == manifest["versions"][:2]  # old lines untouched
    assert updated["upstream"] == manifest["upstream"]


def test_nothing_new_changes_nothing(fake: FakeUpstream) -> None:
    fake.head = COMMIT_156
    fake.files[(COMMIT_156, "api/swagger.yaml")] = _tiny_spec("1.57")
    manifest = _manifest("1.55", "1.56", unreleased="1.57")
    found = _find(manifest, fake)
    assert not found.changed
    assert discover.updated_manifest(manifest, found) == manifest


def test_the_unreleased_line_follows_the_default_branch_when_its_version_moves(
    fake: FakeUpstream,
) -> None:
    fake.files[(HEAD, "api/swagger.yaml")] = _tiny_spec("1.58")
    manifest = _manifest("1.55", "1.56", unreleased="1.57")
    found = _find(manifest, fake)
    assert found.released == [] and found.unreleased is not None
    updated = discover.updated_manifest(manifest, found)
    assert [(e["version"], e["released"]) for e in updated["versions"]][-2:] == [
        ("1.56", True),
        ("1.58", False),
    ]


def test_several_releases_at_once_are_all_pinned(fake: FakeUpstream) -> None:
    fake.tags["refs/tags/api/v1.57.1"] = ("commit", "c157" + "0" * 36)
    fake.files[("c157" + "0" * 36, "api/docs/v1.56.yaml")] = _tiny_spec("1.56")
    fake.files[("c157" + "0" * 36, "api/docs/v1.57.yaml")] = _tiny_spec("1.57")
    fake.files[(HEAD, "api/swagger.yaml")] = _tiny_spec("1.58")
    found = _find(_manifest("1.55"), fake)
    assert [new.entry["version"] for new in found.released] == ["1.56", "1.57"]
    assert found.tag == "api/v1.57.1"
    assert found.unreleased is not None and found.unreleased.entry["version"] == "1.58"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("tamper", r"the downloaded bytes \(blob"),
        ("missing", "api/v1.56.0 is released but api/docs/v1.56.yaml is missing"),
        ("mislabelled", "api/docs/v1.56.yaml at c156"),
        ("no-tags", "moby/moby has no api/vX.Y.Z release tag"),
    ],
)
def test_files_that_fail_their_checks_stop_discovery(
    fake: FakeUpstream, change: str, message: str
) -> None:
    key = (COMMIT_156, "api/docs/v1.56.yaml")
    if change == "tamper":
        fake.tampered.add(key)
    elif change == "missing":
        del fake.files[key]
    elif change == "mislabelled":
        fake.files[key] = _tiny_spec("1.55")
    else:
        fake.tags.clear()
    with pytest.raises(discover.DiscoverError, match=message):
        _find(_manifest("1.55"), fake)


def test_the_token_goes_to_the_api_only_and_is_never_shown(fake: FakeUpstream) -> None:
    manifest = _manifest("1.55")
    upstream = discover.Upstream(
        manifest, {discover.API_URL_VARIABLE: fake.api_url, "GITHUB_TOKEN": "s3cr3t-token"}
    )
    discover.discover(manifest, upstream)
    assert fake.authorizations and set(fake.authorizations) == {"Bearer s3cr3t-token"}
    raw_requests = [path for path in fake.requests if path.startswith("/raw/")]
    assert raw_requests  # raw downloads carry no Authorization (only API calls are recorded)
    assert "s3cr3t" not in repr(upstream)


def test_pages_of_the_rest_api_are_followed() -> None:
    link = '<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last"'
    assert discover._next_page(link) == "https://api.github.com/x?page=2"
    assert discover._next_page('<https://api.github.com/x?page=1>; rel="prev"') is None
    assert discover._next_page(None) is None


def test_the_manifest_is_written_back_in_its_own_layout() -> None:
    text = sources.MANIFEST_PATH.read_text(encoding="utf-8")
    assert discover.format_manifest(json.loads(text)) == text


def test_git_blob_ids_are_gits() -> None:
    # `printf hello | git hash-object --stdin`
    assert git_blob_id(b"hello") == "b6fc4c620b67d95f953a5c1c1230aaab5db5a1b0"
    assert discover._git_blob_id(b"hello") == git_blob_id(b"hello")


# ---------------------------------------------------------------------------
# The whole command, in a copy of the repository layout
# ---------------------------------------------------------------------------


def _spec_bytes(name: str) -> bytes | None:
    path = sources.spec_dir() / name
    return path.read_bytes() if path.is_file() else None


needs_specs = pytest.mark.skipif(
    _spec_bytes("v1.55.yaml") is None, reason="upstream specs not found (set DOCKERAPI_SPEC_DIR)"
)


def _copy_layout(target: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "upstream")
    for directory in ("scripts", "spec", "generated"):
        shutil.copytree(REPO / directory, target / directory, ignore=ignore)
    return target


def _digest(*roots: Path) -> str:
    """One hash of the files under `roots` (names and bytes; caches left out)."""
    digest = hashlib.sha256()
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*"))
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root.parent)).encode() + path.read_bytes())
    return digest.hexdigest()


def _real_upstream() -> FakeUpstream:
    """moby as of the manifest, plus a crafted 1.56 release and 1.57 on the default branch."""
    base = _spec_bytes("v1.55.yaml")
    assert base is not None

    def old_docs(path: str) -> bytes | None:
        name = path.rsplit("/", 1)[-1]
        return _spec_bytes(name) if path.startswith("api/docs/v1.") else None

    return _upstream(
        files={
            (COMMIT_156, "api/docs/v1.56.yaml"): crafted_spec(base, "1.56"),
            (HEAD, "api/swagger.yaml"): crafted_spec(base, "1.57"),
        },
        any_commit=old_docs,
    )


def _regenerate(root: Path, upstream: FakeUpstream, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "GITHUB_TOKEN"}
    env.update(
        {
            discover.API_URL_VARIABLE: upstream.api_url,
            sources.RAW_URL_VARIABLE: upstream.raw_url,
            # --discover fetches everything it builds from; no local spec directory is used
            "DOCKERAPI_SPEC_DIR": str(root / "no-spec-dir"),
        }
    )
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "regenerate"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


@needs_specs
def test_discover_pins_fetches_regenerates_and_prints_the_versions_diff(tmp_path: Path) -> None:
    real = _digest(REPO / "spec" / "manifest.json", REPO / "generated")
    root = _copy_layout(tmp_path / "repo")
    note = tmp_path / "release-note.md"
    manifest_before = (root / "spec" / "manifest.json").read_text()

    with serve(_real_upstream()) as upstream:
        done = _regenerate(root, upstream, "--discover", "--report", str(note))
        assert done.returncode == 0, done.stderr
        again = _regenerate(root, upstream, "--discover")

    out = done.stdout
    crafted = crafted_spec(_spec_bytes("v1.55.yaml") or b"", "1.56")
    assert (
        f"pinned API 1.56 (released): api/docs/v1.56.yaml at {COMMIT_156}, "
        f"sha256 {hashlib.sha256(crafted).hexdigest()}"
    ) in out
    assert f"pinned API 1.57 (unreleased): api/swagger.yaml at {HEAD}" in out
    diff = out[out.index("Engine API 1.55 -> 1.56") :]
    assert diff == (
        "Engine API 1.55 -> 1.56\n"
        "\n"
        "ContainerCreate\n"
        "  1.56  added       body      HostConfig.CraftedLimit\n"
        "\n"
        "ContainerList\n"
        "  1.56  deprecated  query     size\n"
        "\n"
        "ContainerStop\n"
        "  1.56  added       query     crafted\n"
        "\n"
        "CraftedPing\n"
        "  1.56  added       operation\n"
        "\n"
        "ImageList\n"
        "  1.56  removed     query     shared-size\n"
        "\n"
        "operations: 1 added, 0 deprecated, 0 removed; "
        "parameters and fields: 2 added, 1 deprecated, 1 removed\n"
    )
    assert diff.rstrip("\n") in note.read_text()
    assert note.read_text().startswith("Engine API 1.56 is released upstream (tag api/v1.56.0).")

    # The manifest: two lines changed (1.56 released at the tag, 1.57 unreleased), the rest as it was.
    manifest = json.loads((root / "spec" / "manifest.json").read_text())
    before = json.loads(manifest_before)
    assert manifest["versions"][:-2] == [e for e in before["versions"] if e["released"]]
    assert manifest["versions"][-2]["version"] == "1.56" and manifest["versions"][-2]["released"]
    assert (
        manifest["versions"][-1]["version"] == "1.57" and not manifest["versions"][-1]["released"]
    )
    assert (root / "spec" / "upstream" / "v1.56.yaml").read_bytes() == crafted

    # The regenerated package speaks 1.56 and knows what changed.
    package = root / "generated" / "docker_engine_api"
    table = VersionFacts.from_file(package / "_versions.py")
    assert table.newest == "1.56"
    crafted_query = table.find("ContainerStop", "query", "crafted")
    assert crafted_query is not None and crafted_query.since == "1.56"
    shared_size = table.find("ImageList", "query", "shared-size")
    assert shared_size is not None and shared_size.removed == "1.56"
    assert "CraftedPing" in (package / "_operations.py").read_text()

    # A second run finds nothing new and changes nothing.
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("Up to date: API 1.56 is the newest released Engine API")
    assert json.loads((root / "spec" / "manifest.json").read_text()) == manifest

    assert _digest(REPO / "spec" / "manifest.json", REPO / "generated") == real


@needs_specs
def test_a_tampered_download_leaves_the_manifest_and_the_package_alone(tmp_path: Path) -> None:
    root = _copy_layout(tmp_path / "repo")
    before = _digest(root / "spec" / "manifest.json", root / "generated")
    upstream = _real_upstream()
    upstream.tampered.add((COMMIT_156, "api/docs/v1.56.yaml"))
    with serve(upstream):
        done = _regenerate(root, upstream, "--discover")
    assert done.returncode == 1
    assert "discover: api/docs/v1.56.yaml at c156" in done.stderr
    assert "are not the file upstream records" in done.stderr
    assert _digest(root / "spec" / "manifest.json", root / "generated") == before


@needs_specs
def test_a_failed_build_restores_the_manifest(tmp_path: Path) -> None:
    """A release whose spec the pipeline cannot build (here: no paths at all, so the fix
    passes find nothing to fix): the command fails and nothing stays changed."""
    root = _copy_layout(tmp_path / "repo")
    before = _digest(root / "spec" / "manifest.json", root / "generated")
    upstream = _real_upstream()
    upstream.files[(COMMIT_156, "api/docs/v1.56.yaml")] = _tiny_spec("1.56")
    with serve(upstream):
        done = _regenerate(root, upstream, "--discover")
    assert done.returncode != 0
    assert "discover: the build failed; spec/manifest.json restored" in done.stderr
    assert _digest(root / "spec" / "manifest.json", root / "generated") == before


def test_report_needs_discover(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "regenerate"), "--report", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "--report goes with --discover" in done.stderr


def test_the_workflow_runs_the_tested_command_and_opens_a_pull_request() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "regenerate.yml").read_text())
    triggers = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert triggers["schedule"][0]["cron"].split()[4] == "1"  # weekly, on Mondays
    steps = workflow["jobs"]["discover"]["steps"]
    runs = [step.get("run", "") for step in steps]
    (discover_step,) = [run for run in runs if "--discover" in run]
    assert discover_step == (
        '.venv/bin/python scripts/regenerate --discover --report "$RUNNER_TEMP/release-note.md"'
    )
    (pull_request,) = [
        s for s in steps if str(s.get("uses", "")).startswith("peter-evans/create-pull-request@")
    ]
    assert pull_request["with"]["body-path"] == "${{ runner.temp }}/release-note.md"
    assert pull_request["with"]["add-paths"].split() == ["spec/manifest.json", "generated/"]
    assert workflow["permissions"] == {"contents": "write", "pull-requests": "write"}
