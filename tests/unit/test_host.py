"""Host addresses: parse_host (docker-py's results), kwargs_from_env, resolve_host, contexts."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest
from dockerapi._host import (
    DockerHost,
    api_version_from_env,
    kwargs_from_env,
    parse_host,
    resolve_host,
)
from dockerapi.errors import (
    ContextException,
    ContextNotFound,
    DockerException,
    TLSParameterError,
)
from dockerapi.tls import TLSConfig

# (address, tls flag, docker-py's result) — every row is also what docker-py 7 returns.
SAME_AS_DOCKER_PY: list[tuple[str | None, bool, str]] = [
    (None, False, "http+unix:///var/run/docker.sock"),
    ("", False, "http+unix:///var/run/docker.sock"),
    ("unix://", False, "http+unix:///var/run/docker.sock"),
    ("  unix://  ", False, "http+unix:///var/run/docker.sock"),
    ("unix:///var/run/docker.sock", False, "http+unix:///var/run/docker.sock"),
    ("unix:///run/dockerapi/docker.sock", True, "http+unix:///run/dockerapi/docker.sock"),
    ("unix:///a/b/", False, "http+unix:///a/b"),
    ("unix:///path/with space.sock", False, "http+unix:///path/with space.sock"),
    ("http+unix:///x.sock", False, "http+unix:///x.sock"),
    ("tcp://127.0.0.1:2375", False, "http://127.0.0.1:2375"),
    ("tcp://127.0.0.1:2376", True, "https://127.0.0.1:2376"),
    ("tcp://localhost:2376", False, "http://localhost:2376"),
    ("tcp://0.0.0.0:2375", False, "http://0.0.0.0:2375"),
    ("tcp://:2375", False, "http://127.0.0.1:2375"),
    ("tcp://:2376", True, "https://127.0.0.1:2376"),
    ("127.0.0.1:2375", False, "http://127.0.0.1:2375"),
    ("127.0.0.1:2376", True, "https://127.0.0.1:2376"),
    (":2375", False, "http://127.0.0.1:2375"),
    ("somehost.local:1234", False, "http://somehost.local:1234"),
    ("http://example.com:80", False, "http://example.com:80"),
    ("http://example.com:80", True, "http://example.com:80"),
    ("https://example.com:443", False, "https://example.com:443"),
    ("HTTP://host:1", False, "http://host:1"),
    ("http://127.0.0.1:2375/", False, "http://127.0.0.1:2375"),
    ("tcp://host:1/", True, "https://host:1"),
    ("tcp://127.0.0.1:2375/prefix", False, "http://127.0.0.1:2375/prefix"),
    ("tcp://[::1]:2375", False, "http://[::1]:2375"),
    ("tcp://[::1]:2376", True, "https://[::1]:2376"),
    ("[::1]:2375", False, "http://[::1]:2375"),
    ("[fd12::1]:2375", False, "http://[fd12::1]:2375"),
    ("ssh://user@host", False, "ssh://user@host:22"),
    ("ssh://host:2222", False, "ssh://host:2222"),
    ("ssh://user@[::1]", False, "ssh://user@[::1]:22"),
    ("npipe:////./pipe/docker_engine", False, "npipe:////./pipe/docker_engine"),
]

# Deliberate differences (docker-py's result cannot work; see the _host module docstring).
BETTER_THAN_DOCKER_PY: list[tuple[str | None, bool, str]] = [
    ("unix://var/run/docker.sock", False, "http+unix:///var/run/docker.sock"),
    ("localhost:2375", False, "http://localhost:2375"),
    ("localhost:2376", True, "https://localhost:2376"),
    ("npipe://", False, "npipe:////./pipe/docker_engine"),
    ("unix://@abstract", False, "http+unix://@abstract"),
]

# (address, a fragment the message must contain)
REJECTED = [
    ("tcp://", "Invalid bind address format"),
    ("tcp://127.0.0.1", "port is required"),
    ("tcp://[fd12::1]", "port is required"),
    ("localhost", "port is required"),
    ("socket.sock", "port is required"),
    ("/var/run/docker.sock", "unix:///var/run/docker.sock"),
    ("fd://", "fd protocol is not implemented"),
    ("fd://3", "fd protocol is not implemented"),
    ("udp://127.0.0.1:1", "Invalid bind address protocol"),
    ("tcp://127.0.0.1:2375?x=1", "query"),
    ("tcp://127.0.0.1:2375#f", "fragment"),
    ("tcp://host:1;x", "parameters"),
    ("tcp://u:p@host:1", "password"),
    ("tcp://u@host:1", "user info"),
    ("ssh://host/path", "no path allowed"),
    ("ssh://", "Invalid bind address format"),
    ("ssh://user@", "host is required"),
    ("tcp://host:0", "between 1 and 65535"),
    ("tcp://host:99999", "between 1 and 65535"),
    ("tcp://host:abc", "between 1 and 65535"),
    ("tcp://::1:2375", "brackets"),
    ("tcp://[::1:2375", "IPv6"),
    ("tcp://[::1]x:2375", "IPv6"),
    ("tcp://my host:2375", "blank"),
]


@pytest.mark.parametrize(("addr", "tls", "expected"), SAME_AS_DOCKER_PY + BETTER_THAN_DOCKER_PY)
def test_parse_host(addr: str | None, tls: bool, expected: str) -> None:
    assert parse_host(addr, tls=tls) == expected


@pytest.mark.parametrize(("addr", "tls", "expected"), SAME_AS_DOCKER_PY)
def test_parse_host_agrees_with_docker_py(addr: str | None, tls: bool, expected: str) -> None:
    docker_utils = pytest.importorskip("docker.utils")
    assert docker_utils.parse_host(addr, tls=tls) == expected


@pytest.mark.parametrize(("addr", "fragment"), REJECTED)
def test_parse_host_rejects(addr: str, fragment: str) -> None:
    with pytest.raises(DockerException) as caught:
        parse_host(addr)
    assert fragment in str(caught.value)


# Rejected by docker-py as well (it lets the other rows through or fails with ValueError).
DOCKER_PY_ALSO_REJECTS = [
    "tcp://",
    "tcp://127.0.0.1",
    "localhost",
    "fd://3",
    "udp://127.0.0.1:1",
    "tcp://127.0.0.1:2375?x=1",
    "tcp://127.0.0.1:2375#f",
    "tcp://u:p@host:1",
    "ssh://host/path",
    "tcp://host:0",
]


@pytest.mark.parametrize("addr", DOCKER_PY_ALSO_REJECTS)
def test_docker_py_rejects_the_same(addr: str) -> None:
    docker_utils = pytest.importorskip("docker.utils")
    docker_errors = pytest.importorskip("docker.errors")
    with pytest.raises(docker_errors.DockerException):
        docker_utils.parse_host(addr)
    with pytest.raises(DockerException):
        parse_host(addr)


def test_parse_host_windows_default() -> None:
    assert parse_host(None, is_win32=True) == "npipe:////./pipe/docker_engine"
    assert parse_host("", True) == "npipe:////./pipe/docker_engine"
    assert parse_host("tcp://127.0.0.1:2375", True) == "http://127.0.0.1:2375"


# --- kwargs_from_env ----------------------------------------------------------------------


@pytest.fixture
def cert_dir(tmp_path: Path) -> Path:
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / name).write_text("placeholder, never loaded by these tests\n")
    return tmp_path


def test_kwargs_from_env_empty() -> None:
    assert kwargs_from_env(environment={}) == {}


def test_kwargs_from_env_host_only() -> None:
    env = {"DOCKER_HOST": "tcp://127.0.0.1:2375"}
    assert kwargs_from_env(environment=env) == {"base_url": "tcp://127.0.0.1:2375"}


def test_kwargs_from_env_tls_verify(cert_dir: Path) -> None:
    env = {
        "DOCKER_HOST": "tcp://127.0.0.1:2376",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": str(cert_dir),
    }
    params = kwargs_from_env(environment=env)
    assert params["base_url"] == "tcp://127.0.0.1:2376"
    tls = params["tls"]
    assert isinstance(tls, TLSConfig)
    assert tls.verify is True
    assert tls.ca_cert == str(cert_dir / "ca.pem")
    assert tls.cert == (str(cert_dir / "cert.pem"), str(cert_dir / "key.pem"))


def test_kwargs_from_env_cert_path_without_verify_still_verifies(cert_dir: Path) -> None:
    # docker-py skipped the check here although a CA was at hand; a CA given is a CA checked
    params = kwargs_from_env(environment={"DOCKER_CERT_PATH": str(cert_dir)})
    tls = params["tls"]
    assert isinstance(tls, TLSConfig)
    assert tls.verify is None and tls.verifies_server
    assert tls.ca_cert == str(cert_dir / "ca.pem")
    assert "base_url" not in params


def test_kwargs_from_env_docker_tls_is_the_explicit_skip(cert_dir: Path) -> None:
    env = {"DOCKER_TLS": "1", "DOCKER_CERT_PATH": str(cert_dir)}
    tls = kwargs_from_env(environment=env)["tls"]
    assert isinstance(tls, TLSConfig)
    assert tls.verify is False and not tls.verifies_server


def test_kwargs_from_env_docker_tls_alone_needs_no_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.docker at all: `docker --tls` works too
    tls = kwargs_from_env(environment={"DOCKER_TLS": "1"})["tls"]
    assert isinstance(tls, TLSConfig)
    assert (tls.cert, tls.ca_cert, tls.verify) == (None, None, False)


def test_kwargs_from_env_tls_verify_wins_over_docker_tls(cert_dir: Path) -> None:
    env = {"DOCKER_TLS": "1", "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(cert_dir)}
    tls = kwargs_from_env(environment=env)["tls"]
    assert isinstance(tls, TLSConfig) and tls.verify is True


def test_kwargs_from_env_empty_tls_verify_means_no(cert_dir: Path) -> None:
    assert kwargs_from_env(environment={"DOCKER_TLS_VERIFY": "", "DOCKER_CERT_PATH": ""}) == {}


def test_kwargs_from_env_any_tls_verify_value_means_yes(cert_dir: Path) -> None:
    params = kwargs_from_env(
        environment={"DOCKER_TLS_VERIFY": "0", "DOCKER_CERT_PATH": str(cert_dir)}
    )
    tls = params["tls"]
    assert isinstance(tls, TLSConfig) and tls.verify is True


def test_kwargs_from_env_default_cert_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".docker").mkdir()
    for name in ("ca.pem", "cert.pem", "key.pem"):
        (tmp_path / ".docker" / name).write_text("x")
    tls = kwargs_from_env(environment={"DOCKER_TLS_VERIFY": "1"})["tls"]
    assert isinstance(tls, TLSConfig)
    assert tls.ca_cert == str(tmp_path / ".docker" / "ca.pem")


def test_kwargs_from_env_missing_certs(tmp_path: Path) -> None:
    with pytest.raises(TLSParameterError):
        kwargs_from_env(environment={"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(tmp_path)})


def test_kwargs_from_env_passes_legacy_tls_options(cert_dir: Path) -> None:
    params = kwargs_from_env(
        environment={"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(cert_dir)},
        assert_hostname=False,
        use_ssh_client=True,
    )
    tls = params["tls"]
    assert isinstance(tls, TLSConfig) and tls.assert_hostname is False
    assert params["use_ssh_client"] is True


def test_kwargs_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOCKER_HOST", "tcp://127.0.0.1:2999")
    monkeypatch.delenv("DOCKER_TLS_VERIFY", raising=False)
    monkeypatch.delenv("DOCKER_CERT_PATH", raising=False)
    assert kwargs_from_env() == {"base_url": "tcp://127.0.0.1:2999"}


def test_kwargs_from_env_matches_docker_py(cert_dir: Path) -> None:
    docker_utils = pytest.importorskip("docker.utils")
    env = {
        "DOCKER_HOST": "tcp://h:2376",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": str(cert_dir),
    }
    theirs = docker_utils.kwargs_from_env(environment=env)
    ours = kwargs_from_env(environment=env)
    tls = ours["tls"]
    assert isinstance(tls, TLSConfig)
    assert ours["base_url"] == theirs["base_url"]
    assert (tls.cert, tls.ca_cert, tls.verify) == (
        theirs["tls"].cert,
        theirs["tls"].ca_cert,
        theirs["tls"].verify,
    )


# --- DOCKER_API_VERSION -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("auto", None),
        ("AUTO", None),
        ("1.41", "1.41"),
        (" 1.44 ", "1.44"),
    ],
)
def test_api_version_from_env(value: str | None, expected: str | None) -> None:
    env = {} if value is None else {"DOCKER_API_VERSION": value}
    assert api_version_from_env(env) == expected


@pytest.mark.parametrize("value", ["v1.41", "1", "latest", "1.41.0"])
def test_api_version_from_env_rejects(value: str) -> None:
    with pytest.raises(DockerException, match="DOCKER_API_VERSION"):
        api_version_from_env({"DOCKER_API_VERSION": value})


def test_version_constants_follow_the_generated_specs() -> None:
    # constants.py spells them out to keep `import dockerapi` light; regenerating for a
    # new Engine must update them too
    from docker_engine_api import _versions
    from dockerapi import constants

    assert constants.DEFAULT_DOCKER_API_VERSION == _versions.NEWEST
    assert constants.MINIMUM_DOCKER_API_VERSION == _versions.OLDEST


# --- resolve_host -------------------------------------------------------------------------


def test_resolve_default_socket() -> None:
    host = resolve_host(None, environment={}, is_win32=False)
    assert host == DockerHost(
        url="unix:///var/run/docker.sock",
        scheme="unix",
        socket_path="/var/run/docker.sock",
        http_base_url="http://docker",
        origin="default",
    )
    assert host.docker_py_base_url == "http+docker://localhost"
    assert host.describe() == "unix:///var/run/docker.sock (from default)"


def test_resolve_default_npipe() -> None:
    host = resolve_host(None, environment={}, is_win32=True)
    assert (host.scheme, host.url, host.socket_path) == (
        "npipe",
        "npipe:////./pipe/docker_engine",
        "//./pipe/docker_engine",
    )
    assert host.docker_py_base_url == "http+docker://localnpipe"


def test_resolve_argument_beats_environment() -> None:
    host = resolve_host("unix:///run/x.sock", environment={"DOCKER_HOST": "tcp://127.0.0.1:2375"})
    assert (host.url, host.origin, host.socket_path) == (
        "unix:///run/x.sock",
        "argument",
        "/run/x.sock",
    )


def test_resolve_docker_host() -> None:
    host = resolve_host(None, environment={"DOCKER_HOST": "tcp://127.0.0.1:2375"})
    assert host.origin == "DOCKER_HOST"
    assert host.url == "tcp://127.0.0.1:2375"
    assert host.http_base_url == "http://127.0.0.1:2375"
    assert (host.hostname, host.port, host.tls, host.socket_path) == ("127.0.0.1", 2375, None, None)
    assert host.docker_py_base_url == "http://127.0.0.1:2375"


def test_resolve_http_spellings_normalise_to_tcp() -> None:
    assert resolve_host("http://127.0.0.1:2375/", environment={}).url == "tcp://127.0.0.1:2375"
    assert resolve_host("127.0.0.1:2375", environment={}).url == "tcp://127.0.0.1:2375"
    prefixed = resolve_host("tcp://[::1]:2375/engine/", environment={})
    assert prefixed.url == "tcp://[::1]:2375/engine"
    assert prefixed.http_base_url == "http://[::1]:2375/engine"
    assert prefixed.hostname == "::1"


def test_resolve_http_plus_unix() -> None:
    host = resolve_host("http+unix:///run/x.sock", environment={})
    assert host.url == "unix:///run/x.sock"


def test_resolve_tls_from_environment(cert_dir: Path) -> None:
    env = {
        "DOCKER_HOST": "tcp://127.0.0.1:2376",
        "DOCKER_TLS_VERIFY": "1",
        "DOCKER_CERT_PATH": str(cert_dir),
    }
    host = resolve_host(None, environment=env)
    assert host.http_base_url == "https://127.0.0.1:2376"
    assert host.tls is not None and host.tls.verify is True
    assert host.url == "tcp://127.0.0.1:2376"


def test_resolve_tls_argument(cert_dir: Path) -> None:
    tls = TLSConfig(ca_cert=str(cert_dir / "ca.pem"), verify=True)
    host = resolve_host("tcp://127.0.0.1:2376", environment={}, tls=tls)
    assert host.tls is tls
    assert host.http_base_url == "https://127.0.0.1:2376"


def test_resolve_tls_true_verifies_with_default_bundle() -> None:
    host = resolve_host("tcp://127.0.0.1:2376", environment={}, tls=True)
    assert host.tls == TLSConfig(verify=True)


def test_resolve_tls_false_overrides_environment(cert_dir: Path) -> None:
    env = {"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(cert_dir)}
    host = resolve_host("tcp://127.0.0.1:2375", environment=env, tls=False)
    assert host.tls is None and host.http_base_url == "http://127.0.0.1:2375"


def test_resolve_https_alone_means_verified_tls() -> None:
    host = resolve_host("https://127.0.0.1:2376", environment={})
    assert host.tls == TLSConfig(verify=True)
    assert host.url == "tcp://127.0.0.1:2376"


def test_resolve_http_with_tls_is_a_contradiction() -> None:
    with pytest.raises(DockerException, match="plain http://"):
        resolve_host("http://127.0.0.1:2375", environment={}, tls=True)


def test_resolve_socket_ignores_tls(cert_dir: Path) -> None:
    env = {"DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": str(cert_dir)}
    host = resolve_host(None, environment=env, is_win32=False)
    assert host.tls is None and host.scheme == "unix"


def test_resolve_ssh() -> None:
    host = resolve_host("ssh://me@example.com", environment={})
    assert (host.url, host.scheme, host.hostname, host.port) == (
        "ssh://me@example.com:22",
        "ssh",
        "example.com",
        22,
    )
    assert host.docker_py_base_url == "http+docker://ssh"


def test_resolve_reads_os_environ(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DOCKER_HOST", "unix:///run/from-env.sock")
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    host = resolve_host(None)
    assert (host.url, host.origin) == ("unix:///run/from-env.sock", "DOCKER_HOST")


def test_resolve_bad_docker_host_names_it() -> None:
    with pytest.raises(DockerException, match="udp://x:1"):
        resolve_host(None, environment={"DOCKER_HOST": "udp://x:1"})


# --- Docker contexts ----------------------------------------------------------------------


def _write_context(
    config_dir: Path,
    name: str,
    host: str,
    *,
    skip_tls_verify: bool = False,
    tls_files: tuple[str, ...] = (),
) -> None:
    digest = hashlib.sha256(name.encode()).hexdigest()
    meta_dir = config_dir / "contexts" / "meta" / digest
    meta_dir.mkdir(parents=True)
    meta = {
        "Name": name,
        "Metadata": {},
        "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": skip_tls_verify}},
    }
    (meta_dir / "meta.json").write_text(json.dumps(meta))
    if tls_files:
        tls_dir = config_dir / "contexts" / "tls" / digest / "docker"
        tls_dir.mkdir(parents=True)
        for filename in tls_files:
            (tls_dir / filename).write_text("x")


def test_context_from_config_current_context(tmp_path: Path) -> None:
    _write_context(tmp_path, "colima", "unix:///home/me/.colima/docker.sock")
    (tmp_path / "config.json").write_text(json.dumps({"currentContext": "colima"}))
    host = resolve_host(None, environment={"DOCKER_CONFIG": str(tmp_path)})
    assert host.url == "unix:///home/me/.colima/docker.sock"
    assert host.origin == "docker context colima"


def test_docker_context_env_beats_config(tmp_path: Path) -> None:
    _write_context(tmp_path, "a", "unix:///a.sock")
    _write_context(tmp_path, "b", "unix:///b.sock")
    (tmp_path / "config.json").write_text(json.dumps({"currentContext": "a"}))
    env = {"DOCKER_CONFIG": str(tmp_path), "DOCKER_CONTEXT": "b"}
    assert resolve_host(None, environment=env).url == "unix:///b.sock"


def test_docker_host_beats_contexts(tmp_path: Path) -> None:
    _write_context(tmp_path, "a", "unix:///a.sock")
    env = {
        "DOCKER_CONFIG": str(tmp_path),
        "DOCKER_CONTEXT": "a",
        "DOCKER_HOST": "unix:///env.sock",
    }
    host = resolve_host(None, environment=env)
    assert (host.url, host.origin) == ("unix:///env.sock", "DOCKER_HOST")


def test_named_context_argument(tmp_path: Path) -> None:
    _write_context(tmp_path, "remote", "tcp://127.0.0.1:2375")
    env = {"DOCKER_CONFIG": str(tmp_path), "DOCKER_HOST": "unix:///env.sock"}
    host = resolve_host(None, environment=env, context="remote")
    assert (host.url, host.origin) == ("tcp://127.0.0.1:2375", "docker context remote")
    assert resolve_host(None, environment=env, context="default").origin == "default"


def test_use_context_false(tmp_path: Path) -> None:
    _write_context(tmp_path, "a", "unix:///a.sock")
    env = {"DOCKER_CONFIG": str(tmp_path), "DOCKER_CONTEXT": "a"}
    assert resolve_host(None, environment=env, use_context=False).origin == "default"


def test_default_context_and_no_config(tmp_path: Path) -> None:
    env = {"DOCKER_CONFIG": str(tmp_path)}
    assert resolve_host(None, environment=env, is_win32=False).origin == "default"
    (tmp_path / "config.json").write_text(json.dumps({"currentContext": "default"}))
    assert resolve_host(None, environment=env, is_win32=False).origin == "default"
    (tmp_path / "config.json").write_text("{not json")
    assert resolve_host(None, environment=env, is_win32=False).origin == "default"


def test_missing_context(tmp_path: Path) -> None:
    env = {"DOCKER_CONFIG": str(tmp_path), "DOCKER_CONTEXT": "gone"}
    with pytest.raises(ContextNotFound) as caught:
        resolve_host(None, environment=env)
    assert "gone" in str(caught.value)
    assert any("DOCKER_HOST" in note for note in caught.value.__notes__)


def test_corrupt_context(tmp_path: Path) -> None:
    digest = hashlib.sha256(b"bad").hexdigest()
    meta_dir = tmp_path / "contexts" / "meta" / digest
    meta_dir.mkdir(parents=True)
    (meta_dir / "meta.json").write_text("{")
    with pytest.raises(ContextException, match="bad"):
        resolve_host(None, environment={"DOCKER_CONFIG": str(tmp_path), "DOCKER_CONTEXT": "bad"})


def test_context_tls(tmp_path: Path) -> None:
    _write_context(
        tmp_path, "secure", "tcp://127.0.0.1:2376", tls_files=("ca.pem", "cert.pem", "key.pem")
    )
    host = resolve_host(
        None, environment={"DOCKER_CONFIG": str(tmp_path), "DOCKER_CONTEXT": "secure"}
    )
    tls_dir = tmp_path / "contexts" / "tls" / hashlib.sha256(b"secure").hexdigest() / "docker"
    assert host.tls == TLSConfig(
        client_cert=(str(tls_dir / "cert.pem"), str(tls_dir / "key.pem")),
        ca_cert=str(tls_dir / "ca.pem"),
        verify=True,
    )
    assert host.http_base_url == "https://127.0.0.1:2376"


def test_context_tls_skip_verify(tmp_path: Path) -> None:
    _write_context(
        tmp_path, "lax", "tcp://127.0.0.1:2376", skip_tls_verify=True, tls_files=("ca.pem",)
    )
    host = resolve_host(None, environment={"DOCKER_CONFIG": str(tmp_path), "DOCKER_CONTEXT": "lax"})
    assert host.tls is not None and host.tls.verify is False and host.tls.cert is None


def test_context_without_tls_files_is_plain(tmp_path: Path) -> None:
    _write_context(tmp_path, "plain", "tcp://127.0.0.1:2375")
    env = {"DOCKER_CONFIG": str(tmp_path), "DOCKER_CONTEXT": "plain", "DOCKER_TLS_VERIFY": "1"}
    host = resolve_host(None, environment=env)
    # the context says how to reach its host; DOCKER_TLS_VERIFY belongs to DOCKER_HOST
    assert host.tls is None


def test_docker_host_is_frozen() -> None:
    host = resolve_host(None, environment={}, is_win32=False)
    with pytest.raises(AttributeError):
        host.url = "tcp://elsewhere:1"  # type: ignore[misc]
    assert os.fspath(host.socket_path or "") == "/var/run/docker.sock"
