"""`dockerapi versions diff` / `versions since`: on a crafted table (rendered by the
real generator, so the generated module's `entries()` is what is read) and on the
real table, through `main()` and once through the installed console script."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from dockerapi._cli import main
from dockerapi._cli._facts import VersionFacts
from dockerapi._cli.versions import VersionQueryError, diff, format_diff, lookup

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from specbuild.versiontable import Key, VersionInfo, render_module

CRAFTED = {
    Key("ThingCreate", "operation"): VersionInfo("1.30"),
    Key("ThingCreate", "query", "q"): VersionInfo("1.35", deprecated="1.38", removed="1.40"),
    Key("ThingCreate", "header", "X-Fancy"): VersionInfo("1.45"),
    Key("ThingCreate", "body", "Mounts"): VersionInfo("1.30"),
    Key("ThingCreate", "body", "Mounts.Type"): VersionInfo("1.30"),
    Key("ThingCreate", "body", "Mounts.New"): VersionInfo("1.40"),
    Key("ThingCreate", "body", "Mounts.New.Deep"): VersionInfo("1.40"),
    Key("ThingCreate", "body", "Options"): VersionInfo("1.30"),
    Key("ThingCreate", "body", "Options.*.Weight"): VersionInfo("1.33"),
    Key("ThingOld", "operation"): VersionInfo("1.25", removed="1.40"),
    Key("ThingOld", "query", "legacy"): VersionInfo("1.25", removed="1.40"),
    Key("NewThing", "operation"): VersionInfo("1.40"),
    Key("NewThing", "query", "a"): VersionInfo("1.40"),
    Key("NewThing", "query", "b"): VersionInfo("1.41"),
}
VERSIONS = [f"1.{n}" for n in range(25, 46)]


@pytest.fixture(scope="module")
def crafted(tmp_path_factory: pytest.TempPathFactory) -> VersionFacts:
    path = tmp_path_factory.mktemp("table") / "_versions.py"
    path.write_text(render_module(dict(sorted(CRAFTED.items())), VERSIONS))
    return VersionFacts.from_file(path)


def test_diff_groups_by_operation_and_lists_a_new_operation_once(crafted: VersionFacts) -> None:
    result = diff(crafted, "1.30", "1.40")
    assert format_diff(result) == (
        "Engine API 1.30 -> 1.40\n"
        "\n"
        "NewThing\n"
        "  1.40  added       operation\n"
        "\n"
        "ThingCreate\n"
        "  1.33  added       body      Options.*.Weight\n"
        "  1.35  added       query     q\n"
        "  1.38  deprecated  query     q\n"
        "  1.40  added       body      Mounts.New\n"
        "  1.40  removed     query     q\n"
        "\n"
        "ThingOld\n"
        "  1.40  removed     operation\n"
        "\n"
        "operations: 1 added, 0 deprecated, 1 removed; "
        "parameters and fields: 3 added, 1 deprecated, 1 removed\n"
    )


def test_diff_range_is_after_the_first_version_up_to_the_second(crafted: VersionFacts) -> None:
    assert list(diff(crafted, "1.35", "1.38").changes) == ["ThingCreate"]
    (change,) = diff(crafted, "1.35", "1.38").changes["ThingCreate"]
    assert (change.change, change.version, change.entry.name) == ("deprecated", "1.38", "q")
    assert diff(crafted, "1.41", "1.44").changes == {}
    assert "no operation, parameter or body field changed" in format_diff(
        diff(crafted, "1.41", "1.44")
    )
    added_later = diff(crafted, "1.40", "1.41").changes["NewThing"]
    assert [(c.change, c.entry.name) for c in added_later] == [("added", "b")]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("1.40", "1.30", "1.40 is not older than 1.30"),
        ("1.30", "1.30", "1.30 is not older than 1.30"),
        ("1.20", "1.30", "API 1.20 is outside the version table (1.25 ... 1.45)"),
        ("1.30", "1.99", "API 1.99 is outside the version table"),
        ("one", "1.30", "'one' is not an API version"),
    ],
)
def test_diff_refuses_what_it_cannot_answer(
    crafted: VersionFacts, old: str, new: str, message: str
) -> None:
    with pytest.raises(VersionQueryError, match=re.escape(message)):
        diff(crafted, old, new)


def test_since_finds_names_as_the_daemon_matches_them(crafted: VersionFacts) -> None:
    assert lookup(crafted, "thingcreate", "operation").since == "1.30"
    header = lookup(crafted, "ThingCreate", "header", "x-fancy")
    assert (header.name, header.since) == ("X-Fancy", "1.45")
    weight = lookup(crafted, "ThingCreate", "body", "Options.my-volume.Weight")
    assert (weight.name, weight.since) == ("Options.*.Weight", "1.33")
    assert lookup(crafted, "ThingCreate", "body", "mounts.new.deep").name == "Mounts.New.Deep"
    query = lookup(crafted, "ThingCreate", "query", "q")
    assert (query.since, query.deprecated, query.removed) == ("1.35", "1.38", "1.40")
    with pytest.raises(VersionQueryError, match=r"did you mean Mounts\.Type"):
        lookup(crafted, "ThingCreate", "body", "Mounts.Typ")
    with pytest.raises(VersionQueryError, match="did you mean ThingCreate"):
        lookup(crafted, "ThingCreat", "operation")
    with pytest.raises(VersionQueryError, match="has no query 'Q'"):
        lookup(crafted, "ThingCreate", "query", "Q")  # query names are case-sensitive


# ---------------------------------------------------------------------------
# The real table, through the command line
# ---------------------------------------------------------------------------


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), stdout=out)
    return status, out.getvalue()


def test_diff_141_151_names_container_stop_signal_at_142() -> None:
    status, text = run("versions", "diff", "1.41", "1.51")
    assert status == 0
    block = text.split("\nContainerStop\n", 1)[1].split("\n\n", 1)[0]
    assert block == "  1.42  added       query     signal"
    status, raw = run("versions", "diff", "1.41", "1.51", "--json")
    data = json.loads(raw)
    assert (data["from"], data["to"]) == ("1.41", "1.51")
    assert {"change": "added", "version": "1.42", "kind": "query", "name": "signal"} in data[
        "operations"
    ]["ContainerStop"]
    assert {"change": "removed", "version": "1.42", "kind": "body", "name": "KernelMemory"} in data[
        "operations"
    ]["ContainerUpdate"]


def test_since_answers_for_an_operation_a_parameter_and_a_body_field() -> None:
    assert run("versions", "since", "ContainerCreate", "--body", "HostConfig.Annotations") == (
        0,
        "ContainerCreate body HostConfig.Annotations\n"
        "  introduced  1.43\n"
        "  deprecated  -\n"
        "  removed     -\n",
    )
    status, raw = run("versions", "since", "container_stop", "--query", "signal", "--json")
    assert status == 0
    assert json.loads(raw) == {
        "operation": "ContainerStop",
        "kind": "query",
        "name": "signal",
        "since": "1.42",
        "deprecated": None,
        "removed": None,
    }
    status, text = run("versions", "since", "ContainerUpdate", "--body", "KernelMemory")
    assert "deprecated  1.41\n  removed     1.42\n" in text
    assert run("versions", "since", "VolumeUpdate")[1].splitlines()[1] == "  introduced  1.42"


def test_unknown_names_fail_with_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("versions", "since", "ContainerStop", "--query", "sginal")[0] == 1
    assert "ContainerStop has no query 'sginal'" in capsys.readouterr().err
    assert run("versions", "diff", "1.51", "1.41")[0] == 1
    assert "give the older version first" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["versions", "since", "ContainerStop", "--query", "a", "--body", "b"])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    capsys.readouterr()


def test_the_console_script_and_python_m_run_the_same_command() -> None:
    script = shutil.which("dockerapi", path=str(Path(sys.executable).parent))
    assert script is not None, "the dockerapi console script is not installed"
    console = subprocess.run(
        [script, "versions", "diff", "1.41", "1.51"], capture_output=True, text=True, timeout=60
    )
    module = subprocess.run(
        [sys.executable, "-m", "dockerapi", "versions", "diff", "1.41", "1.51"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert console.returncode == module.returncode == 0, console.stderr + module.stderr
    assert console.stdout == module.stdout == run("versions", "diff", "1.41", "1.51")[1]
    assert "ContainerStop\n  1.42  added       query     signal\n" in console.stdout
