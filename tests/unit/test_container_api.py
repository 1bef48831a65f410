"""docker-py's non-streaming container methods against mock daemons: the exact
requests they send (query, body, path, per-call timeout), what the real 1.41
engine cannot show (API 1.42+ parameters, gating at other versions, timeouts,
nulls), argument handling, and sync/async parity (each test runs on both)."""

from __future__ import annotations

import inspect
import json
import signal as signals
import warnings
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from core_fakes import FakeDaemon
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.api.container import ContainerApiMixin
from dockerapi.errors import (
    Conflict,
    DeprecatedMethod,
    DockerTimeoutError,
    ImageNotFound,
    InvalidVersion,
    NotFound,
    NullResource,
)
from dockerapi.types import (
    ContainerConfig,
    EndpointConfig,
    Healthcheck,
    HostConfig,
    NetworkingConfig,
)

CID = "c0ffee"


class Api:
    """One test body for both clients: coroutines are awaited."""

    def __init__(self, client: Any, daemon: FakeDaemon) -> None:
        self.client = client
        self.daemon = daemon
        self.is_async = isinstance(client, AsyncAPIClient)

    async def call(self, method: str, /, *args: Any, **kwargs: Any) -> Any:
        result = getattr(self.client, method)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        return result

    def last(self) -> httpx.Request:
        return self.daemon.requests[-1]

    def query(self, request: httpx.Request | None = None) -> list[tuple[str, str]]:
        request = request or self.last()
        return parse_qsl(request.url.query.decode(), keep_blank_values=True)

    def body(self, request: httpx.Request | None = None) -> Any:
        request = request or self.last()
        return json.loads(request.content) if request.content else None


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def make_api(
    daemon: FakeDaemon,
    kind: str,
    version: str | None = "1.41",
    timeout: float | None = 60,
    gating: Any = "strict",
) -> Api:
    # MockTransport serves a sync handler to both client families.
    transport = daemon.transport()
    cls = APIClient if kind == "sync" else AsyncAPIClient
    return Api(cls(version=version, timeout=timeout, gating=gating, transport=transport), daemon)


def answer(daemon: FakeDaemon, method: str, path: str, status: int = 200, body: Any = None) -> None:
    @daemon.route(method, path)
    def respond(request: httpx.Request) -> httpx.Response:
        if status == 204:
            return httpx.Response(204)
        return httpx.Response(status, json=body)


# -- signatures ----------------------------------------------------------------

NON_STREAMING = [
    "commit",
    "containers",
    "create_container",
    "create_container_from_config",
    "diff",
    "inspect_container",
    "kill",
    "pause",
    "port",
    "prune_containers",
    "remove_container",
    "rename",
    "resize",
    "restart",
    "start",
    "stop",
    "top",
    "unpause",
    "update_container",
    "wait",
]
BUILDERS = [
    "create_container_config",
    "create_host_config",
    "create_networking_config",
    "create_endpoint_config",
]
#: Our additions, keyword arguments after all of docker-py's.
ADDED = {"stop": ["signal"], "restart": ["signal"]}


@pytest.mark.parametrize("name", NON_STREAMING + BUILDERS)
def test_signature_matches_docker_py(name: str) -> None:
    docker_api = pytest.importorskip("docker.api.container").ContainerApiMixin
    theirs = inspect.signature(inspect.unwrap(getattr(docker_api, name)))
    attribute = getattr(ContainerApiMixin, name)
    ours = inspect.signature(getattr(attribute, "function", attribute))
    their_params = [(p.name, p.kind, p.default) for p in theirs.parameters.values()]
    our_params = [(p.name, p.kind, p.default) for p in ours.parameters.values()]
    added = ADDED.get(name, [])
    assert our_params[: len(their_params)] == their_params
    assert [p[0] for p in our_params[len(their_params) :]] == added
    assert all(p[2] is None for p in our_params[len(their_params) :])


async def test_every_container_method_on_both_clients() -> None:
    sync_client = APIClient(version="1.41", transport=FakeDaemon().transport())
    async_client = AsyncAPIClient(version="1.41", transport=FakeDaemon().transport())
    for name in NON_STREAMING:
        assert not inspect.iscoroutinefunction(getattr(sync_client, name))
        assert inspect.iscoroutinefunction(getattr(async_client, name))
    for name in BUILDERS:  # build dicts, no request: plain methods on both
        assert not inspect.iscoroutinefunction(getattr(async_client, name))
    await async_client.close()


