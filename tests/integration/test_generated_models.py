"""The generated client against the real engine: request builders, path quoting, and models
parsing real responses (running and stopped containers, images, networks, volumes, execs,
system) at the engine's own API version, on every engine of the matrix.

Only ``docker_engine_api`` and plain httpx are used here, no facade. With
``DOCKERAPI_UPDATE_FIXTURES=1`` the responses are also written to
tests/fixtures/engine-api-<version>/ for the unit tests that parse them without an engine.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from docker_engine_api import models
from docker_engine_api._operations import OPERATIONS
from docker_engine_api.api.container import (
    container_create,
    container_delete,
    container_inspect,
    container_list,
    container_start,
    container_wait,
)
from docker_engine_api.api.distribution import distribution_inspect
from docker_engine_api.api.exec import container_exec, exec_inspect, exec_start
from docker_engine_api.api.image import (
    image_delete,
    image_history,
    image_inspect,
    image_list,
    image_push,
    image_tag,
)
from docker_engine_api.api.network import network_inspect, network_list
from docker_engine_api.api.system import (
    system_data_usage,
    system_events,
    system_info,
    system_version,
)
from docker_engine_api.api.volume import volume_create, volume_delete, volume_inspect, volume_list
from docker_engine_api.types import UNSET
from event_window import events_until

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
IMAGE = "busybox:latest"


@pytest.fixture(scope="module")
def http(docker_socket: str, engine_info: Any) -> Iterator[httpx.Client]:
    # at the engine's own version: what a current engine really sends
    base_url = f"http://docker/v{engine_info.api_version}"
    transport = httpx.HTTPTransport(uds=docker_socket)
    with httpx.Client(transport=transport, base_url=base_url, timeout=60) as client:
        yield client


def fixtures_dir(url: httpx.URL) -> Path:
    """tests/fixtures/engine-api-<the version in the URL's path>/"""
    return FIXTURES / f"engine-api-{url.path.split('/')[1].removeprefix('v')}"


def send(http: httpx.Client, endpoint: ModuleType, *args: Any, **kwargs: Any) -> httpx.Response:
    """Send what the endpoint's public request builder describes."""
    return http.request(**endpoint.build_request(*args, **kwargs))


def capture(name: str, response: httpx.Response) -> Any:
    """The JSON body; stored as a fixture when DOCKERAPI_UPDATE_FIXTURES=1."""
    data = response.json()
    if os.environ.get("DOCKERAPI_UPDATE_FIXTURES") == "1":
        directory = fixtures_dir(response.url)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / f"{name}.json").write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    return data


@pytest.fixture(scope="module")
def containers(http: httpx.Client) -> Iterator[dict[str, str]]:
    """A running and a stopped container from the test image."""
    label = {"dockerapi.test": "generated-models"}
    body = models.ContainerCreateBody.from_dict(
        {"Image": IMAGE, "Cmd": ["sleep", "300"], "Labels": label, "HostConfig": {"Init": True}}
    )
    ids: dict[str, str] = {}
    try:
        for state, command in (("running", ["sleep", "300"]), ("stopped", ["true"])):
            body.cmd = command
            created = send(
                http,
                container_create,
                body=body,
                name=f"dockerapi-gm-{state}-{uuid.uuid4().hex[:8]}",
            )
            assert created.status_code == 201, created.text
            parsed = container_create.parse_response(created)
            assert isinstance(parsed, models.ContainerCreateResponse)
            ids[state] = parsed.id
            assert send(http, container_start, parsed.id).status_code == 204
        waited = container_wait.parse_response(send(http, container_wait, ids["stopped"]))
        assert isinstance(waited, models.ContainerWaitResponse)
        assert waited.status_code == 0
        # Newer daemons list containers from a snapshot that can trail `wait` briefly
        filters = json.dumps({"id": [ids["stopped"]], "status": ["exited"]})
        deadline = time.monotonic() + 10
        while not send(http, container_list, all=True, filters=filters).json():
            assert time.monotonic() < deadline, "the stopped container is not listed as exited"
            time.sleep(0.05)
        yield ids
    finally:
        for cid in ids.values():
            http.request(**container_delete.build_request(cid, force=True))


