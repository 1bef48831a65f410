"""`dockerapi pull/push/build` without an engine: what is refused before anything is sent,
and an unreachable daemon. (The real engine and a real terminal:
tests/integration/test_progress_cli.py.)"""

from __future__ import annotations

import io
import sys

import pytest
from dockerapi._cli import main


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str, str]:
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/dockerapi-test.sock")
    for name in ("DOCKER_API_VERSION", "DOCKER_TLS_VERIFY", "DOCKER_CONTEXT"):
        monkeypatch.delenv(name, raising=False)
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    out = io.StringIO()
    return main(list(args), stdout=out), out.getvalue(), err.getvalue()


def test_an_unreachable_daemon_is_named_and_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    status, out, err = run(monkeypatch, "pull", "busybox:latest", "--progress", "plain")
    assert status == 1
    assert out == ""
    assert err.startswith("dockerapi pull: cannot connect to the Docker daemon at ")
    assert "/nonexistent/dockerapi-test.sock" in err


def test_a_bad_build_arg_is_refused_before_sending(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    status, _, err = run(monkeypatch, "build", str(tmp_path), "--build-arg", "NOVALUE")
    assert status == 1
    assert err == "dockerapi build: --build-arg 'NOVALUE': expected KEY=VALUE\n"


def test_a_bad_image_name_is_refused_before_sending(monkeypatch: pytest.MonkeyPatch) -> None:
    status, _, err = run(monkeypatch, "push", "Not A Name")
    assert status == 1
    assert err.startswith("dockerapi push: repository 'Not A Name'")


def test_tty_progress_without_rich_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(sys.modules):
        if name == "rich" or name.startswith("rich.") or name == "dockerapi.progress._rich":
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "rich", None)
    status, _, err = run(monkeypatch, "pull", "busybox", "--progress", "tty")
    assert status == 1
    assert "pip install 'dockerapi[progress]'" in err


def test_usage_errors_exit_2(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit) as raised:
        run(monkeypatch, "pull", "busybox", "--progress", "fancy")
    assert raised.value.code == 2
    with pytest.raises(SystemExit) as raised:
        run(monkeypatch, "build")
    assert raised.value.code == 2
