"""The wire-name table (`dockerapi._wire`) that the facade builds its requests from
and `dockerapi check` reads: every keyword it lists really reaches the wire under
the listed name (sent through a mock transport and compared with the same call
without it), every parameter of a described method is listed, and the names are
the version table's."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from core_fakes import as_received
from docker_engine_api._operations import OPERATIONS
from dockerapi import _wire
from dockerapi._cli._facts import VersionFacts, version_key
from dockerapi._wire import SENDS_NOTHING, Keywords, Registration, Renamed, Wire
from dockerapi.api._container_streams import ContainerStreamsMixin
from dockerapi.api._registry_auth import RegistryAuthMixin
from dockerapi.api.build import BuildApiMixin
from dockerapi.api.client import APIClient
from dockerapi.api.config import ConfigApiMixin
from dockerapi.api.container import ContainerApiMixin
from dockerapi.api.daemon import DaemonApiMixin
from dockerapi.api.exec_api import ExecApiMixin
from dockerapi.api.image import ImageApiMixin
from dockerapi.api.network import NetworkApiMixin
from dockerapi.api.plugin import PluginApiMixin
from dockerapi.api.secret import SecretApiMixin
from dockerapi.api.service import ServiceApiMixin
from dockerapi.api.swarm import SwarmApiMixin
from dockerapi.api.volume import VolumeApiMixin
from dockerapi.errors import DockerException
from dockerapi.types import (
    ContainerConfig,
    EndpointConfig,
    Healthcheck,
    HostConfig,
    NetworkingConfig,
)
from dockerapi.types.containers import CONTAINER_CONFIG, HOST_CONFIG
from dockerapi.types.healthcheck import HEALTHCHECK
from dockerapi.types.networks import ENDPOINT_CONFIG, NETWORKING_CONFIG
from dockerapi.types.swarm import SWARM_SPEC, SwarmSpec

FACTS = VersionFacts.default()

#: The mixins whose every public method must be described (methods added in other
#: mixins show up in `dockerapi check` as "not in dockerapi's wire table" until they are).
#: `PrivateAttributesMixin` (docker-py's `_get`, `_post`, ... helpers) is not API: its
#: requests are the caller's own, so it has nothing to describe.
DESCRIBED_MIXINS = (
    ContainerApiMixin,
    ContainerStreamsMixin,
    ExecApiMixin,
    NetworkApiMixin,
    VolumeApiMixin,
    DaemonApiMixin,
    ImageApiMixin,
    BuildApiMixin,
    RegistryAuthMixin,
    SwarmApiMixin,
    ServiceApiMixin,
    SecretApiMixin,
    ConfigApiMixin,
    PluginApiMixin,
)

#: APIClient's own methods, which are about the client rather than the API: they take
#: no arguments, so `dockerapi check` has nothing to look up for them.
CLIENT_METHODS = frozenset({"close", "negotiate_version"})

#: Wire names the facade sends that no spec documents (the daemon reads them, or
#: ignores them as docker-py has always sent them); everything else must be in the table.
NOT_IN_THE_SPECS = {
    Wire("ContainerCreate", "body", "HostConfig.LxcConf"),  # docker-py's, pre-1.25
    Wire("ContainerCreate", "body", "Runtime"),  # docker-py sends it; read in HostConfig
    Wire("ContainerCreate", "body", "HostConfig.InitPath"),  # read until API 1.29, never documented
    Wire("ImageTag", "query", "force"),  # ignored since Docker 1.10; docker-py sends it
    Wire("DistributionInspect", "header", "X-Registry-Auth"),  # read, as for pulls
    Wire("ImageBuild", "query", "isolation"),  # read (Windows daemons); docker-py sends it
    Wire("ImageBuild", "header", "Content-Encoding"),  # HTTP's own: the context's compression
}

#: A plugin's directory (config.json and rootfs) for create_plugin.
PLUGIN_DIRECTORY = str(Path(__file__).resolve().parents[1] / "fixtures" / "plugin")

#: A build context the daemon fetches, and a tarball it downloads.
REMOTE_CONTEXT = "https://example.test/app.git"
REMOTE_TARBALL = "https://example.test/rootfs.tar"

#: Values that make each keyword differ from its default (the rest by annotation).
SAMPLES: dict[str, Any] = {
    "container": "c0ffee",
    "image": "busybox",
    "net_id": "net1",
    "exec_id": "e1",
    "name": "thing",
    "path": "/tmp",
    "data": b"",
    "private_port": 80,
    "cmd": "true",
    "command": "echo hi",
    "height": 24,
    "width": 80,
    "timeout": 3,
    "signal": "SIGINT",
    "ports": [80],
    "environment": {"A": "1"},
    "volumes": ["/data"],
    "labels": {"a": "b"},
    "user": "nobody",
    "host_config": {"Memory": 1},
    "networking_config": {"EndpointsConfig": {"net1": {}}},
    "healthcheck": {"test": "true", "retries": 3},
    "stop_timeout": 5,
    "use_config_proxy": False,
    "filters": {"label": "a=b"},
    "since": 1_700_000_000,
    "until": 1_700_000_100,
    "before": "other",
    "limit": 3,
    "tail": 10,
    "tag": "v1",
    "conf": {"Cmd": ["true"]},
    "changes": ["CMD true"],
    "params": {"stdin": 1},
    "restart_policy": {"Name": "always"},
    "ipam": {"Driver": "default", "Config": []},
    "options": {"k": "v"},
    "driver_opts": {"k": "v"},
    "driver_opt": {"k": "v"},
    "aliases": ["a"],
    "links": {"a": "b"},
    "ipv4_address": "10.0.0.2",
    "ipv6_address": "fd00::2",
    "link_local_ips": ["169.254.0.2"],
    "mac_address": "02:42:ac:11:00:02",
    "endpoints_config": {"net1": {}},
    "binds": {"/host": "/container"},
    "port_bindings": {80: 8080},
    "lxc_conf": {"k": "v"},
    "devices": ["/dev/null"],
    "extra_hosts": {"h": "10.0.0.3"},
    "ulimits": [{"name": "nofile", "soft": 1, "hard": 2}],
    "log_config": {"type": "json-file"},
    "mem_limit": "1m",
    "memswap_limit": "2m",
    "mem_reservation": "1m",
    "kernel_memory": "1m",
    "shm_size": "1m",
    "blkio_weight_device": [{"Path": "/dev/sda", "Weight": 10}],
    "device_read_bps": [{"Path": "/dev/sda", "Rate": 1}],
    "device_write_bps": [{"Path": "/dev/sda", "Rate": 1}],
    "device_read_iops": [{"Path": "/dev/sda", "Rate": 1}],
    "device_write_iops": [{"Path": "/dev/sda", "Rate": 1}],
    "group_add": ["1"],
    "sysctls": {"net.ipv4.ip_forward": "1"},
    "tmpfs": ["/t"],
    "storage_opt": {"size": "1G"},
    "mounts": ["/a:/b"],
    "device_requests": [{"count": 1}],
    "annotations": {"a": "b"},
    "console_size": (24, 80),
    "network_mode": "bridge",
    "test": "true",
    "repository": "app",
    "term": "busybox",
    "auth_config": {"username": "u", "password": "p"},
    "src": REMOTE_TARBALL,
    "url": REMOTE_TARBALL,
    "filename": __file__,  # any file will do: its bytes are the body
    # swarm, services, secrets, configs, plugins
    "task_template": {"ContainerSpec": {"Image": "busybox"}},
    "mode": "global",
    "service": "s1",
    "task": "t1",
    "id": "i1",
    "node_id": "n1",
    "key": "SWMKEY-1-x",
    "data_path_port": 4790,
    "default_addr_pool": ["10.20.0.0/16"],
    "subnet_size": 26,
    "remote": "127.0.0.1:5000/plugin:1",
    "privileges": [{"Name": "network", "Description": "", "Value": ["host"]}],
    "plugin_data_dir": PLUGIN_DIRECTORY,
    "container_limits": {
        "memory": 1,
        "memswap": 2,
        "cpushares": 3,
        "cpusetcpus": "0",
        "cpuperiod": 4,
        "cpuquota": 5,
    },
}

#: Other arguments a keyword needs to reach the wire, given to both calls compared
#: ("*": every keyword of the method; a keyword given here gets another value).
CONTEXT: dict[tuple[str, str], dict[str, Any]] = {
    ("create_container", "detach"): {"stdin_open": True},
    ("stats", "one_shot"): {"stream": False},
    ("logs", "stream"): {"follow": None},
    ("build", "*"): {"path": REMOTE_CONTEXT},
    # The context's encoding is sent with a context: the working directory's (see
    # `build_directory`).
    ("build", "gzip"): {"path": "."},
    ("build", "encoding"): {"path": "."},
    ("import_image", "*"): {"src": REMOTE_TARBALL},
    # the object version an update is based on (`version` is left out of signatures)
    ("update_swarm", "*"): {"version": 1},
    ("update_node", "*"): {"version": 1},
    ("update_service", "*"): {"version": 1},
}


def _sample(name: str, parameter: inspect.Parameter | None) -> Any:
    if name in SAMPLES:
        return SAMPLES[name]
    default = None if parameter is None else parameter.default
    annotation = "" if parameter is None else str(parameter.annotation)
    if isinstance(default, bool):
        return not default
    for marker, value in (
        ("BinaryData", b"tarball"),
        ("bool", True),
        ("list", ["x"]),
        ("Sequence", ["x"]),
        ("Mapping", {"k": "v"}),
        ("int", 7),
        ("str", "x"),
    ):
        if marker in annotation:
            return value
    raise AssertionError(f"add a sample value for {name!r} ({annotation})")


def _other(value: Any) -> Any:
    """A value unlike `value`, for a required argument (present in both calls)."""
    if isinstance(value, bool) or value is None:
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, bytes):
        return value + b"\0"
    if isinstance(value, str):
        return f"{value}-other"
    if isinstance(value, dict):
        return {**value, "other": "other"}
    if value and isinstance(value[0], dict):  # a list of dicts (privileges) gets another
        return [*value, _other(value[0])]
    return [*value, "other"]


# ---------------------------------------------------------------------------
# Sending and reading what was sent
# ---------------------------------------------------------------------------


def _sent(call: Callable[[APIClient], Any], version: str) -> list[httpx.Request]:
    requests: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        requests.append(as_received(request))
        return httpx.Response(500, json={"message": "recorded"})

    client = APIClient(version=version, transport=httpx.MockTransport(handler))
    try:
        call(client)
    except DockerException:
        pass  # every request is answered with an error once it is recorded
    finally:
        client.close()
    return requests


def _route(operation: str) -> tuple[str, re.Pattern[str]]:
    spec = OPERATIONS[operation]
    pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(spec.path))
    return spec.method, re.compile(rf"/v[0-9.]+{pattern}")


def _request_for(requests: list[httpx.Request], operation: str) -> httpx.Request:
    method, pattern = _route(operation)
    for request in requests:
        if request.method == method and pattern.fullmatch(request.url.path):
            return request
    raise AssertionError(f"no {operation} request among {[r.url.path for r in requests]}")


def _values(document: Any, segments: list[str]) -> Iterator[Any]:
    """Values at a dotted body path (`*` any map key, lists transparent)."""
    if isinstance(document, list):
        for item in document:
            yield from _values(item, segments)
        return
    if not segments:
        yield document
        return
    if not isinstance(document, dict):
        return
    head, rest = segments[0], segments[1:]
    keys = list(document) if head == "*" else [head] if head in document else []
    for key in keys:
        yield from _values(document[key], rest)


def _at(request: httpx.Request, wire: Wire) -> str:
    """What a request carries at a wire (a canonical string; "absent" when nothing)."""
    if wire.kind == "query":
        found: Any = (
            sorted(request.url.params.multi_items())
            if wire.name == ""
            else request.url.params.get_list(wire.name)
        )
    elif wire.kind == "header":
        found = request.headers.get_list(wire.name)
    else:
        body = json.loads(request.content) if request.content else None
        found = body if wire.name == "" else list(_values(body, wire.name.split(".")))
    return json.dumps(found, sort_keys=True, default=str) if found else "absent"


def _version_for(table: Keywords, wires: tuple[Wire, ...]) -> str:
    """The oldest version at which the operation and every wire exist."""
    versions = [FACTS.oldest]
    for wire in (Wire(table.operation, "query", "\0"), *wires):
        entry = (
            FACTS.find(wire.operation, "operation")
            if wire.name == "\0"
            else FACTS.find(wire.operation, wire.kind, wire.name)
        )
        if entry is not None:
            versions.append(entry.since)
    return max(versions, key=version_key)


# ---------------------------------------------------------------------------
# How each described thing is called
# ---------------------------------------------------------------------------


def _arguments(
    parameters: dict[str, inspect.Parameter], context: tuple[str, str], keyword: str | None
) -> dict[str, Any]:
    """Required arguments, the keyword's context and (when given) the keyword itself,
    with a value unlike the one the call without it gets."""
    arguments = {
        p: _sample(p, parameter)
        for p, parameter in parameters.items()
        if parameter.default is inspect.Parameter.empty
        and parameter.kind not in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD)
    }
    arguments |= CONTEXT.get((context[0], "*"), {})
    arguments |= CONTEXT.get(context, {})
    if keyword is not None:
        arguments[keyword] = (
            _other(arguments[keyword])
            if keyword in arguments
            else _sample(keyword, parameters.get(keyword))
        )
    return arguments


def _signature(target: Any) -> dict[str, inspect.Parameter]:
    return {
        name: parameter
        for name, parameter in inspect.signature(target).parameters.items()
        if name not in ("self", "version")
    }


#: A call maker: (keyword, include it?) -> what to do with a client.
Maker = Callable[[str, bool], Callable[[APIClient], Any]]


def _plan_maker(name: str, function: Any) -> Maker:
    parameters = _signature(function)
    return lambda keyword, include: (
        lambda client: getattr(client, name)(
            **_arguments(parameters, (name, keyword), keyword if include else None)
        )
    )


def _type_maker(
    type_: Any,
    send: Callable[[APIClient, Any], Any],
    context: str,
    build: Callable[..., Any] | None = None,
) -> Maker:
    parameters = _signature(type_)
    make = build or type_
    return lambda keyword, include: (
        lambda client: send(
            client, make(**_arguments(parameters, (context, keyword), keyword if include else None))
        )
    )


def _create(client: APIClient, **kwargs: Any) -> Any:
    return client.create_container("busybox", **kwargs)


#: How a request type's keywords reach a request.
TYPE_MAKERS: dict[int, Maker] = {
    id(HOST_CONFIG): _type_maker(
        HostConfig, lambda client, made: _create(client, host_config=made), "HostConfig"
    ),
    id(CONTAINER_CONFIG): _type_maker(
        ContainerConfig,
        lambda client, made: client.create_container_from_config(made),
        "create_container",
        build=lambda **kwargs: ContainerConfig(None, **kwargs),
    ),
    id(ENDPOINT_CONFIG): _type_maker(
        EndpointConfig,
        lambda client, made: _create(client, networking_config={"EndpointsConfig": {"n": made}}),
        "EndpointConfig",
    ),
    id(NETWORKING_CONFIG): _type_maker(
        NetworkingConfig, lambda client, made: _create(client, networking_config=made), ""
    ),
    id(SWARM_SPEC): _type_maker(
        SwarmSpec, lambda client, made: client.init_swarm(swarm_spec=made), "SwarmSpec"
    ),
    id(HEALTHCHECK): lambda keyword, include: (
        lambda client: _create(
            client,
            healthcheck=Healthcheck(
                **({keyword: "true" if keyword == "test" else 1} if include else {})
            ),
        )
    ),
}


def _mixin_method(registration: Registration) -> str | None:
    """The APIClient method name of a described plan, None for request types."""
    for mixin in (*DESCRIBED_MIXINS, *APIClient.__mro__):
        for name, attribute in vars(mixin).items():
            if getattr(attribute, "function", None) is registration.target:
                return name
    return None


def _cases() -> Iterator[tuple[str, Keywords, str, Maker]]:
    """(id, table, keyword, call maker) for every keyword of every described thing."""
    seen: set[int] = set()
    for registration in _wire.registrations():
        table = registration.keywords
        if not table.keywords:
            continue  # nothing it takes is sent
        method = _mixin_method(registration)
        if method is not None:
            maker = _plan_maker(method, registration.target)
            label = method
        else:
            if id(table) in seen:
                continue  # a forwarder (create_host_config) of a type already covered
            seen.add(id(table))
            assert id(table) in TYPE_MAKERS, f"no way to send {registration.target!r}"
            maker = TYPE_MAKERS[id(table)]
            label = getattr(registration.target, "__name__", repr(registration.target))
        for keyword in sorted(table.keywords):
            yield f"{label}-{keyword}", table, keyword, maker


CASES = list(_cases())


@pytest.fixture
def proxy_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A CLI config with proxies, so `use_config_proxy` changes what is sent (and no
    registry credentials, so `auth_config` does)."""
    (tmp_path / "config.json").write_text(
        json.dumps({"proxies": {"default": {"httpProxy": "http://proxy.test:3128"}}})
    )
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))


