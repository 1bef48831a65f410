"""`dockerapi check`: the static check of code pinned to an API version, on crafted
sources and the real version table (the code is parsed, never imported or run)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from docker_engine_api import _operations
from dockerapi._cli import main
from dockerapi._cli._facts import VersionFacts
from dockerapi._cli.check import CheckReport, check_source

FACTS = VersionFacts.default()

SAMPLE = """\
import docker

client = docker.APIClient(base_url="unix:///var/run/docker.sock")
client.stop("web", signal="SIGINT")
"""


def check(source: str, api: str = "1.41") -> CheckReport:
    return check_source(textwrap.dedent(source), "app.py", api=api, facts=FACTS)


def problems(source: str, api: str = "1.41") -> list[tuple[int, str | None, str, str]]:
    """(line, keyword, problem, entry) of every error."""
    return [
        (f.site.line, f.keyword, f.problem, f.entry.describe()) for f in check(source, api).errors
    ]


def unchecked(source: str, api: str = "1.41") -> list[tuple[int, str]]:
    return [(u.site.line, u.reason) for u in check(source, api).unchecked]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


# ---------------------------------------------------------------------------
# The acceptance case, through the command line
# ---------------------------------------------------------------------------


def test_stop_with_signal_needs_142_and_is_fine_at_151(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(SAMPLE)
    status, text = run("check", "--api", "1.41", str(sample))
    assert status == 1
    assert text.splitlines()[0] == (
        f"{sample}:4:1: client.stop(signal=...) needs API 1.42 (ContainerStop query signal)"
    )
    assert run("check", "--api", "1.51", str(sample)) == (
        0,
        "API 1.51: 0 problem(s), 0 deprecation(s), 0 call(s) not checked, in 1 file(s)\n",
    )


def test_the_command_runs_as_a_program_and_speaks_json(tmp_path: Path) -> None:
    (tmp_path / "sample.py").write_text(SAMPLE)
    done = subprocess.run(
        [sys.executable, "-m", "dockerapi", "check", "--api", "1.41", "--json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["api"] == "1.41" and report["files"] == 1 and report["unchecked"] == []
    (finding,) = report["findings"]
    assert finding == {
        "path": str(tmp_path / "sample.py"),
        "line": 4,
        "column": 1,
        "call": "client.stop",
        "keyword": "signal",
        "problem": "needs API 1.42",
        "severity": "error",
        "operation": "ContainerStop",
        "kind": "query",
        "name": "signal",
        "since": "1.42",
        "deprecated": None,
        "removed": None,
    }


def test_bad_arguments_fail_before_checking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("check", "--api", "1.99", str(tmp_path))[0] == 1
    assert "outside the version table" in capsys.readouterr().err
    assert run("check", "--api", "latest", str(tmp_path))[0] == 1
    assert "'latest' is not an API version" in capsys.readouterr().err
    assert run("check", "--api", "1.41", str(tmp_path / "missing.py"))[0] == 1
    assert "no such file or directory" in capsys.readouterr().err


# ---------------------------------------------------------------------------
# Which receivers are clients
# ---------------------------------------------------------------------------


def test_clients_are_found_through_imports_calls_attributes_and_annotations() -> None:
    source = """
        import docker
        import dockerapi as dapi
        from docker import APIClient, from_env
        from dockerapi import AsyncDockerClient

        high = docker.from_env()
        high.api.stop("a", signal="INT")                       # 8
        from_env().api.restart("a", signal="INT")               # 9
        APIClient().kill("a", signal="INT")                     # 10 (1.25: fine)
        dapi.DockerClient.from_env().api.stop("a", signal=2)    # 11

        def annotated(c: APIClient, d: "docker.DockerClient | None") -> None:
            c.stop("a", signal="INT")                           # 14
            d.api.stop("a", signal="INT")                       # 15

        async def asynchronous() -> None:
            async with AsyncDockerClient.from_env() as client:
                await client.api.stop("a", signal="INT")        # 19

        class Worker:
            def __init__(self) -> None:
                self.docker = docker.APIClient()

            def work(self) -> None:
                self.docker.stop("a", signal="INT")             # 26

        with docker.APIClient() as managed:
            managed.stop("a", signal="INT")                     # 29
    """
    found = problems(source)
    assert [line for line, *_ in found] == [8, 9, 11, 14, 15, 19, 26, 29]
    assert all(problem == "needs API 1.42" for _, _, problem, _ in found)
    assert unchecked(source) == []


def test_positional_arguments_are_named_by_the_facade_signature() -> None:
    source = """
        import docker
        c = docker.APIClient()
        c.stop("a", 5, "SIGINT")
        c.create_host_config({"/h": "/c"}, None, None, False, None, False)
        c.create_container("busybox", "true", platform="linux/amd64")
    """
    assert problems(source, "1.40") == [
        (4, "signal", "needs API 1.42", "ContainerStop query signal"),
        (6, "platform", "needs API 1.41", "ContainerCreate query platform"),
    ]


def test_request_types_and_dict_literals_are_checked_where_they_are_written() -> None:
    source = """
        import docker
        from docker.types import EndpointConfig, Healthcheck, HostConfig
        from docker.utils import create_host_config

        c = docker.APIClient()
        HostConfig(version="1.41", annotations={"a": "b"})                      # 7
        create_host_config(binds=[], cgroupns="host")                           # 8
        Healthcheck(test="true", start_interval=1)                              # 9
        EndpointConfig("1.41", gw_priority=1)                                   # 10
        c.create_container(
            "busybox",
            healthcheck={"test": "true", "StartInterval": 1},                   # 11
            host_config={"Annotations": {"a": "b"}, "Memory": 1},               # 11
            networking_config={"EndpointsConfig": {"web": {"GwPriority": 2}}},  # 11
        )
        c.create_host_config(annotations=None)                                  # None: not sent
    """
    assert problems(source, "1.40") == [
        (7, "annotations", "needs API 1.43", "ContainerCreate body HostConfig.Annotations"),
        (8, "cgroupns", "needs API 1.41", "ContainerCreate body HostConfig.CgroupnsMode"),
        (9, "start_interval", "needs API 1.44", "ContainerCreate body Healthcheck.StartInterval"),
        (
            10,
            "gw_priority",
            "needs API 1.48",
            "ContainerCreate body NetworkingConfig.EndpointsConfig.*.GwPriority",
        ),
        (
            11,
            "healthcheck['StartInterval']",
            "needs API 1.44",
            "ContainerCreate body Healthcheck.StartInterval",
        ),
        (
            11,
            "host_config['Annotations']",
            "needs API 1.43",
            "ContainerCreate body HostConfig.Annotations",
        ),
        (
            11,
            "networking_config['EndpointsConfig']['web']['GwPriority']",
            "needs API 1.48",
            "ContainerCreate body NetworkingConfig.EndpointsConfig.*.GwPriority",
        ),
    ]


def test_removed_operations_and_fields_and_deprecations() -> None:
    source = """
        import docker
        c = docker.APIClient()
        c.update_container("a", kernel_memory="1m")
        c.create_network("n", check_duplicate=True)
        c.create_container("busybox", mac_address="02:42:ac:11:00:02")
        c.create_volume("v")
    """
    assert problems(source, "1.51") == [
        (4, "kernel_memory", "was removed in API 1.42", "ContainerUpdate body KernelMemory"),
        (5, "check_duplicate", "was removed in API 1.46", "NetworkCreate body CheckDuplicate"),
    ]
    deprecations = [
        (f.site.line, f.problem)
        for f in check(source, "1.51").findings
        if f.severity == "deprecated"
    ]
    assert deprecations == [(6, "is deprecated since API 1.44")]


def test_image_and_build_methods_are_checked() -> None:
    source = """
        import docker
        c = docker.APIClient()
        c.pull("busybox", platform="linux/arm64")                           # 4
        c.push("127.0.0.1:5000/app", platform="linux/arm64")                # 5
        c.build("https://example.test/app.git", target="app", platform="linux/arm64")  # 6
        c.import_image("rootfs.tar", "app", changes=["CMD true"])           # 7
        c.pull("busybox", "1.36", False, None, False, "linux/arm64")        # 8: positional
        c.images(name="busybox", filters={"dangling": True})                # fine
        c.tag("busybox", "app", "1", force=True)                             # fine: not in any spec
        c.build(fileobj=dockerfile, custom_context=True, encoding="gzip")   # fine
    """
    assert problems(source, "1.31") == [
        (4, "platform", "needs API 1.32", "ImageCreate query platform"),
        (5, "platform", "needs API 1.46", "ImagePush query platform"),
        (6, "platform", "needs API 1.34", "ImageBuild query platform"),
        (6, "target", "needs API 1.37", "ImageBuild query target"),
        (7, "changes", "needs API 1.40", "ImageCreate query changes"),
        (8, "platform", "needs API 1.32", "ImageCreate query platform"),
    ]
    assert problems(source, "1.45") == [
        (5, "platform", "needs API 1.46", "ImagePush query platform"),
    ]
    assert problems(source, "1.46") == []
    assert unchecked(source, "1.31") == []


def test_a_keyword_the_api_renamed_is_checked_under_the_pinned_versions_name() -> None:
    """prune_builds(keep_storage=...) is sent as `keep-storage` before API 1.48 and as
    `reserved-space` from 1.48 (which removed the old name in 1.52): fine throughout."""
    source = """
        import docker
        c = docker.APIClient()
        c.prune_builds(keep_storage=10)                                     # 4
        c.prune_builds(reserved_space=10)                                   # 5
    """
    assert problems(source, "1.38") == [
        (4, "keep_storage", "needs API 1.39", "BuildPrune query keep-storage"),
        (5, "reserved_space", "needs API 1.48", "BuildPrune query reserved-space"),
    ]
    assert problems(source, "1.47") == [
        (5, "reserved_space", "needs API 1.48", "BuildPrune query reserved-space"),
    ]
    for api in ("1.39", "1.48", "1.52", FACTS.newest):
        assert [f for f in check(source, api).findings if f.site.line == 4] == [], api


def test_methods_that_send_nothing_are_known_and_quiet() -> None:
    source = """
        import docker
        c = docker.APIClient()
        c.reload_config(dockercfg_path="/tmp/config.json")
        c.reload_config(dockercfg="/tmp/config.json")
    """
    assert check(source, FACTS.oldest).findings == []
    assert unchecked(source) == [(5, "'dockercfg' is not one of its keywords")]


def test_engine_operations_use_the_generated_operation_index() -> None:
    source = """
        import dockerapi
        client = dockerapi.from_env()
        client.engine.container_stop("a", signal="INT")                          # 4
        client.api.engine.volume_update("v", version=1, body={"Spec": {}})       # 5
        client.engine.image_list(extra_params={"shared-size": True})            # 6
        client.engine.container_create(body={"HostConfig": {"Annotations": {}}})  # 7
        client.engine.container_stop("a", t=3, request_timeout=5)               # fine
    """
    assert problems(source) == [
        (4, "signal", "needs API 1.42", "ContainerStop query signal"),
        (5, None, "needs API 1.42", "VolumeUpdate"),
        (6, "extra_params['shared-size']", "needs API 1.42", "ImageList query shared-size"),
        (
            7,
            "body['HostConfig']['Annotations']",
            "needs API 1.43",
            "ContainerCreate body HostConfig.Annotations",
        ),
    ]


def test_engine_keywords_follow_the_index_when_the_python_names_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The engine layer's Python names come from the generator (which may rename them):
    the check reads them from the generated operation index at run time."""
    stop = _operations.BY_NAME["container_stop"]
    renamed = stop._replace(
        query_params=tuple(
            p._replace(python_name="stop_signal") if p.wire_name == "signal" else p
            for p in stop.query_params
        )
    )
    monkeypatch.setitem(_operations.BY_NAME, "container_stop", renamed)
    source = """
        import dockerapi
        dockerapi.from_env().engine.container_stop("a", stop_signal="INT")
    """
    assert problems(source) == [(3, "stop_signal", "needs API 1.42", "ContainerStop query signal")]


