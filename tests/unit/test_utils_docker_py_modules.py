"""docker-py's utility modules under the same names (utils.socket, json_stream, proxy,
config, decorators, the remaining top-level names), errors and constants, with
docker-py as the oracle."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
from dockerapi import constants, errors, utils
from dockerapi._decoders import encode_frame
from dockerapi.utils import config as utils_config
from dockerapi.utils import json_stream, proxy
from dockerapi.utils import socket as utils_socket
from registry_fixtures import write_config

pytest.importorskip("docker")
import docker.constants
import docker.errors
import docker.utils
import docker.utils.json_stream
import docker.utils.proxy
import docker.utils.socket

# What issue-8b provides (builds and their context): not this module's business.
_BUILD_NAMES = {
    "build",
    "create_archive",
    "exclude_paths",
    "fnmatch",
    "match_tag",
    "mkbuildcontext",
    "tar",
}


def test_every_name_of_docker_utils_errors_and_constants() -> None:
    missing_utils = {n for n in dir(docker.utils) if not n.startswith("_")} - set(dir(utils))
    assert missing_utils <= _BUILD_NAMES
    ours_errors = set(dir(errors))
    assert {n for n in dir(docker.errors) if not n.startswith("_")} - ours_errors <= {"requests"}
    assert {n for n in dir(docker.constants) if not n.startswith("_")} <= set(dir(constants))
    for name in ("socket", "json_stream", "proxy", "config", "decorators", "utils"):
        assert getattr(utils, name).__name__ == f"dockerapi.utils.{name}"


def _pair_with(data: bytes) -> socket.socket:
    ours, theirs = socket.socketpair()
    theirs.sendall(data)
    theirs.close()
    return ours


FRAMES = encode_frame(1, b"out1") + encode_frame(2, b"err") + encode_frame(1, b"out2")


def test_socket_helpers_as_docker_py() -> None:
    with _pair_with(FRAMES) as ours, _pair_with(FRAMES) as theirs:
        assert list(utils_socket.frames_iter(ours, tty=False)) == list(
            docker.utils.socket.frames_iter(theirs, tty=False)
        )
    with _pair_with(b"raw tty") as ours:
        assert list(utils_socket.frames_iter(ours, tty=True)) == [(1, b"raw tty")]
    with _pair_with(FRAMES) as ours:
        assert utils_socket.next_frame_header(ours) == (1, 4)
        assert utils_socket.read_exactly(ours, 4) == b"out1"
    with (
        _pair_with(b"abc") as ours,
        pytest.raises(utils_socket.SocketError, match="Unexpected EOF"),
    ):
        utils_socket.read_exactly(ours, 4)
    with _pair_with(b"") as ours:
        assert utils_socket.next_frame_header(ours) == (-1, -1)
    pairs = [utils_socket.demux_adaptor(s, d) for s, d in [(1, b"a"), (2, b"b"), (1, b"c")]]
    assert pairs == [
        docker.utils.socket.demux_adaptor(s, d) for s, d in [(1, b"a"), (2, b"b"), (1, b"c")]
    ]
    for demux, frames in ((True, pairs), (False, [b"a", b"b"])):
        assert utils_socket.consume_socket_output(frames, demux=demux) == (
            docker.utils.socket.consume_socket_output(frames, demux=demux)
        )
    assert utils_socket.consume_socket_output([(b"x", None)], demux=True) == (b"x", None)
    with pytest.raises(ValueError, match="not a valid stream"):
        utils_socket.demux_adaptor(7, b"")
    with _pair_with(b"\x09garbage") as ours, pytest.raises(errors.StreamParseError):
        list(utils_socket.frames_iter(ours, tty=False))


@pytest.mark.parametrize(
    "chunks",
    [
        ['{"a": 1}\n{"b": [1, 2]}\n'],
        ['{"a"', ": 1}", '\n{"b": 2}'],
        [b'{"a": 1}{"b": 2}\n'],
    ],
)
def test_json_stream_as_docker_py(chunks: list[Any]) -> None:
    assert list(json_stream.json_stream(chunks)) == list(
        docker.utils.json_stream.json_stream(chunks)
    )


def test_json_stream_where_docker_py_fails() -> None:
    # a character split across chunks, and trailing blanks: docker-py raises for both
    split = [b'{"c": "\xc3', b'\xa9"}\n']
    assert list(json_stream.json_stream(split)) == [{"c": "\u00e9"}]
    assert list(json_stream.json_stream(['{"a": 1}\n', "  "])) == [{"a": 1}]


def test_json_stream_helpers() -> None:
    assert json_stream.json_splitter('{"a": 1}  {"b"') == docker.utils.json_stream.json_splitter(
        '{"a": 1}  {"b"'
    )
    assert json_stream.json_splitter('{"a"') is None
    assert list(json_stream.stream_as_text([b"\xff", "x"])) == ["\ufffd", "x"]
    assert list(json_stream.split_buffer(["a\nb", "c\n", "d"])) == ["a\n", "bc\n", "d"]
    with pytest.raises(errors.StreamParseError):
        list(json_stream.json_stream(['{"a": 1}\n{"b":']))
    with pytest.raises(errors.StreamParseError):
        list(json_stream.split_buffer(["x"], decoder=json.loads))


@pytest.mark.parametrize(
    "entry",
    [
        {},
        {"httpProxy": "http://p:3128", "noProxy": "localhost"},
        {"httpProxy": "h", "httpsProxy": "s", "ftpProxy": "f", "noProxy": "n"},
    ],
)
def test_proxy_config_as_docker_py(entry: dict[str, str]) -> None:
    ours = proxy.ProxyConfig.from_dict(entry)
    theirs = docker.utils.proxy.ProxyConfig.from_dict(entry)
    assert ours == theirs and str(ours) == str(theirs)
    assert ours.get_environment() == theirs.get_environment()
    for environment in (None, [], ["A=1"]):
        assert ours.inject_proxy_environment(environment) == theirs.inject_proxy_environment(
            environment
        )
    assert (ours.http, ours.https, ours.ftp, ours.no_proxy) == (
        theirs.http,
        theirs.https,
        theirs.ftp,
        theirs.no_proxy,
    )


def test_proxy_config_keeps_all_proxy() -> None:
    config = proxy.ProxyConfig.from_dict({"allProxy": "socks5://p:1080"})
    assert config.get_environment() == {
        "all_proxy": "socks5://p:1080",
        "ALL_PROXY": "socks5://p:1080",
    }


def test_config_file_helpers_as_docker_py(docker_home: Path, tmp_path: Path) -> None:
    docker_config = pytest.importorskip("docker.utils.config")
    home = Path(os.environ["HOME"])
    assert utils_config.home_dir() == docker_config.home_dir() == str(home)
    assert (
        utils_config.config_path_from_environment() == docker_config.config_path_from_environment()
    )
    assert utils_config.find_config_file() is None is docker_config.find_config_file()
    (home / ".dockercfg").write_text("auth = x\nemail = y\n")
    assert utils_config.find_config_file() == docker_config.find_config_file()
    assert utils_config.load_general_config() == docker_config.load_general_config() == {}
    write_config(home / ".docker", {"detachKeys": "ctrl-x"})
    assert utils_config.find_config_file() == docker_config.find_config_file()
    write_config(docker_home, {"proxies": {}})
    assert utils_config.find_config_file() == str(docker_home / "config.json")
    assert utils_config.load_general_config() == docker_config.load_general_config()
    explicit = write_config(tmp_path / "other", {"a": 1})
    assert utils_config.load_general_config(explicit) == {"a": 1}
    write_config(docker_home, "{broken")
    assert utils_config.load_general_config() == docker_config.load_general_config() == {}


class _Client:
    def __init__(self, version: str, configs: dict[str, Any]) -> None:
        self._version = version
        self._general_configs = configs

    @utils.minimum_version("1.30")
    def new_thing(self) -> str:
        return "done"

    @utils.update_headers
    def _get(self, url: str, **kwargs: Any) -> Any:
        return kwargs.get("headers")


def test_decorators() -> None:
    assert _Client("1.30", {}).new_thing() == "done"
    with pytest.raises(
        errors.InvalidVersion, match=r"new_thing is not available for version < 1\.30"
    ):
        _Client("1.29", {}).new_thing()
    client = _Client("1.41", {"HttpHeaders": {"X-A": "1"}})
    assert client._get("u") == {"X-A": "1"}
    assert client._get("u", headers={"X-B": "2"}) == {"X-B": "2", "X-A": "1"}
    assert _Client("1.41", {})._get("u") is None
    with pytest.raises(errors.DeprecatedMethod, match="IPAMPool"):
        utils.create_ipam_pool()
    with pytest.raises(errors.DeprecatedMethod, match="IPAMConfig"):
        utils.create_ipam_config()


def test_error_helpers_as_docker_py() -> None:
    for kwargs in ({"a": 1}, {"b": 1, "a": 2}):
        assert str(errors.create_unexpected_kwargs_error("run", kwargs)) == str(
            docker.errors.create_unexpected_kwargs_error("run", kwargs)
        )
    request = httpx.Request("GET", "http://docker/v1.41/images/x/json")
    response = httpx.Response(404, json={"message": "No such image: x"}, request=request)
    with pytest.raises(errors.ImageNotFound, match="No such image") as caught:
        errors.create_api_error_from_http_exception(
            httpx.HTTPStatusError("404", request=request, response=response)
        )
    assert caught.value.status_code == 404
