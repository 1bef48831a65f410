"""dockerapi.utils against docker-py's pure helpers, used as the oracle for a wide table of inputs.

Where we deliberately differ from docker-py the test says so and checks our behaviour.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import docker.errors as dp_errors
import docker.utils.ports as dp_ports
import docker.utils.utils as dp
import pytest
from dockerapi import errors, utils
from dockerapi.utils import ports

# ------------------------------------------------------------------ parse_bytes

PARSE_BYTES_SAME = [
    0,
    1,
    512,
    2**40,
    "",
    "0",
    "100",
    "100b",
    "100B",
    "1k",
    "1K",
    "1kb",
    "1KB",
    "128m",
    "128M",
    "128mb",
    "1g",
    "1G",
    "1gb",
    "1.5g",
    "0.5m",
    "10 k",
    "1.5",
    "1e3",
]


@pytest.mark.parametrize("value", PARSE_BYTES_SAME)
def test_parse_bytes_matches_docker_py(value: Any) -> None:
    ours = utils.parse_bytes(value)
    assert ours == dp.parse_bytes(value)
    assert isinstance(ours, int)


@pytest.mark.parametrize("value", ["k", "m", "12x", "abc", "1.2.3m", "g1", "1 2k", "--1"])
def test_parse_bytes_rejects_what_docker_py_rejects(value: str) -> None:
    with pytest.raises(dp_errors.DockerException):
        dp.parse_bytes(value)
    with pytest.raises(errors.InvalidArgument) as caught:
        utils.parse_bytes(value)
    assert isinstance(caught.value, errors.DockerException)
    assert repr(value) in str(caught.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1t", 1024**4), ("2TB", 2 * 1024**4), ("1p", 1024**5), ("1tb", 1024**4)],
)
def test_parse_bytes_reads_t_and_p_like_the_docker_cli(value: str, expected: int) -> None:
    # Deliberate difference: docker-py stops at g and raises for these.
    assert utils.parse_bytes(value) == expected


def test_parse_bytes_makes_whole_bytes_from_floats() -> None:
    # Deliberate difference: docker-py returns the float, which the daemon rejects as int64.
    assert utils.parse_bytes(1.0e9) == 1_000_000_000
    assert isinstance(utils.parse_bytes(1.0e9), int)


@pytest.mark.parametrize("value", [1.5, 1.7, -5, -1, "-1", "-5m", -0.5])
def test_parse_bytes_refuses_fractions_and_negatives(value: Any) -> None:
    # Issue 13: mem_limit=-5 was sent, mem_limit=1.5 silently became 1.
    with pytest.raises(errors.InvalidArgument, match=r"whole|negative"):
        utils.parse_bytes(value)


@pytest.mark.parametrize("value", [-1, "-1"])
def test_parse_bytes_unlimited_only_when_allowed(value: Any) -> None:
    assert utils.parse_bytes(value, allow_unlimited=True) == -1
    with pytest.raises(errors.InvalidArgument):
        utils.parse_bytes(-2, allow_unlimited=True)


@pytest.mark.parametrize("value", ["inf", "nan", "infk", "nanm"])
def test_parse_bytes_rejects_non_finite(value: str) -> None:
    with pytest.raises(errors.InvalidArgument):
        utils.parse_bytes(value)


@pytest.mark.parametrize("value", [None, [1], True, b"1k"])
def test_parse_bytes_rejects_other_types(value: Any) -> None:
    with pytest.raises(TypeError):
        utils.parse_bytes(value)


# ------------------------------------------------------------------ versions

VERSION_PAIRS = [
    ("1.9", "1.10"),
    ("1.10", "1.9"),
    ("1.41", "1.41"),
    ("1.41", "1.41.0"),
    ("1.40", "1.41"),
    ("1.41", "1.4"),
    ("2.0", "1.99"),
    ("1.25", "1.100"),
    ("1", "1.0.1"),
]


@pytest.mark.parametrize(("v1", "v2"), VERSION_PAIRS)
def test_version_compares_match_docker_py(v1: str, v2: str) -> None:
    assert utils.compare_version(v1, v2) == dp.compare_version(v1, v2)
    assert utils.version_lt(v1, v2) == dp.version_lt(v1, v2)
    assert utils.version_gte(v1, v2) == dp.version_gte(v1, v2)


def test_compare_version_sign_convention() -> None:
    assert utils.compare_version("1.9", "1.10") == 1
    assert utils.compare_version("1.10", "1.9") == -1
    assert utils.version_lt("1.40", "1.41")
    assert utils.version_gte("1.41", "1.41")


def test_compare_version_names_a_bad_version() -> None:
    with pytest.raises(ValueError, match=r"'1\.x'"):
        utils.compare_version("1.x", "1.41")


# ------------------------------------------------------------------ filters, time, headers

FILTERS = [
    {},
    {"dangling": True},
    {"dangling": False},
    {"label": "a=b"},
    {"label": ["a=b", "c"]},
    {"status": ["running", "exited"], "exited": 0},
    {"id": 123, "before": ["x", 5]},
]


@pytest.mark.parametrize("filters", FILTERS)
def test_convert_filters_matches_docker_py(filters: dict[str, Any]) -> None:
    assert utils.convert_filters(filters) == dp.convert_filters(filters)


def test_convert_filters_shape() -> None:
    assert json.loads(utils.convert_filters({"dangling": True, "label": ["x"]})) == {
        "dangling": ["true"],
        "label": ["x"],
    }


@pytest.mark.parametrize(
    "dt",
    [
        datetime(1970, 1, 1, tzinfo=UTC),
        datetime(2024, 2, 29, 12, 30, 15, 999999, tzinfo=UTC),
        datetime(2030, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        datetime(1960, 6, 1, tzinfo=UTC),
        datetime(2021, 5, 4, 3, 2, 1),  # naive: local time
    ],
)
def test_datetime_to_timestamp_matches_docker_py(dt: datetime) -> None:
    assert utils.datetime_to_timestamp(dt) == dp.datetime_to_timestamp(dt)


def test_datetime_to_timestamp_value() -> None:
    assert utils.datetime_to_timestamp(datetime(2001, 9, 9, 1, 46, 40, tzinfo=UTC)) == 10**9


def test_decode_json_header() -> None:
    stat = {"name": "file", "size": 3, "mode": 420}
    header = base64.b64encode(json.dumps(stat).encode())
    assert utils.decode_json_header(header) == stat == dp.decode_json_header(header)
    assert utils.decode_json_header(header.decode()) == stat


# ------------------------------------------------------------------ small string helpers


@pytest.mark.parametrize(
    "command",
    ["echo hi", "sh -c 'echo a; echo b'", 'echo "a b" c', "", "a\\ b", "x  y   z"],
)
def test_split_command_matches_docker_py(command: str) -> None:
    assert utils.split_command(command) == dp.split_command(command)


ENVIRONMENTS = [
    {},
    {"A": "1"},
    {"A": "1", "B": "two words", "C": ""},
    {"FLAG": None},
    {"N": 5, "F": 1.5, "T": True},
    {"BYTES": b"caf\xc3\xa9"},
    {"EQ": "a=b=c"},
]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_format_environment_matches_docker_py(environment: dict[str, Any]) -> None:
    assert utils.format_environment(environment) == dp.format_environment(environment)


def test_format_environment_shape() -> None:
    assert utils.format_environment({"A": "1", "FLAG": None, "B": b"x"}) == ["A=1", "FLAG", "B=x"]


EXTRA_HOSTS = [
    {},
    {"db": "10.0.0.2"},
    {"b": "1.1.1.1", "a": "2.2.2.2"},
    {"v6": "::1", "gw": "host-gateway"},
]


@pytest.mark.parametrize("hosts", EXTRA_HOSTS)
@pytest.mark.parametrize("task", [False, True])
def test_format_extra_hosts_matches_docker_py(hosts: dict[str, str], task: bool) -> None:
    assert utils.format_extra_hosts(hosts, task=task) == dp.format_extra_hosts(hosts, task=task)


def test_format_extra_hosts_shapes() -> None:
    hosts = {"web": "10.0.0.3", "db": "10.0.0.2"}
    assert utils.format_extra_hosts(hosts) == ["db:10.0.0.2", "web:10.0.0.3"]
    assert utils.format_extra_hosts(hosts, task=True) == ["10.0.0.2 db", "10.0.0.3 web"]


LINKS: list[Any] = [
    {},
    {"db": "database"},
    {"db": "database", "cache": None, "api": ""},
    [("db", "database"), ("cache", None)],
    [("b", "x"), ("a", "y")],
]


@pytest.mark.parametrize("links", LINKS)
def test_normalize_links_matches_docker_py(links: Any) -> None:
    assert utils.normalize_links(links) == dp.normalize_links(links)


def test_normalize_links_accepts_strings() -> None:
    # Deliberate difference: docker-py cannot unpack plain strings.
    assert utils.normalize_links(["web", "db:database"]) == ["db:database", "web"]


DEVICES: list[Any] = [
    [],
    ["/dev/sda"],
    ["/dev/sda:/dev/xvda"],
    ["/dev/sda:/dev/xvda:r"],
    ["/dev/fuse:/dev/fuse:rwm", "/dev/null"],
    [{"PathOnHost": "/dev/a", "PathInContainer": "/dev/b", "CgroupPermissions": "rw"}],
]


@pytest.mark.parametrize("devices", DEVICES)
def test_parse_devices_matches_docker_py(devices: list[Any]) -> None:
    assert utils.parse_devices(devices) == dp.parse_devices(devices)


def test_parse_devices_shape_and_errors() -> None:
    assert utils.parse_devices(["/dev/sda:/dev/xvda:rwm"]) == [
        {"PathOnHost": "/dev/sda", "PathInContainer": "/dev/xvda", "CgroupPermissions": "rwm"}
    ]
    with pytest.raises(errors.InvalidArgument):
        utils.parse_devices([42])  # type: ignore[list-item]


@pytest.mark.parametrize(
    "name",
    [
        "busybox",
        "busybox:latest",
        "library/busybox:1.36",
        "127.0.0.1:5000/app",
        "127.0.0.1:5000/lib/app:1",
        "app@sha256:" + "a" * 64,
        "registry:5000/app@sha256:" + "b" * 64,
        "localhost:5000",
    ],
)
def test_parse_repository_tag_matches_docker_py(name: str) -> None:
    assert utils.parse_repository_tag(name) == dp.parse_repository_tag(name)


def test_parse_repository_tag_shape() -> None:
    assert utils.parse_repository_tag("registry:5000/lib/app:1") == ("registry:5000/lib/app", "1")
    assert utils.parse_repository_tag("registry:5000/lib/app") == ("registry:5000/lib/app", None)


# ------------------------------------------------------------------ env files


def test_parse_env_file_matches_docker_py(tmp_path: Path) -> None:
    env_file = tmp_path / "app.env"
    env_file.write_text(
        '# comment\nA=1\n\n  B = spaced \nC=a=b\nEMPTY=\nQUOTED="x y"\n   \n',
        encoding="utf-8",
    )
    ours = utils.parse_env_file(env_file)
    assert ours == dp.parse_env_file(str(env_file))
    assert ours == {"A": "1", "B ": " spaced", "C": "a=b", "EMPTY": "", "QUOTED": '"x y"'}


def test_parse_env_file_rejects_a_line_without_equals(tmp_path: Path) -> None:
    env_file = tmp_path / "bad.env"
    env_file.write_text("A=1\nNOT_A_PAIR\n", encoding="utf-8")
    with pytest.raises(dp_errors.DockerException):
        dp.parse_env_file(str(env_file))
    with pytest.raises(errors.InvalidArgument, match="NOT_A_PAIR"):
        utils.parse_env_file(env_file)


# ------------------------------------------------------------------ tmpfs, binds, networks

TMPFS: list[Any] = [
    {},
    [],
    {"/tmp": "", "/run": "size=64m"},
    ["/tmp"],
    ["/tmp:size=3G,uid=1000", "/run"],
    ["/a:b:c"],
]


@pytest.mark.parametrize("tmpfs", TMPFS)
def test_convert_tmpfs_mounts_matches_docker_py(tmpfs: Any) -> None:
    assert utils.convert_tmpfs_mounts(tmpfs) == dp.convert_tmpfs_mounts(tmpfs)


@pytest.mark.parametrize("tmpfs", ["/tmp", 5, ("/tmp",), [5], [None]])
def test_convert_tmpfs_mounts_rejects_like_docker_py(tmpfs: Any) -> None:
    with pytest.raises(ValueError):
        dp.convert_tmpfs_mounts(tmpfs)
    with pytest.raises(ValueError):
        utils.convert_tmpfs_mounts(tmpfs)


BINDS: list[Any] = [
    [],
    ["/host:/container:ro", "vol:/data"],
    {},
    {"/home/user1": "/mnt/vol2"},
    {"/home/user1": {"bind": "/mnt/vol2", "mode": "rw"}},
    {"/var/www": {"bind": "/mnt/vol1", "mode": "ro"}},
    {"/var/www": {"bind": "/mnt/vol1", "ro": True}},
    {"/var/www": {"bind": "/mnt/vol1", "ro": False}},
    {"/var/www": {"bind": "/mnt/vol1"}},
    {"/autofs/user1": {"bind": "/mnt/vol3", "mode": "rw", "propagation": "shared"}},
    {"/autofs/user1": {"bind": "/mnt/vol3", "ro": True, "propagation": "rslave"}},
    {"/x": {"bind": "/y", "mode": "ro,z"}},
    {"/x": {"bind": "/y", "mode": "", "propagation": "rprivate"}},
    {b"/bytes": {"bind": b"/mnt/bytes", "mode": "ro"}},
    {b"/bytes": b"/mnt/b"},
    {"named-volume": {"bind": "/data", "mode": "rw"}},
]


@pytest.mark.parametrize("binds", BINDS)
def test_convert_volume_binds_matches_docker_py(binds: Any) -> None:
    assert utils.convert_volume_binds(binds) == dp.convert_volume_binds(binds)


def test_convert_volume_binds_shapes() -> None:
    assert utils.convert_volume_binds(
        {
            "/home/user1/": {"bind": "/mnt/vol2", "mode": "rw"},
            "/var/www": {"bind": "/mnt/vol1", "mode": "ro"},
            "/autofs/user1": {"bind": "/mnt/vol3", "mode": "rw", "propagation": "shared"},
        }
    ) == ["/home/user1/:/mnt/vol2:rw", "/var/www:/mnt/vol1:ro", "/autofs/user1:/mnt/vol3:rw,shared"]


def test_convert_volume_binds_errors() -> None:
    with pytest.raises(ValueError, match="both"):
        utils.convert_volume_binds({"/a": {"bind": "/b", "ro": True, "mode": "rw"}})
    with pytest.raises(ValueError, match="'bind'"):
        utils.convert_volume_binds({"/a": {"mode": "ro"}})
    with pytest.raises(TypeError):
        utils.convert_volume_binds("/a:/b")  # type: ignore[arg-type]


def test_convert_volume_binds_passes_unknown_propagation_to_the_daemon() -> None:
    # Deliberate difference: docker-py silently drops propagation modes it does not know.
    assert utils.convert_volume_binds({"/a": {"bind": "/b", "propagation": "rnewmode"}}) == [
        "/a:/b:rw,rnewmode"
    ]


@pytest.mark.parametrize(
    "networks",
    [None, [], ["net1"], ["net1", {"Target": "net2", "Aliases": ["x"]}]],
)
def test_convert_service_networks_matches_docker_py(networks: Any) -> None:
    assert utils.convert_service_networks(networks) == dp.convert_service_networks(networks)


def test_convert_service_networks_rejects_non_list() -> None:
    with pytest.raises(TypeError):
        utils.convert_service_networks("net1")  # type: ignore[arg-type]


# ------------------------------------------------------------------ port bindings

PORT_BINDINGS: list[dict[Any, Any]] = [
    {},
    {1111: 4567},
    {1111: "4567"},
    {1111: None},
    {"1111": 4567},
    {1111: ("", 4567)},
    {1111: ("127.0.0.1", 4567)},
    {1111: ("127.0.0.1",)},
    {1111: ("",)},
    {1111: (4567,)},
    {"1111/udp": 4567},
    {"53/udp": ("0.0.0.0", 53), "53/tcp": 53},
    {"132/sctp": 132},
    {1111: [1234, 4567]},
    {1111: [("127.0.0.1", 1234), ("::1", 1234)]},
    {1111: [("", 1234), None]},
    {80: "8000-8010"},
    {80: ("127.0.0.1", "8000-8010")},
    {80: {"HostPort": "8080"}},
    {80: {"HostPort": 8080, "HostIp": "127.0.0.1"}},
    {1111: 4567, 2222: None, "3333/udp": ("10.0.0.1", 3333)},
]


@pytest.mark.parametrize("bindings", PORT_BINDINGS)
def test_convert_port_bindings_matches_docker_py(bindings: dict[Any, Any]) -> None:
    assert utils.convert_port_bindings(bindings) == dp.convert_port_bindings(bindings)


def test_convert_port_bindings_shapes() -> None:
    assert utils.convert_port_bindings(
        {1111: ("127.0.0.1", 4567), "53/udp": [53, ("::1", 5353)], 2222: None}
    ) == {
        "1111/tcp": [{"HostIp": "127.0.0.1", "HostPort": "4567"}],
        "53/udp": [{"HostIp": "", "HostPort": "53"}, {"HostIp": "::1", "HostPort": "5353"}],
        "2222/tcp": [{"HostIp": "", "HostPort": ""}],
    }


@pytest.mark.parametrize(
    ("bindings", "expected"),
    [
        (
            {"8000-8002": "9000-9002"},
            {
                "8000/tcp": [{"HostIp": "", "HostPort": "9000"}],
                "8001/tcp": [{"HostIp": "", "HostPort": "9001"}],
                "8002/tcp": [{"HostIp": "", "HostPort": "9002"}],
            },
        ),
        (
            {"8000-8001/udp": None},
            {
                "8000/udp": [{"HostIp": "", "HostPort": ""}],
                "8001/udp": [{"HostIp": "", "HostPort": ""}],
            },
        ),
        (
            {"8000-8001": ("127.0.0.1",)},
            {
                "8000/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
                "8001/tcp": [{"HostIp": "127.0.0.1", "HostPort": ""}],
            },
        ),
        (
            {"8000-8001": [("127.0.0.1", "9000-9001"), "7000-7001"]},
            {
                "8000/tcp": [
                    {"HostIp": "127.0.0.1", "HostPort": "9000"},
                    {"HostIp": "", "HostPort": "7000"},
                ],
                "8001/tcp": [
                    {"HostIp": "127.0.0.1", "HostPort": "9001"},
                    {"HostIp": "", "HostPort": "7001"},
                ],
            },
        ),
    ],
)
def test_convert_port_bindings_expands_container_port_ranges(
    bindings: dict[Any, Any], expected: dict[str, Any]
) -> None:
    # Deliberate difference: docker-py sends "8000-8002/tcp", which the daemon rejects.
    assert utils.convert_port_bindings(bindings) == expected


@pytest.mark.parametrize(
    "bindings",
    [
        {"8000-8002": 9000},
        {"8000-8002": "9000-9001"},
        {"8002-8000": None},
        {80: (1, 2, 3)},
        {80: {"HostIp": "1.2.3.4"}},
    ],
)
def test_convert_port_bindings_rejects_mismatches(bindings: dict[Any, Any]) -> None:
    with pytest.raises(ValueError):
        utils.convert_port_bindings(bindings)


# ------------------------------------------------------------------ ports module

PORT_SPECS: list[Any] = [
    80,
    "80",
    "80/udp",
    "80/sctp",
    "8080:80",
    "8080:80/udp",
    "127.0.0.1:8080:80",
    "127.0.0.1::80",
    "127.0.0.1::80/udp",
    "[::1]:8080:80",
    "::1:8080:80",
    "8000-8002",
    "8000-8002/udp",
    "9000-9002:8000-8002",
    "127.0.0.1:9000-9002:8000-8002",
    "127.0.0.1::8000-8002",
    "9000-9010:80",
    "0.0.0.0:9000-9010:80/tcp",
]


@pytest.mark.parametrize("spec", PORT_SPECS)
def test_split_port_matches_docker_py(spec: Any) -> None:
    assert ports.split_port(spec) == dp_ports.split_port(spec)


@pytest.mark.parametrize(
    "spec",
    [
        "",
        "abc",
        "80/xyz",
        "1:2:3:4:x",
        "9000-9001:80-82",
        "127.0.0.1:9000-9001:80-82",
        "80:",
        ":80",
    ],
)
def test_split_port_rejects_like_docker_py(spec: str) -> None:
    with pytest.raises(ValueError):
        dp_ports.split_port(spec)
    with pytest.raises(ValueError):
        ports.split_port(spec)


def test_split_port_shapes() -> None:
    assert ports.split_port("127.0.0.1:9000-9001:8000-8001/udp") == (
        ["8000/udp", "8001/udp"],
        [("127.0.0.1", "9000"), ("127.0.0.1", "9001")],
    )
    assert ports.split_port("9000-9010:80") == (["80"], ["9000-9010"])


def test_split_port_uses_legacy_repr() -> None:
    class ComposePort:
        def legacy_repr(self) -> str:
            return "8080:80"

    assert ports.split_port(ComposePort()) == (["80"], ["8080"])


@pytest.mark.parametrize(
    "specs",
    [
        [],
        ["80"],
        ["8080:80", "8081:80", "127.0.0.1::53/udp"],
        ["9000-9002:8000-8002", "8000-8002/udp"],
        [80, "127.0.0.1:8080:80"],
    ],
)
def test_build_port_bindings_matches_docker_py(specs: list[Any]) -> None:
    ours = ports.build_port_bindings(specs)
    assert ours == dp_ports.build_port_bindings(specs)
    # ... and it feeds convert_port_bindings as docker-py's does.
    assert utils.convert_port_bindings(ours) == dp.convert_port_bindings(ours)


def test_port_range_helpers() -> None:
    assert ports.port_range("80", None, "/udp") == ["80/udp"]
    assert ports.port_range("80", "82", "") == ["80", "81", "82"]
    assert ports.port_range("80", "82", "", randomly_available_port=True) == ["80-82"]
    assert ports.port_range(None, None, "") is None
    with pytest.raises(ValueError):
        ports.port_range("82", "80", "")


# ------------------------------------------------------------------ create_host_config


def test_create_host_config_builds_a_host_config() -> None:
    from dockerapi.types import HostConfig

    host_config = utils.create_host_config(privileged=True, mem_limit="1m", version="1.41")
    assert isinstance(host_config, HostConfig)
    assert host_config == {"Privileged": True, "Memory": 1024 * 1024, "NetworkMode": "default"}


# ------------------------------------------------------------------ module paths docker-py code uses


def test_docker_utils_utils_module_path() -> None:
    from dockerapi.utils import utils as compat
    from dockerapi.utils.utils import convert_port_bindings, parse_bytes

    assert parse_bytes is utils.parse_bytes
    assert convert_port_bindings is utils.convert_port_bindings
    assert compat.split_port is ports.split_port
    with pytest.raises(AttributeError, match="no_such_helper"):
        _ = compat.no_such_helper


def test_check_resource_decorator() -> None:
    from dockerapi.utils.decorators import check_resource

    class Client:
        @check_resource("container")
        def inspect(self, container: str, detail: bool = False) -> tuple[str, bool]:
            return container, detail

    client = Client()
    assert client.inspect("abc") == ("abc", False)
    assert client.inspect({"Id": "abc"}, detail=True) == ("abc", True)
    assert client.inspect({"ID": "def"}) == ("def", False)
    assert client.inspect(container="ghi") == ("ghi", False)
    for missing in ("", None, {"Name": "x"}):
        with pytest.raises(errors.NullResource):
            client.inspect(missing)  # type: ignore[arg-type]
    with pytest.raises(errors.NullResource):
        client.inspect()  # type: ignore[call-arg]
