"""The swarm, node, service, task, secret, config and plugin methods' requests, sync and
async, without an engine: each request compared with the one docker-py builds for the
same call (docker-py as the oracle, its requests caught before they leave), bad input
refused before anything is sent, the version table's rules, credentials kept out of
reprs, and the plugin transfers' headers, bodies and streams."""

from __future__ import annotations

import base64
import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest
from both_clients import call, items, make_client, parameters
from core_fakes import FakeDaemon
from dockerapi import types
from dockerapi.api.config import ConfigApiMixin
from dockerapi.api.plugin import PluginApiMixin
from dockerapi.api.secret import SecretApiMixin
from dockerapi.api.service import ServiceApiMixin
from dockerapi.api.swarm import SwarmApiMixin
from dockerapi.errors import (
    APIError,
    InvalidArgument,
    InvalidRepository,
    InvalidVersion,
    StreamError,
)
from registry_fixtures import basic_auth, write_config

requests = pytest.importorskip("requests")
docker = pytest.importorskip("docker")

#: The daemon's answer to every request here (enough for every method's decoding).
ANSWER: dict[str, Any] = {
    "ID": "abc",
    "Version": {"Index": 5},
    "Spec": {
        "Name": "svc",
        "Labels": {"a": "b"},
        "Mode": {"Replicated": {"Replicas": 1}},
        "TaskTemplate": {"ContainerSpec": {"Image": "busybox", "Env": ["A=1"]}},
    },
}
MIXINS = {
    "swarm": SwarmApiMixin,
    "service": ServiceApiMixin,
    "secret": SecretApiMixin,
    "config": ConfigApiMixin,
    "plugin": PluginApiMixin,
}
PLUGIN_DIRECTORY = Path(__file__).resolve().parents[1] / "fixtures" / "plugin"

#: A request as the daemon sees it: method, path (no version prefix), query, JSON body.
Sent = tuple[str, str, dict[str, list[Any]], Any]


def _sent(method: str, url: str, body: bytes | str | None) -> Sent:
    """A request, normalised: booleans in the query as the daemon reads them ("1",
    "True" and "true" alike), and a false flag the same as a missing one."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if path.startswith("/v1."):
        path = "/" + path.split("/", 2)[2]
    query: dict[str, list[Any]] = {}
    for key, values in parse_qs(parts.query, keep_blank_values=True).items():
        read = [{"True": "1", "true": "1", "False": "0", "false": "0"}.get(v, v) for v in values]
        if key == "filters":
            read = [json.loads(value) for value in read]
        if read != ["0"]:
            query[key] = read
    return method, path, query, json.loads(body) if body else None


class _Caught(requests.adapters.BaseAdapter):
    """docker-py's requests, caught and answered with ANSWER."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[Sent] = []

    def send(self, request: Any, **options: Any) -> Any:
        self.sent.append(_sent(request.method, request.url, request.body))
        response = requests.Response()
        response.status_code = 200
        response._content = json.dumps(ANSWER).encode()
        response.headers["Content-Type"] = "application/json"
        response.request, response.url = request, request.url
        return response

    def close(self) -> None:
        pass


def docker_py_sends(method: str, /, *args: Any, **kwargs: Any) -> list[Sent]:
    oracle = docker.APIClient(base_url="tcp://127.0.0.1:9", version="1.41")
    caught = _Caught()
    oracle.mount("http://", caught)
    getattr(oracle, method)(*args, **kwargs)
    oracle.close()
    return caught.sent


