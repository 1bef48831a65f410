"""docker-py's `docker.context` (ContextAPI, Context, config helpers) on a private
DOCKER_CONFIG (the autouse fixture gives every test an empty one), with docker-py
as the oracle for names, signatures and shapes."""

from __future__ import annotations

import hashlib
import inspect
import json
import os
from pathlib import Path
from typing import Any

import pytest
from dockerapi import Context, ContextAPI
from dockerapi._host import resolve_host
from dockerapi.context import config as context_config
from dockerapi.errors import (
    ContextAlreadyExists,
    ContextException,
    ContextNotFound,
    MissingContextParameter,
)
from dockerapi.tls import TLSConfig


@pytest.fixture
def config_dir() -> Path:
    return Path(os.environ["DOCKER_CONFIG"])


def _digest(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


@pytest.fixture
def pki(tmp_path: Path) -> dict[str, str]:
    files = {}
    for role, filename in (("ca", "my-ca.crt"), ("cert", "client.crt"), ("key", "client.key")):
        path = tmp_path / filename
        path.write_text(f"-----{role}-----\n")
        files[role] = str(path)
    return files


def _shape(function: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(function).parameters.values()]


def test_names_and_signatures_match_docker_py() -> None:
    docker_context = pytest.importorskip("docker.context")
    docker_config = pytest.importorskip("docker.context.config")
    for name in (
        "create_context",
        "get_context",
        "contexts",
        "get_current_context",
        "set_current_context",
        "remove_context",
        "inspect_context",
        "kwargs_from_context",
    ):
        assert _shape(getattr(ContextAPI, name)) == _shape(
            getattr(docker_context.ContextAPI, name)
        ), name
    for name in ("__init__", "set_endpoint", "inspect", "load_context", "save", "remove"):
        ours = inspect.signature(getattr(Context, name))
        theirs = inspect.signature(getattr(docker_context.Context, name))
        assert list(ours.parameters) == list(theirs.parameters), name
    for name in ("Name", "Host", "Orchestrator", "Metadata", "TLSConfig", "TLSMaterial", "Storage"):
        assert isinstance(getattr(Context, name), property)
    for name in (
        "get_current_context_name",
        "write_context_name_to_docker_config",
        "get_context_id",
        "get_context_dir",
        "get_meta_dir",
        "get_meta_file",
        "get_tls_dir",
        "get_context_host",
    ):
        assert list(inspect.signature(getattr(context_config, name)).parameters) == list(
            inspect.signature(getattr(docker_config, name)).parameters
        ), name
    assert context_config.METAFILE == docker_config.METAFILE


def test_create_stores_what_the_cli_reads(config_dir: Path) -> None:
    created = ContextAPI.create_context("remote", host="tcp://10.0.0.5:2376")
    meta_dir = config_dir / "contexts" / "meta" / _digest("remote")
    assert json.loads((meta_dir / "meta.json").read_text()) == {
        "Name": "remote",
        "Metadata": {},
        "Endpoints": {"docker": {"Host": "tcp://10.0.0.5:2376", "SkipTLSVerify": False}},
    }
    assert created.meta_path == str(meta_dir)
    # host resolution reads the same store
    resolved = resolve_host(None, environment={"DOCKER_CONFIG": str(config_dir)}, context="remote")
    assert (resolved.url, resolved.origin) == ("tcp://10.0.0.5:2376", "docker context remote")


def test_create_with_tls_copies_the_files_under_the_clis_names(
    config_dir: Path, pki: dict[str, str]
) -> None:
    tls = TLSConfig(client_cert=(pki["cert"], pki["key"]), ca_cert=pki["ca"], verify=True)
    ContextAPI.create_context("secure", host="tcp://10.0.0.5:2376", tls_cfg=tls)
    tls_dir = config_dir / "contexts" / "tls" / _digest("secure") / "docker"
    assert sorted(os.listdir(tls_dir)) == ["ca.pem", "cert.pem", "key.pem"]
    assert (tls_dir / "key.pem").read_text() == "-----key-----\n"
    assert (tls_dir / "key.pem").stat().st_mode & 0o777 == 0o600
    assert tls_dir.stat().st_mode & 0o777 == 0o700
    loaded = ContextAPI.get_context("secure")
    assert loaded is not None and loaded.TLSConfig == TLSConfig(
        client_cert=(str(tls_dir / "cert.pem"), str(tls_dir / "key.pem")),
        ca_cert=str(tls_dir / "ca.pem"),
        verify=True,
    )
    assert loaded()["TLSMaterial"] == {"docker": ["ca.pem", "cert.pem", "key.pem"]}
    # and the daemon address resolves with that TLS
    env = {"DOCKER_CONFIG": str(config_dir), "DOCKER_CONTEXT": "secure"}
    assert resolve_host(None, environment=env).http_base_url == "https://10.0.0.5:2376"


def test_skip_tls_verify_and_partial_material(config_dir: Path, pki: dict[str, str]) -> None:
    ContextAPI.create_context(
        "lax",
        host="tcp://10.0.0.5:2376",
        tls_cfg=TLSConfig(ca_cert=pki["ca"]),
        skip_tls_verify=True,
        default_namespace="ns",
    )
    loaded = Context.load_context("lax")
    assert loaded is not None
    assert loaded.endpoints["docker"] == {
        "Host": "tcp://10.0.0.5:2376",
        "SkipTLSVerify": True,
        "DefaultNamespace": "ns",
    }
    tls = loaded.TLSConfig
    assert tls is not None and tls.verify is False and tls.cert is None  # a CA alone is enough
    assert loaded.TLSMaterial == {"TLSMaterial": {"docker": ["ca.pem"]}}


def test_inspect_and_str(config_dir: Path) -> None:
    ContextAPI.create_context("shown", host="unix:///run/other.sock")
    inspected = ContextAPI.inspect_context("shown")
    assert list(inspected) == ["Name", "Metadata", "Endpoints", "TLSMaterial", "Storage"]
    assert inspected["Endpoints"]["docker"]["Host"] == "unix:///run/other.sock"
    assert inspected["Storage"]["MetadataPath"].endswith(_digest("shown"))
    loaded = ContextAPI.get_context("shown")
    assert loaded is not None
    assert json.loads(str(loaded)) == inspected == loaded.inspect()
    assert repr(loaded) == "<Context: 'shown'>"
    assert loaded.is_docker_host() and loaded.Name == "shown"


def test_default_context_is_docker_pys(config_dir: Path) -> None:
    docker_context = pytest.importorskip("docker.context")
    assert ContextAPI.inspect_context() == docker_context.ContextAPI.DEFAULT_CONTEXT()
    assert ContextAPI.get_context() is ContextAPI.DEFAULT_CONTEXT
    assert ContextAPI.DEFAULT_CONTEXT.Host == "unix:///var/run/docker.sock"


def test_listing_current_context_and_removal(config_dir: Path) -> None:
    (config_dir / "config.json").write_text(
        json.dumps({"auths": {"x": {}}, "detachKeys": "ctrl-x"})
    )
    for name in ("beta", "alpha"):
        ContextAPI.create_context(name, host="tcp://127.0.0.1:2375")
    assert [c.Name for c in ContextAPI.contexts()] == ["default", "alpha", "beta"]

    ContextAPI.set_current_context("beta")
    config = json.loads((config_dir / "config.json").read_text())
    assert config == {"auths": {"x": {}}, "detachKeys": "ctrl-x", "currentContext": "beta"}
    current = ContextAPI.get_current_context()
    assert current is not None and current.Name == "beta"
    assert context_config.get_current_context_name() == "beta"

    ContextAPI.remove_context("beta")  # the current one: unset too
    assert "currentContext" not in json.loads((config_dir / "config.json").read_text())
    assert ContextAPI.get_context("beta") is None
    assert not (config_dir / "contexts" / "meta" / _digest("beta")).exists()
    assert [c.Name for c in ContextAPI.contexts()] == ["default", "alpha"]


def test_docker_context_variable_names_the_current_context(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ContextAPI.create_context("from-env", host="tcp://127.0.0.1:2375")
    monkeypatch.setenv("DOCKER_CONTEXT", "from-env")
    current = ContextAPI.get_current_context()
    assert current is not None and current.Name == "from-env"
    assert ContextAPI.kwargs_from_context() == {"base_url": "tcp://127.0.0.1:2375"}
    assert ContextAPI.kwargs_from_context("default") == {"base_url": "unix:///var/run/docker.sock"}
    assert ContextAPI.kwargs_from_context("missing") == {}


def test_set_current_context_creates_the_config_file(config_dir: Path) -> None:
    ContextAPI.create_context("first", host="tcp://127.0.0.1:2375")
    ContextAPI.set_current_context("first")  # docker-py fails when there is no config.json
    path = config_dir / "config.json"
    assert json.loads(path.read_text()) == {"currentContext": "first"}
    assert path.stat().st_mode & 0o777 == 0o600
    ContextAPI.set_current_context("default")
    assert json.loads(path.read_text()) == {}


def test_broken_config_is_not_overwritten(config_dir: Path) -> None:
    ContextAPI.create_context("ctx", host="tcp://127.0.0.1:2375")
    (config_dir / "config.json").write_text("{broken")
    with pytest.raises(ContextException, match="Failed to set current context"):
        ContextAPI.set_current_context("ctx")
    assert (config_dir / "config.json").read_text() == "{broken"
    error = context_config.write_context_name_to_docker_config("ctx")
    assert isinstance(error, ContextException)  # docker-py's helper returns the error


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: ContextAPI.create_context(""), MissingContextParameter),
        (lambda: ContextAPI.create_context("default"), ContextException),
        (lambda: ContextAPI.create_context("a"), ContextException),  # the CLI's name rule
        (lambda: ContextAPI.create_context("has space"), ContextException),
        (lambda: ContextAPI.remove_context(""), MissingContextParameter),
        (lambda: ContextAPI.remove_context("default"), ContextException),
        (lambda: ContextAPI.remove_context("absent"), ContextNotFound),
        (lambda: ContextAPI.inspect_context(""), MissingContextParameter),
        (lambda: ContextAPI.inspect_context("absent"), ContextNotFound),
        (lambda: ContextAPI.set_current_context("absent"), ContextNotFound),
        (lambda: Context(""), ContextException),
        (lambda: Context("x", endpoints={"docker": "tcp://h:1"}), ContextException),
    ],
)
def test_errors_are_docker_pys(config_dir: Path, call: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()


def test_creating_twice_is_refused(config_dir: Path) -> None:
    ContextAPI.create_context("once", host="tcp://127.0.0.1:2375")
    with pytest.raises(ContextAlreadyExists, match="context once already exists"):
        ContextAPI.create_context("once")


def test_contexts_written_by_the_cli_are_read(config_dir: Path) -> None:
    # Go reads JSON field names in any case.
    meta_dir = config_dir / "contexts" / "meta" / _digest("cli-made")
    meta_dir.mkdir(parents=True)
    (meta_dir / "meta.json").write_text(
        json.dumps(
            {
                "name": "cli-made",
                "metadata": {"Description": "made by docker context create"},
                "endpoints": {"docker": {"host": "ssh://me@example.test"}},
            }
        )
    )
    listed = [c.Name for c in ContextAPI.contexts()]
    assert listed == ["default", "cli-made"]


def test_corrupt_metadata_raises(config_dir: Path) -> None:
    meta_dir = config_dir / "contexts" / "meta" / _digest("bad")
    meta_dir.mkdir(parents=True)
    (meta_dir / "meta.json").write_text("[1, 2]")
    with pytest.raises(ContextException, match="not a Docker context"):
        ContextAPI.get_context("bad")
    with pytest.raises(ContextException):
        ContextAPI.contexts()


@pytest.mark.parametrize(
    ("address", "tls", "stored"),
    [
        (None, False, "unix:///var/run/docker.sock"),
        ("unix:///run/x.sock", False, "unix:///run/x.sock"),
        ("tcp://10.0.0.1:2375", False, "tcp://10.0.0.1:2375"),
        ("tcp://10.0.0.1:2376", True, "tcp://10.0.0.1:2376"),
        ("https://10.0.0.1:2376", True, "https://10.0.0.1:2376"),
        ("10.0.0.1:2375", False, "tcp://10.0.0.1:2375"),
        ("ssh://me@host", False, "ssh://me@host:22"),
    ],
)
def test_hosts_are_stored_in_docker_host_spelling(
    address: str | None, tls: bool, stored: str
) -> None:
    assert context_config.get_context_host(address, tls) == stored


def test_config_paths_follow_docker_config(config_dir: Path) -> None:
    assert context_config.get_context_dir() == str(config_dir / "contexts")
    assert context_config.get_meta_dir() == str(config_dir / "contexts" / "meta")
    assert context_config.get_meta_file("x") == str(
        config_dir / "contexts" / "meta" / _digest("x") / "meta.json"
    )
    assert context_config.get_tls_dir("x", "docker") == str(
        config_dir / "contexts" / "tls" / _digest("x") / "docker"
    )
    assert context_config.get_context_id("x") == _digest("x")
