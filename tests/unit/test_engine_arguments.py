"""The engine layer's argument rules on a fake daemon: dict bodies, JSON query parameters
(`filters`), single values of streams whose flag is off, and the registry auth header."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from core_fakes import FakeDaemon, frame, json_lines
from docker_engine_api.engine import JSON_PARAMETERS, SINGLE_VALUE_FLAGS, SyncOperations
from docker_engine_api.models import (
    ContainerCreateBody,
    ContainerStatsResponse,
    HostConfig,
    PluginPrivilege,
)
from dockerapi._engine_arguments import encode_filters
from dockerapi._engine_auth import ANONYMOUS, REFERENCE_ARGUMENTS, image_reference
from dockerapi.api.client import APIClient, AsyncAPIClient
from dockerapi.errors import InvalidArgument, InvalidResponse


@pytest.fixture
def daemon() -> FakeDaemon:
    daemon = FakeDaemon("1.41")

    @daemon.route("POST", "/containers/create")
    def create(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"Id": "new", "Warnings": []})

    @daemon.route("GET", "/containers/json")
    def containers(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[])

    @daemon.route("GET", "/containers/abc/stats")
    def stats(request: httpx.Request) -> httpx.Response:
        one = {"id": "abc", "name": "/x"}
        count = 1 if request.url.params.get("stream") == "false" else 3
        count = {"empty": 0, "two": 2}.get(request.url.params.get("one-shot", ""), count)
        return httpx.Response(200, content=b"".join(json_lines(*[one] * count)))

    @daemon.route("GET", "/containers/abc/logs")
    def logs(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=frame(1, b"out\n") + frame(2, b"err\n"))

    @daemon.route("POST", "/images/registry:5000/app/push")
    def push(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"".join(json_lines({"status": "Pushed"})))

    @daemon.route("POST", "/images/elsewhere.io/app/push")
    def push_elsewhere(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"".join(json_lines({"status": "Pushed"})))

    @daemon.route("POST", "/plugins/pull")
    def plugin_pull(request: httpx.Request) -> httpx.Response:
        return httpx.Response(204)

    @daemon.route("POST", "/images/create")
    def pull(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"".join(json_lines({"status": "Pulled"})))

    return daemon


@pytest.fixture
def engine(daemon: FakeDaemon) -> Iterator[SyncOperations]:
    client = APIClient(transport=daemon.transport())
    yield client.engine
    client.close()


def _sent_json(daemon: FakeDaemon) -> Any:
    return json.loads(daemon.requests[-1].content)


# -- dict bodies ---------------------------------------------------------------------------


def test_a_dict_body_is_sent_as_given(engine: SyncOperations, daemon: FakeDaemon) -> None:
    body = {
        "Image": "busybox",
        "Cmd": ["sh", "-c", "true"],
        "Labels": {"a": "b"},
        "ExposedPorts": {"80/tcp": {}},
        "HostConfig": {"Memory": 64 << 20, "Binds": None, "RestartPolicy": {"Name": "no"}},
    }
    created = engine.container_create(body=body, name="x")
    assert created.id == "new"
    assert _sent_json(daemon) == body


def test_a_model_body_and_a_model_inside_a_dict(engine: SyncOperations, daemon: FakeDaemon) -> None:
    engine.container_create(body=ContainerCreateBody(image="busybox"))
    assert _sent_json(daemon) == {"Image": "busybox"}
    mixed: Any = {"Image": "busybox", "HostConfig": HostConfig(memory=1)}
    engine.container_create(body=mixed)
    assert _sent_json(daemon) == {"Image": "busybox", "HostConfig": {"Memory": 1}}


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            {"Imag": "busybox"},
            "body: unknown field 'Imag' in ContainerCreateBody (did you mean 'Image'?)",
        ),
        ({"image": "busybox"}, "did you mean 'Image'?"),
        ({"host_config": {}}, "did you mean 'HostConfig'?"),
        ({"Image": 5}, "body.Image: expected str, got int 5"),
        ({"Cmd": "true"}, "body.Cmd: expected a list, got str 'true'"),
        ({"HostConfig": {"Memory": "1g"}}, "body.HostConfig.Memory: expected int, got str '1g'"),
        ({"HostConfig": {"Memory": True}}, "body.HostConfig.Memory: expected int, got bool True"),
        ({"HostConfig": {"Binds": [1]}}, "body.HostConfig.Binds[0]: expected str, got int 1"),
        ({"Labels": {"a": 1}}, "body.Labels['a']: expected str, got int 1"),
        ({"HostConfig": {"RestartPolicy": {"Name": 3}}}, "body.HostConfig.RestartPolicy.Name"),
        ({"HostConfig": {"Nope": 1}}, "unknown field 'Nope' in HostConfig"),
        ("busybox", "body must be a ContainerCreateBody or a dict with its fields, not str"),
    ],
)
def test_a_bad_dict_body_is_refused_naming_the_field(
    engine: SyncOperations, daemon: FakeDaemon, body: Any, message: str
) -> None:
    count = len(daemon.requests)
    with pytest.raises(InvalidArgument) as caught:
        engine.container_create(body=body)
    assert str(caught.value).startswith("ContainerCreate: ")
    assert message in str(caught.value)
    assert len(daemon.requests) == count  # nothing was sent


def test_required_fields_and_open_enums(engine: SyncOperations, daemon: FakeDaemon) -> None:
    with pytest.raises(InvalidArgument, match="NetworkCreateRequest needs 'Name'"):
        engine.network_create(body={"Driver": "bridge"})
    # an enum value this API version does not list still goes out (newer engines)
    body: Any = {"Image": "x", "HostConfig": {"RestartPolicy": {"Name": "sometimes"}}}
    engine.container_create(body=body)
    assert _sent_json(daemon)["HostConfig"]["RestartPolicy"] == {"Name": "sometimes"}


def test_a_list_body_takes_models_and_dicts(engine: SyncOperations, daemon: FakeDaemon) -> None:
    privileges = [
        PluginPrivilege(name="network", value=["host"]),
        {"Name": "mount", "Description": "", "Value": ["/data"]},
    ]
    engine.plugin_pull(remote="vieux/sshfs", body=privileges)
    assert _sent_json(daemon) == [
        {"Name": "network", "Value": ["host"]},
        {"Name": "mount", "Description": "", "Value": ["/data"]},
    ]
    with pytest.raises(InvalidArgument, match=r"body\[0\]: unknown field 'Nam'"):
        engine.plugin_pull(remote="x", body=[{"Nam": "network"}])
    with pytest.raises(InvalidArgument, match="must be a list of PluginPrivilege"):
        engine.plugin_pull(remote="x", body={"Name": "network"})


# -- JSON query parameters -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "sent"),
    [
        ({"label": ["a=b", "c"]}, '{"label":["a=b","c"]}'),
        ({"label": "a=b"}, '{"label":["a=b"]}'),
        ({"dangling": True}, '{"dangling":["true"]}'),
        ({"status": ("running", "paused")}, '{"status":["running","paused"]}'),
        ({"label": {"a=b": True}}, '{"label":{"a=b":true}}'),
        ('{"label":["raw"]}', '{"label":["raw"]}'),  # JSON text passes unchanged
    ],
)
def test_filters_are_a_mapping_sent_as_json(
    engine: SyncOperations, daemon: FakeDaemon, filters: Any, sent: str
) -> None:
    engine.container_list(filters=filters)
    assert daemon.requests[-1].url.params["filters"] == sent


def test_bad_filters_are_refused_before_sending(engine: SyncOperations) -> None:
    with pytest.raises(InvalidArgument, match=r"ContainerList: filters\['label'\] must be"):
        engine.container_list(filters={"label": object()})
    with pytest.raises(InvalidArgument, match="filters must be a mapping"):
        encode_filters(["label=a"])


def test_other_json_parameters_are_sent_as_json_text() -> None:
    from docker_engine_api.types import UNSET
    from dockerapi._engine_arguments import encode_json_parameters

    arguments = {
        "buildargs": {"A": "1"},
        "cachefrom": ("busybox",),
        "labels": UNSET,
        "outputs": '[{"Type":"moby"}]',
    }
    encoded = encode_json_parameters("ImageBuild", arguments, JSON_PARAMETERS["ImageBuild"])
    assert encoded == {
        "buildargs": '{"A":"1"}',
        "cachefrom": '["busybox"]',
        "labels": UNSET,
        "outputs": '[{"Type":"moby"}]',
    }
    with pytest.raises(InvalidArgument, match="ImageBuild: buildargs cannot be sent as JSON"):
        encode_json_parameters("ImageBuild", {"buildargs": {"A": object()}}, {"buildargs": "json"})


def test_every_json_parameter_has_a_rule() -> None:
    # filters everywhere; the build's maps and lists; OCI platforms of image inspect/push
    others = {op: e for op, e in JSON_PARAMETERS.items() if op != "ImageBuild"}
    assert all(e in ({"filters": "filters"}, {"platform": "json"}) for e in others.values())
    assert JSON_PARAMETERS["ImageBuild"] == {
        "buildargs": "json",
        "cachefrom": "json",
        "labels": "json",
        "outputs": "json",
    }
    assert JSON_PARAMETERS["ImageInspect"] == {"platform": "json"}


# -- single values -------------------------------------------------------------------------


def test_stats_with_stream_off_is_one_model(engine: SyncOperations) -> None:
    stats = engine.container_stats("abc", stream=False)
    assert isinstance(stats, ContainerStatsResponse)
    assert stats.id == "abc"
    streamed = engine.container_stats("abc")  # the daemon's default: a stream
    assert [item.id for item in streamed] == ["abc"] * 3


def test_a_single_value_needs_at_most_one_object(engine: SyncOperations) -> None:
    # Podman 4.3 answers the stats of a stopped container with an empty 200: an empty model
    empty = engine.container_stats("abc", stream=False, extra_params={"one-shot": "empty"})
    assert isinstance(empty, ContainerStatsResponse)
    assert empty.to_dict() == {}
    # the daemon's answer is not what the API says: InvalidResponse (a DockerException)
    with pytest.raises(InvalidResponse, match="expected one object from the daemon, got 2"):
        engine.container_stats("abc", stream=False, extra_params={"one-shot": "two"})


def test_logs_without_follow_are_the_whole_output(engine: SyncOperations) -> None:
    assert engine.container_logs("abc", stdout=True, stderr=True) == b"out\nerr\n"
    assert engine.container_logs("abc", follow=False) == b"out\nerr\n"
    assert list(engine.container_logs("abc", follow=True)) == [(1, b"out\n"), (2, b"err\n")]


def test_the_flags_are_found_by_the_rule() -> None:
    assert SINGLE_VALUE_FLAGS == {
        "ContainerLogs": ("follow", False),
        "ContainerStats": ("stream", True),
        "ServiceLogs": ("follow", False),
        "TaskLogs": ("follow", False),
    }


async def test_async_single_values_and_dict_bodies(daemon: FakeDaemon) -> None:
    async with AsyncAPIClient(transport=daemon.async_transport()) as client:
        engine = client.engine
        stats = await engine.container_stats("abc", stream=False)
        assert stats.id == "abc"
        assert await engine.container_logs("abc") == b"out\nerr\n"
        created = await engine.container_create(body={"Image": "busybox"})
        assert created.id == "new"
        with pytest.raises(InvalidArgument, match="unknown field 'Imag'"):
            await engine.container_create(body={"Imag": "busybox"})


# -- registry auth -------------------------------------------------------------------------


def _auth_header(daemon: FakeDaemon) -> dict[str, Any]:
    header = daemon.requests[-1].headers["x-registry-auth"]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(header))
    return decoded


def test_push_without_credentials_sends_the_anonymous_header(
    engine: SyncOperations, daemon: FakeDaemon
) -> None:
    assert ANONYMOUS == "e30="
    pushed = engine.image_push("registry:5000/app", tag="v1")  # no TypeError, no hand-made header
    assert [item.status for item in pushed] == ["Pushed"]
    assert daemon.requests[-1].headers["x-registry-auth"] == ANONYMOUS
    assert _auth_header(daemon) == {}
    list(engine.image_create(from_image="busybox"))
    assert daemon.requests[-1].headers["x-registry-auth"] == ANONYMOUS


def test_a_given_header_is_sent_unchanged(engine: SyncOperations, daemon: FakeDaemon) -> None:
    mine = base64.urlsafe_b64encode(b'{"username":"u"}').decode()
    list(engine.image_push("registry:5000/app", registry_auth=mine))
    assert daemon.requests[-1].headers["x-registry-auth"] == mine


def test_the_client_lookup_is_asked_with_the_image_reference(
    daemon: FakeDaemon, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    found = base64.urlsafe_b64encode(b'{"username":"u","password":"p"}').decode()

    def lookup(self: APIClient, reference: str) -> str | None:
        asked.append(reference)
        return found if reference.startswith("registry:5000/") else None

    monkeypatch.setattr(APIClient, "_registry_auth", lookup)
    with APIClient(transport=daemon.transport()) as client:
        list(client.engine.image_push("registry:5000/app"))
        assert daemon.requests[-1].headers["x-registry-auth"] == found
        list(client.engine.image_create(from_image="busybox", tag="latest"))
        assert daemon.requests[-1].headers["x-registry-auth"] == ANONYMOUS
        client.engine.plugin_pull(remote="registry:5000/plugin")
        assert daemon.requests[-1].headers["x-registry-auth"] == found
    assert asked == ["registry:5000/app", "busybox", "registry:5000/plugin"]


def test_every_operation_with_the_header_names_its_image() -> None:
    from docker_engine_api._operations import OPERATIONS

    with_header = {
        op.operation_id
        for op in OPERATIONS.values()
        if any(p.wire_name == "X-Registry-Auth" for p in op.header_params)
    }
    assert with_header == set(REFERENCE_ARGUMENTS)
    assert all(
        not p.required
        for op in OPERATIONS.values()
        for p in op.header_params
        if p.wire_name == "X-Registry-Auth"
    )
    service = {"TaskTemplate": {"ContainerSpec": {"Image": "registry:5000/svc:1"}}}
    assert image_reference("ServiceCreate", {"body": service}) == "registry:5000/svc:1"
    assert image_reference("ImageCreate", {"from_src": "-"}) is None


def test_a_refused_secret_is_not_in_the_message(engine: SyncOperations) -> None:
    with pytest.raises(InvalidArgument) as caught:
        engine.system_auth(body={"username": "me", "password": ["hunter2"]})
    assert str(caught.value) == "SystemAuth: body.password: expected str"
    with pytest.raises(InvalidArgument) as caught:
        engine.secret_create(body={"Name": "s", "Data": b"c2VjcmV0"})
    assert "c2VjcmV0" not in str(caught.value)
    assert "body.Data: expected str" in str(caught.value)


def test_the_engine_layer_uses_the_clients_registry_credentials(
    daemon: FakeDaemon, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lookup is docker-py's: the Docker config's credentials for the image's
    registry, and what `login` cached; anonymous for a registry with none."""
    secret = "s3cret-engine"
    token = base64.b64encode(f"me:{secret}".encode()).decode()
    (tmp_path / "config.json").write_text(json.dumps({"auths": {"registry:5000": {"auth": token}}}))
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    with APIClient(transport=daemon.transport()) as client:
        list(client.engine.image_push("registry:5000/app", tag="v1"))
        sent = _auth_header(daemon)
        assert (sent["username"], sent["password"]) == ("me", secret)
        list(client.engine.image_push("elsewhere.io/app"))
        assert daemon.requests[-1].headers["x-registry-auth"] == ANONYMOUS
        client._auth_configs.add_auth("elsewhere.io", {"username": "you", "password": "pw"})
        list(client.engine.image_push("elsewhere.io/app"))
        assert _auth_header(daemon)["username"] == "you"
