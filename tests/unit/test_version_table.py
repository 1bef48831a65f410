"""The version table: diff logic on crafted specs, overrides, and facts from the CHANGELOG."""

from __future__ import annotations

import copy
import importlib.util
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from specbuild import sources
from specbuild.versiontable import (
    Key,
    Override,
    VersionInfo,
    VersionTableError,
    apply_overrides,
    diff_versions,
    load_overrides,
    render_module,
    write_version_module,
)

REPO_ROOT = Path(__file__).resolve().parents[2]
COMMITTED_MODULE = REPO_ROOT / "generated" / "docker_engine_api" / "_versions.py"
OVERRIDES_FILE = REPO_ROOT / "spec" / "version-overrides.yaml"


def _load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------
# The diff on a small crafted series of specs
# ---------------------------------------------------------------------------


def _spec(paths: dict[str, Any], definitions: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"swagger": "2.0", "paths": paths, "definitions": definitions or {}}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": "body", "in": "body", "schema": schema}


def _query(name: str, description: str = "") -> dict[str, Any]:
    return {"name": name, "in": "query", "type": "string", "description": description}


def _crafted_specs() -> dict[str, dict[str, Any]]:
    """Four versions exercising every rule of the diff."""
    thing_v1 = {
        "type": "object",
        "properties": {
            "Name": {"type": "string"},
            "Old": {"type": "string"},
            "Labels": {"type": "object", "additionalProperties": {"type": "string"}},
            "Mounts": {"type": "array", "items": {"$ref": "#/definitions/Mount"}},
            "Endpoints": {
                "type": "object",
                "additionalProperties": {"$ref": "#/definitions/Endpoint"},
            },
        },
    }
    endpoint_v1 = {"type": "object", "properties": {"Alias": {"type": "string"}}}
    mount_v1 = {"type": "object", "properties": {"Target": {"type": "string"}}}
    v1 = _spec(
        {
            "/things/create": {
                "post": {
                    "operationId": "ThingCreateOld",
                    "parameters": [_query("name"), _body({"$ref": "#/definitions/Thing"})],
                }
            },
            "/things/{id}": {
                "get": {
                    "operationId": "ThingInspect",
                    "parameters": [{"name": "id", "in": "path", "type": "string"}],
                }
            },
        },
        {"Thing": thing_v1, "Mount": mount_v1, "Endpoint": endpoint_v1},
    )
    # 1.2: the create op is renamed, a query parameter and a nested field appear,
    # "Old" is marked deprecated, the map of Volumes is mis-indented as old specs do,
    # and the inspect op is missing (a gap in an incomplete file).
    thing_v2 = {
        "allOf": [
            {"$ref": "#/definitions/Base"},
            {
                "type": "object",
                "properties": {
                    **thing_v1["properties"],
                    "Old": {"type": "string", "description": "> **Deprecated**: use Name."},
                    "Volumes": {
                        "type": "object",
                        "properties": {"additionalProperties": {"type": "object"}},
                    },
                },
            },
        ]
    }
    mount_v2 = {
        "type": "object",
        "properties": {
            "Target": {"type": "string"},
            "Options": {"type": "object", "properties": {"Size": {"type": "integer"}}},
        },
    }
    v2 = _spec(
        {
            "/things/create": {
                "post": {
                    "operationId": "ThingCreate",
                    "parameters": [
                        _query("name"),
                        _query("platform"),
                        {"name": "X-Auth", "in": "header", "type": "string"},
                        _body({"$ref": "#/definitions/Thing"}),
                    ],
                }
            }
        },
        {
            "Thing": thing_v2,
            "Base": {"type": "object", "properties": {"Id": {"type": "string"}}},
            "Mount": mount_v2,
            "Endpoint": {
                "type": "object",
                "properties": {**endpoint_v1["properties"], "Mac": {"type": "string"}},
            },
        },
    )
    # 1.3: the inspect op is back (its gap must not count); "Old" is gone.
    thing_v3 = {
        "allOf": [
            thing_v2["allOf"][0],
            {
                "type": "object",
                "properties": {
                    k: v for k, v in thing_v2["allOf"][1]["properties"].items() if k != "Old"
                },
            },
        ]
    }
    v3 = _spec(
        {**v2["paths"], "/things/{name}": v1["paths"]["/things/{id}"]},
        {**v2["definitions"], "Thing": thing_v3},
    )
    # 1.4: a new operation, marked deprecated in prose.
    v4 = _spec(
        {
            **v3["paths"],
            "/session": {
                "post": {"operationId": "Session", "description": "Deprecated: going away."}
            },
        },
        v3["definitions"],
    )
    # unordered on purpose; deep copies so a test can edit one version alone
    return {
        v: copy.deepcopy(spec) for v, spec in (("1.4", v4), ("1.2", v2), ("1.3", v3), ("1.1", v1))
    }