# ---------------------------------------------------------------------------
# What the check says it could not see
# ---------------------------------------------------------------------------


def test_what_cannot_be_seen_is_reported_not_guessed() -> None:
    source = """
        import docker
        c = docker.APIClient()
        options = {"signal": "INT"}
        c.stop("a", **options)                                  # 5
        c.stop(*["a", 1, "INT"])                                # 6
        c.stop("a", **{"signal": "INT"})                        # 7: a literal is read

        def helper(api, sometimes):
            api.stop("a", signal="INT")                         # 10
            api.stop("a", timeout=3)                            # fine either way
            target = docker.APIClient() if sometimes else None
            either = docker.APIClient()
            either = object()
            either.stop("a", signal="INT")                      # 15

        high = docker.from_env()
        high.containers.run("busybox", detach=True)             # 18
        c.pul("busybox", platform="linux/arm64")                # 19
        c.stop("a", sigal="INT")                                # 20
        high.engine.no_such_operation(x=1)                      # 21
        high.engine.container_create(body=make_body())           # 22
    """
    assert problems(source) == [(7, "signal", "needs API 1.42", "ContainerStop query signal")]
    assert unchecked(source) == [
        (5, "keywords unpacked from options are not visible"),
        (6, "arguments unpacked with * are not visible"),
        (
            10,
            "`api` is not known to be a Docker client (a parameter of unknown type); "
            "if it is one: signal needs API 1.42 (ContainerStop query signal)",
        ),
        (
            15,
            "`either` is not known to be a Docker client (`either` is bound to different "
            "things); if it is one: signal needs API 1.42 (ContainerStop query signal)",
        ),
        (
            18,
            "DockerClient.containers.run is docker-py's high-level API, which the check does "
            "not describe yet",
        ),
        (19, "dockerapi's APIClient has no such method"),
        (20, "'sigal' is not one of its keywords"),
        (21, "the generated engine layer has no such operation"),
        (22, "a body that is not a dict literal: its fields are not checked"),
    ]


