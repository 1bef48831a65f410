"""The naming rule (scripts/specbuild/naming.py) and what it promises about the generated package."""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import keyword
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import attrs
import docker_engine_api
import pytest
from docker_engine_api import models
from docker_engine_api._operations import OPERATIONS
from docker_engine_api.engine import SyncOperations

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from specbuild import naming

PACKAGE_DIR = Path(docker_engine_api.__file__).parent
# an acronym cut letter by letter ("enable_i_pv_4"), or any one-letter word ("n_fd", "x_...")
_BROKEN = re.compile(r"(?:^|_)i_|(?:^|_)[a-z](?:_|$)")


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("EnableIPv4", "enable_ipv4"),
        ("ExecIDs", "exec_ids"),
        ("LinkLocalIPs", "link_local_ips"),
        ("BlkioDeviceReadIOps", "blkio_device_read_iops"),
        ("IPv6Gateway", "ipv6_gateway"),
        ("OomKillDisable", "oom_kill_disable"),
        ("IPAMConfig", "ipam_config"),
        ("GlobalIPv6PrefixLen", "global_ipv6_prefix_len"),
        ("NanoCPUs", "nano_cpus"),
        ("ExternalCAs", "external_cas"),
        ("InsecureRegistryCIDRs", "insecure_registry_cidrs"),
        ("SELinuxContext", "selinux_context"),
        ("NFd", "nfd"),
        ("NEventsListener", "nevents_listener"),
        ("NCPU", "ncpu"),
        ("OSVersion", "os_version"),
        ("os.version", "os_version"),
        ("max-used-space", "max_used_space"),
        ("fromImage", "from_image"),
        ("io_service_bytes_recursive", "io_service_bytes_recursive"),
        ("X-Registry-Auth", "registry_auth"),
        # keywords get a trailing underscore; builtins people write stay as they are
        ("Global", "global_"),
        ("For", "for_"),
        ("all", "all"),
        ("Type", "type"),
        ("ID", "id"),
        # names the generated functions use themselves are shadowing hazards
        ("List", "list_"),
        ("Dict", "dict_"),
    ],
)
def test_the_rule(wire: str, python: str) -> None:
    assert naming.python_name(wire) == python
    assert naming.name_problem(python.rstrip("_") or python) is None


def test_overrides_come_first_and_must_be_snake_case() -> None:
    overrides = naming.load_overrides(Path(naming.__file__).parents[2] / "spec" / "names.yaml")
    assert naming.python_name("copyUIDGID", overrides) == "copy_uid_gid"
    assert overrides.parameter("ContainerStop", "t") == "timeout"
    assert overrides.parameter("ImageBuild", "t") == "tag"
    with pytest.raises(naming.NamingError):
        naming.NameOverrides({"Foo": "Foo"}, {})
    with pytest.raises(naming.NamingError):
        naming.NameOverrides({}, {"Op": {"x": "class"}})


def _model_classes() -> list[type]:
    return [
        getattr(models, name) for name in models.__all__ if isinstance(getattr(models, name), type)
    ]


def _generated_names() -> dict[str, str]:
    """Every Python name the generated package gives a wire name: name -> where."""
    names: dict[str, str] = {}
    for cls in _model_classes():
        if attrs.has(cls):
            for field in attrs.fields(cls):
                names[field.name] = f"{cls.__name__}.{field.name}"
    for op in OPERATIONS.values():
        module = importlib.import_module(op.module)
        for name in inspect.signature(module.build_request).parameters:
            names[name] = f"{op.operation_id}.build_request({name})"
        for name in inspect.signature(getattr(SyncOperations, op.name)).parameters:
            names[name] = f"engine.{op.name}({name})"
        for param in (*op.path_params, *op.query_params, *op.header_params):
            names[param.python_name] = f"{op.operation_id} {param.wire_name!r}"
    for path in PACKAGE_DIR.rglob("*.py"):
        names[path.stem] = str(path.relative_to(PACKAGE_DIR))
    return names


def _broken(name: str) -> bool:
    words = name.strip("_")
    return len(words) == 1 or ("_" in words and bool(_BROKEN.search(words)))


def test_no_generated_name_cuts_an_acronym_or_has_a_one_letter_word() -> None:
    names = _generated_names()
    assert len(names) > 1000  # distinct names: model fields, parameters, modules
    assert {name: where for name, where in names.items() if _broken(name)} == {}
    assert "enable_ipv4" in names and "exec_ids" in names and "blkio_device_read_iops" in names


