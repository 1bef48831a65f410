"""Where docker-py's keyword arguments go on the wire: one table, read by the
facade when it builds requests and by ``dockerapi check`` when it reads code.

A method (or a request type such as ``HostConfig``) declares its `Keywords`
next to its code: the operation it sends, and for each keyword argument the
query parameters, headers or body fields its value becomes. The code takes its
wire names from that declaration (``_STOP.query(timeout=..., signal=...)``,
``HOST_CONFIG.put(self, "mem_limit", ...)``), and ``@_STOP.describes``
registers the function or class it belongs to. So the names the facade sends
and the names the checker looks up in the version table come from one place;
a unit test sends every listed keyword through a mock transport to prove it.

Names here are wire names (the spec's ``signal``, ``HostConfig.Annotations``),
never Python names, so the version table (`docker_engine_api._versions`)
answers for them directly. A name the API changed between versions is declared
as `Renamed` (``prune_builds(keep_storage=...)``: ``keep-storage``, then
``reserved-space`` from 1.48); the facade and the checker both read the table
`at` the version in use. No I/O, nothing imported beyond the standard library.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from typing import Any, Final, Literal, NamedTuple, TypeAlias, TypeVar, overload

__all__ = [
    "SENDS_NOTHING",
    "Keywords",
    "Registration",
    "Renamed",
    "Wire",
    "WireKind",
    "lookup",
    "registrations",
]

WireKind: TypeAlias = Literal["query", "header", "body"]

T = TypeVar("T")

#: The operation of a method that sends nothing (``reload_config``): it has no
#: operation, and its keywords are all unversioned.
SENDS_NOTHING: Final = ""


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


class Renamed(NamedTuple):
    """A keyword's one wire name, which an API version changed: `old` below API
    `since`, `new` from it on. The facade names the value with ``table.at(version)``;
    the checker looks up the name of the pinned version."""

    old: str
    new: str
    since: str

    def at(self, version: str) -> str:
        """The name a daemon speaking API `version` reads."""
        return self.new if _version_key(version) >= _version_key(self.since) else self.old

    def under(self, prefix: str) -> Renamed:
        return Renamed(_join(prefix, self.old), _join(prefix, self.new), self.since)


#: One wire name, several when one keyword fills several fields, or one name that
#: depends on the API version.
Names: TypeAlias = str | tuple[str, ...] | Renamed


class Wire(NamedTuple):
    """One place a value is sent: a query parameter, header or body field of an operation.

    Body fields are dotted paths from the root of the body (``HostConfig.Memory``;
    ``*`` stands for any key of a map); ``""`` is the whole query or body, for a
    keyword whose value is already keyed by wire names (``attach_socket(params=...)``).
    """

    operation: str
    kind: WireKind
    name: str

    def describe(self) -> str:
        what = self.name or f"(the whole {self.kind})"
        return f"{self.operation} {self.kind} {what}"


def _tuple(names: Names) -> tuple[str, ...]:
    """Every name, of every API version."""
    if isinstance(names, Renamed):
        return (names.old, names.new)
    return (names,) if isinstance(names, str) else tuple(names)


def _one_name(names: Names) -> str | None:
    """The name of a keyword that has one, whatever the API version (else None)."""
    if isinstance(names, str):
        return names
    if isinstance(names, Renamed) or len(names) != 1:
        return None
    return names[0]


def _resolved(table: Mapping[str, Names], version: str) -> dict[str, Names]:
    return {
        keyword: names.at(version) if isinstance(names, Renamed) else names
        for keyword, names in table.items()
    }


def _join(prefix: str, name: str) -> str:
    if not prefix:
        return name
    return f"{prefix}.{name}" if name else prefix


class Keywords:
    """The wire names of one method's (or one request type's) keyword arguments.

    Args:
        operation: the operationId the method sends (its own version rule), or
            `SENDS_NOTHING` for a method that sends no request.
        query, header: keyword -> the query parameter(s) / header(s) it sets
            (a `Renamed` for a name that depends on the API version).
        body: keyword -> the body field(s) it sets, relative to `within`.
        within: where a request type's fields sit in the body (``"HostConfig"``).
        unversioned: keywords with no version rule: path parameters (the
            container), client-side options (``stream``, ``decode``), raw bodies.
        nested: keyword -> the table of the keywords a dict value may hold
            (``create_container(healthcheck={"start_period": ...})``).
    """

    __slots__ = (
        "_at",
        "_body",
        "_declared",
        "_header",
        "_query",
        "_renamed",
        "_single",
        "nested",
        "operation",
        "unversioned",
        "within",
    )

    def __init__(
        self,
        operation: str,
        *,
        query: Mapping[str, Names] | None = None,
        header: Mapping[str, Names] | None = None,
        body: Mapping[str, Names] | None = None,
        within: str = "",
        unversioned: Iterable[str] = (),
        nested: Mapping[str, Keywords] | None = None,
    ) -> None:
        self.operation = operation
        self.within = within
        self._declared: dict[WireKind, dict[str, Names]] = {
            "query": dict(query or {}),
            "header": dict(header or {}),
            "body": dict(body or {}),
        }
        self._query = {keyword: _tuple(names) for keyword, names in self._declared["query"].items()}
        self._header = {
            keyword: _tuple(names) for keyword, names in self._declared["header"].items()
        }
        self._body = {keyword: _tuple(names) for keyword, names in self._declared["body"].items()}
        self.unversioned = frozenset(unversioned)
        self.nested: Mapping[str, Keywords] = dict(nested or {})
        # keyword -> its one name, per kind (what the request builders below look up)
        self._single = {
            kind: {
                keyword: one
                for keyword, names in table.items()
                if (one := _one_name(names)) is not None
            }
            for kind, table in self._declared.items()
        }
        self._renamed = frozenset(
            keyword
            for table in self._declared.values()
            for keyword, names in table.items()
            if isinstance(names, Renamed)
        )
        self._at: dict[str, Keywords] = {}
        overlap = self.unversioned & self.keywords
        if overlap:
            raise ValueError(f"{operation}: {sorted(overlap)} both unversioned and sent")
        if operation == SENDS_NOTHING and self.keywords:
            raise ValueError(f"{sorted(self.keywords)} sent by a method that sends nothing")

    def __repr__(self) -> str:
        where = f" within {self.within}" if self.within else ""
        operation = self.operation or "(sends nothing)"
        return f"<Keywords {operation}{where}: {len(self.keywords)} keywords>"

    def at(self, version: str) -> Keywords:
        """This table as a daemon speaking API `version` reads it: every `Renamed`
        keyword under that version's name (the table itself when none is renamed)."""
        if not self._renamed:
            return self
        found = self._at.get(version)
        if found is None:
            declared = self._declared
            found = self._at[version] = Keywords(
                self.operation,
                query=_resolved(declared["query"], version),
                header=_resolved(declared["header"], version),
                body=_resolved(declared["body"], version),
                within=self.within,
                unversioned=self.unversioned,
                nested=self.nested,
            )
        return found

    # -- what the facade's code uses ---------------------------------------------

    def query(self, **values: Any) -> dict[str, Any]:
        """Query parameters keyed by wire name, from values keyed by keyword."""
        return self._named("query", values)

    def header(self, **values: Any) -> dict[str, Any]:
        """Headers keyed by wire name, from values keyed by keyword."""
        return self._named("header", values)

    def body(self, **values: Any) -> dict[str, Any]:
        """Body fields (relative to `within`) keyed by wire name, from values keyed by keyword."""
        return self._named("body", values)

    def field(self, keyword: str) -> str:
        """The one body field (relative to `within`) a keyword sets."""
        try:
            return self._single["body"][keyword]
        except KeyError:
            raise _not_single(keyword, "body") from None

    def _named(self, kind: WireKind, values: Mapping[str, Any]) -> dict[str, Any]:
        names = self._single[kind]
        try:
            return {names[keyword]: value for keyword, value in values.items()}
        except KeyError as missing:
            keyword = str(missing.args[0])
            if keyword in self._renamed:
                raise KeyError(f"{keyword!r} is named by API version: use .at(version)") from None
            raise _not_single(keyword, kind) from None

    def fields(self, keyword: str) -> tuple[str, ...]:
        """Every body field (relative to `within`) a keyword sets, in declared order
        (a renamed one's names of every version)."""
        return self._body[keyword]

    def put(self, target: MutableMapping[str, Any], keyword: str, value: Any) -> None:
        """Set the keyword's one body field (a dotted path) in `target`, making the
        intermediate dicts it needs."""
        *parents, last = self.field(keyword).split(".")
        for segment in parents:
            target = target.setdefault(segment, {})
        target[last] = value

    # -- what the checker (and the tests) read -----------------------------------

    @property
    def keywords(self) -> frozenset[str]:
        """Every keyword that reaches the wire."""
        return frozenset(self._query) | frozenset(self._header) | frozenset(self._body)

    @property
    def body_names(self) -> Mapping[str, Names]:
        """keyword -> body fields relative to `within` (for tables built on this one)."""
        return dict(self._declared["body"])

    def relocated(self, prefix: str, *, exclude: Iterable[str] = ()) -> dict[str, Names]:
        """This table's body names under `prefix`, for a method that takes the same
        keywords and sends them inside another field."""
        skipped = set(exclude)
        return {
            keyword: (
                names.under(prefix)
                if isinstance(names, Renamed)
                else tuple(_join(prefix, name) for name in _tuple(names))
            )
            for keyword, names in self._declared["body"].items()
            if keyword not in skipped
        }

    @property
    def renamed(self) -> frozenset[str]:
        """The keywords whose wire name depends on the API version (see `at`)."""
        return self._renamed

    def wires(self, keyword: str) -> tuple[Wire, ...]:
        """Where a keyword's value goes (empty for unversioned or unknown keywords);
        a `Renamed` keyword's names of every version, unless read `at` one."""
        found: list[Wire] = [Wire(self.operation, "query", n) for n in self._query.get(keyword, ())]
        found += [Wire(self.operation, "header", n) for n in self._header.get(keyword, ())]
        found += [
            Wire(self.operation, "body", _join(self.within, n)) for n in self._body.get(keyword, ())
        ]
        return tuple(found)

    def items(self) -> Iterator[tuple[str, tuple[Wire, ...]]]:
        """(keyword, wires) for every keyword that reaches the wire, sorted by keyword."""
        for keyword in sorted(self.keywords):
            yield keyword, self.wires(keyword)

    # -- registration ---------------------------------------------------------------

    @overload
    def describes(self, target: T, *, forwards_to: Callable[..., Any] | None = None) -> T: ...

    @overload
    def describes(
        self, target: None = None, *, forwards_to: Callable[..., Any] | None = None
    ) -> Callable[[T], T]: ...

    def describes(
        self, target: Any = None, *, forwards_to: Callable[..., Any] | None = None
    ) -> Any:
        """Register `target` (a plan function, a method, a class, a function) as the
        code this table describes; usable as a decorator. `forwards_to`: `target`
        passes its positional arguments on to that callable, supplying its leading
        `version` itself (``create_host_config(*args)`` -> ``HostConfig(version, *args)``)."""

        def register(function: T) -> T:
            key = _unwrapped(function)
            if key in _REGISTRY:
                raise ValueError(f"{function!r} is already described")
            _REGISTRY[key] = Registration(self, key, forwards_to)
            return function

        return register if target is None else register(target)