def test_container_list_parses_running_and_stopped(
    http: httpx.Client, containers: dict[str, str]
) -> None:
    response = send(
        http, container_list, all=True, filters=json.dumps({"label": ["dockerapi.test"]})
    )
    data = capture("container_list", response)
    parsed = container_list.parse_response(response)
    assert isinstance(parsed, list)
    by_id = {c.id: c for c in parsed if isinstance(c, models.ContainerSummary)}
    assert set(containers.values()) <= set(by_id)
    assert by_id[containers["running"]].state == "running"
    assert by_id[containers["stopped"]].state == "exited"
    assert by_id[containers["running"]].labels["dockerapi.test"] == "generated-models"
    # the model keeps what it does not know and gives the daemon's JSON back
    assert [c.to_dict() for c in parsed if c.id in containers.values()] == [
        d for d in data if d["Id"] in containers.values()
    ]


@pytest.mark.parametrize("state", ["running", "stopped"])
def test_container_inspect_parses(
    http: httpx.Client, containers: dict[str, str], state: str, engine_info: Any
) -> None:
    response = send(http, container_inspect, containers[state])
    data = capture(f"container_inspect_{state}", response)
    parsed = container_inspect.parse_response(response)
    assert isinstance(parsed, models.ContainerInspectResponse)
    assert parsed.id == containers[state]
    assert parsed.state is not UNSET and parsed.state is not None
    assert parsed.state.running is (state == "running")
    assert parsed.config.image == engine_info.repo_tag(IMAGE)
    assert parsed.host_config.init is True
    assert parsed.to_dict() == data


def test_images_parse(http: httpx.Client, engine_info: Any) -> None:
    response = send(http, image_list)
    capture("image_list", response)
    listed = image_list.parse_response(response)
    assert isinstance(listed, list)
    tag = engine_info.repo_tag(IMAGE)
    assert any(tag in (i.repo_tags or []) for i in listed if isinstance(i, models.ImageSummary))
    response = send(http, image_inspect, IMAGE)
    data = capture("image_inspect", response)
    inspected = image_inspect.parse_response(response)
    assert isinstance(inspected, models.ImageInspect)
    assert tag in (inspected.repo_tags or [])
    assert inspected.to_dict() == data


def test_image_reference_path_params_reach_the_daemon(http: httpx.Client, registry: str) -> None:
    repository = f"{registry}/dockerapi/quoting-{uuid.uuid4().hex[:8]}"
    reference = f"{repository}:1"
    request = image_inspect.build_request(reference)
    # kept readable like the Docker CLI does: "/" and ":" are not escaped
    assert request["url"] == f"/images/{reference}/json"
    assert send(http, image_tag, IMAGE, repo=repository, tag="1").status_code == 201
    try:
        inspected = image_inspect.parse_response(send(http, image_inspect, reference))
        assert isinstance(inspected, models.ImageInspect)
        assert reference in (inspected.repo_tags or [])
        # characters that must be escaped still are, and the daemon decodes them
        assert "%3F" in image_inspect.build_request("odd?name")["url"]
    finally:
        send(http, image_delete, reference)


def test_networks_parse(http: httpx.Client) -> None:
    response = send(http, network_list)
    capture("network_list", response)
    listed = network_list.parse_response(response)
    assert isinstance(listed, list)
    assert "bridge" in {n.name for n in listed}
    response = send(http, network_inspect, "bridge")
    data = capture("network_inspect", response)
    inspected = network_inspect.parse_response(response)
    assert isinstance(inspected, models.NetworkInspect)
    assert inspected.name == "bridge"
    assert inspected.to_dict() == data


def test_volumes_parse(http: httpx.Client) -> None:
    name = f"dockerapi-gm-{uuid.uuid4().hex[:8]}"
    config = models.VolumeCreateRequest(name=name)
    assert config.to_dict() == {"Name": name}  # spec defaults (Driver: local) are not sent
    assert send(http, volume_create, body=config).status_code == 201
    try:
        response = send(http, volume_list)
        capture("volume_list", response)
        listed = volume_list.parse_response(response)
        assert isinstance(listed, models.VolumeListResponse)
        assert name in {v.name for v in listed.volumes or []}
        response = send(http, volume_inspect, name)
        data = capture("volume_inspect", response)
        inspected = volume_inspect.parse_response(response)
        assert isinstance(inspected, models.Volume)
        assert inspected.name == name
        assert inspected.to_dict() == data
    finally:
        send(http, volume_delete, name)


