"""Gating: what the version in use lacks is refused (or dropped) before sending."""

from __future__ import annotations

import warnings
from typing import Any

import httpx
import pytest
from core_fakes import FakeDaemon, FakeVersionTable
from dockerapi import _gating
from dockerapi._gating import Gate, VersionGatingWarning, parse_version
from dockerapi._plan import PlanGenerator, plan
from dockerapi._request import Request
from dockerapi.api.client import APIClient
from dockerapi.errors import InvalidVersion


@pytest.fixture
def table() -> FakeVersionTable:
    return FakeVersionTable()


def _create(**kwargs: Any) -> Request:
    return Request.build("POST", "/containers/create", operation="ContainerCreate", **kwargs)


def test_parse_version() -> None:
    assert parse_version("1.41") == (1, 41)
    assert parse_version("1.9") < parse_version("1.10")
    for bad in ("", "1", "x.y", "1.x"):
        with pytest.raises(InvalidVersion):
            parse_version(bad)


def test_query_param_newer_than_the_daemon(table: FakeVersionTable) -> None:
    gate = Gate(table)
    request = _create(params={"platform": "linux/arm64", "name": "x"})
    with pytest.raises(InvalidVersion) as caught:
        gate.check(request, "1.40", pinned=False)
    assert str(caught.value) == (
        '"platform" of ContainerCreate requires API 1.41; the daemon speaks 1.40'
    )
    assert gate.check(request, "1.41", pinned=False) is request


def test_pinned_message(table: FakeVersionTable) -> None:
    request = Request.build(
        "POST", "/containers/x/stop", params={"signal": "SIGINT"}, operation="ContainerStop"
    )
    with pytest.raises(InvalidVersion) as caught:
        Gate(table).check(request, "1.40", pinned=True)
    assert str(caught.value) == (
        '"signal" of ContainerStop requires API 1.42; this client is pinned to API 1.40'
    )


def test_operation_newer_than_the_daemon(table: FakeVersionTable) -> None:
    request = Request.build("PUT", "/volumes/v", operation="VolumesUpdate", json={})
    with pytest.raises(InvalidVersion, match=r"^VolumesUpdate requires API 1.42; the daemon"):
        Gate(table).check(request, "1.41", pinned=False)
    # warn mode cannot drop a whole operation
    with pytest.raises(InvalidVersion):
        Gate(table, "warn").check(request, "1.41", pinned=False)


def test_removed_operation_and_param(table: FakeVersionTable) -> None:
    gate = Gate(table)
    old_op = Request.build("GET", "/old", operation="ImageOld", params={"legacy": 1})
    with pytest.raises(InvalidVersion, match=r"^ImageOld was removed in API 1.40"):
        gate.check(old_op, "1.41", pinned=False)
    with pytest.raises(InvalidVersion, match=r'^"legacy" of ImageOld was removed in API 1.38'):
        gate.check(old_op, "1.39", pinned=False)
    assert gate.check(old_op, "1.37", pinned=False) is old_op


def test_header_newer_than_the_daemon(table: FakeVersionTable) -> None:
    request = Request.build(
        "POST",
        "/images/x/push",
        headers={"X-Registry-Auth": "e30=", "X-Fancy": "1"},
        operation="ImagePush",
    )
    with pytest.raises(InvalidVersion, match=r'^header "X-Fancy" of ImagePush requires API 1.45'):
        Gate(table).check(request, "1.44", pinned=False)
    with pytest.warns(VersionGatingWarning):
        sent = Gate(table, "warn").check(request, "1.44", pinned=False)
    assert dict(sent.headers) == {"X-Registry-Auth": "e30="}


def test_body_fields_nested_in_maps_and_lists(table: FakeVersionTable) -> None:
    gate = Gate(table)
    body = {
        "Image": "busybox",
        "Labels": {"HostConfig": "a label, not a field"},
        "HostConfig": {
            "Memory": 1,
            "Mounts": [{"Type": "bind"}, {"Type": "image", "ImageOptions": {}}],
        },
    }
    with pytest.raises(InvalidVersion) as caught:
        gate.check(_create(json=body), "1.47", pinned=False)
    assert str(caught.value) == (
        '"HostConfig.Mounts.ImageOptions" of ContainerCreate requires API 1.48; '
        "the daemon speaks 1.47"
    )
    request = _create(json=body)
    assert gate.check(request, "1.48", pinned=False) is request

    annotations = _create(json={"HostConfig": {"Annotations": {"a": "b"}}})
    with pytest.raises(InvalidVersion, match=r'"HostConfig.Annotations" of ContainerCreate'):
        gate.check(annotations, "1.42", pinned=False)

    ports = _create(
        json={"HostConfig": {"PortBindings": {"80/tcp": [{"HostIp": "", "HostNew": 1}]}}}
    )
    with pytest.raises(InvalidVersion, match=r"PortBindings\.80/tcp\.HostNew.*requires API 1.50"):
        gate.check(ports, "1.49", pinned=False)