class Daemon(FakeDaemon):
    """Answers every request with `answer` (ANSWER by default) and records it as
    received (FakeDaemon's record)."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        super().__init__()
        self.answer = answer or (lambda request: httpx.Response(200, json=ANSWER))

    def _answer(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request)

    def sent(self) -> list[Sent]:
        return [_sent(r.method, str(r.url), r.content) for r in self.requests]

    def client(self, kind: str, version: str = "1.41") -> Any:
        return make_client(self.transport(), kind, version)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# -- signatures -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (module, name)
        for module in MIXINS
        for name in vars(getattr(docker.api, module).__dict__[f"{module.capitalize()}ApiMixin"])
        if not name.startswith("_")
    ],
)
def test_signature_matches_docker_py(module: str, name: str) -> None:
    theirs = getattr(docker.api, module).__dict__[f"{module.capitalize()}ApiMixin"]
    ours = parameters(MIXINS[module], name)
    if name == "service_logs":  # one addition, keyword-only: demux (as container logs)
        assert ours[-1][:2] == ("demux", 3) and ours[-1][2] is False
        ours = ours[:-1]
    assert ours == parameters(theirs, name)


# -- requests, as docker-py builds them -----------------------------------------------

TEMPLATE = types.TaskTemplate(types.ContainerSpec("busybox", ["true"]))
SAME_AS_DOCKER_PY: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    (
        "init_swarm",
        (),
        {
            "advertise_addr": "127.0.0.1",
            "default_addr_pool": ["10.1.0.0/16"],
            "data_path_port": 4800,
            "data_path_addr": "127.0.0.1",
            "swarm_spec": types.SwarmSpec("1.41", task_history_retention_limit=3),
        },
    ),
    ("init_swarm", (), {"subnet_size": 26, "force_new_cluster": True}),
    ("join_swarm", (["127.0.0.1:2377"], "SWMTKN-1-x"), {"advertise_addr": "127.0.0.2"}),
    ("leave_swarm", (), {"force": True}),
    ("inspect_swarm", (), {}),
    (
        "update_swarm",
        (5,),
        {"swarm_spec": {"Name": "default"}, "rotate_worker_token": True},
    ),
    ("update_swarm", (5,), {"rotate_manager_token": True, "rotate_manager_unlock_key": True}),
    ("get_unlock_key", (), {}),
    ("unlock_swarm", ("SWMKEY-1-x",), {}),
    ("unlock_swarm", ({"UnlockKey": "SWMKEY-1-x"},), {}),
    ("nodes", (), {"filters": {"role": "worker"}}),
    ("inspect_node", ("node1",), {}),
    ("update_node", ("node1", 5, {"Availability": "drain"}), {}),
    ("remove_node", ("node1",), {"force": True}),
    ("create_service", (TEMPLATE,), {"mode": "replicated-job"}),
    ("create_service", (TEMPLATE,), {"mode": types.ServiceMode("global"), "labels": {"a": "b"}}),
    (
        "create_service",
        (TEMPLATE,),
        {
            "name": "svc",
            "update_config": types.UpdateConfig(parallelism=2, order="start-first"),
            "rollback_config": types.RollbackConfig(parallelism=1),
            "endpoint_spec": types.EndpointSpec(ports={8080: 80}),
        },
    ),
    ("inspect_service", ("svc",), {"insert_defaults": True}),
    ("remove_service", ("svc",), {}),
    ("services", (), {"filters": {"name": "svc"}, "status": True}),
    ("update_service", ("svc", 5), {"name": "new", "mode": types.ServiceMode("replicated", 3)}),
    (
        "update_service",
        ("svc", 5),
        {
            "task_template": types.TaskTemplate(types.ContainerSpec("busybox", env={"B": "2"})),
            "fetch_current_spec": True,
        },
    ),
    ("update_service", ("svc", 5), {"labels": {"c": "d"}, "fetch_current_spec": True}),
    ("update_service", ("svc", 5), {"networks": ["net1"], "fetch_current_spec": True}),
    ("tasks", (), {"filters": {"service": "svc", "desired-state": "running"}}),
    ("inspect_task", ("task1",), {}),
    ("create_secret", ("sec", "data"), {"labels": {"a": "b"}}),
    ("create_secret", ("sec", b"\x00\xff"), {"driver": types.DriverConfig("store", {"o": "v"})}),
    ("inspect_secret", ("sec",), {}),
    ("remove_secret", ("sec",), {}),
    ("secrets", (), {"filters": {"name": "sec"}}),
    ("create_config", ("conf", b"data"), {"labels": {"a": "b"}, "templating": {"name": "golang"}}),
    ("inspect_config", ("conf",), {}),
    ("remove_config", ("conf",), {}),
    ("configs", (), {"filters": {"label": "a=b"}}),
    ("plugins", (), {}),
    ("inspect_plugin", ("vol:1",), {}),
    ("plugin_privileges", ("127.0.0.1:5000/vol:1",), {}),
    ("configure_plugin", ("vol", {"DEBUG": "1"}), {}),
    ("configure_plugin", ("vol", ["DEBUG=1"]), {}),
    ("enable_plugin", ("vol",), {"timeout": 5}),
    ("disable_plugin", ("vol",), {"force": True}),
    ("remove_plugin", ("vol",), {"force": True}),
]


@pytest.mark.parametrize(("method", "args", "kwargs"), SAME_AS_DOCKER_PY)
async def test_requests_are_docker_pys(
    kind: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    daemon = Daemon()
    await call(daemon.client(kind), method, *args, **kwargs)
    assert daemon.sent() == docker_py_sends(method, *args, **kwargs)


async def test_networks_go_into_the_task_template(kind: str) -> None:
    """docker-py sends a service's networks at the spec's top level, deprecated since
    API 1.44; they go where the API has them now (docs/compat.md)."""
    daemon = Daemon()
    networks = ["net1", types.NetworkAttachmentConfig("net2", aliases=["web"])]
    await call(daemon.client(kind), "create_service", TEMPLATE, networks=networks)
    ((_, _, _, ours),) = daemon.sent()
    ((_, _, _, theirs),) = docker_py_sends("create_service", TEMPLATE, networks=networks)
    assert ours["TaskTemplate"]["Networks"] == theirs.pop("Networks")
    assert "Networks" not in ours
    ours["TaskTemplate"].pop("Networks")
    assert ours == theirs


async def test_the_callers_task_template_is_not_changed(kind: str) -> None:
    daemon = Daemon()
    template = types.TaskTemplate(types.ContainerSpec("busybox", ["true"]))
    before = json.dumps(template, sort_keys=True)
    await call(daemon.client(kind), "create_service", template, networks=["net1"])
    await call(daemon.client(kind), "update_service", "svc", 5, template, networks=["net1"])
    assert json.dumps(template, sort_keys=True) == before


# -- bad input, refused before anything is sent ----------------------------------------

REFUSED: list[tuple[type[Exception], str, str, tuple[Any, ...], dict[str, Any]]] = [
    (InvalidArgument, "mode must be", "create_service", (TEMPLATE,), {"mode": "sometimes"}),
    (
        InvalidArgument,
        "Replicas must not be negative",
        "create_service",
        (TEMPLATE,),
        {"mode": {"Replicated": {"Replicas": -1}}},
    ),
    (InvalidArgument, "Image", "create_service", ({"ContainerSpec": {}},), {}),
    (TypeError, "task_template", "create_service", ("busybox",), {}),
    (
        InvalidArgument,
        "endpoint_spec only",
        "create_service",
        (TEMPLATE,),
        {"endpoint_spec": {}, "endpoint_config": {}},
    ),
    (InvalidArgument, "needs the object's version", "update_service", ("svc", None), {}),
    (InvalidArgument, "needs the object's version", "update_service", ("svc", -1), {}),
    (InvalidArgument, "needs the object's version", "update_swarm", (None,), {}),
    (InvalidArgument, "needs the object's version", "update_node", ("node1", "x"), {}),
    (TypeError, "node_spec", "update_node", ("node1", 5, ["drain"]), {}),
    (TypeError, "swarm_spec", "init_swarm", (), {"swarm_spec": "raft"}),
    (InvalidArgument, "data_path_port", "init_swarm", (), {"data_path_port": 80}),
    (TypeError, "default_addr_pool", "init_swarm", (), {"default_addr_pool": "10.0.0.0/8"}),
    (TypeError, "remote_addrs", "join_swarm", ("127.0.0.1:2377", "SWMTKN-1-x"), {}),
    (InvalidArgument, "join_token", "join_swarm", (["127.0.0.1:2377"], ""), {}),
    (InvalidArgument, "Invalid unlock key format", "unlock_swarm", ({"Key": "x"},), {}),
    (InvalidArgument, "Invalid unlock key format", "unlock_swarm", ("",), {}),
    (InvalidArgument, "invalid secret name", "create_secret", ("app/password", b"x"), {}),
    (InvalidArgument, "invalid secret name", "create_secret", ("", b"x"), {}),
    (InvalidArgument, "invalid config name", "create_config", ("-x", b"x"), {}),
    (TypeError, "str or bytes", "create_secret", ("sec", 5), {}),
    (TypeError, "str or bytes", "create_config", ("conf", {"a": 1}), {}),
    (InvalidRepository, "not a valid name", "pull_plugin", ("Bad//Name", []), {}),
    (InvalidRepository, "not a valid name", "pull_plugin", ("vol:1", []), {"name": "Bad//Name"}),
    (TypeError, "privileges", "pull_plugin", ("vol:1", {"Name": "network"}), {}),
    (TypeError, "privileges", "upgrade_plugin", ("vol", "vol:2", ["network"]), {}),
    (InvalidRepository, "not a valid name", "push_plugin", ("Bad//Name",), {}),
    # a plugin reference goes through the reference rule, then the path rule
    (InvalidRepository, "not a registry address", "push_plugin", ("../images/x:1",), {}),
    (InvalidRepository, "not a valid", "push_plugin", ("registry:5000/a/../b:1",), {}),
    (TypeError, "options", "configure_plugin", ("vol", "DEBUG=1"), {}),
    (InvalidArgument, "timeout", "enable_plugin", ("vol",), {"timeout": -1}),
    (InvalidArgument, "not a plugin directory", "create_plugin", ("vol:1", "/nonexistent"), {}),
    (InvalidRepository, "not a valid name", "create_plugin", ("Bad//Name", PLUGIN_DIRECTORY), {}),
]


@pytest.mark.parametrize(("error", "match", "method", "args", "kwargs"), REFUSED)
async def test_bad_input_is_refused_before_sending(
    kind: str,
    error: type[Exception],
    match: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    daemon = Daemon()
    client = daemon.client(kind)
    with pytest.raises(error, match=match):
        result = await call(client, method, *args, **kwargs)
        await items(result)  # (a stream plan refuses when it is called, not read)
    assert daemon.requests == []


def test_secret_data_is_never_in_a_message() -> None:
    data = b"s3cret-value"
    with pytest.raises(InvalidArgument) as refused:
        Daemon().client("sync").create_secret("a/b", data)
    assert "s3cret" not in str(refused.value)


# -- the version table's rules ------------------------------------------------------------

GATED: list[tuple[str, str, str, tuple[Any, ...], dict[str, Any]]] = [
    ("1.40", r"ReplicatedJob.*1\.41", "create_service", (TEMPLATE,), {"mode": "replicated-job"}),
    ("1.40", r"GlobalJob.*1\.41", "create_service", (TEMPLATE,), {"mode": "global-job"}),
    (
        "1.45",
        r"OomScoreAdj.*1\.46",
        "create_service",
        (types.TaskTemplate(types.ContainerSpec("busybox", oom_score_adj=1)),),
        {},
    ),
    ("1.39", r"DataPathPort.*1\.40", "init_swarm", (), {"data_path_port": 4800}),
    ("1.38", r"DefaultAddrPool.*1\.39", "init_swarm", (), {"default_addr_pool": ["10.1.0.0/16"]}),
    ("1.40", r"status.*1\.41", "services", (), {"status": True}),
    ("1.36", r"Templating.*1\.37", "create_config", ("c", b"x"), {"templating": {"name": "go"}}),
]


@pytest.mark.parametrize(("version", "match", "method", "args", "kwargs"), GATED)
async def test_fields_newer_than_the_api_are_refused_by_the_table(
    kind: str, version: str, match: str, method: str, args: tuple[Any, ...], kwargs: Any
) -> None:
    daemon = Daemon()
    with pytest.raises(InvalidVersion, match=match):
        await call(daemon.client(kind, version), method, *args, **kwargs)
    assert daemon.requests == []


async def test_fetch_current_spec_asks_for_defaults_only_where_the_api_has_them(
    kind: str,
) -> None:
    daemon = Daemon()
    await call(daemon.client(kind, "1.28"), "update_service", "svc", 5, fetch_current_spec=True)
    inspected, updated = daemon.sent()
    assert inspected == ("GET", "/services/svc", {}, None)
    assert updated[:3] == ("POST", "/services/svc/update", {"version": ["5"]})


# -- answers ------------------------------------------------------------------------------


async def test_join_tokens_and_unlock_keys_are_masked_in_reprs(kind: str) -> None:
    tokens = {"Worker": "SWMTKN-1-worker", "Manager": "SWMTKN-1-manager"}

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/unlockkey"):
            return httpx.Response(200, json={"UnlockKey": "SWMKEY-1-key"})
        return httpx.Response(200, json={"ID": "swarm", "JoinTokens": tokens})

    client = Daemon(answer).client(kind)
    swarm = await call(client, "inspect_swarm")
    assert swarm["JoinTokens"] == tokens  # the values, as docker-py gives them
    for shown in (repr(swarm), str(swarm), f"{swarm['JoinTokens']}"):
        assert "SWMTKN" not in shown
    key = await call(client, "get_unlock_key")
    assert key == {"UnlockKey": "SWMKEY-1-key"} and "SWMKEY" not in repr(key)


@pytest.mark.parametrize("status", [406, 503])
async def test_leave_with_force_when_in_no_swarm_is_done(kind: str, status: int) -> None:
    daemon = Daemon(lambda request: httpx.Response(status, json={"message": "not part of one"}))
    client = daemon.client(kind)
    assert await call(client, "leave_swarm", force=True) is True
    with pytest.raises(APIError, match="not part of one"):
        await call(client, "leave_swarm")


async def test_leave_with_force_still_raises_other_errors(kind: str) -> None:
    daemon = Daemon(lambda request: httpx.Response(500, json={"message": "broken"}))
    with pytest.raises(APIError, match="broken"):
        await call(daemon.client(kind), "leave_swarm", force=True)


def _frames(*frames: tuple[int, bytes]) -> bytes:
    return b"".join(
        bytes([stream, 0, 0, 0]) + len(d).to_bytes(4, "big") + d for stream, d in frames
    )


async def test_service_logs_read_the_tty_from_the_service_when_the_daemon_does_not_say(
    kind: str,
) -> None:
    """Before API 1.42 the daemon's Content-Type does not say whether the output is
    raw (TTY) or frames: the service's spec does."""
    tty = {"value": False}

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/logs"):
            body = b"raw\r\n" if tty["value"] else _frames((1, b"out\n"), (2, b"err\n"))
            return httpx.Response(200, content=body)
        spec = {"TaskTemplate": {"ContainerSpec": {"Image": "busybox", "TTY": tty["value"]}}}
        return httpx.Response(200, json={"ID": "svc", "Spec": spec})

    daemon = Daemon(answer)
    client = daemon.client(kind)
    logs = await call(client, "service_logs", "svc", stdout=True, stderr=True, tail=5)
    assert b"".join(await items(logs)) == b"out\nerr\n"
    assert daemon.sent()[0] == (
        "GET",
        "/services/svc/logs",
        {"stdout": ["1"], "stderr": ["1"], "tail": ["5"]},
        None,
    )
    demuxed = await call(client, "service_logs", "svc", stdout=True, stderr=True, demux=True)
    assert await items(demuxed) == [(b"out\n", None), (None, b"err\n")]
    tty["value"] = True
    assert b"".join(await items(await call(client, "service_logs", "svc", stdout=True))) == (
        b"raw\r\n"
    )
    # told: no inspect
    before = len(daemon.requests)
    await items(await call(client, "service_logs", "svc", stdout=True, is_tty=True))
    assert len(daemon.requests) == before + 1