@pytest.fixture
def build_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A working directory that is a build context (`build(".")`)."""
    (tmp_path / "Dockerfile").write_text("FROM busybox\n")
    monkeypatch.chdir(tmp_path)


def _eras(table: Keywords, keyword: str) -> list[tuple[str, tuple[Wire, ...]]]:
    """(API version, wires) to send a keyword at: the oldest version every wire of it
    exists at, or for a renamed keyword each of its names at the first version that
    reads it."""
    wires = table.wires(keyword)
    if keyword not in table.renamed:
        return [(_version_for(table, wires), wires)]
    eras = [(_version_for(table, (wire,)), (wire,)) for wire in wires]
    for version, named in eras:
        assert table.at(version).wires(keyword) == named
    return eras


@pytest.mark.parametrize(
    ("table", "keyword", "maker"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_every_listed_keyword_reaches_the_wire_under_its_name(
    table: Keywords, keyword: str, maker: Maker, proxy_config: None, build_directory: None
) -> None:
    every = table.wires(keyword)
    assert every
    for version, wires in _eras(table, keyword):
        with_keyword = _request_for(_sent(maker(keyword, True), version), table.operation)
        without = _request_for(_sent(maker(keyword, False), version), table.operation)
        for wire in wires:
            assert _at(with_keyword, wire) != _at(without, wire), (
                f"{keyword}={_sample(keyword, None)!r} does not change {wire.describe()} "
                f"at API {version}"
            )
        for other in set(every) - set(wires):  # a renamed keyword's name of other versions
            assert _at(with_keyword, other) == _at(without, other), (
                f"{keyword} changes {other.describe()} at API {version}"
            )


def _public_methods(cls: type) -> Iterator[tuple[str, Any]]:
    for name, attribute in vars(cls).items():
        if name.startswith("_") or not callable(getattr(attribute, "function", attribute)):
            continue
        if isinstance(attribute, property | staticmethod | classmethod):
            continue
        yield name, attribute


def test_every_method_of_the_described_mixins_is_described() -> None:
    for mixin in DESCRIBED_MIXINS:
        for name, attribute in _public_methods(mixin):
            assert _wire.lookup(attribute) is not None, f"{mixin.__name__}.{name} is not described"


def test_every_api_method_of_the_client_is_in_a_described_mixin() -> None:
    """Today every public APIClient method is described, but the client's own."""
    for cls in APIClient.__mro__:
        for name, _ in _public_methods(cls):
            if cls is APIClient and name in CLIENT_METHODS:
                continue
            assert cls in DESCRIBED_MIXINS, f"{cls.__name__}.{name}: not a described mixin's"