async def test_async_methods_are_coroutines() -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", f"/containers/{CID}/json", body={"Id": CID})
    client = AsyncAPIClient(version="1.41", transport=daemon.transport())
    pending = client.inspect_container(CID)
    assert inspect.iscoroutine(pending)
    assert (await pending)["Id"] == CID
    await client.close()


# -- container references -----------------------------------------------------


async def test_container_given_as_dict_name_or_id(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/pause", 204)
    answer(daemon, "POST", "/containers/my-app/pause", 204)
    api = make_api(daemon, kind)
    await api.call("pause", {"Id": CID, "Names": ["/x"]})
    await api.call("pause", "my-app")
    await api.call("pause", container=CID)
    assert daemon.paths() == [
        f"/v1.41/containers/{CID}/pause",
        "/v1.41/containers/my-app/pause",
        f"/v1.41/containers/{CID}/pause",
    ]


@pytest.mark.parametrize("missing", [None, "", {}, {"Id": ""}, {"Names": ["/x"]}])
@pytest.mark.parametrize(
    "method,args",
    [
        ("inspect_container", ()),
        ("start", ()),
        ("stop", ()),
        ("kill", ()),
        ("wait", ()),
        ("remove_container", ()),
        ("commit", ()),
        ("rename", ("new",)),
        ("resize", (10, 20)),
        ("port", (80,)),
        ("update_container", ()),
    ],
)
async def test_missing_container_raises_null_resource(
    kind: str, method: str, args: tuple[Any, ...], missing: Any
) -> None:
    daemon = FakeDaemon()
    api = make_api(daemon, kind)
    with pytest.raises(NullResource):
        await api.call(method, missing, *args)
    assert daemon.requests == []


async def test_container_names_cannot_change_the_path(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/containers/a b?x=1#/json", body={})
    api = make_api(daemon, kind)
    await api.call("inspect_container", "a b?x=1#")
    assert daemon.requests[-1].url.raw_path == b"/v1.41/containers/a%20b%3Fx%3D1%23/json"


# -- list, inspect, diff, top, port ----------------------------------------------

LISTED = [
    {"Id": "a" * 64, "Names": ["/one"], "State": "running"},
    {"Id": "b" * 64, "Names": ["/two"], "State": "exited"},
]


async def test_containers_defaults_send_nothing(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/containers/json", body=LISTED)
    api = make_api(daemon, kind)
    assert await api.call("containers") == LISTED
    assert api.query() == []


async def test_containers_quiet_and_trunc(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/containers/json", body=LISTED)
    api = make_api(daemon, kind)
    assert await api.call("containers", quiet=True) == [{"Id": "a" * 64}, {"Id": "b" * 64}]
    truncated = await api.call("containers", trunc=True, all=True)
    assert [c["Id"] for c in truncated] == ["a" * 12, "b" * 12]
    assert truncated[0]["Names"] == ["/one"]


async def test_containers_query(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/containers/json", body=[])
    api = make_api(daemon, kind)
    await api.call(
        "containers", all=True, size=True, limit=3, filters={"status": "exited", "label": ["a=b"]}
    )
    query = dict(api.query())
    assert query["all"] == "1"
    assert query["size"] == "1"
    assert query["limit"] == "3"
    assert json.loads(query["filters"]) == {"status": ["exited"], "label": ["a=b"]}
    await api.call("containers", latest=True, limit=7)
    assert dict(api.query())["limit"] == "1"


async def test_containers_since_and_before_become_filters(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/containers/json", body=[])
    api = make_api(daemon, kind)
    await api.call("containers", since="first", before="last")
    query = dict(api.query())
    assert set(query) == {"filters"}
    assert json.loads(query["filters"]) == {"since": ["first"], "before": ["last"]}
    await api.call("containers", since="first", filters={"since": "other", "name": "x"})
    assert json.loads(dict(api.query())["filters"]) == {
        "since": ["other", "first"],
        "name": ["x"],
    }


async def test_containers_null_list(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", "/containers/json", body=None)
    api = make_api(daemon, kind)
    assert await api.call("containers") == []


async def test_inspect_diff_top(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", f"/containers/{CID}/json", body={"Id": CID, "State": {}})
    answer(daemon, "GET", f"/containers/{CID}/changes", body=[{"Path": "/tmp", "Kind": 0}])
    answer(daemon, "GET", f"/containers/{CID}/top", body={"Titles": ["PID"], "Processes": []})
    api = make_api(daemon, kind)
    assert await api.call("inspect_container", CID) == {"Id": CID, "State": {}}
    assert await api.call("diff", CID) == [{"Path": "/tmp", "Kind": 0}]
    assert await api.call("top", CID) == {"Titles": ["PID"], "Processes": []}
    assert api.query() == []
    await api.call("top", CID, "aux")
    assert api.query() == [("ps_args", "aux")]


async def test_diff_of_unchanged_container_is_an_empty_list(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", f"/containers/{CID}/changes", body=None)
    api = make_api(daemon, kind)
    assert await api.call("diff", CID) == []


PORTS = {
    "80/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8080"}],
    "53/tcp": None,
    "53/udp": [{"HostIp": "127.0.0.1", "HostPort": "5353"}],
    "9/sctp": [{"HostIp": "", "HostPort": "9009"}],
}


@pytest.mark.parametrize(
    "private_port,expected",
    [
        (80, PORTS["80/tcp"]),
        ("80", PORTS["80/tcp"]),
        ("80/tcp", PORTS["80/tcp"]),
        ("80/udp", None),
        (53, PORTS["53/udp"]),  # tcp exposed but unbound: udp is next
        ("53/tcp", None),
        (9, PORTS["9/sctp"]),
        (1234, None),
    ],
)
async def test_port_lookup(kind: str, private_port: Any, expected: Any) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", f"/containers/{CID}/json", body={"NetworkSettings": {"Ports": PORTS}})
    api = make_api(daemon, kind)
    assert await api.call("port", CID, private_port) == expected


@pytest.mark.parametrize("settings", [None, {}, {"Ports": None}])
async def test_port_without_port_map(kind: str, settings: Any) -> None:
    daemon = FakeDaemon()
    answer(daemon, "GET", f"/containers/{CID}/json", body={"NetworkSettings": settings})
    api = make_api(daemon, kind)
    assert await api.call("port", CID, 80) is None


# -- life cycle -------------------------------------------------------------------


async def test_start(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/start", 204)
    api = make_api(daemon, kind)
    assert await api.call("start", CID) is None
    assert api.last().content == b""


async def test_start_with_configuration_is_deprecated(kind: str) -> None:
    daemon = FakeDaemon()
    api = make_api(daemon, kind)
    with pytest.raises(DeprecatedMethod):
        await api.call("start", CID, binds={"/a": "/b"})
    with pytest.raises(DeprecatedMethod):
        await api.call("start", CID, {"/a": "/b"})
    assert daemon.requests == []


async def test_stop_query_and_http_timeout(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/stop", 204)
    api = make_api(daemon, kind, timeout=30)
    await api.call("stop", CID)
    assert api.query() == []
    # docker-py: the client's timeout plus the grace period the daemon may wait.
    assert api.last().extensions["timeout"]["read"] == 40
    await api.call("stop", CID, timeout=3)
    assert api.query() == [("t", "3")]
    assert api.last().extensions["timeout"]["read"] == 33
    await api.call("stop", CID, 0)
    assert api.query() == [("t", "0")]


async def test_stop_without_client_timeout_waits(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/stop", 204)
    api = make_api(daemon, kind, timeout=None)
    await api.call("stop", CID, timeout=5)
    assert api.last().extensions["timeout"]["read"] is None


async def test_stop_already_stopped_is_fine(kind: str) -> None:
    daemon = FakeDaemon()

    @daemon.route("POST", f"/containers/{CID}/stop")
    def not_modified(request: httpx.Request) -> httpx.Response:
        return httpx.Response(304)

    api = make_api(daemon, kind)
    assert await api.call("stop", CID) is None


@pytest.mark.parametrize("method", ["stop", "restart"])
async def test_signal_is_a_query_param_from_api_1_42(kind: str, method: str) -> None:
    daemon = FakeDaemon("1.42")
    answer(daemon, "POST", f"/containers/{CID}/{method}", 204)
    api = make_api(daemon, kind, version="1.42")
    await api.call(method, CID, 5, "SIGINT")
    assert sorted(api.query()) == [("signal", "SIGINT"), ("t", "5")]
    await api.call(method, CID, signal=signals.SIGUSR1)
    assert ("signal", str(int(signals.SIGUSR1))) in api.query()


@pytest.mark.parametrize("method", ["stop", "restart"])
async def test_signal_on_api_1_41_raises_invalid_version(kind: str, method: str) -> None:
    daemon = FakeDaemon()
    api = make_api(daemon, kind, version=None)  # negotiated: the daemon speaks 1.41
    with pytest.raises(InvalidVersion, match=r'"signal" of Container\w+ requires API 1\.42'):
        await api.call(method, CID, signal="SIGINT")
    assert all(not r.url.path.endswith(method) for r in daemon.requests)


@pytest.mark.parametrize("method", ["stop", "restart"])
async def test_signal_dropped_with_a_warning_in_warn_mode(kind: str, method: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/{method}", 204)
    api = make_api(daemon, kind, gating="warn")
    with pytest.warns(UserWarning, match="signal"):
        await api.call(method, CID, 2, signal="SIGINT")
    assert api.query() == [("t", "2")]


async def test_restart_defaults(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/restart", 204)
    api = make_api(daemon, kind, timeout=60)
    await api.call("restart", CID)
    assert api.query() == [("t", "10")]
    assert api.last().extensions["timeout"]["read"] == 70
    await api.call("restart", CID, None)  # the container's own stop timeout
    assert api.query() == []
    assert api.last().extensions["timeout"]["read"] == 70


@pytest.mark.parametrize(
    "given,sent", [(None, []), ("SIGHUP", [("signal", "SIGHUP")]), (9, [("signal", "9")])]
)
async def test_kill(kind: str, given: Any, sent: list[tuple[str, str]]) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/kill", 204)
    api = make_api(daemon, kind)
    await api.call("kill", CID, given)
    assert api.query() == sent
    await api.call("kill", CID, signal=signals.SIGTERM)
    assert api.query() == [("signal", "15")]


async def test_kill_of_stopped_container_is_a_conflict(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/kill", 409, {"message": "is not running"})
    api = make_api(daemon, kind)
    with pytest.raises(Conflict, match="is not running"):
        await api.call("kill", CID)


async def test_pause_unpause_rename_resize(kind: str) -> None:
    daemon = FakeDaemon()
    for endpoint in ("pause", "unpause", "rename", "resize"):
        answer(daemon, "POST", f"/containers/{CID}/{endpoint}", 204)
    api = make_api(daemon, kind)
    assert await api.call("pause", CID) is None
    assert await api.call("unpause", CID) is None
    assert await api.call("rename", CID, "new-name") is None
    assert api.query() == [("name", "new-name")]
    assert await api.call("resize", CID, 24, 80) is None
    assert api.query() == [("h", "24"), ("w", "80")]


async def test_remove_container_sends_only_set_flags(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "DELETE", f"/containers/{CID}", 204)
    api = make_api(daemon, kind, version="1.25")
    await api.call("remove_container", CID)
    assert api.last().method == "DELETE"
    assert api.last().url.path == f"/v1.25/containers/{CID}"
    assert api.query() == []
    await api.call("remove_container", CID, v=True, force=True)
    assert sorted(api.query()) == [("force", "true"), ("v", "true")]


# -- wait ------------------------------------------------------------------------


async def test_wait_result_and_condition(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/wait", body={"StatusCode": 3, "Error": None})
    api = make_api(daemon, kind)
    assert await api.call("wait", CID) == {"StatusCode": 3, "Error": None}
    assert api.query() == []  # the daemon's default condition is not sent
    await api.call("wait", CID, condition="next-exit")
    assert api.query() == [("condition", "next-exit")]


async def test_wait_timeout_is_a_read_timeout(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/wait", body={"StatusCode": 0})
    api = make_api(daemon, kind, timeout=60)
    await api.call("wait", CID, timeout=2.5)
    timeouts = api.last().extensions["timeout"]
    assert timeouts["read"] == 2.5
    assert timeouts["connect"] == 60
    await api.call("wait", CID)
    assert api.last().extensions["timeout"]["read"] is None  # waits as long as it takes


async def test_wait_timeout_raises_docker_timeout_error(kind: str) -> None:
    daemon = FakeDaemon()

    @daemon.route("POST", f"/containers/{CID}/wait")
    def too_slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    api = make_api(daemon, kind)
    with pytest.raises(DockerTimeoutError, match=r"within 1\.5 s") as caught:
        await api.call("wait", CID, timeout=1.5)
    assert caught.value.timeout == 1.5
    assert isinstance(caught.value, TimeoutError)


async def test_wait_condition_needs_api_1_30(kind: str) -> None:
    daemon = FakeDaemon()
    api = make_api(daemon, kind, version="1.29")
    with pytest.raises(InvalidVersion, match=r'"condition" of ContainerWait requires API 1\.30'):
        await api.call("wait", CID, condition="removed")
    assert daemon.requests == []


async def test_wait_of_missing_container(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/wait", 404, {"message": "No such container: x"})
    api = make_api(daemon, kind)
    with pytest.raises(NotFound):
        await api.call("wait", CID)


# -- create ----------------------------------------------------------------------


def _route_create(daemon: FakeDaemon, status: int = 201, body: Any = None) -> None:
    answer(daemon, "POST", "/containers/create", status, body or {"Id": CID, "Warnings": []})


async def test_create_container_body(kind: str) -> None:
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind)
    result = await api.call(
        "create_container",
        "busybox:latest",
        "sh -c 'echo hi'",
        environment={"A": "1"},
        ports=[80, (53, "udp")],
        labels=["x"],
        name="web",
        use_config_proxy=False,
    )
    assert result == {"Id": CID, "Warnings": []}
    assert api.query() == [("name", "web")]
    body = api.body()
    assert body["Image"] == "busybox:latest"
    assert body["Cmd"] == ["sh", "-c", "echo hi"]
    assert body["Env"] == ["A=1"]
    assert body["ExposedPorts"] == {"80/tcp": {}, "53/udp": {}}
    assert body["Labels"] == {"x": ""}
    assert body["AttachStdout"] is True
    assert None not in body.values()
    assert "HostConfig" not in body


async def test_healthcheck_unset_fields_pass_gating_on_old_apis(kind: str) -> None:
    # Healthcheck carries StartPeriod (API 1.29) as None when not given, as docker-py's does.
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind, version="1.28")
    check = Healthcheck(test="true", interval=1_000_000_000)
    await api.call("create_container", "busybox", "true", healthcheck=check)
    assert api.body()["Healthcheck"]["StartPeriod"] is None
    with pytest.raises(InvalidVersion, match=r"Healthcheck\.StartPeriod.*requires API 1\.29"):
        await api.call(
            "create_container", "busybox", "true", healthcheck=Healthcheck(start_period=5)
        )
    assert len(daemon.requests) == 1


async def test_endpoint_fields_are_gated_inside_the_endpoints_map(kind: str) -> None:
    # NetworkingConfig.EndpointsConfig is keyed by network name; its values' fields
    # are in the version table under "*" (MacAddress on create: API 1.44).
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind, version="1.43")
    networking = api.client.create_networking_config(
        {"net1": api.client.create_endpoint_config(mac_address="02:42:ac:11:00:09")}
    )
    with pytest.raises(
        InvalidVersion,
        match=r'"NetworkingConfig\.EndpointsConfig\.net1\.MacAddress" .*requires API 1\.44',
    ):
        await api.call("create_container", "busybox", networking_config=networking)
    assert daemon.requests == []
    aliases = api.client.create_networking_config(
        {"net1": api.client.create_endpoint_config(aliases=["web"])}
    )
    await api.call("create_container", "busybox", networking_config=aliases)
    assert api.body()["NetworkingConfig"] == {"EndpointsConfig": {"net1": {"Aliases": ["web"]}}}


async def test_create_container_with_host_and_networking_config(kind: str) -> None:
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind)
    host_config = api.client.create_host_config(
        mem_limit="64m", port_bindings={80: ("127.0.0.1", 8080)}, restart_policy={"Name": "always"}
    )
    networking = api.client.create_networking_config(
        {"net1": api.client.create_endpoint_config(aliases=["web"])}
    )
    await api.call(
        "create_container",
        "busybox",
        host_config=host_config,
        networking_config=networking,
        detach=True,
        use_config_proxy=False,
    )
    body = api.body()
    assert body["HostConfig"]["Memory"] == 64 * 1024 * 1024
    assert body["HostConfig"]["PortBindings"] == {
        "80/tcp": [{"HostIp": "127.0.0.1", "HostPort": "8080"}]
    }
    assert body["HostConfig"]["RestartPolicy"] == {"Name": "always"}
    assert body["NetworkingConfig"] == {"EndpointsConfig": {"net1": {"Aliases": ["web"]}}}
    assert body["AttachStdout"] is False


async def test_create_container_platform(kind: str) -> None:
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind)
    await api.call("create_container", "busybox", platform="linux/amd64", use_config_proxy=False)
    assert ("platform", "linux/amd64") in api.query()


async def test_create_container_platform_needs_api_1_41(kind: str) -> None:
    daemon = FakeDaemon()
    api = make_api(daemon, kind, version="1.40")
    with pytest.raises(InvalidVersion, match=r'"platform" of ContainerCreate requires API 1\.41'):
        await api.call("create_container", "busybox", platform="linux/amd64")
    assert daemon.requests == []


async def test_create_container_body_fields_are_gated(kind: str) -> None:
    daemon = FakeDaemon()
    api = make_api(daemon, kind, version="1.41")
    host_config = api.client.create_host_config(annotations={"a": "b"})
    with pytest.raises(InvalidVersion, match="Annotations"):
        await api.call("create_container", "busybox", host_config=host_config)
    assert daemon.requests == []


async def test_create_container_missing_image(kind: str) -> None:
    daemon = FakeDaemon()
    _route_create(daemon, 404, {"message": "No such image: nothere:latest"})
    api = make_api(daemon, kind)
    with pytest.raises(ImageNotFound):
        await api.call("create_container", "nothere:latest")


async def test_create_container_from_config(kind: str) -> None:
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind)
    config = api.client.create_container_config("busybox", ["true"], tty=True)
    assert isinstance(config, ContainerConfig)
    await api.call("create_container_from_config", config, "named")
    assert api.query() == [("name", "named")]
    body = api.body()
    assert body["Tty"] is True
    assert body["Cmd"] == ["true"]
    assert None not in body.values()
    await api.call("create_container_from_config", {"Image": "busybox", "Cmd": None})
    assert api.body() == {"Image": "busybox"}
    assert api.query() == []


def _write_cli_config(tmp_path: Any, proxies: dict[str, Any]) -> None:
    (tmp_path / "config.json").write_text(json.dumps({"proxies": proxies}))


async def test_create_container_injects_config_proxies(
    kind: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_cli_config(
        tmp_path,
        {
            "default": {"httpProxy": "http://proxy:3128", "noProxy": "localhost"},
            "tcp://elsewhere:2375": {"httpProxy": "http://other"},
        },
    )
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind)
    await api.call("create_container", "busybox", environment={"http_proxy": "mine"})
    env = api.body()["Env"]
    assert set(env[:-1]) == {
        "http_proxy=http://proxy:3128",
        "HTTP_PROXY=http://proxy:3128",
        "no_proxy=localhost",
        "NO_PROXY=localhost",
    }
    assert env[-1] == "http_proxy=mine"  # last wins in the daemon: the caller's value
    await api.call("create_container", "busybox", use_config_proxy=False)
    assert "Env" not in api.body()


async def test_create_container_proxies_by_daemon_address(
    kind: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_cli_config(
        tmp_path,
        {
            "default": {"httpProxy": "http://default"},
            "unix:///var/run/docker.sock": {"httpsProxy": "http://for-this-daemon"},
        },
    )
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind)
    await api.call("create_container", "busybox")
    assert api.body()["Env"] == [
        "https_proxy=http://for-this-daemon",
        "HTTPS_PROXY=http://for-this-daemon",
    ]


@pytest.mark.parametrize("content", ["{not json", '{"proxies": "nope"}', '["x"]'])
async def test_create_container_ignores_unusable_cli_config(
    kind: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    (tmp_path / "config.json").write_text(content)
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    daemon = FakeDaemon()
    _route_create(daemon)
    api = make_api(daemon, kind)
    await api.call("create_container", "busybox", environment=["A=1"])
    assert api.body()["Env"] == ["A=1"]


def test_config_builders_need_no_request() -> None:
    daemon = FakeDaemon()
    client = APIClient(transport=daemon.transport())  # version not negotiated yet
    host_config = client.create_host_config(privileged=True, binds=["/a:/b:ro"])
    assert isinstance(host_config, HostConfig)
    assert host_config["Privileged"] is True
    assert host_config["Binds"] == ["/a:/b:ro"]
    endpoint = client.create_endpoint_config(ipv4_address="10.0.0.2")
    assert isinstance(endpoint, EndpointConfig)
    networking = client.create_networking_config({"n": endpoint})
    assert isinstance(networking, NetworkingConfig)
    assert networking == {"EndpointsConfig": {"n": {"IPAMConfig": {"IPv4Address": "10.0.0.2"}}}}
    assert daemon.requests == []


def test_create_host_config_refuses_version() -> None:
    client = APIClient(version="1.41", transport=FakeDaemon().transport())
    with pytest.raises(TypeError, match="version"):
        client.create_host_config(version="1.41")


def test_create_host_config_init_path_checked_against_the_version_in_use() -> None:
    client = APIClient(version="1.41", transport=FakeDaemon().transport())
    with pytest.raises(InvalidVersion, match="init_path"):
        client.create_host_config(init_path="/usr/bin/tini")
    old = APIClient(version="1.25", transport=FakeDaemon().transport())
    assert old.create_host_config(init_path="/x")["InitPath"] == "/x"


# -- update, commit, prune ---------------------------------------------------------


async def test_update_container_body(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", f"/containers/{CID}/update", body={"Warnings": []})
    api = make_api(daemon, kind)
    result = await api.call(
        "update_container",
        CID,
        blkio_weight=300,
        cpu_period=100000,
        cpu_quota=50000,
        cpu_shares=512,
        cpuset_cpus="0",
        cpuset_mems="0",
        mem_limit="64m",
        mem_reservation="32m",
        memswap_limit="128m",
        kernel_memory="16m",
        restart_policy={"Name": "on-failure", "MaximumRetryCount": 2},
    )
    assert result == {"Warnings": []}
    mib = 1024 * 1024
    assert api.body() == {
        "BlkioWeight": 300,
        "CpuPeriod": 100000,
        "CpuQuota": 50000,
        "CpuShares": 512,
        "CpusetCpus": "0",
        "CpusetMems": "0",
        "Memory": 64 * mib,
        "MemoryReservation": 32 * mib,
        "MemorySwap": 128 * mib,
        "KernelMemory": 16 * mib,
        "RestartPolicy": {"Name": "on-failure", "MaximumRetryCount": 2},
    }
    await api.call("update_container", CID, mem_limit=1024)
    assert api.body() == {"Memory": 1024}


async def test_update_container_kernel_memory_removed_in_1_42(kind: str) -> None:
    daemon = FakeDaemon("1.42")
    api = make_api(daemon, kind, version="1.42")
    with pytest.raises(InvalidVersion, match="KernelMemory"):
        await api.call("update_container", CID, kernel_memory="16m")
    assert daemon.requests == []


async def test_commit_query_and_body(kind: str) -> None:
    daemon = FakeDaemon()
    answer(daemon, "POST", "/commit", 201, {"Id": "sha256:abc"})
    api = make_api(daemon, kind)
    result = await api.call(
        "commit",
        {"Id": CID},
        "example/app",
        "v1",
        message="snapshot",
        author="me",
        pause=False,
        changes=["ENV A=1", 'CMD ["true"]'],
        conf={"Labels": {"k": "v"}, "Cmd": None},
    )
    assert result == {"Id": "sha256:abc"}
    assert api.query() == [
        ("container", CID),
        ("repo", "example/app"),
        ("tag", "v1"),
        ("comment", "snapshot"),
        ("author", "me"),
        ("pause", "false"),
        ("changes", "ENV A=1"),
        ("changes", 'CMD ["true"]'),
    ]
    assert api.body() == {"Labels": {"k": "v"}}
    await api.call("commit", CID)
    assert api.query() == [("container", CID), ("pause", "true")]
    assert api.body() == {}


async def test_prune_containers(kind: str) -> None:
    daemon = FakeDaemon()
    pruned = {"ContainersDeleted": ["a"], "SpaceReclaimed": 10}
    answer(daemon, "POST", "/containers/prune", body=pruned)
    api = make_api(daemon, kind)
    assert await api.call("prune_containers") == pruned
    assert api.query() == []
    await api.call("prune_containers", filters={"until": "10m", "label": ["a=b"]})
    assert json.loads(dict(api.query())["filters"]) == {"until": ["10m"], "label": ["a=b"]}


# -- version negotiation ------------------------------------------------------------


async def test_first_call_negotiates_and_prefixes(kind: str) -> None:
    daemon = FakeDaemon("1.44")
    answer(daemon, "GET", "/containers/json", body=[])
    api = make_api(daemon, kind, version=None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await api.call("containers")
    assert daemon.paths() == ["/version", "/v1.44/containers/json"]
