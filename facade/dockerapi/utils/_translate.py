"""Translations from docker-py's friendly argument forms to the Engine API's JSON shapes.

Each function takes what ``create_host_config`` / ``create_container`` accept (dicts,
lists, tuples, ``"a:b:ro"`` strings) and returns exactly what the daemon reads.
"""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Mapping
from typing import Any

from dockerapi.errors import InvalidArgument

__all__ = [
    "convert_port_bindings",
    "convert_service_networks",
    "convert_tmpfs_mounts",
    "convert_volume_binds",
    "format_environment",
    "format_extra_hosts",
    "normalize_links",
    "parse_devices",
    "split_command",
]

PortBinding = dict[str, str]


def _decode(value: str | bytes) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


# ---------------------------------------------------------------------------- ports


def _one_binding(binding: object) -> PortBinding:
    """``8080`` / ``"8080"`` / ``("ip",)`` / ``("ip", 8080)`` / ``{"HostPort": ...}`` -> API dict."""
    host_ip: object = ""
    host_port: object = ""
    if isinstance(binding, tuple):
        if len(binding) == 2:
            host_ip, host_port = binding
        elif len(binding) == 1:
            # A lone str is an address ("publish on this IP, any port"); anything else a port.
            if isinstance(binding[0], str):
                host_ip = binding[0]
            else:
                host_port = binding[0]
        else:
            raise ValueError(
                f"invalid port binding {binding!r}: expected (host_ip,) or (host_ip, host_port)"
            )
    elif isinstance(binding, Mapping):
        if "HostPort" not in binding:
            raise ValueError(f"invalid port binding {binding!r}: a dict needs a 'HostPort' key")
        host_port = binding["HostPort"]
        host_ip = binding.get("HostIp", "")
    else:
        host_port = binding
    return {
        "HostIp": "" if host_ip is None else str(host_ip),
        "HostPort": "" if host_port is None else str(host_port),
    }


def _port_span(port: str) -> tuple[int, int] | None:
    """``"8000-8010"`` -> (8000, 8010); a single port or anything else -> None."""
    first, sep, last = port.partition("-")
    if sep and first.isdigit() and last.isdigit():
        if int(last) < int(first):
            raise ValueError(f"invalid port range {port!r}: the end is before the start")
        return int(first), int(last)
    return None


def _spread_over_range(binding: PortBinding, count: int) -> list[PortBinding]:
    """Give each of ``count`` container ports its share of one host-side binding."""
    host_port = binding["HostPort"]
    if not host_port:
        return [dict(binding) for _ in range(count)]  # any free port, on each
    span = _port_span(host_port)
    host_ports = [str(p) for p in range(span[0], span[1] + 1)] if span else [host_port]
    if len(host_ports) != count:
        raise ValueError(
            f"Port ranges don't match in length: {count} container ports, host side {host_port!r}"
        )
    return [{"HostIp": binding["HostIp"], "HostPort": p} for p in host_ports]


def convert_port_bindings(port_bindings: Mapping[Any, Any]) -> dict[str, list[PortBinding]]:
    """Translate ``port_bindings`` to the API's ``PortBindings``.

    Keys are container ports (``80``, ``"53/udp"``, ranges ``"8000-8010"``; tcp when no
    protocol is given). Values are a host port, ``None`` (any free port), ``(ip,)``,
    ``(ip, port)``, a ``{"HostIp", "HostPort"}`` dict, or a list of those to publish one
    container port several times. A host range on a single container port lets the
    daemon choose a free port from it.

    Deliberate differences from docker-py: a container port *range* key is expanded
    into one key per port (element-wise against a host range of the same length),
    because the daemon rejects range keys with "invalid port specification"; and keys
    naming the same port (``80`` and ``"80/tcp"``) have their bindings merged, as
    ``docker run -p`` does, where docker-py keeps only the last.
    """
    result: dict[str, list[PortBinding]] = {}
    for key, value in port_bindings.items():
        port, _, proto = str(key).partition("/")
        proto = proto or "tcp"
        bindings = (
            [_one_binding(v) for v in value] if isinstance(value, list) else [_one_binding(value)]
        )
        span = _port_span(port)
        if span is None:
            result.setdefault(f"{port}/{proto}", []).extend(bindings)
            continue
        container_ports = [f"{p}/{proto}" for p in range(span[0], span[1] + 1)]
        for binding in bindings:
            spread = _spread_over_range(binding, len(container_ports))
            for container_port, host_side in zip(container_ports, spread, strict=True):
                result.setdefault(container_port, []).append(host_side)
    return result


# ---------------------------------------------------------------------------- volumes