# -- plugins: transfers, credentials, the archive -------------------------------------------


def _progress_answer(request: httpx.Request) -> httpx.Response:
    lines = [{"status": "Preparing"}, {"status": "Done", "progressDetail": {}}]
    return httpx.Response(200, content=b"".join(json.dumps(x).encode() + b"\r\n" for x in lines))


def _auth(request: httpx.Request) -> Any:
    header = request.headers.get("x-registry-auth")
    return None if header is None else json.loads(base64.urlsafe_b64decode(header))


async def test_pull_upgrade_and_push_send_privileges_and_the_configs_credentials(
    kind: str, docker_home: Path
) -> None:
    write_config(docker_home, {"auths": {"reg.example": {"auth": basic_auth("me", "pw")}}})
    daemon = Daemon(_progress_answer)
    client = daemon.client(kind)
    granted = [{"Name": "network", "Description": "", "Value": ["host"]}]
    pulled = await items(await call(client, "pull_plugin", "reg.example/vol:1", granted, "vol"))
    assert pulled == [{"status": "Preparing"}, {"status": "Done", "progressDetail": {}}]
    await items(await call(client, "upgrade_plugin", "vol", "reg.example/vol:2", granted))
    await items(await call(client, "push_plugin", "reg.example/vol:2"))
    await items(await call(client, "pull_plugin", "127.0.0.1:5000/vol:1", None))
    pull, upgrade, push, anonymous = daemon.sent()
    assert pull == (
        "POST",
        "/plugins/pull",
        {"remote": ["reg.example/vol:1"], "name": ["vol"]},
        granted,
    )
    assert upgrade == ("POST", "/plugins/vol/upgrade", {"remote": ["reg.example/vol:2"]}, granted)
    assert push == ("POST", "/plugins/reg.example/vol:2/push", {}, None)
    assert anonymous == ("POST", "/plugins/pull", {"remote": ["127.0.0.1:5000/vol:1"]}, [])
    credentials = [_auth(request) for request in daemon.requests]
    expected = {"username": "me", "password": "pw", "email": None, "serveraddress": "reg.example"}
    assert credentials[:3] == [expected] * 3
    assert credentials[3] is None


