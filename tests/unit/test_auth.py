"""dockerapi.auth and dockerapi.credentials: docker-py as the oracle, the test
credential helper for the real protocol, and secrets kept out of reprs and messages."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pytest
from dockerapi import auth, credentials
from dockerapi.errors import DockerException, InvalidConfigFile, InvalidRepository
from registry_fixtures import (
    HELPER_NAME,
    CredentialHelper,
    basic_auth,
    write_config,
)

docker_auth = pytest.importorskip("docker.auth")

SECRET = "pa55-w0rd-never-shown"


@pytest.mark.parametrize(
    "name",
    [
        "busybox",
        "library/busybox",
        "127.0.0.1:5000/app",
        "localhost/app",
        "localhost:5000/a/b",
        "registry.example.com/team/app",
        "index.docker.io/library/busybox",
        "https://x/y",
        "-bad.example.com/app",
        "bad-.example.com/app",
    ],
)
def test_repository_names_resolve_as_docker_py(name: str) -> None:
    try:
        expected: Any = docker_auth.resolve_repository_name(name)
    except Exception as error:  # docker-py's InvalidRepository
        expected = type(error).__name__
    try:
        ours: Any = auth.resolve_repository_name(name)
    except InvalidRepository as error:
        ours = type(error).__name__
    assert ours == expected
    assert auth.split_repo_name(name.split("://")[-1]) == docker_auth.split_repo_name(
        name.split("://")[-1]
    )


@pytest.mark.parametrize(
    "index", ["docker.io", "index.docker.io", "https://index.docker.io/v1/", "http://h:5000/x"]
)
def test_index_names_as_docker_py(index: str) -> None:
    assert auth.resolve_index_name(index) == docker_auth.resolve_index_name(index)
    assert auth.convert_to_hostname(index) == docker_auth.convert_to_hostname(index)


def _config() -> dict[str, Any]:
    return {
        "auths": {
            "https://index.docker.io/v1/": {"auth": basic_auth("hub", SECRET), "email": "e@x"},
            "127.0.0.1:5000": {"auth": basic_auth("local", SECRET)},
            "token.example.com": {"identitytoken": "tok-" + SECRET},
            "store.example.com": {},
        },
        "HttpHeaders": {"X-Meta": "1"},
    }


@pytest.mark.parametrize(
    "registry",
    [None, "docker.io", "index.docker.io", "127.0.0.1:5000", "token.example.com", "other.io"],
)
def test_load_and_resolve_as_docker_py(registry: str | None) -> None:
    ours = auth.load_config(config_dict=_config())
    theirs = docker_auth.load_config(config_dict=_config())
    assert ours == theirs
    assert ours.resolve_authconfig(registry) == theirs.resolve_authconfig(registry)
    assert auth.resolve_authconfig(_config(), registry) == docker_auth.resolve_authconfig(
        _config(), registry
    )


def test_encode_header_as_docker_py() -> None:
    entry = {"username": "u", "password": SECRET, "serveraddress": "r"}
    assert auth.encode_header(entry) == docker_auth.encode_header(entry)
    assert json.loads(base64.urlsafe_b64decode(auth.encode_header(entry))) == entry


def test_config_file_order_and_legacy_formats(docker_home: Path, tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    assert auth.load_config().is_empty
    # the legacy text .dockercfg in the home directory
    (home / ".dockercfg").write_text(f"auth = {basic_auth('old', SECRET)}\nemail = old@x\n")
    legacy = auth.load_config()
    assert legacy.resolve_authconfig(None) == {
        "username": "old",
        "password": SECRET,
        "email": "old@x",
        "serveraddress": auth.INDEX_URL,
    }
    # ~/.docker/config.json comes before it, $DOCKER_CONFIG before both
    write_config(home / ".docker", {"auths": {"h.io": {"auth": basic_auth("home", SECRET)}}})
    assert list(auth.load_config().auths) == ["h.io"]
    write_config(docker_home, {"auths": {"e.io": {"auth": basic_auth("env", SECRET)}}})
    assert list(auth.load_config().auths) == ["e.io"]
    # an explicit path first; a legacy JSON file (bare auths) reads too
    explicit = tmp_path / "explicit.json"
    explicit.write_text(json.dumps({"x.io": {"auth": basic_auth("x", SECRET)}}))
    assert auth.load_config(explicit).resolve_authconfig("x.io")["username"] == "x"  # type: ignore[index]
    assert docker_auth.load_config(str(explicit)) == auth.load_config(explicit)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('{"auths": {"r.io": ', "not valid JSON"),
        ('{"auths": {"r.io": "text"}}', "Invalid configuration for registry r.io"),
        ('{"auths": {"r.io": {"auth": "!!!"}}}', "not base64"),
        ('{"auths": ["r.io"]}', "'auths' section"),
        ("[1, 2]", "does not hold a JSON object"),
    ],
)
def test_broken_config_names_the_file_not_the_content(
    docker_home: Path, text: str, problem: str
) -> None:
    path = write_config(docker_home, text.replace("!!!", "c2VjcmV0LW5vLWNvbG9u"))
    with pytest.raises(InvalidConfigFile) as caught:
        auth.load_config()
    message = str(caught.value)
    assert problem in message
    if "JSON" in problem and "object" not in problem:
        assert str(path) in message
    assert "c2VjcmV0" not in message and "secret" not in message


def test_secrets_never_in_reprs() -> None:
    config = auth.load_config(config_dict=_config())
    entry = config.resolve_authconfig("127.0.0.1:5000")
    shown = [repr(config), str(config), f"{config}", repr(entry), repr(config.auths)]
    shown.append(repr(config.get_all_credentials()))
    for text in shown:
        assert SECRET not in text
        assert basic_auth("local", SECRET) not in text
    assert "local" in repr(entry) and "***" in repr(entry)
    assert "127.0.0.1:5000" in repr(config)


def test_store_speaks_the_helper_protocol(credential_helper: CredentialHelper) -> None:
    store = credentials.Store(HELPER_NAME)
    assert store.program == "docker-credential-dockerapi-test"
    assert store.exe is not None and repr(store) == "<Store docker-credential-dockerapi-test>"
    store.store("r.io", "me", SECRET)
    assert store.get("r.io") == {"ServerURL": "r.io", "Username": "me", "Secret": SECRET}
    assert store.list() == {"r.io": "me"}
    store.erase("r.io")
    assert store.list() == {}
    with pytest.raises(credentials.CredentialsNotFound, match="No matching credentials"):
        store.get("r.io")
    # docker-py's own Store reads what ours wrote: the same protocol
    store.store(b"b.io".decode(), "you", SECRET)
    docker_store = pytest.importorskip("docker.credentials").Store(HELPER_NAME)
    assert docker_store.get("b.io")["Secret"] == SECRET


@pytest.mark.parametrize(
    ("mode", "error", "text"),
    [
        ("fail", credentials.StoreError, 'exited with status 1: "the keyring is locked"'),
        ("garbage", credentials.StoreError, "that are not JSON"),
        ("empty", credentials.CredentialsNotFound, "No matching credentials"),
    ],
)
def test_misbehaving_helper_gives_a_typed_error(
    credential_helper: CredentialHelper,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
    error: type[Exception],
    text: str,
) -> None:
    monkeypatch.setenv("DOCKERAPI_TEST_CREDS_MODE", mode)
    with pytest.raises(error) as caught:
        credentials.Store(HELPER_NAME).get("r.io")
    assert text in str(caught.value)
    assert "s3cret-in-garbage" not in str(caught.value)
    assert isinstance(caught.value, DockerException)


def test_missing_helper_is_a_clear_error_without_warning(docker_home: Path) -> None:
    store = credentials.Store("not-installed-anywhere")  # no warning (filterwarnings=error)
    with pytest.raises(credentials.StoreError, match="docker-credential-not-installed-anywhere"):
        store.get("r.io")
    write_config(docker_home, {"credsStore": "not-installed-anywhere"})
    with pytest.raises(credentials.StoreError, match="not installed or not available in PATH"):
        auth.load_config().resolve_authconfig("r.io")
    with pytest.raises(credentials.StoreError, match="not the name"):
        credentials.Store("../evil")


def test_helpers_resolve_as_docker_py(
    credential_helper: CredentialHelper, docker_home: Path
) -> None:
    credential_helper.put(auth.INDEX_URL, "hub", SECRET)
    credential_helper.put("per.io", "<token>", "tok-" + SECRET)
    config = {"credsStore": HELPER_NAME, "credHelpers": {"per.io": HELPER_NAME}}
    ours = auth.load_config(config_dict=config)
    theirs = docker_auth.load_config(config_dict=dict(config))
    for registry in (None, "docker.io", "per.io", "unknown.io"):
        assert ours.resolve_authconfig(registry) == theirs.resolve_authconfig(registry)
    assert ours.resolve_authconfig("per.io") == {
        "ServerAddress": "per.io",
        "IdentityToken": "tok-" + SECRET,
    }
    assert ours.get_all_credentials() == theirs.get_all_credentials()
    assert auth.get_credential_store(config, "per.io") == HELPER_NAME


class _Client:
    """What the header builders need of a client."""

    def __init__(self, configs: auth.AuthConfig | None = None) -> None:
        self._auth_configs = configs or auth.AuthConfig({})
        self.credstore_env: dict[str, str] | None = None


def _decoded(header: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(header))


def test_registry_auth_headers(docker_home: Path) -> None:
    client = _Client(auth.load_config(config_dict=_config()))
    headers = auth.registry_auth_headers(client, "127.0.0.1:5000/app")
    assert _decoded(headers["X-Registry-Auth"])["password"] == SECRET
    assert auth.registry_auth_headers(client, "other.io/app") == {}
    given = auth.registry_auth_headers(client, "other.io/app", {"username": "a", "password": "b"})
    assert _decoded(given["X-Registry-Auth"]) == {"username": "a", "password": "b"}
    with pytest.raises(InvalidRepository):
        auth.registry_auth_headers(client, "https://other.io/app")
    # an empty config is read again from disk (docker-py's rule)
    write_config(docker_home, {"auths": {"disk.io": {"auth": basic_auth("d", SECRET)}}})
    empty = _Client()
    assert "X-Registry-Auth" in auth.registry_auth_headers(empty, "disk.io/app")
    assert list(empty._auth_configs.auths) == ["disk.io"]


def test_build_registry_config_header_sends_every_registry() -> None:
    config = {"auths": {"docker.io": {"auth": basic_auth("hub", SECRET)}, **_config()["auths"]}}
    client = _Client(auth.load_config(config_dict=config))
    decoded = _decoded(auth.build_registry_config_header(client)["X-Registry-Config"])
    assert decoded[auth.INDEX_URL]["username"] == "hub"
    assert decoded["127.0.0.1:5000"]["password"] == SECRET
    assert decoded["token.example.com"] == {"IdentityToken": "tok-" + SECRET}
    # docker-py sends the same
    assert decoded == json.loads(
        base64.urlsafe_b64decode(
            docker_auth.encode_header(
                {
                    **docker_auth.load_config(config_dict=dict(config)).get_all_credentials(),
                }
            )
        )
    ) | {auth.INDEX_URL: decoded[auth.INDEX_URL]}
    assert auth.build_registry_config_header(_Client()) == {}


def test_helper_is_found_on_the_path_of_credstore_env(
    credential_helper: CredentialHelper, monkeypatch: pytest.MonkeyPatch
) -> None:
    from registry_fixtures import HELPER_DIR

    monkeypatch.setenv("PATH", "/nonexistent")
    assert credentials.Store(HELPER_NAME).exe is None
    environment = {
        "PATH": f"{HELPER_DIR}{os.pathsep}/usr/bin:/bin",
        **credential_helper.environment,
    }
    store = credentials.Store(HELPER_NAME, environment=environment)
    store.store("r.io", "me", SECRET)
    assert store.get("r.io")["Username"] == "me"


def test_nothing_is_logged(caplog: pytest.LogCaptureFixture, docker_home: Path) -> None:
    import logging

    caplog.set_level(logging.DEBUG)
    write_config(docker_home, _config())
    config = auth.load_config()
    config.resolve_authconfig("127.0.0.1:5000")
    auth.build_registry_config_header(_Client(config))
    assert caplog.records == []
