"""The generated package as a whole: operation index, public builders/parsers, lazy models,
and that the committed output matches a fresh ``scripts/regenerate``."""

from __future__ import annotations

import importlib
import inspect
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import docker_engine_api
import httpx
import pytest
from docker_engine_api import _operations
from docker_engine_api._operations import BY_NAME, OPERATIONS
from docker_engine_api.types import File

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

from specbuild import sources  # noqa: E402

KINDS = {"json", "empty", "bytes", "stream-bytes", "jsonl", "multiplexed", "hijack", "head-headers"}


def _spec_available() -> bool:
    try:
        sources.spec_path(sources.generation_version())
    except sources.SpecSourceError:
        return False
    return True


needs_specs = pytest.mark.skipif(
    not _spec_available(), reason="upstream specs not found (set DOCKERAPI_SPEC_DIR)"
)


def test_all_108_operations_are_indexed() -> None:
    assert len(OPERATIONS) == 108
    assert len(BY_NAME) == 108
    assert docker_engine_api.API_VERSION == "1.55"
    assert {op.kind for op in OPERATIONS.values()} <= KINDS


@needs_specs
def test_index_matches_the_spec_operations() -> None:
    spec = sources.load_spec("1.55")
    declared = {
        op["operationId"]: (method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method != "parameters"
    }
    assert {k: (o.method, o.path) for k, o in OPERATIONS.items()} == declared


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_module_has_a_public_builder_matching_the_index(operation_id: str) -> None:
    operation = OPERATIONS[operation_id]
    module = _operations.load_module(operation)
    signature = inspect.signature(module.build_request)
    names = set(signature.parameters)
    for param in (*operation.path_params, *operation.query_params, *operation.header_params):
        assert param.python_name in names
        assert (signature.parameters[param.python_name].default is inspect.Parameter.empty) == (
            param.required
        ), param
    assert ("body" in names) == (operation.body is not None)
    assert callable(module.parse_response)
    # build a request from the required arguments only: nothing optional is sent
    params = (*operation.path_params, *operation.query_params, *operation.header_params)
    args: dict[str, object] = {p.python_name: "x" for p in params if p.required}
    body = operation.body
    if body is not None and body.required:
        if body.model is not None:
            model = getattr(docker_engine_api.models, body.model)
            required = inspect.signature(model).parameters.values()
            args["body"] = model(**{p.name: "x" for p in required if p.default is p.empty})
        else:
            assert body.binary
            args["body"] = File(payload=io.BytesIO(b"tar bytes"))
    request = module.build_request(**args)
    assert request["method"].upper() == operation.method
    assert "{" not in request["url"]
    assert set(request.get("params", {})) == {
        p.wire_name for p in operation.query_params if p.required
    }
    headers = set(request.get("headers", {}))
    assert headers - {"Content-Type"} == {
        p.wire_name for p in operation.header_params if p.required
    }
    if body is not None and body.required:
        assert request["headers"]["Content-Type"] == body.media_type
        if body.binary:
            assert request["content"].read() == b"tar bytes"
        else:
            # only the fields given are sent (no spec defaults)
            assert request["json"] == args["body"].to_dict()  # type: ignore[attr-defined]
            assert all(v == "x" for v in request["json"].values())


def test_response_kinds_and_item_models() -> None:
    def kind(op_id: str) -> tuple[str, str | None]:
        return OPERATIONS[op_id].kind, OPERATIONS[op_id].item_model

    assert kind("SystemEvents") == ("jsonl", "EventMessage")
    assert kind("ContainerStats") == ("jsonl", "ContainerStatsResponse")
    assert kind("ImageCreate") == ("jsonl", "CreateImageInfo")
    assert kind("ImagePush") == ("jsonl", "PushImageInfo")
    assert kind("ImageBuild") == ("jsonl", "BuildInfo")
    assert kind("ContainerLogs")[0] == "multiplexed"
    assert kind("ContainerAttach")[0] == "hijack"
    assert kind("ExecStart")[0] == "hijack"
    assert kind("ContainerArchive")[0] == "stream-bytes"
    assert kind("ImageGet")[0] == "stream-bytes"
    assert kind("ContainerArchiveInfo")[0] == "head-headers"
    assert kind("ContainerInspect") == ("json", None)
    assert kind("ContainerStart") == ("empty", None)
    assert OPERATIONS["ContainerStart"].success == {204: None, 304: None}
    for op in OPERATIONS.values():
        if op.item_model is not None:
            assert hasattr(docker_engine_api.models, op.item_model)
        if op.body is not None and op.body.model is not None:
            assert hasattr(docker_engine_api.models, op.body.model)


def test_parameter_styles() -> None:
    create = OPERATIONS["ImageCreate"]
    changes = next(p for p in create.query_params if p.wire_name == "changes")
    assert (changes.type, changes.style) == ("array[string]", "repeated")
    filters = next(p for p in OPERATIONS["ContainerList"].query_params if p.wire_name == "filters")
    assert filters.style == "json"
    archive = OPERATIONS["PutContainerArchive"]
    assert {p.wire_name: p.type for p in archive.query_params}["copyUIDGID"] == "boolean"
    assert archive.body is not None and archive.body.binary
    assert archive.body.media_type == "application/x-tar"
    create_body = OPERATIONS["ContainerCreate"].body
    assert create_body is not None and create_body.model == "ContainerCreateBody"
    assert [p.wire_name for p in OPERATIONS["ImageBuild"].header_params] == ["X-Registry-Config"]


def test_repeated_keys_reach_the_wire_as_repeated_keys() -> None:
    from docker_engine_api.api.image import image_create

    request = image_create.build_request(from_image="busybox", changes=["ENV A=1", "CMD x"])
    url = httpx.Request(
        request["method"], "http://d" + request["url"], params=request["params"]
    ).url
    assert url.query == b"fromImage=busybox&changes=ENV+A%3D1&changes=CMD+x"


def test_path_params_are_escaped_like_the_go_client() -> None:
    from docker_engine_api.api.image import image_inspect

    assert image_inspect.build_request("registry:5000/lib/app:1")["url"] == (
        "/images/registry:5000/lib/app:1/json"
    )
    digest = "app@sha256:" + "0" * 64
    assert image_inspect.build_request(digest)["url"] == f"/images/{digest}/json"
    assert image_inspect.build_request("a b?#%")["url"] == "/images/a%20b%3F%23%25/json"


def test_parse_response_needs_no_client() -> None:
    from docker_engine_api.api.container import container_inspect
    from docker_engine_api.errors import UnexpectedStatus

    not_found = container_inspect.parse_response(
        httpx.Response(404, json={"message": "no such container"})
    )
    assert isinstance(not_found, docker_engine_api.models.ErrorResponse)
    assert not_found.message == "no such container"
    assert container_inspect.parse_response(httpx.Response(418)) is None
    with pytest.raises(UnexpectedStatus):
        container_inspect.parse_response(httpx.Response(418), raise_on_unexpected_status=True)


def test_head_responses_have_no_body_to_parse() -> None:
    from docker_engine_api.api.container import container_archive_info

    assert container_archive_info.parse_response(httpx.Response(404)) is None


def test_importing_one_endpoint_does_not_import_every_model() -> None:
    code = (
        "import sys; import docker_engine_api.api.container.container_inspect;"
        "print(sum(m.startswith('docker_engine_api.models.') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 0 < int(done.stdout) < 60  # of ~376 model modules


def test_models_package_is_lazy_but_complete() -> None:
    names = docker_engine_api.models.__all__
    assert len(names) > 300
    assert "ContainerSummary" in dir(docker_engine_api.models)
    assert (
        importlib.import_module("docker_engine_api.models").ContainerSummary.__name__
        == "ContainerSummary"
    )
    with pytest.raises(AttributeError):
        docker_engine_api.models.NoSuchModel  # noqa: B018


@needs_specs
def test_committed_output_matches_a_fresh_regeneration() -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "regenerate"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_operations_index_is_plain_data() -> None:
    op = OPERATIONS["ContainerList"]
    assert json.loads(json.dumps(op._asdict()))["path"] == "/containers/json"


@needs_specs
@pytest.mark.parametrize("version", ["1.25", "1.41", "1.56"])
def test_other_api_versions_generate_without_warnings(version: str) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "regenerate"),
            "--version",
            version,
            "--no-version-table",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(f"API {version}: ")