@pytest.mark.parametrize("registration", _wire.registrations(), ids=repr)
def test_every_parameter_is_listed_as_sent_or_unversioned(registration: Registration) -> None:
    table = registration.keywords
    target = registration.forwards_to or registration.target
    parameters = [
        p
        for p in inspect.signature(target).parameters.values()
        if p.name != "self" and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    ]
    named = {p.name for p in parameters}
    listed = table.keywords | table.unversioned
    assert named - listed == set(), "parameters the table does not list"
    if parameters:  # Healthcheck takes **kwargs: its table is its only list
        assert listed - named == set(), "listed keywords the code does not take"


def test_positional_order_comes_from_the_described_code() -> None:
    stop = _wire.lookup(APIClient.stop)
    assert stop is not None and stop.positional() == ("container", "timeout", "signal")
    forwarded = _wire.lookup(APIClient.create_host_config)
    assert forwarded is not None and forwarded.positional()[:2] == ("binds", "port_bindings")
    networking = _wire.lookup(APIClient.create_networking_config)
    assert networking is not None and networking.positional() == ("endpoints_config",)


def _api_versions() -> list[str]:
    major, oldest = FACTS.oldest.split(".")
    newest = FACTS.newest.split(".")[1]
    return [f"{major}.{minor}" for minor in range(int(oldest), int(newest) + 1)]


