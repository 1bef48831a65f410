"""How generated models behave: maps are dicts, equality, concise reprs, round trips, JSON.

Real engine data comes from tests/fixtures (captured from Engine 20.10); request-body
shapes come from the generated TypedDicts (`docker_engine_api.bodies`) through hypothesis.
"""

from __future__ import annotations

import datetime
import json
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import docker_engine_api
import pytest
from docker_engine_api import bodies, jsonable, models, to_json
from docker_engine_api._operations import OPERATIONS
from docker_engine_api.types import UNSET, model_repr
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "engine-api-1.41"


def load(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text())


def _classes() -> list[type]:
    found = [getattr(models, name) for name in models.__all__]
    return [cls for cls in found if isinstance(cls, type)]


def test_maps_are_dicts_of_their_value_type() -> None:
    running = models.ContainerInspectResponse.from_dict(load("container_inspect_running"))
    labels = running.config.labels
    assert isinstance(labels, models.ContainerConfigLabels)
    assert isinstance(labels, dict) and isinstance(labels, Mapping)
    assert dict(labels) == labels  # no KeyError: 0
    assert labels == dict(labels.items())
    assert labels.get("no-such-label") is None
    networks = running.network_settings.networks
    assert isinstance(networks, dict) and networks
    assert all(isinstance(value, models.EndpointSettings) for value in networks.values())
    # json.dumps takes a map of strings as it is
    assert json.loads(json.dumps(labels)) == dict(labels)
    assert repr(models.ContainerConfigLabels({"a": "b"})) == "ContainerConfigLabels({'a': 'b'})"


def test_every_model_is_a_map_or_an_attrs_class_with_the_concise_repr() -> None:
    maps = attrs_models = 0
    for cls in _classes():
        if not hasattr(cls, "from_dict"):
            continue  # Literal enum aliases
        if issubclass(cls, dict):
            maps += 1
            assert not attrs.has(cls), cls
        else:
            attrs_models += 1
            assert attrs.has(cls), cls
            assert cls.__repr__ is model_repr, cls
            assert cls.__eq__ is not object.__eq__, cls
    assert maps > 50 and attrs_models > 200


def test_repr_lists_only_the_fields_that_are_set() -> None:
    body = models.ContainerCreateBody(image="busybox", cmd=["true"])
    assert repr(body) == "ContainerCreateBody(cmd=['true'], image='busybox')"
    assert repr(models.HostConfig()) == "HostConfig()"
    nulls = models.ContainerSummary.from_dict({"Id": "abc", "Ports": None, "Future": 1})
    assert repr(nulls) == (
        "ContainerSummary(id='abc', ports=None, additional_properties={'Future': 1})"
    )
    assert "UNSET" not in repr(models.ContainerInspectResponse.from_dict({"Id": "x"}))


def test_equality_is_by_value() -> None:
    data = load("container_inspect_running")
    first = models.ContainerInspectResponse.from_dict(data)
    assert first == models.ContainerInspectResponse.from_dict(data)
    assert first != models.ContainerInspectResponse.from_dict({**data, "Name": "/other"})
    assert models.HostConfig(memory=1) == models.HostConfig(memory=1)
    assert models.HostConfig(memory=1) != models.HostConfig(memory=2)
    assert models.HostConfig() != models.HostConfig(memory=None)  # unset is not null


@pytest.mark.parametrize(
    ("fixture", "model"),
    [
        ("container_inspect_running", models.ContainerInspectResponse),
        ("container_inspect_stopped", models.ContainerInspectResponse),
        ("image_inspect", models.ImageInspect),
        ("network_inspect", models.NetworkInspect),
        ("system_info", models.SystemInfo),
        ("system_data_usage", models.SystemDataUsageResponse),
    ],
)
def test_round_trips_both_ways(fixture: str, model: Any) -> None:
    data = load(fixture)
    parsed = model.from_dict(data)
    assert parsed.to_dict() == data  # wire -> model -> wire
    assert model.from_dict(parsed.to_dict()) == parsed  # model -> wire -> model
    assert json.loads(to_json(parsed)) == data


def test_date_times_round_trip_as_models_and_lose_only_nanoseconds_on_the_wire() -> None:
    wire = {"Start": "2020-01-04T10:44:24.496525531Z", "ExitCode": 0, "Output": ""}
    result = models.HealthcheckResult.from_dict(wire)
    assert isinstance(result.start, datetime.datetime)
    assert models.HealthcheckResult.from_dict(result.to_dict()) == result
    # Python's datetime keeps microseconds: the digits after them are dropped
    assert result.to_dict()["Start"] == "2020-01-04T10:44:24.496525+00:00"