def test_no_identifier_in_the_generated_source_has_a_cut_acronym() -> None:
    # locals and helpers derived from field names too (`_parse_enable_ipv4`, ...)
    found: dict[str, str] = {}
    for path in PACKAGE_DIR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.arg):
                name = node.arg
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = node.name
            elif isinstance(node, ast.Attribute):
                name = node.attr
            else:
                continue
            words = name.strip("_")
            if "_" in words and _BROKEN.search(words):
                found[name] = path.name
    assert found == {}


def test_python_names_are_lower_case_and_never_keywords() -> None:
    for name, where in _generated_names().items():
        if name.startswith("__"):
            continue  # __init__ modules
        assert name == name.lower(), where
        assert not keyword.iskeyword(name), where


def test_one_letter_parameters_have_reviewed_names() -> None:
    signatures = {
        "container_stop": {"timeout", "signal"},
        "container_restart": {"timeout", "signal"},
        "container_resize": {"height", "width"},
        "exec_resize": {"height", "width"},
        "container_delete": {"volumes", "force", "link"},
        "image_build": {"tag", "quiet"},
    }
    for method, expected in signatures.items():
        params = set(inspect.signature(getattr(SyncOperations, method)).parameters)
        assert expected <= params, method
    stop = OPERATIONS["ContainerStop"]
    assert [(p.wire_name, p.python_name) for p in stop.query_params] == [
        ("signal", "signal"),
        ("t", "timeout"),
    ]


def test_wire_names_are_unchanged() -> None:
    body = models.NetworkCreateRequest(name="n", enable_ipv4=True, enable_ipv6=False)
    assert body.to_dict() == {"Name": "n", "EnableIPv4": True, "EnableIPv6": False}
    inspected = models.ContainerInspectResponse.from_dict({"Id": "x", "ExecIDs": ["e"]})
    assert inspected.exec_ids == ["e"]
    module = importlib.import_module(OPERATIONS["ContainerStop"].module)
    assert module.build_request("abc", timeout=3)["params"] == {"t": 3}


def _bound_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    args = function.args
    bound = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
    bound |= {
        node.id
        for node in ast.walk(function)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    }
    return bound


def test_kept_builtin_names_never_shadow_a_builtin_the_code_calls() -> None:
    # `all`, `type`, `id`, `dir` stay plain names: no generated function that binds one
    # of them also calls the builtin of that name.
    shadowing: list[str] = []
    for path in PACKAGE_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            shadowed = _bound_names(function) & set(dir(builtins))
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in shadowed
                ):
                    shadowing.append(f"{path.name}:{function.name} calls {node.func.id}()")
    assert shadowing == []


def _model(name: str, *python_names: str) -> Any:
    props = [SimpleNamespace(name=n.upper(), python_name=n) for n in python_names]
    return SimpleNamespace(
        class_info=SimpleNamespace(name=name), required_properties=props, optional_properties=[]
    )


def test_the_build_refuses_names_that_break_the_rule() -> None:
    def generated(*model_names: tuple[str, ...]) -> Any:
        return SimpleNamespace(
            models=[_model(f"M{i}", *names) for i, names in enumerate(model_names)],
            endpoint_collections_by_tag={},
        )

    naming.check_names(generated(("enable_ipv4", "exec_ids")))
    for bad in (("enable_i_pv_4",), ("n_fd",), ("NanoCPUs",), ("memory", "memory")):
        with pytest.raises(naming.NamingError):
            naming.check_names(generated(bad))


def test_a_parameter_override_for_a_missing_parameter_fails() -> None:
    overrides = naming.NameOverrides({}, {"ContainerStop": {"x": "nothing"}})
    endpoint = SimpleNamespace(
        method="post",
        path=SimpleNamespace(get_untrusted_value=lambda: "/containers/{id}/stop"),
        path_parameters=[],
        query_parameters=[],
        header_parameters=[],
        cookie_parameters=[],
    )
    openapi = SimpleNamespace(
        endpoint_collections_by_tag={"c": SimpleNamespace(endpoints=[endpoint])}
    )
    document = {"paths": {"/containers/{id}/stop": {"post": {"operationId": "ContainerStop"}}}}
    with pytest.raises(naming.NamingError, match="ContainerStop"):
        naming.apply_parameter_overrides(openapi, document, overrides, config=None)