def convert_volume_binds(binds: Mapping[Any, Any] | list[str]) -> list[str]:
    """Translate ``binds`` to the API's ``Binds`` strings (``host:container:mode``).

    A list is taken as ready-made bind strings. A dict maps a host path (or volume name)
    either to a container path (mounted ``rw``) or to a dict with ``bind`` and optional
    ``mode`` (``"ro"``, ``"rw"``, ``"z"``, ``"ro,Z"`` ...), ``ro`` (bool) and ``propagation``
    (``"rshared"`` ...). ``ro`` and ``mode`` together are ambiguous and refused.
    """
    if isinstance(binds, list):
        return binds
    if not isinstance(binds, Mapping):
        raise TypeError(f"binds must be a dict or a list of strings, got {type(binds).__name__}")

    result = []
    for host, spec in binds.items():
        source = _decode(host)
        if not isinstance(spec, Mapping):
            result.append(f"{source}:{_decode(spec)}:rw")
            continue
        if "ro" in spec and "mode" in spec:
            raise ValueError(f'Binding cannot contain both "ro" and "mode": {spec!r}')
        if "bind" not in spec:
            raise ValueError(f"binding for {source!r} needs a 'bind' key (the container path)")
        target = _decode(spec["bind"])
        # "ro": bool wins over the default mode; "mode" may carry "ro,z" style flags.
        mode = ("ro" if spec["ro"] else "rw") if "ro" in spec else spec.get("mode", "rw")
        propagation = spec.get("propagation")
        # docker-py drops propagation values it does not know; we pass them on so the
        # daemon, which knows the current list, accepts or names the problem.
        if propagation:
            mode = f"{mode},{propagation}" if mode else propagation
        result.append(f"{source}:{target}:{mode}")
    return result


def convert_tmpfs_mounts(tmpfs: Mapping[str, str] | list[str]) -> dict[str, str]:
    """Translate ``tmpfs`` to the API's ``Tmpfs`` map of path -> mount options.

    A dict is taken as it is; a list holds ``"/path"`` or ``"/path:size=64m,uid=1000"``.
    """
    if isinstance(tmpfs, Mapping):
        return tmpfs  # type: ignore[return-value]  # docker-py returns the caller's dict itself
    if not isinstance(tmpfs, list):
        raise ValueError(
            f"Expected tmpfs value to be either a list or a dict, found: {type(tmpfs).__name__}"
        )
    result: dict[str, str] = {}
    for mount in tmpfs:
        if not isinstance(mount, str):
            raise ValueError(
                f"Expected item in tmpfs list to be a string, found: {type(mount).__name__}"
            )
        path, _, options = mount.partition(":")
        result[path] = options
    return result


# ---------------------------------------------------------------------------- misc


def convert_service_networks(networks: list[Any] | None) -> list[Any] | None:
    """Network names or IDs (or ready dicts) -> service ``Networks`` attachment dicts."""
    if not networks:
        return networks
    if not isinstance(networks, list):
        raise TypeError("networks parameter must be a list.")
    return [{"Target": n} if isinstance(n, str) else n for n in networks]


def normalize_links(links: Mapping[str, str | None] | Iterable[Any]) -> list[str]:
    """``{"db": "database", "cache": None}`` or pairs -> sorted ``["cache", "db:database"]``.

    Unlike docker-py, plain ``"name"`` / ``"name:alias"`` strings in a list are accepted
    too (docker-py fails to unpack them).
    """
    pairs: list[tuple[str, str | None]] = []
    items: Iterable[Any] = links.items() if isinstance(links, Mapping) else links
    for item in items:
        if isinstance(item, str):
            name, _, alias = item.partition(":")
            pairs.append((name, alias or None))
        else:
            name, alias = item
            pairs.append((name, alias))
    pairs.sort(key=lambda pair: (pair[0], pair[1] or ""))
    return [f"{name}:{alias}" if alias else name for name, alias in pairs]


def parse_devices(devices: Iterable[str | Mapping[str, str]]) -> list[dict[str, str]]:
    """``"/dev/sda:/dev/xvda:rwm"`` strings (or ready dicts) -> the API's device mappings.

    The container path defaults to the host path and permissions to ``rwm``.
    """
    result: list[dict[str, str]] = []
    for device in devices:
        if isinstance(device, Mapping):
            result.append(device)  # type: ignore[arg-type]  # passed through unchanged, as docker-py
            continue
        if not isinstance(device, str):
            raise InvalidArgument(f"Invalid device type {type(device)}")
        parts = device.split(":")
        host_path = parts[0]
        result.append(
            {
                "PathOnHost": host_path,
                "PathInContainer": parts[1] if len(parts) > 1 else host_path,
                "CgroupPermissions": parts[2] if len(parts) > 2 else "rwm",
            }
        )
    return result


def split_command(command: str) -> list[str]:
    """Split a shell-like command line into argv, honouring quotes (no shell is run)."""
    return shlex.split(command)


def format_environment(environment: Mapping[str, Any]) -> list[str]:
    """``{"A": "1", "FLAG": None}`` -> ``["A=1", "FLAG"]`` (a bare name passes the caller's value)."""

    def entry(key: str, value: Any) -> str:
        if value is None:
            return key
        return f"{key}={_decode(value) if isinstance(value, bytes) else value}"

    return [entry(key, value) for key, value in environment.items()]


def format_extra_hosts(extra_hosts: Mapping[str, str], task: bool = False) -> list[str]:
    """``{"host": "1.2.3.4"}`` -> ``["host:1.2.3.4"]``, sorted by host name.

    With ``task=True`` the swarm form ``"1.2.3.4 host"`` is produced instead. An IPv6
    address is written as is (``"host:::1"``), which is the form the daemon parses.
    """
    if task:
        return [f"{ip} {host}" for host, ip in sorted(extra_hosts.items())]
    return [f"{host}:{ip}" for host, ip in sorted(extra_hosts.items())]