def test_unrelated_code_stays_quiet() -> None:
    source = """
        import threading
        import subprocess

        event = threading.Event()
        event.wait(timeout=5)
        subprocess.Popen(["true"]).wait(timeout=5)
        thing.stop()
        thing.logs(since=1)  # logs' since is 1.25: nothing to say even if thing were a client

        def f(docker):
            docker.info()
    """
    report = check(source)
    assert report.findings == [] and report.unchecked == []


def test_a_file_that_does_not_parse_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("def (:\n")
    status, text = run("check", "--api", "1.41", str(broken))
    assert status == 0
    assert f"{broken}:1:5: not checked: <file>: cannot parse: invalid syntax" in text


def test_directories_are_searched_except_hidden_and_environment_ones(tmp_path: Path) -> None:
    for relative in ("pkg/a.py", "pkg/sub/b.py", ".venv/c.py", "pkg/__pycache__/d.py", "e.txt"):
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SAMPLE)
    status, raw = run("check", "--api", "1.41", "--json", str(tmp_path))
    report: dict[str, Any] = json.loads(raw)
    assert status == 1 and report["files"] == 2
    assert sorted(Path(f["path"]).relative_to(tmp_path).as_posix() for f in report["findings"]) == [
        "pkg/a.py",
        "pkg/sub/b.py",
    ]


def test_the_checked_code_is_never_imported_or_run(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    (tmp_path / "sideeffect.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('ran')\n" + SAMPLE
    )
    done = subprocess.run(
        [sys.executable, "-m", "dockerapi", "check", "--api", "1.41", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "needs API 1.42" in done.stdout
    assert not marker.exists()


def test_unknown_keys_at_the_root_of_a_body_are_reported() -> None:
    """A body's own keys are its fields (deeper keys may be user data: labels, maps), so a
    key the table does not know there, such as a Python name, is said, not skipped."""
    source = """
        import dockerapi
        client = dockerapi.from_env()
        client.engine.container_create(body={"host_config": {"annotations": {}}})
        client.engine.container_create(body={"Labels": {"any.key": "x"}, "image": "busybox"})
    """
    assert problems(source) == []
    assert unchecked(source) == [
        (4, "body['host_config']: not a body field the version table knows")
    ]
