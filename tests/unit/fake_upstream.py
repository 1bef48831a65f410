"""A fake of moby's GitHub repository on loopback, for `scripts/regenerate --discover`.

It answers the few GitHub REST calls discovery makes (tags of the API module,
annotated tag objects, the default branch and its head, the blob id of a file at
a commit) and serves raw files by commit and path, as raw.githubusercontent.com
does. Specs for the crafted releases are made from a real one (`crafted_spec`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml
from loopback import http_server

__all__ = ["FakeUpstream", "crafted_spec", "git_blob_id", "serve"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def crafted_spec(base: bytes, version: str) -> bytes:
    """A spec for API `version` made from a real one, with changes a diff must show:
    a new query parameter (ContainerStop `crafted`), a new body field
    (HostConfig `CraftedLimit`), a deprecation (ContainerList `size`), a removal
    (ImageList `shared-size`) and a new operation (CraftedPing)."""
    document: dict[str, Any] = yaml.load(base, Loader=_LOADER)
    document["info"]["version"] = version
    paths = document["paths"]
    paths["/containers/{id}/stop"]["post"]["parameters"].append(
        {"name": "crafted", "in": "query", "type": "string", "description": "Crafted."}
    )
    document["definitions"]["HostConfig"]["allOf"][1]["properties"]["CraftedLimit"] = {
        "type": "integer",
        "description": "Crafted.",
    }
    for parameter in paths["/containers/json"]["get"]["parameters"]:
        if parameter["name"] == "size":
            parameter["description"] = "Deprecated: crafted.\n" + parameter["description"]
    image_list = paths["/images/json"]["get"]
    image_list["parameters"] = [p for p in image_list["parameters"] if p["name"] != "shared-size"]
    paths["/crafted/ping"] = {
        "get": {
            "summary": "Crafted",
            "operationId": "CraftedPing",
            "tags": ["System"],
            "produces": ["application/json"],
            "responses": {
                200: {
                    "description": "no error",
                    "schema": {"type": "object", "properties": {"Crafted": {"type": "string"}}},
                },
                500: {
                    "description": "server error",
                    "schema": {"$ref": "#/definitions/ErrorResponse"},
                },
            },
        }
    }
    return yaml.dump(document, Dumper=_DUMPER, sort_keys=False, allow_unicode=True).encode()


@dataclass
class FakeUpstream:
    """What the fake serves; change it between runs."""

    repository: str = "moby/moby"
    #: (commit, path) -> bytes
    files: dict[tuple[str, str], bytes] = field(default_factory=dict)
    #: path -> bytes served at any commit (the old docs files)
    any_commit: Callable[[str], bytes | None] = lambda path: None
    #: refs/tags/... -> (object type, sha)
    tags: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: annotated tag object sha -> commit
    tag_objects: dict[str, str] = field(default_factory=dict)
    default_branch: str = "master"
    head: str = "0" * 40
    #: (commit, path) whose raw bytes differ from the blob GitHub records
    tampered: set[tuple[str, str]] = field(default_factory=set)
    requests: list[str] = field(default_factory=list)
    #: Authorization headers seen on API requests
    authorizations: list[str | None] = field(default_factory=list)
    base_url: str = ""

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api"

    @property
    def raw_url(self) -> str:
        return f"{self.base_url}/raw/{{repository}}/{{commit}}/{{path}}"

    def file(self, commit: str, path: str) -> bytes | None:
        found = self.files.get((commit, path))
        return found if found is not None else self.any_commit(path)

    def answer(self, path: str, query: dict[str, list[str]]) -> tuple[int, bytes]:
        repo = f"/api/repos/{self.repository}"
        if path.startswith(f"/raw/{self.repository}/"):
            commit, _, file_path = path[len(f"/raw/{self.repository}/") :].partition("/")
            data = self.file(commit, file_path)
            if data is None:
                return 404, b"404: Not Found"
            return 200, data + (b"# tampered\n" if (commit, file_path) in self.tampered else b"")
        if path == f"{repo}/git/matching-refs/tags/api/v":
            refs = [
                {"ref": ref, "object": {"type": kind, "sha": sha}}
                for ref, (kind, sha) in sorted(self.tags.items())
            ]
            return 200, json.dumps(refs).encode()
        if path.startswith(f"{repo}/git/tags/"):
            sha = path.rsplit("/", 1)[1]
            if sha not in self.tag_objects:
                return 404, b'{"message": "Not Found"}'
            return 200, json.dumps(
                {"object": {"type": "commit", "sha": self.tag_objects[sha]}}
            ).encode()
        if path == repo:
            return 200, json.dumps({"default_branch": self.default_branch}).encode()
        if path == f"{repo}/commits/{self.default_branch}":
            return 200, json.dumps({"sha": self.head}).encode()
        if path.startswith(f"{repo}/contents/"):
            file_path = path[len(f"{repo}/contents/") :]
            data = self.file(query.get("ref", [""])[0], file_path)
            if data is None:
                return 404, b'{"message": "Not Found"}'
            return 200, json.dumps({"path": file_path, "sha": git_blob_id(data)}).encode()
        return 404, b'{"message": "Not Found"}'


@contextmanager
def serve(upstream: FakeUpstream) -> Iterator[FakeUpstream]:
    """Run the fake on 127.0.0.1 (an ephemeral port) while the block runs."""

    def respond(target: str, headers: Any) -> tuple[int, bytes]:
        parts = urlsplit(target)
        upstream.requests.append(target)
        if parts.path.startswith("/api/"):
            upstream.authorizations.append(headers.get("Authorization"))
        return upstream.answer(parts.path, parse_qs(parts.query))

    with http_server(respond) as base_url:
        upstream.base_url = base_url
        yield upstream