def test_a_renamed_keyword_is_sent_under_a_name_each_version_reads() -> None:
    """From the first version that reads any of its names, every version gets the
    keyword under a name the version table says it reads (not deprecated-and-gone)."""
    renamed = [
        (registration.keywords, keyword)
        for registration in _wire.registrations()
        for keyword in sorted(registration.keywords.renamed)
    ]
    assert renamed  # prune_builds(keep_storage=...), at least
    for table, keyword in renamed:
        first = min(
            (_version_for(table, (wire,)) for wire in table.wires(keyword)), key=version_key
        )
        for version in _api_versions():
            if version_key(version) < version_key(first):
                continue
            (wire,) = table.at(version).wires(keyword)
            entry = FACTS.find(wire.operation, wire.kind, wire.name)
            assert entry is not None and version_key(entry.since) <= version_key(version), (
                f"{keyword} is sent as {wire.describe()} at API {version}, which lacks it"
            )
            assert entry.removed is None or version_key(version) < version_key(entry.removed), (
                f"{keyword} is sent as {wire.describe()} at API {version}, which removed it"
            )


def test_every_wire_name_is_known_to_the_version_table() -> None:
    unknown = {
        wire
        for registration in _wire.registrations()
        for _, wires in registration.keywords.items()
        for wire in wires
        if wire.name and FACTS.find(wire.operation, wire.kind, wire.name) is None
    }
    assert unknown == NOT_IN_THE_SPECS
    for registration in _wire.registrations():
        operation = registration.keywords.operation
        assert operation == SENDS_NOTHING or FACTS.find(operation, "operation") is not None


