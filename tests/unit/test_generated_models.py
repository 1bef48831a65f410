"""Generated models against real engine responses (tests/fixtures), nulls and unknown values.

The fixtures were captured from the project's engine (Engine 20.10, API 1.41) by
tests/integration/test_generated_models.py with DOCKERAPI_UPDATE_FIXTURES=1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from docker_engine_api import models
from docker_engine_api.api.container import container_inspect, container_list, container_wait
from docker_engine_api.api.image import image_inspect, image_list
from docker_engine_api.api.network import network_inspect, network_list
from docker_engine_api.api.system import system_data_usage, system_info, system_version
from docker_engine_api.api.volume import volume_list
from docker_engine_api.types import UNSET

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "engine-api-1.41"


def load(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def as_response(data: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json=data)


@pytest.mark.parametrize(
    ("fixture", "endpoint", "model"),
    [
        ("container_inspect_running", container_inspect, models.ContainerInspectResponse),
        ("container_inspect_stopped", container_inspect, models.ContainerInspectResponse),
        ("image_inspect", image_inspect, models.ImageInspect),
        ("network_inspect", network_inspect, models.NetworkInspect),
        ("volume_list", volume_list, models.VolumeListResponse),
        ("system_info", system_info, models.SystemInfo),
        ("system_version", system_version, models.SystemVersion),
        ("system_data_usage", system_data_usage, models.SystemDataUsageResponse),
    ],
)
def test_objects_parse_and_round_trip(fixture: str, endpoint: Any, model: type) -> None:
    data = load(fixture)
    parsed = endpoint.parse_response(as_response(data))
    assert isinstance(parsed, model)
    assert parsed.to_dict() == data


@pytest.mark.parametrize(
    ("fixture", "endpoint", "item_model"),
    [
        ("container_list", container_list, models.ContainerSummary),
        ("image_list", image_list, models.ImageSummary),
        ("network_list", network_list, models.NetworkSummary),
    ],
)
def test_lists_parse_and_round_trip(fixture: str, endpoint: Any, item_model: type) -> None:
    data = load(fixture)
    parsed = endpoint.parse_response(as_response(data))
    assert isinstance(parsed, list)
    assert all(isinstance(item, item_model) for item in parsed)
    assert [item.to_dict() for item in parsed] == data


def test_running_and_stopped_container_details() -> None:
    running = models.ContainerInspectResponse.from_dict(load("container_inspect_running"))
    stopped = models.ContainerInspectResponse.from_dict(load("container_inspect_stopped"))
    assert running.state.status == "running" and running.state.pid > 0
    assert stopped.state.status == "exited" and stopped.state.exit_code == 0
    # Go's nil slices arrive as null and stay None (not UNSET: the daemon did send them)
    assert running.host_config.binds is None
    assert running.exec_ids is None
    assert running.config.cmd == ["sleep", "300"]


def test_events_fixture_parses_line_by_line() -> None:
    events = [models.EventMessage.from_dict(line) for line in load("system_events")]
    assert events
    assert {e.type for e in events} <= {"container", "network", "image", "volume"}
    assert all(isinstance(e.actor, models.EventActor) for e in events)
    assert [e.to_dict() for e in events] == load("system_events")


def test_nulls_for_lists_maps_and_objects_do_not_crash() -> None:
    summary = models.ContainerSummary.from_dict(
        {
            "Id": "abc",
            "Names": None,
            "Ports": None,
            "Labels": None,
            "Mounts": None,
            "HostConfig": None,
            "NetworkSettings": {"Networks": None},
        }
    )
    assert summary.names is None and summary.ports is None and summary.labels is None
    assert summary.host_config is None
    assert summary.network_settings.networks is None
    assert summary.to_dict()["Ports"] is None
    # a null nested struct pointer (Go *ContainerWaitExitError) as the daemon sends it
    waited = container_wait.parse_response(as_response({"StatusCode": 0, "Error": None}))
    assert isinstance(waited, models.ContainerWaitResponse)
    assert waited.error is None
    # RepoTags is documented as non-null but old daemons send null for dangling images
    image = models.ImageSummary.from_dict(
        {
            "Id": "sha256:1",
            "ParentId": "",
            "RepoTags": None,
            "RepoDigests": None,
            "Created": 1,
            "Size": 1,
            "SharedSize": -1,
            "Labels": None,
            "Containers": -1,
        }
    )
    assert image.repo_tags is None and image.labels is None


def test_absent_fields_are_unset_and_not_sent_back() -> None:
    summary = models.ContainerSummary.from_dict({"Id": "abc"})
    assert summary.ports is UNSET
    assert summary.to_dict() == {"Id": "abc"}


def test_unknown_enum_values_pass_through() -> None:
    # newer engines and Podman send values this spec version does not list
    summary = models.ContainerSummary.from_dict({"Id": "abc", "State": "stopping"})
    assert summary.state == "stopping"
    state = models.ContainerState.from_dict({"Status": "stopping", "Health": {"Status": "warming"}})
    assert state.status == "stopping"
    assert state.health.status == "warming"
    event = models.EventMessage.from_dict(
        {"Type": "sandbox", "Action": "create", "Actor": {"ID": "x"}}
    )
    assert event.type == "sandbox"
    assert event.to_dict()["Type"] == "sandbox"


def test_unknown_fields_are_kept() -> None:
    data = {"Id": "abc", "FutureField": {"nested": [1, 2]}}
    summary = models.ContainerSummary.from_dict(data)
    assert summary.additional_properties == {"FutureField": {"nested": [1, 2]}}
    assert summary.to_dict() == data


def test_malformed_nested_data_raises_instead_of_returning_raw_dicts() -> None:
    with pytest.raises(TypeError):
        models.ContainerSummary.from_dict({"Id": "abc", "Ports": {"not": "a list"}})


def test_spec_defaults_are_not_sent() -> None:
    assert models.HostConfig().to_dict() == {}
    assert models.ContainerConfig().to_dict() == {}
    assert container_wait.build_request("abc") == {
        "method": "post",
        "url": "/containers/abc/wait",
        "params": {},
    }
    assert container_list.build_request() == {
        "method": "get",
        "url": "/containers/json",
        "params": {},
    }
    assert container_list.build_request(all=False, limit=0)["params"] == {"all": False, "limit": 0}