@pytest.fixture(scope="module")
def crafted_table() -> dict[Key, VersionInfo]:
    return diff_versions(_crafted_specs())


def test_crafted_operations_are_keyed_by_route_and_named_by_newest_id(
    crafted_table: dict[Key, VersionInfo],
) -> None:
    operations = {
        key.operation: info for key, info in crafted_table.items() if key.kind == "operation"
    }
    assert set(operations) == {"ThingCreate", "ThingInspect", "Session"}
    assert operations["ThingCreate"] == VersionInfo("1.1")
    # absent from 1.2 only: neither removed nor re-introduced
    assert operations["ThingInspect"] == VersionInfo("1.1")
    assert operations["Session"] == VersionInfo("1.4", deprecated="1.4")


def test_crafted_parameters(crafted_table: dict[Key, VersionInfo]) -> None:
    assert crafted_table[Key("ThingCreate", "query", "name")] == VersionInfo("1.1")
    assert crafted_table[Key("ThingCreate", "query", "platform")] == VersionInfo("1.2")
    assert crafted_table[Key("ThingCreate", "header", "X-Auth")] == VersionInfo("1.2")
    # path parameters are not entries
    assert not [
        key for key in crafted_table if key.operation == "ThingInspect" and key.kind != "operation"
    ]


def test_crafted_body_fields_walk_refs_allof_and_items(
    crafted_table: dict[Key, VersionInfo],
) -> None:
    body = {key.name: info for key, info in crafted_table.items() if key.kind == "body"}
    assert body == {
        "Id": VersionInfo("1.2"),  # from the allOf member $ref Base
        "Name": VersionInfo("1.1"),
        "Labels": VersionInfo("1.1"),  # a map: recorded, its keys are user data
        "Endpoints": VersionInfo("1.1"),  # a map of objects: their fields under "*"
        "Endpoints.*.Alias": VersionInfo("1.1"),
        "Endpoints.*.Mac": VersionInfo("1.2"),
        "Mounts": VersionInfo("1.1"),
        "Mounts.Target": VersionInfo("1.1"),  # list items are transparent
        "Mounts.Options": VersionInfo("1.2"),
        "Mounts.Options.Size": VersionInfo("1.2"),
        "Old": VersionInfo("1.1", deprecated="1.2", removed="1.3"),
        "Volumes": VersionInfo("1.2"),  # no "Volumes.additionalProperties"
    }


def test_deprecation_needs_a_marker_at_line_start() -> None:
    specs = _crafted_specs()
    specs["1.4"]["paths"]["/session"]["post"]["description"] = "Set by MAINTAINER (deprecated)."
    table = diff_versions(specs)
    assert table[Key("Session", "operation")].deprecated is None


def test_deprecation_that_was_withdrawn_does_not_count() -> None:
    specs = _crafted_specs()
    specs["1.2"]["paths"]["/things/create"]["post"]["parameters"][0] = _query(
        "name", "**Deprecated**: briefly."
    )
    table = diff_versions(specs)
    assert table[Key("ThingCreate", "query", "name")] == VersionInfo("1.1")


def test_one_operation_id_on_two_routes_fails() -> None:
    specs = _crafted_specs()
    specs["1.4"]["paths"]["/things/{name}"]["get"]["operationId"] = "Session"
    with pytest.raises(VersionTableError, match="several routes"):
        diff_versions(specs)


def test_unknown_parameter_location_fails() -> None:
    specs = _crafted_specs()
    specs["1.4"]["paths"]["/session"]["post"]["parameters"] = [
        {"name": "f", "in": "formData", "type": "string"}
    ]
    with pytest.raises(VersionTableError, match="formData"):
        diff_versions(specs)


def test_recursive_definitions_terminate() -> None:
    node = {
        "type": "object",
        "properties": {"Name": {"type": "string"}, "Child": {"$ref": "#/definitions/Node"}},
    }
    spec = _spec(
        {
            "/n": {
                "post": {"operationId": "N", "parameters": [_body({"$ref": "#/definitions/Node"})]}
            }
        },
        {"Node": node},
    )
    table = diff_versions({"1.1": spec})
    # the field pointing back at its enclosing definition is recorded, not walked again
    assert {key.name for key in table if key.kind == "body"} == {"Name", "Child"}