def test_the_table_refuses_what_it_cannot_name() -> None:
    table = Keywords("ContainerStop", query={"timeout": "t", "both": ("a", "b")})
    assert table.query(timeout=3) == {"t": 3}
    with pytest.raises(KeyError, match="one query name"):
        table.query(both=1)
    with pytest.raises(KeyError):
        table.query(unknown=1)
    with pytest.raises(ValueError, match="both unversioned and sent"):
        Keywords("ContainerStop", query={"t": "t"}, unversioned=("t",))
    with pytest.raises(ValueError, match="already described"):
        table.describes(APIClient.stop)


def test_put_makes_the_intermediate_fields() -> None:
    endpoint: dict[str, Any] = {}
    ENDPOINT_CONFIG.put(endpoint, "ipv4_address", "10.0.0.2")
    ENDPOINT_CONFIG.put(endpoint, "ipv6_address", "fd00::2")
    assert endpoint == {"IPAMConfig": {"IPv4Address": "10.0.0.2", "IPv6Address": "fd00::2"}}
    assert ENDPOINT_CONFIG.wires("gw_priority") == (
        Wire("ContainerCreate", "body", "NetworkingConfig.EndpointsConfig.*.GwPriority"),
    )


def test_a_renamed_keyword_is_named_by_the_version_in_use() -> None:
    table = Keywords(
        "BuildPrune", query={"limit": Renamed("keep-storage", "reserved-space", since="1.48")}
    )
    assert table.renamed == {"limit"}
    assert table.wires("limit") == (
        Wire("BuildPrune", "query", "keep-storage"),
        Wire("BuildPrune", "query", "reserved-space"),
    )
    with pytest.raises(KeyError, match="named by API version"):
        table.query(limit=1)
    assert table.at("1.47").query(limit=1) == {"keep-storage": 1}
    assert table.at("1.48").query(limit=1) == {"reserved-space": 1}
    assert table.at("1.100").query(limit=1) == {"reserved-space": 1}  # numbers, not text
    assert table.at("1.48") is table.at("1.48")
    plain = Keywords("ContainerStop", query={"timeout": "t"})
    assert plain.at("1.25") is plain
    moved = Keywords(
        "ContainerCreate", body={"limit": Renamed("Old", "New", since="1.44")}
    ).relocated("HostConfig")
    assert moved == {"limit": Renamed("HostConfig.Old", "HostConfig.New", since="1.44")}


def test_a_method_that_sends_nothing_takes_only_unversioned_keywords() -> None:
    registration = _wire.lookup(APIClient.reload_config)
    assert registration is not None
    assert registration.keywords.operation == SENDS_NOTHING
    assert registration.keywords.unversioned == {"dockercfg_path"}
    with pytest.raises(ValueError, match="sends nothing"):
        Keywords(SENDS_NOTHING, query={"path": "path"})