def test_image_history_parses(http: httpx.Client) -> None:
    response = send(http, image_history, IMAGE)
    data = capture("image_history", response)
    parsed = image_history.parse_response(response)
    assert isinstance(parsed, list) and parsed
    assert all(isinstance(item, models.ImageHistoryResponseItem) for item in parsed)
    assert [item.to_dict() for item in parsed] == data


def test_exec_inspect_parses(http: httpx.Client, containers: dict[str, str]) -> None:
    config = models.ExecConfig.from_dict({"Cmd": ["true"], "AttachStdout": False})
    created = send(http, container_exec, containers["running"], body=config)
    assert created.status_code == 201, created.text
    exec_id = created.json()["Id"]
    started = send(
        http, exec_start, exec_id, body=models.ExecStartConfig.from_dict({"Detach": True})
    )
    assert started.status_code == 200, started.text
    response = send(http, exec_inspect, exec_id)
    data = capture("exec_inspect", response)
    parsed = exec_inspect.parse_response(response)
    assert isinstance(parsed, models.ExecInspectResponse)
    assert parsed.id == exec_id
    assert parsed.to_dict() == data


def test_distribution_inspect_parses(http: httpx.Client, registry: str, engine_info: Any) -> None:
    engine_info.not_on_podman("4.3 has no /distribution/{name}/json")
    repository = f"{registry}/dockerapi/distribution-{uuid.uuid4().hex[:8]}"
    assert send(http, image_tag, IMAGE, repo=repository, tag="1").status_code == 201
    try:
        # "e30=" is base64 of "{}": the local registry needs no login
        pushed = send(http, image_push, repository, tag="1", registry_auth="e30=")
        assert '"error"' not in pushed.text, pushed.text
        response = send(http, distribution_inspect, f"{repository}:1")
        assert response.status_code == 200, response.text
        data = capture("distribution_inspect", response)
        parsed = distribution_inspect.parse_response(response)
        assert isinstance(parsed, models.DistributionInspect)
        assert parsed.to_dict() == data
    finally:
        send(http, image_delete, f"{repository}:1")


@pytest.mark.parametrize(
    ("name", "endpoint", "model"),
    [
        ("system_info", system_info, models.SystemInfo),
        ("system_version", system_version, models.SystemVersion),
        ("system_data_usage", system_data_usage, models.SystemDataUsageResponse),
    ],
)
def test_system_parses(
    http: httpx.Client, containers: dict[str, str], name: str, endpoint: ModuleType, model: type
) -> None:
    response = send(http, endpoint)
    data = capture(name, response)
    parsed = endpoint.parse_response(response)
    assert isinstance(parsed, model)
    assert parsed.to_dict() == data


def test_events_are_json_lines_of_event_messages(
    http: httpx.Client, containers: dict[str, str], engine_info: Any
) -> None:
    operation = OPERATIONS["SystemEvents"]
    assert (operation.kind, operation.item_model) == ("jsonl", "EventMessage")
    until = events_until(engine_info.is_podman)
    response = send(
        http,
        system_events,
        since="0",
        until=str(until),
        # by container: Podman 4.3's label filter does not match containers' labels
        filters=json.dumps({"container": list(containers.values())}),
    )
    assert response.status_code == 200
    lines = [json.loads(line) for line in response.text.splitlines() if line.strip()]
    if os.environ.get("DOCKERAPI_UPDATE_FIXTURES") == "1":
        directory = fixtures_dir(http.base_url)
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "system_events.json").write_text(
            json.dumps(lines, indent=1, sort_keys=True) + "\n"
        )
    events = [models.EventMessage.from_dict(line) for line in lines]
    actions = {(e.type, e.action) for e in events}
    assert ("container", "start") in actions
    assert ("container", "die") in actions
    assert all(e.actor.id for e in events)
