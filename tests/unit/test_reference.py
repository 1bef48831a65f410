"""Image references are checked with Docker's grammar before anything is sent:
what Docker accepts passes, what it refuses raises InvalidRepository saying why."""

from __future__ import annotations

import pytest
from dockerapi.errors import InvalidRepository
from dockerapi.utils._reference import check_reference, check_repository, check_tag, qualified

DIGEST = "sha256:" + "0123456789abcdef" * 4


@pytest.mark.parametrize(
    "reference",
    [
        "busybox",
        "busybox:latest",
        "library/busybox:1.36.1-musl",
        "a_b/c__d/e-f---g/h.i",
        "127.0.0.1:5000/team/app:v1",
        "localhost/app",
        "localhost:5000/app:1",
        "registry.example.com/a/b/c:Tag_1.x",
        "Registry.Example.com/app",  # capitals make the first part a registry
        "[::1]:5000/app:1",
        f"app@{DIGEST}",
        f"reg.io/app:1@{DIGEST}",
        "app:" + "t" * 128,
    ],
)
def test_what_docker_accepts_passes(reference: str) -> None:
    check_reference(reference)


@pytest.mark.parametrize(
    ("reference", "problem"),
    [
        ("Busybox", "must be lowercase"),
        ("team/App:1", "must be lowercase"),
        ("busybox:1:2", "more than one ':'"),
        ("app:" + "t" * 129, "is not valid: a tag"),
        ("app:-x", "is not valid: a tag"),
        ("app:.x", "is not valid: a tag"),
        ("app@sha256:xyz", "is not a digest"),
        ("a..b/app", "not a registry address"),
        ("-reg.io/app", "not a registry address"),
        ("app_/x", "names are lowercase letters and digits"),
        ("a/" + "b" * 260, "longer than 255"),
        ("", "non-empty string"),
        ("reg.io/", "names are lowercase"),
    ],
)
def test_what_docker_refuses_raises(reference: str, problem: str) -> None:
    with pytest.raises(InvalidRepository, match=problem):
        check_reference(reference)


def test_repository_and_tag_checks() -> None:
    check_repository("127.0.0.1:5000/x")
    check_tag("v1")
    check_tag(DIGEST)
    with pytest.raises(InvalidRepository, match="non-empty string"):
        check_repository(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidRepository, match="is not valid"):
        check_tag("a b")


@pytest.mark.parametrize(
    ("reference", "full"),
    [
        ("app:1", "docker.io/library/app:1"),
        ("user/app", "docker.io/user/app"),
        ("docker.io/library/app:1", "docker.io/library/app:1"),
        ("localhost/app:1", "localhost/app:1"),
        ("127.0.0.1:5000/app:1", "127.0.0.1:5000/app:1"),
        (
            "registry.example/team/app@sha256:" + "a" * 64,
            "registry.example/team/app@sha256:" + "a" * 64,
        ),
    ],
)
def test_qualified_writes_out_docker_hubs_implied_parts(reference: str, full: str) -> None:
    assert qualified(reference) == full