# ---------------------------------------------------------------------------
# Overrides
# ---------------------------------------------------------------------------


def _write_overrides(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overrides.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _override(key: Key, reason: str = "CHANGELOG v1.2", **values: str | None) -> Override:
    return Override(key, values, False, reason)


def test_override_moves_since_with_what_came_along(crafted_table: dict[Key, VersionInfo]) -> None:
    merged = apply_overrides(
        crafted_table,
        [_override(Key("ThingCreate", "body", "Mounts.Options"), since="1.1")],
        ["1.1", "1.2", "1.3", "1.4"],
    )
    assert merged[Key("ThingCreate", "body", "Mounts.Options")].since == "1.1"
    assert merged[Key("ThingCreate", "body", "Mounts.Options.Size")].since == "1.1"
    # a sibling introduced in the same version does not move
    assert merged[Key("ThingCreate", "body", "Id")].since == "1.2"


def test_override_drop_and_clear(crafted_table: dict[Key, VersionInfo]) -> None:
    merged = apply_overrides(
        crafted_table,
        [
            Override(Key("ThingCreate", "body", "Mounts"), {}, True, "CHANGELOG typo"),
            _override(Key("ThingCreate", "body", "Old"), removed=None),
        ],
        ["1.1", "1.2", "1.3", "1.4"],
    )
    assert not [key for key in merged if key.name.startswith("Mounts")]
    assert merged[Key("ThingCreate", "body", "Old")] == VersionInfo("1.1", deprecated="1.2")


@pytest.mark.parametrize(
    ("override", "message"),
    [
        (_override(Key("ThingCreate", "query", "nope"), since="1.1"), "no spec documents"),
        (_override(Key("ThingCreate", "query", "platform"), since="1.2"), "changes nothing"),
        (_override(Key("ThingCreate", "query", "platform"), since="1.9"), "not a known version"),
        # moving something later than what the specs added inside it afterwards
        (_override(Key("ThingCreate", "operation"), since="1.3"), "predates"),
        (_override(Key("ThingCreate", "body", "Mounts"), since="1.3"), "predates"),
    ],
)
def test_bad_overrides_fail_loudly(
    crafted_table: dict[Key, VersionInfo], override: Override, message: str
) -> None:
    with pytest.raises(VersionTableError, match=message):
        apply_overrides(crafted_table, [override], ["1.1", "1.2", "1.3", "1.4"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("overrides: {}\n", "'overrides' list"),
        ("overrides:\n  - {since: '1.1', reason: CHANGELOG}\n", "'operation' is required"),
        ("overrides:\n  - {operation: A, since: '1.1', reason: because}\n", "cite the CHANGELOG"),
        ("overrides:\n  - {operation: A, sinse: '1.1', reason: CHANGELOG}\n", "unknown fields"),
        ("overrides:\n  - {operation: A, since: 1.1, reason: CHANGELOG}\n", "quoted version"),
        ("overrides:\n  - {operation: A, reason: CHANGELOG}\n", "either 'drop: true'"),
        (
            "overrides:\n  - {operation: A, drop: true, since: '1.1', reason: CHANGELOG}\n",
            "either 'drop: true'",
        ),
        (
            "overrides:\n  - {operation: A, query: q, body: b, since: '1.1', reason: CHANGELOG}\n",
            "at most one",
        ),
    ],
)
def test_malformed_overrides_file_fails(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(VersionTableError, match=message):
        load_overrides(_write_overrides(tmp_path, text))


def test_overrides_file_parses(tmp_path: Path) -> None:
    path = _write_overrides(
        tmp_path,
        "overrides:\n"
        "  - operation: ThingCreate\n"
        "    header: X-Auth\n"
        '    since: "1.1"\n'
        "    deprecated: null\n"
        "    reason: >-\n"
        "      CHANGELOG v1.1 (line 3)\n"
        "      says so.\n",
    )
    [override] = load_overrides(path)
    assert override.key == Key("ThingCreate", "header", "X-Auth")
    assert override.values == {"since": "1.1", "deprecated": None}
    assert override.reason == "CHANGELOG v1.1 (line 3) says so."


# ---------------------------------------------------------------------------
# The generated module's query API
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def crafted_module(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    table = diff_versions(_crafted_specs())
    path = tmp_path_factory.mktemp("crafted") / "crafted_versions.py"
    path.write_text(render_module(table, ["1.1", "1.2", "1.3", "1.4"]), encoding="utf-8")
    return _load_module(path, "crafted_versions")


def test_module_is_lazy_until_first_query(tmp_path: Path) -> None:
    table = diff_versions(_crafted_specs())
    path = tmp_path / "lazy_versions.py"
    path.write_text(render_module(table, ["1.1", "1.2", "1.3", "1.4"]), encoding="utf-8")
    module = _load_module(path, "lazy_versions")
    assert module._parsed == {}
    assert module.since("ThingCreate") == "1.1"
    # only the operation asked about is parsed; an unknown one is remembered as such
    assert list(module._parsed) == ["ThingCreate"]
    assert module.since("NoSuchThing") is None
    assert module._parsed["NoSuchThing"] is None
    assert set(module.operations()) > {"ThingCreate"}
    assert "NoSuchThing" not in module.operations()


def test_module_queries(crafted_module: ModuleType) -> None:
    m = crafted_module
    assert (m.OLDEST, m.NEWEST) == ("1.1", "1.4")
    assert m.since("ThingCreate", query="platform") == "1.2"
    assert m.since("ThingCreate", header="x-auth") == "1.2"  # headers are case-insensitive
    assert m.since("ThingCreate", body="Mounts.Options.Size") == "1.2"
    assert m.deprecated("ThingCreate", body="Old") == "1.2"
    assert m.removed("ThingCreate", body="Old") == "1.3"
    assert m.removed("ThingCreate", body="Name") is None
    assert m.deprecated("Session") == "1.4"
    assert m.since("Nope") is None
    assert m.since("ThingCreate", query="nope") is None
    assert m.since("ThingCreate", query="Name") is None  # query names are case-sensitive
    assert list(m.operations()) == ["Session", "ThingCreate", "ThingInspect"]
    with pytest.raises(TypeError):
        m.since("ThingCreate", query="name", body="Name")


def test_module_body_fields_is_a_read_only_mapping(crafted_module: ModuleType) -> None:
    fields = crafted_module.body_fields("ThingCreate")
    assert fields["Mounts.Target"] == "1.1"
    assert fields["Volumes"] == "1.2"
    assert len(fields) == 12
    with pytest.raises(TypeError):
        fields["Extra"] = "1.1"
    assert dict(crafted_module.body_fields("Nope")) == {}


# ---------------------------------------------------------------------------
# The real table, against the CHANGELOG
# ---------------------------------------------------------------------------


def _specs_available() -> bool:
    try:
        for version in sources.released_versions():
            sources.spec_path(version)
    except sources.SpecSourceError:
        return False
    return True


needs_specs = pytest.mark.skipif(
    not _specs_available(), reason="upstream specs not found (set DOCKERAPI_SPEC_DIR)"
)


@pytest.fixture(scope="module")
def real_specs() -> dict[str, dict[str, Any]]:
    if not _specs_available():
        pytest.skip("upstream specs not found (set DOCKERAPI_SPEC_DIR)")
    return sources.load_specs()


@pytest.fixture(scope="module")
def built_source(
    real_specs: dict[str, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    path = tmp_path_factory.mktemp("real") / "real_versions.py"
    write_version_module(real_specs, path)
    return path


@pytest.fixture(scope="module")
def versions(built_source: Path) -> ModuleType:
    return _load_module(built_source, "real_versions")


@pytest.fixture(scope="module")
def changelog_sections() -> dict[str, str]:
    """CHANGELOG text per API version, whitespace collapsed so quotes can span lines."""
    path = sources.spec_dir() / "CHANGELOG.md"
    if not path.exists():
        pytest.skip("CHANGELOG.md not found beside the specs")
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(r"^## [vV](\d+\.\d+) API changes\n(.*?)(?=^## |\Z)", re.M | re.S)
    return {m.group(1): " ".join(m.group(2).split()) for m in pattern.finditer(text)}


# (operation, kind, name, version, quote from that version's CHANGELOG section)
SINCE_FACTS = [
    ("ContainerCreate", "query", "platform", "1.41", "`POST /containers/create` now accepts a `platform` query parameter"),
    ("ContainerLogs", "query", "until", "1.35", "now supports an additional query parameter: `until`"),
    ("ContainerWait", "query", "condition", "1.30", "now accepts a `condition` query parameter"),
    ("ContainerStats", "query", "one-shot", "1.41", "now accepts a query param (`one-shot`)"),
    ("ContainerStop", "query", "signal", "1.42", "`POST /containers/{id}/stop` and `POST /containers/{id}/restart` now accept a `signal` query parameter"),
    ("ContainerRestart", "query", "signal", "1.42", "`POST /containers/{id}/stop` and `POST /containers/{id}/restart` now accept a `signal` query parameter"),
    ("ImagePush", "query", "platform", "1.46", "`POST /images/{name}/push` now supports a `platform` parameter"),
    ("ImageAttestations", "query", "statement", "1.55", "The `statement` query parameter (default `false`)"),
    ("ImageList", "query", "identity", "1.54", "`GET /images/json` now supports an `identity` query parameter."),
    ("ImageDelete", "query", "platforms", "1.50", "`DELETE /images/{name}` now supports a `platforms` query parameter."),
    ("ImageInspect", "query", "platform", "1.49", "`GET /images/{name}/json` now supports a `platform` parameter"),
    ("ImageHistory", "query", "platform", "1.48", "`GET /images/{name}/history` now supports a `platform` parameter"),
    ("ImageLoad", "query", "platform", "1.48", "`POST /images/{name}/load` and `GET /images/{name}/get` now support a `platform` parameter"),
    ("BuildPrune", "query", "reserved-space", "1.48", "`POST /build/prune` renames `keep-storage` to `reserved-space`"),
    ("ImageList", "query", "shared-size", "1.42", "`GET /images/json` now accepts query parameter `shared-size`."),
    ("SystemDataUsage", "query", "type", "1.42", "`GET /system/df` now accepts query parameter `type`."),
    ("ContainerAttachWebsocket", "query", "stdin", "1.42", "endpoint now accepts `stdin`, `stdout` and `stderr` query parameters"),
    ("ServiceList", "query", "status", "1.41", "`GET /services` now accepts query parameter `status`."),
    ("ImageBuild", "query", "outputs", "1.40", "`POST /build` now accepts `outputs` key"),
    ("ImageCreate", "query", "platform", "1.32", "`POST /images/create` now accepts a `platform` parameter"),
    ("NetworkInspect", "query", "scope", "1.31", "now takes an optional query parameter `scope`"),
    ("NetworkInspect", "query", "verbose", "1.28", "Optional query parameter `verbose` for `GET /networks/(id or name)`"),
    ("ServiceInspect", "query", "insertDefaults", "1.29", "now accepts an `insertDefaults` query-parameter"),
    ("ImageBuild", "query", "extrahosts", "1.28", "`POST /build` now accepts `extrahosts` parameter"),
    ("PluginDisable", "query", "force", "1.28", "`POST /plugins/{name}/disable` now accepts a `force` query-parameter"),
    ("PutContainerArchive", "query", "copyUIDGID", "1.30", "`PUT /containers/(name)/archive` now accepts a `copyUIDGID` parameter"),
    ("SystemPingHead", "operation", "", "1.40", "The `/_ping` endpoint can now be accessed both using `GET` or `HEAD` requests."),
    ("VolumeUpdate", "operation", "", "1.42", "Added a new `PUT /volumes{name}` endpoint to update cluster volumes"),
    ("ImageAttestations", "operation", "", "1.55", "`GET /images/{name}/attestations` is a new endpoint"),
    ("PluginUpgrade", "operation", "", "1.26", "`POST /plugins/(plugin name)/upgrade` upgrade a plugin."),
    ("SecretUpdate", "operation", "", "1.25", "`POST /secrets/{id}/update` updates the secret `id`."),
    ("DistributionInspect", "operation", "", "1.30", "`GET /distribution/(name)/json` is a new endpoint"),
    ("Session", "operation", "", "1.31", "`POST /session` is a new endpoint"),
    ("ContainerCreate", "body", "Healthcheck.StartInterval", "1.44", "`POST /containers/create` now accepts a `HealthConfig.StartInterval`"),
    ("ContainerCreate", "body", "Healthcheck.StartPeriod", "1.29", "now takes the field `StartPeriod` as a part of the `HealthConfig`"),
    ("ContainerCreate", "body", "HostConfig.Annotations", "1.43", "`POST /containers/create` now accepts `Annotations` as part of `HostConfig`."),
    ("ContainerCreate", "body", "HostConfig.CgroupnsMode", "1.41", "`POST /containers/create` on Linux now accepts the `HostConfig.CgroupnsMode` property."),
    ("ContainerCreate", "body", "HostConfig.DeviceRequests", "1.40", "`POST /containers/create` now accepts `DeviceRequests` as part of `HostConfig`."),
    ("ContainerCreate", "body", "HostConfig.KernelMemoryTCP", "1.40", "`POST /containers/create` now takes `KernelMemoryTCP` field"),
    ("ContainerCreate", "body", "HostConfig.DeviceCgroupRules", "1.28", "now takes a `DeviceCgroupRules` field in `HostConfig`"),
    ("ContainerCreate", "body", "HostConfig.Init", "1.25", "`POST /containers/create` now takes `HostConfig.Init` field"),
    ("ContainerCreate", "body", "HostConfig.Mounts.Consistency", "1.28", "now includes a `Consistency` field to specify the consistency level for each `Mount`"),
    ("ContainerCreate", "body", "HostConfig.Mounts.VolumeOptions.Subpath", "1.45", "now supports `VolumeOptions.Subpath`"),
    ("ContainerCreate", "body", "NetworkingConfig.EndpointsConfig.*.GwPriority", "1.48", "`POST /networks/{id}/connect` and `POST /containers/create` now accept a"),
    ("ContainerCreate", "body", "NetworkingConfig.EndpointsConfig.*.MacAddress", "1.44", "A new endpoint-specific `MacAddress` field has been added to `NetworkSettings.EndpointSettings`"),
    ("ContainerCreate", "body", "HostConfig.Mounts.TmpfsOptions.Options", "1.46", "`POST /containers/create` now takes `Options` as part of `HostConfig.Mounts.TmpfsOptions`"),
    ("ContainerUpdate", "body", "PidsLimit", "1.40", "`POST /containers/{id}/update` now accepts a `PidsLimit` field"),
    ("ContainerUpdate", "body", "NanoCpus", "1.28", "now supports updating `NanoCpus`"),
    ("ContainerUpdate", "body", "BlkioWeightDevice", "1.55", "now supports per-device blkio resource settings through the `BlkioWeightDevice`"),
    ("ContainerExec", "body", "WorkingDir", "1.35", "`POST /containers/{id}/exec` now accepts a `WorkingDir` property"),
    ("ContainerExec", "body", "ConsoleSize", "1.42", "`POST /containers/{id}/exec` now accepts an optional `ConsoleSize` parameter."),
    ("SwarmInit", "body", "DataPathPort", "1.40", "`POST /swarm/init` now accepts a `DataPathPort` property"),
    ("SwarmInit", "body", "DefaultAddrPool", "1.39", "`POST /swarm/init` now accepts a `DefaultAddrPool` property"),
    ("SwarmInit", "body", "DataPathAddr", "1.30", "`POST /swarm/init` now accepts a `DataPathAddr` property"),
    ("SwarmJoin", "body", "DataPathAddr", "1.30", "`POST /swarm/join` now accepts a `DataPathAddr` property"),
    ("SecretCreate", "body", "Driver", "1.31", "`POST /secrets/create` now accepts a `Driver` struct"),
    ("SecretCreate", "body", "Templating", "1.37", "`POST /secrets/create` and `POST /secrets/{id}/create` now accept a `Templating` driver."),
    ("ConfigCreate", "body", "Templating", "1.37", "`POST /configs/create` and `POST /configs/{id}/create` now accept a `Templating` driver."),
    ("NetworkCreate", "body", "Ingress", "1.29", "by specifying an `Ingress` boolean field"),
    ("NetworkCreate", "body", "EnableIPv4", "1.48", "`POST /networks/create` now has an `EnableIPv4` field."),
    ("NetworkConnect", "body", "EndpointConfig.MacAddress", "1.44", "and to `EndpointConfig` on `POST /networks/{id}/connect`"),
    ("NetworkConnect", "body", "EndpointConfig.GwPriority", "1.48", "`POST /networks/{id}/connect` and `POST /containers/create` now accept a `GwPriority` field"),
    ("ServiceCreate", "body", "TaskTemplate.ContainerSpec.Isolation", "1.35", "`Isolation` field on container spec"),
    ("ServiceCreate", "body", "TaskTemplate.ContainerSpec.ReadOnly", "1.28", "now accept the `ReadOnly` parameter"),
    ("ServiceUpdate", "body", "TaskTemplate.ContainerSpec.ReadOnly", "1.28", "now accept the `ReadOnly` parameter"),
    ("ServiceCreate", "body", "RollbackConfig", "1.28", "now accept an optional `RollbackConfig` object"),
    ("ServiceCreate", "body", "TaskTemplate.ContainerSpec.Privileges", "1.29", "`POST /services/create` now accepts `Privileges` as part of `ContainerSpec`."),
    ("ServiceCreate", "body", "TaskTemplate.Placement.Platforms", "1.30", "take the field `Platforms` as part of the service `Placement`"),
    ("ServiceCreate", "body", "TaskTemplate.PluginSpec", "1.31", "`POST /services/create` now accepts a `PluginSpec`"),
    ("ServiceCreate", "body", "TaskTemplate.ContainerSpec.Sysctls", "1.40", "`POST /services/create` now accepts `Sysctls` as part of the `ContainerSpec`."),
    ("ServiceUpdate", "body", "TaskTemplate.ContainerSpec.Ulimits", "1.41", "`POST /services/{id}/update` now accepts `Ulimits` as part of `ContainerSpec`."),
    ("ServiceCreate", "body", "TaskTemplate.Resources.Limits.Pids", "1.41", "`POST /services/create` now accepts `Pids` in `TaskTemplate.Resources.Limits`."),
    ("ServiceCreate", "body", "TaskTemplate.ContainerSpec.Privileges.CredentialSpec.Config", "1.40", "`POST /services/create` now accepts `Config` as part of `ContainerSpec.Privileges.CredentialSpec`."),
    ("ServiceCreate", "body", "TaskTemplate.ContainerSpec.Mounts.BindOptions.NonRecursive", "1.40", "now supports `BindOptions.NonRecursive`"),
    ("ServiceCreate", "body", "TaskTemplate.ContainerSpec.Mounts.VolumeOptions.Subpath", "1.45", "now supports `VolumeOptions.Subpath`"),
    ("ServiceCreate", "body", "TaskTemplate.ContainerSpec.OomScoreAdj", "1.46", "now support OomScoreAdj"),
    ("ServiceCreate", "body", "TaskTemplate.Resources.SwapBytes", "1.52", "`POST /services/create` now accepts `SwapBytes` and `MemorySwappiness` fields"),
]  # fmt: skip

# (operation, kind, name, deprecated, removed, quote, version of the quote)
LIFECYCLE_FACTS = [
    ("ContainerCreate", "body", "MacAddress", "1.44", "1.52", "no longer supports configuring a container-wide MAC address via the container's `Config.MacAddress` field", "1.52"),
    ("ContainerCreate", "body", "MacAddress", "1.44", "1.52", "The container-wide `MacAddress` field in `Config`, on `POST /containers/create`, is now deprecated.", "1.44"),
    ("ContainerCreate", "body", "HostConfig.KernelMemory", "1.41", "1.42", "The `KernelMemory` field in `HostConfig.Resources` is now deprecated.", "1.41"),
    ("ContainerCreate", "body", "HostConfig.KernelMemory", "1.41", "1.42", "Removed the `KernelMemory` field from the `POST /containers/create` and", "1.42"),
    ("ContainerUpdate", "body", "KernelMemoryTCP", "1.51", "1.52", "Deprecated: The field `KernelMemoryTCP` as part of `POST /containers/{id}/update`", "1.51"),
    ("ContainerUpdate", "body", "KernelMemoryTCP", "1.51", "1.52", "Removed the `KernelMemoryTCP` field from the `POST /containers/{id}/update`", "1.52"),
    ("BuildPrune", "query", "keep-storage", "1.48", "1.52", "`keep-storage` support will be removed in API v1.52.", "1.48"),
    ("NetworkCreate", "body", "CheckDuplicate", "1.44", "1.46", "the `CheckDuplicate` field is now deprecated.", "1.44"),
    ("ServiceCreate", "body", "Networks", "1.44", None, "The field `Networks` in the `POST /services/create` and `POST /services/{id}/update` requests is now deprecated.", "1.44"),
    ("ServiceUpdate", "body", "Networks", "1.44", None, "The field `Networks` in the `POST /services/create` and `POST /services/{id}/update` requests is now deprecated.", "1.44"),
    ("Session", "operation", "", "1.53", None, "Deprecated: The `POST /grpc` and `POST /session` endpoints are deprecated", "1.53"),
]  # fmt: skip


def _ask(module: ModuleType, function: str, operation: str, kind: str, name: str) -> Any:
    lookup: Callable[..., Any] = getattr(module, function)
    return lookup(operation) if kind == "operation" else lookup(operation, **{kind: name})


@pytest.mark.parametrize(("operation", "kind", "name", "version", "quote"), SINCE_FACTS)
def test_since_matches_changelog(
    versions: ModuleType,
    changelog_sections: dict[str, str],
    operation: str,
    kind: str,
    name: str,
    version: str,
    quote: str,
) -> None:
    assert quote in changelog_sections[version], "the cited CHANGELOG line moved"
    assert _ask(versions, "since", operation, kind, name) == version


@pytest.mark.parametrize(
    ("operation", "kind", "name", "deprecated", "removed", "quote", "quoted_version"),
    LIFECYCLE_FACTS,
)
def test_deprecated_and_removed_match_changelog(
    versions: ModuleType,
    changelog_sections: dict[str, str],
    operation: str,
    kind: str,
    name: str,
    deprecated: str,
    removed: str | None,
    quote: str,
    quoted_version: str,
) -> None:
    assert quote in changelog_sections[quoted_version], "the cited CHANGELOG line moved"
    assert _ask(versions, "deprecated", operation, kind, name) == deprecated
    assert _ask(versions, "removed", operation, kind, name) == removed


def test_table_shape(versions: ModuleType) -> None:
    assert (versions.OLDEST, versions.NEWEST) == ("1.25", "1.55")
    operations = list(versions.operations())
    assert len(operations) == 108  # every operation of the newest spec, none removed
    assert operations == sorted(operations)
    assert all(versions.removed(op) is None for op in operations)
    assert versions.since("PluginUpgrade", header="x-registry-auth") == "1.26"
    fields = versions.body_fields("ContainerCreate")
    assert fields["HostConfig.Annotations"] == "1.43"
    # maps keyed by user data list their values' fields under "*"; the typo'd 1.27
    # field is dropped
    assert fields["NetworkingConfig.EndpointsConfig"] == "1.25"
    assert fields["NetworkingConfig.EndpointsConfig.*.Aliases"] == "1.25"
    assert fields["HostConfig.PortBindings.*.HostIp"] == "1.25"
    assert not [f for f in fields if f.startswith("Labels.")]
    assert "HostConfig.NanoCPUs" not in fields
    assert not [f for f in fields if f.endswith("additionalProperties")]


def test_every_override_is_in_the_table(
    versions: ModuleType, real_specs: dict[str, dict[str, Any]]
) -> None:
    overrides = load_overrides(OVERRIDES_FILE)
    assert overrides, "the reviewed overrides file is empty"
    raw = diff_versions(real_specs)
    for override in overrides:
        key = override.key
        assert key in raw, key
        actual = [
            _ask(versions, f, key.operation, key.kind, key.name)
            for f in ("since", "deprecated", "removed")
        ]
        if override.drop:
            assert actual[0] is None, key
            continue
        expected = [
            override.values.get(f, getattr(raw[key], f)) for f in ("since", "deprecated", "removed")
        ]
        assert actual == expected, key


def test_output_is_deterministic(
    real_specs: dict[str, dict[str, Any]], built_source: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.py"
    # a different dict order must not change a byte either
    write_version_module(dict(reversed(list(real_specs.items()))), again)
    assert again.read_bytes() == built_source.read_bytes()


def test_committed_module_is_current(built_source: Path) -> None:
    assert COMMITTED_MODULE.read_bytes() == built_source.read_bytes(), (
        "generated/docker_engine_api/_versions.py is stale: run scripts/regenerate"
    )


def test_output_header_says_generated(built_source: Path) -> None:
    first_lines = built_source.read_text(encoding="utf-8").splitlines()[:2]
    assert "Generated by scripts/specbuild/versiontable.py" in first_lines[0]
    assert "Do not edit" in first_lines[1]


def _iter_table_lines(source: str) -> Iterator[str]:
    body = source.split('_TABLE = """\\\n', 1)[1].split('"""', 1)[0]
    yield from body.splitlines()


def test_table_rows_are_well_formed(built_source: Path) -> None:
    version = re.compile(r"^1\.\d+$")
    rows = list(_iter_table_lines(built_source.read_text(encoding="utf-8")))
    assert rows[0].startswith("@")
    for row in rows:
        fields = row.split()
        kind_fields = fields[:1] if row.startswith("@") else fields[:2]
        values = fields[len(kind_fields) :]
        assert len(values) == 3, row
        assert version.match(values[0]), row
        assert all(v == "-" or version.match(v) for v in values[1:]), row
