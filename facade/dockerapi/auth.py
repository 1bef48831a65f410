"""Registry credentials, as docker-py's `docker.auth`: where they come from and
how they are sent.

Credentials come from the Docker CLI's config file (`find_config_file`:
`$DOCKER_CONFIG/config.json`, `~/.docker/config.json`, the legacy
`~/.dockercfg`): `auths` entries (base64 `user:password` or an identity
token), a `credsStore` for every registry, or `credHelpers` per registry, the
last two through the `docker-credential-<name>` programs (`dockerapi.credentials`).

They travel to the daemon in headers: `X-Registry-Auth` (one registry's
credentials: pull, push, distribution inspect, plugins; `registry_auth_headers`
builds it for a client) and `X-Registry-Config` (every registry's: builds;
`build_registry_config_header`). Both are base64url JSON.

Credentials never show in a repr or an exception message: `AuthConfig` and the
entries it holds print registry names and user names, with secrets masked.
No logging is done here.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Mapping
from typing import Any, Final, Protocol

from . import credentials
from ._cli_config import LEGACY_DOCKER_CONFIG_FILENAME, find_config_file, read_json_file
from .errors import InvalidConfigFile, InvalidRepository

__all__ = [
    "INDEX_NAME",
    "INDEX_URL",
    "TOKEN_USERNAME",
    "AuthClient",
    "AuthConfig",
    "AuthEntry",
    "build_registry_config_header",
    "convert_to_hostname",
    "decode_auth",
    "encode_header",
    "get_config_header",
    "get_credential_store",
    "load_config",
    "parse_auth",
    "registry_auth",
    "registry_auth_headers",
    "resolve_authconfig",
    "resolve_index_name",
    "resolve_repository_name",
    "split_repo_name",
]

INDEX_NAME: Final = "docker.io"
INDEX_URL: Final = f"https://index.{INDEX_NAME}/v1/"
#: The user name helpers store with an identity token instead of a password.
TOKEN_USERNAME: Final = "<token>"

#: Keys whose values are secrets, in every spelling the configs and the daemon use.
_SECRET_KEYS: Final = frozenset({"password", "auth", "identitytoken", "registrytoken", "secret"})


def _masked(mapping: Mapping[str, Any]) -> str:
    shown = ", ".join(
        f"{key!r}: {'***' if str(key).lower() in _SECRET_KEYS and value else repr(value)}"
        for key, value in mapping.items()
    )
    return "{" + shown + "}"


class AuthEntry(dict[str, Any]):
    """One registry's credentials (a dict, as docker-py returns it) whose repr
    masks the secrets."""

    def __repr__(self) -> str:
        return f"AuthEntry({_masked(self)})"

    __str__ = __repr__


class _CredentialsByRegistry(dict[str, Any]):
    """`{registry: AuthEntry}` that prints registry names only."""

    def __repr__(self) -> str:
        return f"<credentials for {sorted(self)!r}>"

    __str__ = __repr__


# --- repository and registry names ----------------------------------------------------


def resolve_repository_name(repo_name: str) -> tuple[str, str]:
    """`(registry, remote name)` of a repository: `"127.0.0.1:5000/app"` ->
    `("127.0.0.1:5000", "app")`, `"busybox"` -> `("docker.io", "busybox")`.

    Raises:
        InvalidRepository: the name has a scheme, or its registry part starts
            or ends with a hyphen.
    """
    if "://" in repo_name:
        raise InvalidRepository(f"Repository name cannot contain a scheme ({repo_name})")
    index_name, remote_name = split_repo_name(repo_name)
    if index_name[0] == "-" or index_name[-1] == "-":
        raise InvalidRepository(
            f"Invalid index name ({index_name}). Cannot begin or end with a hyphen."
        )
    return resolve_index_name(index_name), remote_name


def resolve_index_name(index_name: str) -> str:
    """A registry's host name as keys are compared: no scheme or path;
    `index.docker.io` is `docker.io`."""
    index_name = convert_to_hostname(index_name)
    if index_name == f"index.{INDEX_NAME}":
        return INDEX_NAME
    return index_name


def split_repo_name(repo_name: str) -> tuple[str, str]:
    """`(registry, rest)`: the first component is a registry when it has a dot
    or a colon or is `localhost`; otherwise the registry is Docker Hub."""
    parts = repo_name.split("/", 1)
    if len(parts) == 1 or ("." not in parts[0] and ":" not in parts[0] and parts[0] != "localhost"):
        return INDEX_NAME, repo_name
    return parts[0], parts[1]


def convert_to_hostname(url: str) -> str:
    """`"https://host:5000/v1/"` -> `"host:5000"`."""
    return url.replace("http://", "").replace("https://", "").split("/", 1)[0]


# --- encoding ---------------------------------------------------------------------------


def decode_auth(auth: str | bytes) -> tuple[str, str]:
    """The `(username, password)` of a config's base64 `auth` value.

    Raises:
        ValueError: not base64 of `user:password` (the message does not repeat it).
    """
    try:
        raw = base64.b64decode(auth.encode("ascii") if isinstance(auth, str) else auth)
        username, separator, password = raw.partition(b":")
        if not separator:
            raise ValueError
        return username.decode("utf8"), password.decode("utf8")
    except (ValueError, UnicodeError, binascii.Error):
        raise ValueError("an auth value is not base64 of 'username:password'") from None


def encode_header(auth: Mapping[str, Any]) -> bytes:
    """An auth config as the daemon's `X-Registry-Auth` / `X-Registry-Config`
    headers carry it: base64url of its JSON."""
    return base64.urlsafe_b64encode(json.dumps(auth).encode("ascii"))


# --- the config ---------------------------------------------------------------------------


class AuthConfig(dict[str, Any]):
    """The credentials part of a Docker CLI config: `auths`, `credsStore`,
    `credHelpers` (a dict, as docker-py's). Its repr names registries only.

    Args:
        dct: the config (`{"auths": {...}, "credsStore": ..., "credHelpers": {...}}`).
        credstore_env: environment for the credential helper programs.
    """

    def __init__(
        self, dct: Mapping[str, Any], credstore_env: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(dct)
        if "auths" not in self:
            self["auths"] = {}
        self._credstore_env = credstore_env
        self._stores: dict[str, credentials.Store] = {}

    def __repr__(self) -> str:
        parts = [f"auths={sorted(self.auths)!r}"]
        if self.creds_store:
            parts.append(f"credsStore={self.creds_store!r}")
        if self.cred_helpers:
            parts.append(f"credHelpers={dict(self.cred_helpers)!r}")
        return f"AuthConfig({', '.join(parts)})"

    __str__ = __repr__

    @classmethod
    def parse_auth(
        cls, entries: Mapping[str, Any], raise_on_error: bool = False
    ) -> dict[str, AuthEntry]:
        """`{registry: credentials}` from a config's `auths` entries.

        An entry with `identitytoken` gives `{"IdentityToken": ...}`; one
        without `auth` gives `{}` (its credentials are in a store); otherwise
        `{"username", "password", "email", "serveraddress"}`.

        Raises:
            InvalidConfigFile: with `raise_on_error`, an entry is not an object
                or its `auth` is not base64 `user:password` (without it, {}).
        """
        config: dict[str, AuthEntry] = {}
        for registry, entry in entries.items():
            if not isinstance(entry, Mapping):
                # Legacy files are sometimes read whole as if they were `auths`.
                if raise_on_error:
                    raise InvalidConfigFile(f"Invalid configuration for registry {registry}")
                return {}
            if "identitytoken" in entry:
                config[registry] = AuthEntry(IdentityToken=entry["identitytoken"])
                continue
            if "auth" not in entry:
                config[registry] = AuthEntry()
                continue
            try:
                username, password = decode_auth(entry["auth"])
            except ValueError:
                if raise_on_error:
                    raise InvalidConfigFile(
                        f"Invalid configuration for registry {registry}: its auth value is "
                        "not base64 of 'username:password'"
                    ) from None
                return {}
            config[registry] = AuthEntry(
                username=username,
                password=password,
                email=entry.get("email"),
                serveraddress=registry,
            )
        return config

    @classmethod
    def load_config(
        cls,
        config_path: str | os.PathLike[str] | None,
        config_dict: Mapping[str, Any] | None,
        credstore_env: Mapping[str, str] | None = None,
    ) -> AuthConfig:
        """The credentials of `config_dict`, or of the config file
        (`config_path`, else `find_config_file`'s order).

        Raises:
            InvalidConfigFile: the file is neither JSON nor the legacy
                `.dockercfg` format, or an `auths` entry is malformed.
        """
        if not config_dict:
            config_file = find_config_file(config_path)
            if not config_file:
                return cls({}, credstore_env)
            try:
                loaded = read_json_file(config_file)
            except InvalidConfigFile as error:
                legacy = _load_legacy_config(config_file)
                if legacy is None:
                    raise InvalidConfigFile(
                        f"{error}; nor is it in the legacy {LEGACY_DOCKER_CONFIG_FILENAME} format"
                    ) from None
                return cls(legacy, credstore_env)
            if not isinstance(loaded, dict):
                raise InvalidConfigFile(f"{config_file} does not hold a JSON object")
            config_dict = loaded
        return cls(_credentials_sections(config_dict), credstore_env)

    @property
    def auths(self) -> dict[str, Any]:
        """The `auths` section: registry -> its credentials entry."""
        auths: dict[str, Any] = self.get("auths", {})
        return auths

    @property
    def creds_store(self) -> str | None:
        """`credsStore`: the credential helper for every registry (`desktop` ...), or None."""
        return self.get("credsStore", None)

    @property
    def cred_helpers(self) -> dict[str, str]:
        """`credHelpers`: registry -> the credential helper for that registry."""
        helpers: dict[str, str] = self.get("credHelpers", {})
        return helpers

    @property
    def is_empty(self) -> bool:
        """Whether there are no credentials and no helper at all."""
        return not self.auths and not self.creds_store and not self.cred_helpers

    def resolve_authconfig(self, registry: str | None = None) -> dict[str, Any] | None:
        """The credentials for `registry` (Docker Hub when None), or None.

        A credential helper for the registry (`credHelpers`, else
        `credsStore`) is asked first; then `auths`, matching keys by host name
        (legacy keys are full URLs).
        """
        if self.creds_store or self.cred_helpers:
            store_name = self.get_credential_store(registry)
            if store_name is not None:
                found = self._resolve_authconfig_credstore(registry, store_name)
                if found is not None:
                    return found
        registry = resolve_index_name(registry) if registry else INDEX_NAME
        if registry in self.auths:
            entry: dict[str, Any] = self.auths[registry]
            return entry
        for key, entry in self.auths.items():
            if resolve_index_name(key) == registry:
                matched: dict[str, Any] = entry
                return matched
        return None

    def _resolve_authconfig_credstore(
        self, registry: str | None, credstore_name: str
    ) -> AuthEntry | None:
        if not registry or registry == INDEX_NAME:
            # Helpers store Docker Hub under its full index URL.
            registry = INDEX_URL
        store = self._get_store_instance(credstore_name)
        try:
            data = store.get(registry)
        except credentials.CredentialsNotFound:
            return None
        except credentials.StoreError as error:
            raise credentials.StoreError(
                f"Credentials store error for {registry}: {error}"
            ) from None
        entry = AuthEntry(ServerAddress=registry)
        if data["Username"] == TOKEN_USERNAME:
            entry["IdentityToken"] = data["Secret"]
        else:
            entry.update(Username=data["Username"], Password=data["Secret"])
        return entry

    def _get_store_instance(self, name: str) -> credentials.Store:
        store = self._stores.get(name)
        if store is None:
            store = self._stores[name] = credentials.Store(name, environment=self._credstore_env)
        return store

    def get_credential_store(self, registry: str | None) -> str | None:
        """The helper that holds `registry`'s credentials (`credHelpers`, else `credsStore`)."""
        if not registry or registry == INDEX_NAME:
            registry = INDEX_URL
        return self.cred_helpers.get(registry) or self.creds_store

    def get_all_credentials(self) -> dict[str, Any]:
        """Every registry's credentials (`auths`, then the default store's, then
        the per-registry helpers'), keyed by the registry as written and by host name."""
        auth_data = _CredentialsByRegistry(self.auths)
        if self.creds_store:
            store = self._get_store_instance(self.creds_store)
            for key in store.list():
                auth_data[key] = self._resolve_authconfig_credstore(key, self.creds_store)
                auth_data[convert_to_hostname(key)] = auth_data[key]
        for registry, store_name in self.cred_helpers.items():
            auth_data[registry] = self._resolve_authconfig_credstore(registry, store_name)
            auth_data[convert_to_hostname(registry)] = auth_data[registry]
        return auth_data

    def add_auth(self, reg: str, data: Mapping[str, Any]) -> None:
        """Remember `data` as `reg`'s credentials (what `login` does on success)."""
        self["auths"][reg] = data if isinstance(data, AuthEntry) else AuthEntry(data)


def _credentials_sections(config: Mapping[str, Any]) -> dict[str, Any]:
    """`auths`, `credsStore` and `credHelpers` of a config; a config with none of
    them is read as a bare `auths` mapping (the legacy JSON `.dockercfg`)."""
    sections: dict[str, Any] = {}
    auths = config.get("auths")
    if auths:
        if not isinstance(auths, Mapping):
            raise InvalidConfigFile("the 'auths' section of the Docker config is not an object")
        sections["auths"] = AuthConfig.parse_auth(auths, raise_on_error=True)
    if config.get("credsStore"):
        sections["credsStore"] = config["credsStore"]
    if config.get("credHelpers"):
        if not isinstance(config["credHelpers"], Mapping):
            raise InvalidConfigFile(
                "the 'credHelpers' section of the Docker config is not an object"
            )
        sections["credHelpers"] = dict(config["credHelpers"])
    if sections:
        return sections
    return {"auths": AuthConfig.parse_auth(config)}


def _load_legacy_config(config_file: str) -> dict[str, Any] | None:
    """The legacy `.dockercfg` text format (`auth = <base64>` then `email = <address>`),
    or None when the file is not in it."""
    try:
        with open(config_file, encoding="utf-8") as lines:
            values = [line.strip().split(" = ", 1)[1] for line in lines if line.strip()]
        username, password = decode_auth(values[0])
        email = values[1]
    except (OSError, IndexError, ValueError):
        return None
    return {
        "auths": {
            INDEX_NAME: AuthEntry(
                username=username, password=password, email=email, serveraddress=INDEX_URL
            )
        }
    }


# --- docker-py's module-level functions --------------------------------------------------


def parse_auth(entries: Mapping[str, Any], raise_on_error: bool = False) -> dict[str, AuthEntry]:
    """See `AuthConfig.parse_auth`."""
    return AuthConfig.parse_auth(entries, raise_on_error)


def load_config(
    config_path: str | os.PathLike[str] | None = None,
    config_dict: Mapping[str, Any] | None = None,
    credstore_env: Mapping[str, str] | None = None,
) -> AuthConfig:
    """See `AuthConfig.load_config`."""
    return AuthConfig.load_config(config_path, config_dict, credstore_env)


def resolve_authconfig(
    authconfig: Mapping[str, Any],
    registry: str | None = None,
    credstore_env: Mapping[str, str] | None = None,
) -> dict[str, Any] | None:
    """The credentials for `registry` in `authconfig` (see `AuthConfig.resolve_authconfig`)."""
    if not isinstance(authconfig, AuthConfig):
        authconfig = AuthConfig(authconfig, credstore_env)
    return authconfig.resolve_authconfig(registry)


def get_credential_store(authconfig: Mapping[str, Any], registry: str | None) -> str | None:
    """The credential helper that holds `registry`'s credentials, if any."""
    if not isinstance(authconfig, AuthConfig):
        authconfig = AuthConfig(authconfig)
    return authconfig.get_credential_store(registry)


# --- headers for a client ------------------------------------------------------------------


class AuthClient(Protocol):
    """What the header builders need of a client (`APIClient`, `AsyncAPIClient`)."""

    credstore_env: dict[str, str] | None

    @property
    def _auth_configs(self) -> AuthConfig: ...

    @_auth_configs.setter
    def _auth_configs(self, value: AuthConfig) -> None: ...


def _client_auth_configs(client: AuthClient) -> AuthConfig:
    """The client's credentials, read again from disk when it has none yet."""
    configs = client._auth_configs
    if not configs or configs.is_empty:
        configs = client._auth_configs = load_config(credstore_env=client.credstore_env)
    return configs


def get_config_header(client: AuthClient, registry: str | None) -> bytes | None:
    """The `X-Registry-Auth` value for `registry` from the client's config, or
    None when it has no credentials for it (anonymous pulls still work)."""
    found = resolve_authconfig(
        _client_auth_configs(client), registry, credstore_env=client.credstore_env
    )
    return encode_header(found) if found else None


def registry_auth(
    client: AuthClient, image: str, auth_config: Mapping[str, Any] | None = None
) -> str | None:
    """The `X-Registry-Auth` value for an operation on `image`'s registry: from
    `auth_config` when given, else from the client's config; None when there are
    no credentials. The image methods send it under their wire table's name.

    Raises:
        InvalidRepository: `image` names no usable registry.
        InvalidConfigFile, StoreError: the config or a credential helper failed.
    """
    if auth_config is not None:
        if not isinstance(auth_config, Mapping):
            raise TypeError("auth_config must be a dict such as {'username': ..., 'password': ...}")
        return encode_header(auth_config).decode("ascii")
    registry, _ = resolve_repository_name(image)
    header = get_config_header(client, registry)
    return header.decode("ascii") if header else None


def registry_auth_headers(
    client: AuthClient, image: str, auth_config: Mapping[str, Any] | None = None
) -> dict[str, str]:
    """`{"X-Registry-Auth": ...}` (see `registry_auth`), `{}` when there are no
    credentials. Used by `client.engine`'s auth hook and plugins."""
    value = registry_auth(client, image, auth_config)
    return {"X-Registry-Auth": value} if value is not None else {}


def build_registry_config_header(client: AuthClient) -> dict[str, str]:
    """`{"X-Registry-Config": ...}` with every registry's credentials from the
    client's config (a build may pull from any of them), or `{}` when there are
    none.

    Docker Hub credentials stored under `docker.io` are also given under the
    index URL, which is where the builder looks for them.
    """
    configs = _client_auth_configs(client)
    if not configs:
        return {}
    auth_data = configs.get_all_credentials()
    if INDEX_URL not in auth_data and INDEX_NAME in auth_data:
        auth_data[INDEX_URL] = auth_data.get(INDEX_NAME, {})
    if not auth_data:
        return {}
    return {"X-Registry-Config": encode_header(auth_data).decode("ascii")}
