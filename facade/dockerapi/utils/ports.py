"""``docker run -p`` style port specs: ``[[host_ip:]host_port[-end]:]port[-end][/proto]``.

Same module path and function names as ``docker.utils.ports``, so code that builds port
bindings from compose-like strings keeps working.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeAlias

__all__ = [
    "PORT_SPEC",
    "HostBinding",
    "add_port",
    "add_port_mapping",
    "build_port_bindings",
    "port_range",
    "split_port",
]

#: One host side of a binding: a host port (``"8080"``, ``"8000-8010"``), ``None`` for
#: "any free port", or an ``(ip, port_or_None)`` pair when a host address was given.
HostBinding: TypeAlias = str | tuple[str, str | None] | None

PORT_SPEC = re.compile(
    r"""
    ^
    (?:                                   # optional host part, ending with ':'
        (?:\[?(?P<host>[a-fA-F\d.:]+)\]?:)?   # host address, IPv6 may be in brackets
        (?P<ext>\d*)(?:-(?P<ext_end>\d+))?:   # host port or range (may be empty)
    )?
    (?P<int>\d+)(?:-(?P<int_end>\d+))?    # container port or range
    (?P<proto>/(?:udp|tcp|sctp))?
    $
    """,
    re.VERBOSE,
)


def port_range(
    start: str | None, end: str | None, proto: str, randomly_available_port: bool = False
) -> list[str] | None:
    """Expand ``start``-``end`` into single ports, each with ``proto`` appended.

    An empty ``start`` means "not given" and is returned as ``None``. With
    ``randomly_available_port`` the range is kept whole (``"8000-8010"``): the daemon then
    picks one free port from it for a single container port.
    """
    if not start:
        return None
    if not end:
        return [start + proto]
    if randomly_available_port:
        return [f"{start}-{end}{proto}"]
    first, last = int(start), int(end)
    if last < first:
        raise ValueError(f"invalid port range {start}-{end}: the end is before the start")
    return [f"{port}{proto}" for port in range(first, last + 1)]


def _invalid(port: str) -> ValueError:
    return ValueError(
        f'Invalid port "{port}", should be [[remote_ip:]remote_port[-remote_port]:]port[/protocol]'
    )


def split_port(port: object) -> tuple[list[str], list[str] | list[tuple[str, str | None]] | None]:
    """Split one port spec into container ports and their host sides.

    Returns ``(internal, external)``: ``internal`` lists container ports (with
    ``/proto`` when given); ``external`` is ``None`` when no host side was given, a list
    of host ports of the same length, or ``(host_ip, host_port)`` pairs when a host
    address was given (host port ``None`` when left empty).

    Raises:
        ValueError: the spec is malformed or the two ranges differ in length.
    """
    legacy_repr = getattr(port, "legacy_repr", None)
    if callable(legacy_repr):  # compose's ServicePort objects render themselves this way
        port = legacy_repr()
    text = str(port)
    match = PORT_SPEC.match(text)
    if match is None:
        raise _invalid(text)
    host = match["host"]
    internal = port_range(match["int"], match["int_end"], match["proto"] or "")
    assert internal is not None  # the container port is mandatory in PORT_SPEC
    # A host range published from ONE container port means "any free port of the range".
    external = port_range(match["ext"], match["ext_end"], "", len(internal) == 1)

    if host is None:
        if match["ext"] == "" and match["ext_end"] is None and text.startswith(":"):
            raise _invalid(text)  # ":80" names no host port and no address
        if external is not None and len(internal) != len(external):
            raise ValueError("Port ranges don't match in length")
        return internal, external
    host_ip: str = host
    pairs: list[tuple[str, str | None]]
    if external is None:
        pairs = [(host_ip, None) for _ in internal]
    elif len(internal) != len(external):
        raise ValueError("Port ranges don't match in length")
    else:
        pairs = [(host_ip, host_port) for host_port in external]
    return internal, pairs


def add_port_mapping(
    port_bindings: dict[str, list[HostBinding]], internal_port: str, external: HostBinding
) -> None:
    """Append one host side to ``port_bindings[internal_port]``."""
    port_bindings.setdefault(internal_port, []).append(external)


def add_port(
    port_bindings: dict[str, list[HostBinding]],
    internal_port_range: list[str],
    external_range: list[str] | list[tuple[str, str | None]] | None,
) -> None:
    """Record the pairs of :func:`split_port`'s result in ``port_bindings``."""
    if external_range is None:
        for internal_port in internal_port_range:
            add_port_mapping(port_bindings, internal_port, None)
        return
    externals: list[HostBinding] = list(external_range)
    for internal_port, external in zip(internal_port_range, externals, strict=True):
        add_port_mapping(port_bindings, internal_port, external)


def build_port_bindings(ports: Iterable[object]) -> dict[str, list[HostBinding]]:
    """Turn port specs (``["8080:80", "127.0.0.1::53/udp"]``) into a ``port_bindings`` dict.

    The result has the shape :func:`~dockerapi.utils.convert_port_bindings` reads.
    """
    port_bindings: dict[str, list[HostBinding]] = {}
    for port in ports:
        internal_port_range, external_range = split_port(port)
        add_port(port_bindings, internal_port_range, external_range)
    return port_bindings