async def test_a_failed_transfer_raises_after_its_error_line(kind: str) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        lines = [{"status": "Preparing"}, {"error": "denied", "errorDetail": {"message": "denied"}}]
        return httpx.Response(200, content=b"\r\n".join(json.dumps(x).encode() for x in lines))

    stream = await call(Daemon(answer).client(kind), "push_plugin", "127.0.0.1:5000/vol:1")
    with pytest.raises(StreamError, match="denied"):
        await items(stream)


@pytest.mark.parametrize("gzip", [False, True])
async def test_create_plugin_sends_the_directory_as_a_plain_tar(kind: str, gzip: bool) -> None:
    daemon = Daemon(lambda request: httpx.Response(204))
    client = daemon.client(kind)
    assert await call(client, "create_plugin", "vol:1", PLUGIN_DIRECTORY, gzip=gzip) is True
    (request,) = daemon.requests
    assert _sent(request.method, str(request.url), None)[:3] == (
        "POST",
        "/plugins/create",
        {"name": ["vol:1"]},
    )
    assert request.headers["content-type"] == "application/x-tar"
    with tarfile.open(fileobj=io.BytesIO(request.content), mode="r:") as archive:
        names = set(archive.getnames())
        manifest = archive.extractfile("config.json")
        assert manifest is not None
        assert json.loads(manifest.read()) == json.loads(
            (PLUGIN_DIRECTORY / "config.json").read_text()
        )
    assert {"config.json", "rootfs", "rootfs/README"} <= names
