"""The small rules the safety guarantees rest on: path segments, redaction, timeouts."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from dockerapi._paths import fill_path, path_segment
from dockerapi._redact import (
    REDACTED,
    is_secret_header,
    redact_address,
    redact_headers,
    redact_url,
    scrub_headers,
)
from dockerapi._timeouts import (
    DeadlineExceeded,
    call_deadline,
    check_grace_period,
    check_httpx_timeout,
    check_timeout,
    read_timeout,
)
from dockerapi.errors import InvalidArgument, NullResource


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("abc", "abc"),
        ("registry:5000/lib/app:1", "registry:5000%2Flib%2Fapp:1"),
        ("app@sha256:00ff", "app@sha256:00ff"),
        ("a b?c#d%", "a%20b%3Fc%23d%25"),
        ("...", "..."),
    ],
)
def test_path_segment(value: str, segment: str) -> None:
    assert path_segment(value) == segment


@pytest.mark.parametrize("value", ["..", ".", "a/..", "../a", "a/./b", "/a", "a/", "a//b"])
def test_path_segment_refuses_parts_that_move(value: str) -> None:
    with pytest.raises(InvalidArgument, match=r"'\.' or '\.\.'"):
        path_segment(value)


@pytest.mark.parametrize("value", [None, ""])
def test_path_segment_refuses_nothing(value: Any) -> None:
    with pytest.raises(NullResource):
        path_segment(value, "the container")


@pytest.mark.parametrize("value", [5, 1.5, b"x", ["a"], {"Id": "a"}])
def test_path_segment_refuses_non_strings(value: Any) -> None:
    with pytest.raises(InvalidArgument, match="must be a string"):
        path_segment(value)


def test_fill_path_names_the_parameter() -> None:
    assert fill_path("/images/{name}/tag", {"name": "a/b:1"}) == "/images/a%2Fb:1/tag"
    with pytest.raises(NullResource, match="'id' of container_delete"):
        fill_path("/containers/{id}", {}, "container_delete")


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("tcp://user:pw@host:2375", f"tcp://user:{REDACTED}@host:2375"),
        ("user:p@ss@host:1/x", f"user:{REDACTED}@host:1/x"),
        ("https://token@github.com/r.git", f"https://{REDACTED}@github.com/r.git"),
        ("ssh://me@host", "ssh://me@host"),
        ("ssh://me:pw@host", f"ssh://me:{REDACTED}@host"),
        ("busybox@sha256:abc", "busybox@sha256:abc"),
        ("unix:///var/run/docker.sock", "unix:///var/run/docker.sock"),
    ],
)
def test_redact_address(address: str, shown: str) -> None:
    assert redact_address(address) == shown


def test_redact_url_query_values() -> None:
    url = "http://docker/v1.41/build?remote=https%3A%2F%2Fu%3Atok%40git.example%2Fr.git&t=a"
    assert "tok" not in redact_url(url) and "git.example" in redact_url(url)
    plain = "http://docker/v1.41/images/create?fromImage=busybox%40sha256%3Aab"
    assert redact_url(plain) == plain


@pytest.mark.parametrize(
    "name",
    ["X-Registry-Auth", "x-registry-config", "Authorization", "Proxy-Authorization", "X-Api-Key"],
)
def test_secret_headers(name: str) -> None:
    assert is_secret_header(name)
    assert redact_headers({name: "v"}) == {name: REDACTED}


@pytest.mark.parametrize("name", ["Content-Type", "User-Agent", "Host", "Upgrade", "Connection"])
def test_ordinary_headers(name: str) -> None:
    assert not is_secret_header(name)


def test_scrub_headers_in_place() -> None:
    headers = httpx.Headers({"X-Registry-Auth": "secret", "Accept": "*/*"})
    scrub_headers(headers)
    assert headers["x-registry-auth"] == REDACTED and headers["accept"] == "*/*"


@pytest.mark.parametrize("value", [-1, 0, -0.1, math.nan, "1", True, [1]])
def test_check_timeout_refuses(value: Any) -> None:
    with pytest.raises(InvalidArgument, match="timeout"):
        check_timeout(value)


def test_check_timeout_accepts() -> None:
    assert check_timeout(None) is None
    assert check_timeout(math.inf) is None
    assert check_timeout(2) == 2.0
    assert check_httpx_timeout(httpx.Timeout(5, read=None)).read is None
    with pytest.raises(InvalidArgument, match="read"):
        check_httpx_timeout(httpx.Timeout(5, read=-1))


def test_grace_period() -> None:
    assert check_grace_period(None, "t") is None
    assert check_grace_period(0, "t") == 0
    assert check_grace_period(3.0, "t") == 3
    for bad in (-1, 1.5, "3", True, math.inf):
        with pytest.raises(InvalidArgument):
            check_grace_period(bad, "t")


def test_read_timeout_follows_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    assert read_timeout(5) == 5  # no call in progress
    clock = [100.0]
    monkeypatch.setattr("dockerapi._timeouts.time.monotonic", lambda: clock[0])
    with call_deadline(2.0):
        assert read_timeout(5) == 2.0  # the clock starts at the first read
        clock[0] += 1.5
        assert read_timeout(5) == pytest.approx(0.5)
        assert read_timeout(0.1) == 0.1
        clock[0] += 1
        with pytest.raises(DeadlineExceeded):
            read_timeout(5)
    assert read_timeout(None) is None