def test_to_json_is_the_one_call_for_models_lists_and_maps() -> None:
    summaries = [models.ContainerSummary.from_dict(item) for item in load("container_list")]
    assert json.loads(to_json(summaries)) == load("container_list")
    assert to_json(models.HostConfig(memory=1), sort_keys=True) == '{"Memory": 1}'
    assert docker_engine_api.to_json is to_json
    when = datetime.datetime(2024, 1, 2, tzinfo=datetime.UTC)
    assert jsonable({"at": when, "items": (models.HostConfig(),)}) == {
        "at": "2024-01-02T00:00:00+00:00",
        "items": [{}],
    }
    with pytest.raises(TypeError):
        json.dumps(models.HostConfig())  # attrs models go through to_json


def test_unknown_fields_and_enum_values_pass_through_maps_and_models() -> None:
    data = {
        "Id": "abc",
        "State": "stopping",
        "Labels": {"a": "b"},
        "NetworkSettings": {"Networks": {"bridge": {"NetworkID": "n", "Future": True}}},
        "Future": [1],
    }
    summary = models.ContainerSummary.from_dict(data)
    assert summary.state == "stopping"
    endpoint = summary.network_settings.networks["bridge"]
    assert endpoint.additional_properties == {"Future": True}
    assert summary.to_dict() == data


_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=5)
_STRATEGIES: dict[Any, Any] = {
    str: st.text(max_size=8),
    int: st.integers(),
    float: st.floats(allow_nan=False, allow_infinity=False),
    bool: st.booleans(),
    type(None): st.none(),
    Any: st.dictionaries(st.text(max_size=3), _JSON_SCALARS, max_size=2) | _JSON_SCALARS,
}


def _strategy(hint: Any) -> Any:
    """Wire data of the shape a TypedDict hint describes (plain dicts and lists)."""
    if hint in _STRATEGIES:
        return _STRATEGIES[hint]
    if typing.is_typeddict(hint):
        return st.deferred(lambda: _typed_dict(hint))
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal:
        return st.sampled_from(args)
    if origin in (typing.Union, types.UnionType):
        return st.one_of([_strategy(arg) for arg in args])
    if origin is list:
        return st.lists(_strategy(args[0]), max_size=2)
    if origin in (Mapping, dict):
        return st.dictionaries(st.text(max_size=5), _strategy(args[1]), max_size=2)
    raise AssertionError(f"no strategy for {hint!r}")


def _typed_dict(typed_dict: Any) -> Any:
    hints = typing.get_type_hints(typed_dict)
    required = {k: _strategy(v) for k, v in hints.items() if k in typed_dict.__required_keys__}
    optional = {k: _strategy(v) for k, v in hints.items() if k not in required}
    return st.fixed_dictionaries(required, optional=optional)


# the request-body roots: every model an operation's JSON body is built from
_BODY_MODELS = sorted(
    {op.body.model for op in OPERATIONS.values() if op.body is not None and op.body.model}
)


@pytest.mark.parametrize("name", _BODY_MODELS)
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_request_models_round_trip(name: str, data: st.DataObject) -> None:
    wire = data.draw(_strategy(bodies.BODY_DICTS[name]))
    model_class: Any = getattr(models, name)
    model = model_class.from_dict(wire)
    assert model.to_dict() == wire
    assert model_class.from_dict(model.to_dict()) == model
    assert json.loads(to_json(model)) == json.loads(json.dumps(wire))


def test_unset_is_never_sent_and_none_is_null() -> None:
    assert models.ContainerCreateBody(image="x", cmd=UNSET).to_dict() == {"Image": "x"}
    assert models.ContainerCreateBody(image="x", cmd=None).to_dict() == {"Image": "x", "Cmd": None}


def test_reprs_never_show_credentials_or_secret_data() -> None:
    auth = models.AuthConfig(username="me", password="hunter2", serveraddress="r:5000")
    assert "hunter2" not in repr(auth)
    assert repr(auth) == ("AuthConfig(username='me', password='<hidden>', serveraddress='r:5000')")
    secret = models.SecretSpec(name="s", data="c2VjcmV0")
    assert "c2VjcmV0" not in repr(secret)
    tokens = models.JoinTokens(worker="SWMTKN-1-w", manager="SWMTKN-1-m")
    assert "SWMTKN" not in repr(tokens)
    unlock = models.SwarmUnlockRequest(unlock_key="SWMKEY-1-x")
    assert "SWMKEY" not in repr(models.Swarm(join_tokens=tokens)) + repr(unlock)
    assert repr(models.AuthConfig(password=None)) == "AuthConfig(password=None)"
    # the CLI's config.json form keeps "auth" (base64 user:password) as an unknown field
    cli_form = models.AuthConfig.from_dict({"auth": "dXNlcjpwYXNz", "identitytoken": "t0k"})
    assert "dXNlcjpwYXNz" not in repr(cli_form) and "t0k" not in repr(cli_form)
    assert cli_form.to_dict() == {"auth": "dXNlcjpwYXNz", "identitytoken": "t0k"}