def _not_single(keyword: str, kind: str) -> KeyError:
    return KeyError(f"{keyword!r} is not a keyword with one {kind} name in this table")


def _unwrapped(target: Any) -> Any:
    """The function behind a plan descriptor or a wrapper; classes as they are."""
    return inspect.unwrap(getattr(target, "function", target))


@dataclass(frozen=True)
class Registration:
    """A described function or class and its table."""

    keywords: Keywords
    target: Any
    forwards_to: Callable[..., Any] | None = None

    def positional(self) -> tuple[str, ...]:
        """Parameter names in positional order, as a caller passes them (no ``self``;
        a forwarder's are its target's, without the `version` it supplies)."""
        if self.forwards_to is not None:
            names = _positional_names(self.forwards_to)
            return names[1:] if names[:1] == ("version",) else names
        names = _positional_names(self.target)
        return names[1:] if names[:1] == ("self",) else names


def _positional_names(target: Any) -> tuple[str, ...]:
    names: list[str] = []
    for parameter in inspect.signature(target).parameters.values():
        if parameter.kind not in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            break
        names.append(parameter.name)
    return tuple(names)


_REGISTRY: dict[Any, Registration] = {}


def lookup(target: Any) -> Registration | None:
    """The registration of a function, plan descriptor or class, if it has one."""
    return _REGISTRY.get(_unwrapped(target))


def registrations() -> tuple[Registration, ...]:
    """Everything described so far (modules register when they are imported)."""
    return tuple(_REGISTRY.values())
