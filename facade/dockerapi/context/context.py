"""docker-py's ``docker.context.Context``: one Docker CLI context, in memory or in the store.

A context names endpoints (`docker`: the daemon's `Host` and `SkipTLSVerify`)
and may carry TLS material per endpoint. `save()` writes it where the Docker
CLI reads it (metadata in `contexts/meta/<id>/meta.json`, certificates as
`contexts/tls/<id>/<endpoint>/{ca,cert,key}.pem`), `load_context()` reads it
back with the same reader host resolution uses, so a context saved here is
one `docker context use` and `dockerapi.from_env()` both accept.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any, Final

from .. import _context_store as store
from ..errors import ContextException
from ..tls import TLSConfig
from .config import get_context_host

__all__ = ["Context"]

_IN_MEMORY: Final = "IN MEMORY"
_DOCKER: Final = "docker"


def _default_endpoint(orchestrator: str | None) -> str:
    return _DOCKER if not orchestrator or orchestrator == "swarm" else orchestrator


class Context:
    """A Docker context: `name`, `endpoints` (`{"docker": {"Host": ...,
    "SkipTLSVerify": ...}}`), TLS settings per endpoint (`tls_cfg`), and where it
    is stored (`meta_path`, `tls_path`; "IN MEMORY" until saved or loaded).

    Args:
        name: the context's name.
        orchestrator: docker-py's `StackOrchestrator` (kept in the metadata).
        host: the daemon address of the default endpoint (default: the local socket).
        endpoints: endpoints as stored (`{"docker": {"Host": ...}}`).
        tls: whether the default endpoint's host is reached with TLS (its
            `SkipTLSVerify` is the opposite).

    Raises:
        ContextException: no name, or an endpoint that is not a mapping.
    """

    def __init__(
        self,
        name: str,
        orchestrator: str | None = None,
        host: str | None = None,
        endpoints: Mapping[str, Any] | None = None,
        tls: bool = False,
    ) -> None:
        if not name:
            raise ContextException("Name not provided")
        self.name = name
        self.context_type: str | None = None
        self.orchestrator = orchestrator
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.tls_cfg: dict[str, TLSConfig] = {}
        self.meta_path = _IN_MEMORY
        self.tls_path = _IN_MEMORY
        if not endpoints:
            self.endpoints[_default_endpoint(orchestrator)] = {
                "Host": get_context_host(host, tls),
                "SkipTLSVerify": not tls,
            }
            return
        for key, value in endpoints.items():
            if not isinstance(value, Mapping):
                raise ContextException(f"Unknown endpoint format for context {name}: {value}")
            endpoint = dict(value)
            if key == _DOCKER:
                endpoint.setdefault("Host", get_context_host(host, tls))
                endpoint["SkipTLSVerify"] = bool(endpoint.get("SkipTLSVerify", not tls))
            self.endpoints[key] = endpoint

    def set_endpoint(
        self,
        name: str = "docker",
        host: str | None = None,
        tls_cfg: TLSConfig | None = None,
        skip_tls_verify: bool = False,
        def_namespace: str | None = None,
    ) -> None:
        """Set an endpoint's host (and TLS settings, saved with the context)."""
        endpoint: dict[str, Any] = {
            "Host": get_context_host(host, not skip_tls_verify),
            "SkipTLSVerify": skip_tls_verify,
        }
        if def_namespace:
            endpoint["DefaultNamespace"] = def_namespace
        self.endpoints[name] = endpoint
        if tls_cfg:
            self.tls_cfg[name] = tls_cfg

    def inspect(self) -> dict[str, Any]:
        """What `docker context inspect` shows (see `__call__`)."""
        return self()

    @classmethod
    def load_context(cls, name: str) -> Context | None:
        """The stored context `name`, or None when there is none.

        Raises:
            ContextException: its metadata cannot be read.
        """
        metadata = cls._load_meta(name)
        if metadata is None:
            return None
        inner = metadata["Metadata"]
        instance = cls(
            metadata["Name"],
            orchestrator=inner.get("StackOrchestrator"),
            endpoints=metadata["Endpoints"] or None,
        )
        instance.context_type = inner.get("Type")
        instance._load_certs()
        instance.meta_path = store.meta_dir(name)
        return instance

    @classmethod
    def _load_meta(cls, name: str) -> dict[str, Any] | None:
        return store.read_metadata(name)

    def _load_certs(self) -> None:
        """Read each endpoint's TLS material from the store (what the CLI reads:
        `ca.pem`, `cert.pem` and `key.pem`, any of them)."""
        certificates: dict[str, TLSConfig] = {}
        for endpoint, settings in self.endpoints.items():
            config = store.endpoint_tls(
                self.name, endpoint, skip_verify=bool(settings.get("SkipTLSVerify", False))
            )
            if config is not None:
                certificates[endpoint] = config
        self.tls_cfg = certificates
        self.tls_path = store.tls_dir(self.name)

    def save(self) -> None:
        """Write the context to the store (TLS files under the CLI's names)."""
        self.meta_path = store.write_metadata(self.Metadata)
        for endpoint, tls in self.tls_cfg.items():
            if tls.ca_cert:
                store.write_tls_file(self.name, endpoint, "ca", tls.ca_cert)
            if tls.cert:
                certificate, key = tls.cert
                store.write_tls_file(self.name, endpoint, "cert", certificate)
                store.write_tls_file(self.name, endpoint, "key", key)
        self.tls_path = store.tls_dir(self.name)

    def remove(self) -> None:
        """Delete the context's metadata and TLS material from the store."""
        store.remove_context(self.name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}: '{self.name}'>"

    def __str__(self) -> str:
        return json.dumps(self(), indent=2)

    def __call__(self) -> dict[str, Any]:
        """`{"Name", "Metadata", "Endpoints", "TLSMaterial", "Storage"}`."""
        result = self.Metadata
        result.update(self.TLSMaterial)
        result.update(self.Storage)
        return result

    def is_docker_host(self) -> bool:
        """True for a context of a Docker daemon (no other `Type` in its metadata)."""
        return self.context_type is None

    @property
    def Name(self) -> str:
        """`name`, under the key docker-py's context dicts use."""
        return self.name

    @property
    def Host(self) -> str | None:
        """The daemon address of the default endpoint."""
        endpoint = self.endpoints.get(_default_endpoint(self.orchestrator))
        return endpoint.get("Host") if endpoint else None

    @property
    def Orchestrator(self) -> str | None:
        """`orchestrator`, under the key docker-py's context dicts use."""
        return self.orchestrator

    @property
    def Metadata(self) -> dict[str, Any]:
        """The stored form: `{"Name", "Metadata", "Endpoints"}`."""
        meta = {"StackOrchestrator": self.orchestrator} if self.orchestrator else {}
        return {"Name": self.name, "Metadata": meta, "Endpoints": self.endpoints}

    @property
    def TLSConfig(self) -> TLSConfig | None:
        """The default endpoint's TLS settings, if it has any."""
        return self.tls_cfg.get(_default_endpoint(self.orchestrator))

    @property
    def TLSMaterial(self) -> dict[str, Any]:
        """`{"TLSMaterial": {endpoint: [file names]}}` (as `docker context inspect`)."""
        material: dict[str, list[str]] = {}
        for endpoint, tls in self.tls_cfg.items():
            files = [tls.ca_cert, *(tls.cert or ())]
            material[endpoint] = [os.path.basename(path) for path in files if path]
        return {"TLSMaterial": material}

    @property
    def Storage(self) -> dict[str, Any]:
        """`{"Storage": {"MetadataPath", "TLSPath"}}`."""
        return {"Storage": {"MetadataPath": self.meta_path, "TLSPath": self.tls_path}}
