"""Property tests: for generated inputs in docker-py's domain, dockerapi.utils agrees with it."""

from __future__ import annotations

from typing import Any

import docker.errors as dp_errors
import docker.utils.ports as dp_ports
import docker.utils.utils as dp
from dockerapi import errors, utils
from dockerapi.utils import ports
from hypothesis import assume, given
from hypothesis import strategies as st

# Sizes in docker-py's grammar: digits, optional fraction, optional b/k/m/g unit, optional b.
sizes = st.from_regex(r"\A[0-9]{1,7}(\.[0-9]{1,3})?([bkmgBKMG][bB]?)?\Z")


@given(sizes)
def test_parse_bytes_agrees_on_valid_sizes(size: str) -> None:
    assert utils.parse_bytes(size) == dp.parse_bytes(size)


@given(st.text(max_size=8))
def test_parse_bytes_fails_where_docker_py_fails(text: str) -> None:
    try:
        expected: Any = dp.parse_bytes(text)
    except (dp_errors.DockerException, ValueError, OverflowError):
        expected = None
    try:
        ours: Any = utils.parse_bytes(text)
    except errors.InvalidArgument:
        ours = None
    if ours is None and expected is not None:
        # Deliberate (issue 13): a negative size is refused; docker-py passes it on.
        assert expected < 0
    elif ours is not None and expected is None:
        # Deliberate: we also read t/p units, "1." and surrounding whitespace.
        stripped = text.strip()
        assert stripped[-1:].lower() in ("t", "p", ".", "b") or stripped != text or "." in text
    else:
        assert ours == expected


versions = st.lists(st.integers(0, 120), min_size=1, max_size=4).map(
    lambda parts: ".".join(map(str, parts))
)


@given(versions, versions)
def test_version_compares_agree(v1: str, v2: str) -> None:
    assert utils.compare_version(v1, v2) == dp.compare_version(v1, v2)
    assert utils.version_lt(v1, v2) == dp.version_lt(v1, v2)


port_numbers = st.integers(1, 65535).map(str)
host_ips = st.sampled_from(["127.0.0.1", "0.0.0.0", "::1", "[::1]", "10.1.2.3"])
protos = st.sampled_from(["", "/tcp", "/udp", "/sctp"])


@st.composite
def port_specs(draw: st.DrawFn) -> str:
    start = draw(st.integers(1, 60000))
    length = draw(st.integers(0, 3))
    internal = f"{start}-{start + length}" if length else str(start)
    spec = internal + draw(protos)
    kind = draw(st.sampled_from(["none", "port", "ip", "ip-port"]))
    host_start = draw(st.integers(1, 60000))
    host_len = draw(st.sampled_from([0, length]))
    host = f"{host_start}-{host_start + host_len}" if host_len else str(host_start)
    if kind == "port":
        return f"{host}:{spec}"
    if kind == "ip":
        return f"{draw(host_ips)}::{spec}"
    if kind == "ip-port":
        return f"{draw(host_ips)}:{host}:{spec}"
    return spec


def _outcome(function: Any, *args: Any) -> Any:
    try:
        return function(*args)
    except ValueError:
        return ValueError


def _tcp_key(key: Any) -> str:
    text = str(key)
    return text if "/" in text else f"{text}/tcp"


@given(port_specs())
def test_split_port_agrees(spec: str) -> None:
    assert _outcome(ports.split_port, spec) == _outcome(dp_ports.split_port, spec)


@given(st.lists(port_specs(), max_size=5))
def test_build_port_bindings_agrees(specs: list[str]) -> None:
    ours = _outcome(ports.build_port_bindings, specs)
    assert ours == _outcome(dp_ports.build_port_bindings, specs)
    if ours is ValueError or len({_tcp_key(k) for k in ours}) < len(ours):
        return  # "80" and "80/tcp" together: see test_same_port_keys_are_merged
    assert utils.convert_port_bindings(ours) == dp.convert_port_bindings(ours)


single_binding = st.one_of(
    st.none(),
    st.integers(1, 65535),
    port_numbers,
    st.tuples(host_ips),
    st.tuples(host_ips, st.integers(1, 65535)),
    st.tuples(host_ips, port_numbers),
)
bindings = st.dictionaries(
    st.one_of(st.integers(1, 65535), st.tuples(port_numbers, protos).map("".join)),
    st.one_of(single_binding, st.lists(single_binding, max_size=3)),
    max_size=5,
)


@given(bindings)
def test_convert_port_bindings_agrees_without_ranges(port_bindings: dict[Any, Any]) -> None:
    assume(len({_tcp_key(k) for k in port_bindings}) == len(port_bindings))
    assert utils.convert_port_bindings(port_bindings) == dp.convert_port_bindings(port_bindings)


env_values = st.one_of(
    st.none(),
    st.text(max_size=5),
    st.integers(),
    st.binary(max_size=3).map(lambda b: b.hex().encode()),
)


@given(st.dictionaries(st.text(min_size=1, max_size=5), env_values, max_size=5))
def test_format_environment_agrees(environment: dict[str, Any]) -> None:
    assert utils.format_environment(environment) == dp.format_environment(environment)


filter_values = st.one_of(
    st.booleans(),
    st.integers(),
    st.text(max_size=5),
    st.lists(st.one_of(st.text(max_size=5), st.integers())),
)


@given(st.dictionaries(st.text(min_size=1, max_size=5), filter_values, max_size=4))
def test_convert_filters_agrees(filters: dict[str, Any]) -> None:
    assert utils.convert_filters(filters) == dp.convert_filters(filters)


def test_same_port_keys_are_merged() -> None:
    # Deliberate difference: docker-py keeps only the last of "80" and "80/tcp"; like
    # `docker run -p 80 -p 80/tcp`, we keep the bindings of both.
    assert utils.convert_port_bindings({"80": 8080, "80/tcp": 8081}) == {
        "80/tcp": [{"HostIp": "", "HostPort": "8080"}, {"HostIp": "", "HostPort": "8081"}]
    }