def test_null_body_fields_are_unset_and_pass_at_any_version(table: FakeVersionTable) -> None:
    # docker-py's Healthcheck always carries StartPeriod (API 1.29), None when not given.
    gate = Gate(table)
    unset = _create(json={"HostConfig": {"Annotations": None, "Mounts": [{"ImageOptions": None}]}})
    assert gate.check(unset, "1.41", pinned=False) is unset
    assert Gate(table, "warn").check(unset, "1.41", pinned=False) is unset
    set_ = _create(json={"HostConfig": {"Annotations": {}}})
    with pytest.raises(InvalidVersion, match=r'"HostConfig.Annotations" of ContainerCreate'):
        gate.check(set_, "1.41", pinned=False)


def test_removed_body_field(table: FakeVersionTable) -> None:
    request = _create(json={"HostConfig": {"KernelMemory": 5}})
    with pytest.raises(InvalidVersion, match=r"KernelMemory.*was removed in API 1.42"):
        Gate(table).check(request, "1.43", pinned=False)
    assert Gate(table).check(request, "1.41", pinned=False) is request


def test_warn_mode_drops_and_keeps_the_rest(table: FakeVersionTable) -> None:
    body = {
        "Image": "busybox",
        "HostConfig": {
            "Memory": 1,
            "Annotations": {"a": "b"},
            "Mounts": [{"Type": "bind"}, {"Type": "image", "ImageOptions": {"Subpath": "x"}}],
        },
    }
    request = _create(params={"platform": "linux", "name": "n"}, json=body)
    with pytest.warns(VersionGatingWarning) as record:
        sent = Gate(table, "warn").check(request, "1.40", pinned=False)
    messages = sorted(str(w.message) for w in record)
    assert len(messages) == 3
    assert messages[0].startswith('"HostConfig.Annotations" of ContainerCreate requires API 1.43')
    assert messages[0].endswith("dropped from the request")
    assert sent.params == (("name", "n"),)
    assert sent.json == {
        "Image": "busybox",
        "HostConfig": {"Memory": 1, "Mounts": [{"Type": "bind"}, {"Type": "image"}]},
    }
    # the caller's body is left alone
    assert "Annotations" in body["HostConfig"]  # type: ignore[operator]


def test_unknown_names_and_operations_pass_through(table: FakeVersionTable) -> None:
    gate = Gate(table)
    request = _create(params={"details": True}, json={"Image": "x", "SomethingNew": {"a": 1}})
    assert gate.check(request, "1.25", pinned=False) is request
    untracked = Request.build("POST", "/build/cancel", operation="BuildCancel", params={"id": 1})
    assert gate.check(untracked, "1.25", pinned=False) is untracked
    plain = Request.build("GET", "/anything", params={"platform": "x"})
    assert gate.check(plain, "1.25", pinned=False) is plain


def test_lookups_are_cached(table: FakeVersionTable) -> None:
    gate = Gate(table)
    request = _create(params={"name": "n"}, json={"HostConfig": {"Memory": 1}})
    gate.check(request, "1.41", pinned=False)
    lookups = table.lookups
    for _ in range(5):
        gate.check(request, "1.41", pinned=False)
    assert table.lookups == lookups


def test_no_warning_when_nothing_is_dropped(table: FakeVersionTable) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        request = _create(params={"name": "n"}, json={"Image": "x"})
        assert Gate(table, "warn").check(request, "1.30", pinned=False) is request


class CreateMixin:
    @plan
    def create(self, body: dict[str, Any], **params: Any) -> PlanGenerator[Any]:
        response = yield _create(params=params, json=body)
        return response.json()


class GatedClient(CreateMixin, APIClient):
    pass


def test_client_refuses_before_sending(
    monkeypatch: pytest.MonkeyPatch, table: FakeVersionTable
) -> None:
    monkeypatch.setattr(_gating, "default_table", lambda: table)
    daemon = FakeDaemon("1.40")
    sent: list[httpx.Request] = []

    @daemon.route("POST", "/containers/create")
    def create(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(201, json={"Id": "abc", "Warnings": []})

    client = GatedClient(transport=daemon.transport())
    with pytest.raises(InvalidVersion, match=r"the daemon speaks 1.40"):
        client.create({"Image": "x"}, platform="linux/amd64")
    assert sent == []
    assert client.create({"Image": "x"}, name="ok") == {"Id": "abc", "Warnings": []}
    client.gating = "warn"
    with pytest.warns(VersionGatingWarning, match=r'"platform" of ContainerCreate'):
        client.create({"Image": "x"}, platform="linux/amd64")
    assert "platform" not in sent[-1].url.params

    pinned = GatedClient(version="1.38", transport=daemon.transport(), gating="strict")
    with pytest.raises(InvalidVersion, match=r"this client is pinned to API 1.38"):
        pinned.create({"HostConfig": {"Mounts": [{"Type": "bind", "ImageOptions": {}}]}})
