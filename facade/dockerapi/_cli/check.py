"""``dockerapi check --api X.Y PATH...``: find, without running or importing the
code, calls that need a newer (or older) Engine API than the pinned one.

The code is read with `ast`. A call is checked when its receiver is known to be
a client: a name bound (in the same scope, or as a ``self`` attribute) to
``docker.APIClient(...)``, ``dockerapi.from_env()``, ``DockerClient(...).api``,
``.engine`` ..., a ``with`` target, or a parameter annotated with one of those
classes; and for the request types (``HostConfig(...)``, ``create_host_config``,
``Healthcheck``, ``EndpointConfig`` ...). What each keyword becomes on the wire
comes from the facade's own table (`dockerapi._wire`, the names its requests are
built from, read at the pinned version where the API renamed one) or, for ``client.engine.<operation>(...)``, from the generated
operation index; the version of each wire name from the version table.

What the check cannot see is reported, not guessed: ``**kwargs``, ``*args``,
receivers it cannot identify (a call that would need a newer API if the
receiver were a client says so), methods the table does not describe, bodies
built from models.
"""

from __future__ import annotations

import ast
import importlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeAlias

from .._gating import VersionKey, parse_version
from .._wire import Keywords, Registration, Wire, WireKind, lookup
from ._facts import Entry, VersionFacts

__all__ = [
    "CheckReport",
    "Finding",
    "Site",
    "Unchecked",
    "check_paths",
    "check_source",
    "format_report",
]

Severity: TypeAlias = Literal["error", "deprecated"]

#: Errors win over deprecations when a keyword has several wires.
_RANK: dict[Severity, int] = {"deprecated": 0, "error": 1}

#: Directories never searched when a directory is given.
_SKIPPED_DIRECTORIES = frozenset({"__pycache__", "node_modules", "site-packages"})


@dataclass(frozen=True, slots=True)
class Site:
    """Where a call is: file, line, column (1-based), and the call as written."""

    path: str
    line: int
    column: int
    call: str

    def as_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column, "call": self.call}


@dataclass(frozen=True, slots=True)
class Finding:
    """A keyword (or an operation) outside the pinned API version."""

    site: Site
    keyword: str | None
    entry: Entry
    problem: str
    severity: Severity = "error"

    def describe(self) -> str:
        site = self.site
        argument = f"{self.keyword}=..." if self.keyword else ""
        return (
            f"{site.path}:{site.line}:{site.column}: {site.call}({argument}) {self.problem}"
            f" ({self.entry.describe()})"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.site.as_dict(),
            "keyword": self.keyword,
            "problem": self.problem,
            "severity": self.severity,
            **self.entry.as_dict(),
        }


@dataclass(frozen=True, slots=True)
class Unchecked:
    """Something the check saw but could not resolve."""

    site: Site
    reason: str

    def describe(self) -> str:
        site = self.site
        return f"{site.path}:{site.line}:{site.column}: not checked: {site.call}: {self.reason}"

    def as_dict(self) -> dict[str, Any]:
        return {**self.site.as_dict(), "reason": self.reason}


@dataclass
class CheckReport:
    api: str
    files: int = 0
    findings: list[Finding] = field(default_factory=list)
    unchecked: list[Unchecked] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.severity == "error"]

    def as_dict(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "files": self.files,
            "findings": [finding.as_dict() for finding in self.findings],
            "unchecked": [item.as_dict() for item in self.unchecked],
        }


def format_report(report: CheckReport) -> str:
    lines = [finding.describe() for finding in report.findings]
    lines += [item.describe() for item in report.unchecked]
    deprecated = len(report.findings) - len(report.errors)
    lines.append(
        f"API {report.api}: {len(report.errors)} problem(s), {deprecated} deprecation(s), "
        f"{len(report.unchecked)} call(s) not checked, in {report.files} file(s)"
    )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# What an expression is
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Module:
    name: str  # a dockerapi module ("docker" is read as "dockerapi")


@dataclass(frozen=True, slots=True)
class _Factory:
    kind: Literal["api", "docker"]  # calling it gives a client of that kind


@dataclass(frozen=True, slots=True)
class _Client:
    kind: Literal["api", "docker"]


@dataclass(frozen=True, slots=True)
class _Engine:
    pass


@dataclass(frozen=True, slots=True)
class _Facade:
    """A dockerapi object that is neither a module nor a client class."""

    qualname: str
    value: Any


@dataclass(frozen=True, slots=True)
class _Opaque:
    """Comes from a client but is not described (the high-level collections)."""

    what: str


_Value: TypeAlias = _Module | _Factory | _Client | _Engine | _Facade | _Opaque | None

#: Keywords of every engine method whose dict literal holds wire names.
_ENGINE_EXTRAS: dict[str, WireKind] = {
    "extra_params": "query",
    "extra_headers": "header",
    "body": "body",
}

#: DockerClient methods that are APIClient's under the same name.
_DOCKER_CLIENT_PASSTHROUGH = frozenset({"ping", "version", "info", "df", "events"})


def _package_name(name: str) -> str:
    head, _, rest = name.partition(".")
    return (
        f"dockerapi.{rest}"
        if head == "docker" and rest
        else ("dockerapi" if head == "docker" else name)
    )


def _import(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _classify(qualname: str, value: Any) -> _Value:
    from ..api.client import APIClient, AsyncAPIClient
    from ..client import AsyncDockerClient, DockerClient, from_env

    if isinstance(value, ModuleType):
        return _Module(value.__name__)
    if value in (APIClient, AsyncAPIClient):
        return _Factory("api")
    if value in (DockerClient, AsyncDockerClient, from_env):
        return _Factory("docker")
    return _Facade(qualname, value)


def _module_attribute(module: str, attribute: str) -> _Value:
    loaded = _import(module)
    if loaded is None:
        return None
    if hasattr(loaded, attribute):
        return _classify(f"{module}.{attribute}", getattr(loaded, attribute))
    submodule = _import(f"{module}.{attribute}")
    return None if submodule is None else _Module(submodule.__name__)


class _Scope:
    """Names bound in one function (or the module), each to one value or to None
    when the check cannot tell (several different bindings, or unknown ones)."""

    def __init__(self, parent: _Scope | None, self_attributes: dict[str, _Value] | None) -> None:
        self.parent = parent
        self.bindings: dict[str, list[_Value]] = {}
        self.reasons: dict[str, str] = {}
        self.self_name: str | None = None
        self.self_attributes = self_attributes

    def bind(self, name: str, value: _Value, reason: str | None = None) -> None:
        self.bindings.setdefault(name, []).append(value)
        if reason:
            self.reasons[name] = reason

    def lookup(self, name: str) -> tuple[_Value, str | None]:
        scope: _Scope | None = self
        while scope is not None:
            values = scope.bindings.get(name)
            if values is not None:
                first = values[0]
                if all(value == first for value in values):
                    return first, scope.reasons.get(name)
                return None, f"`{name}` is bound to different things"
            scope = scope.parent
        return None, None


# ---------------------------------------------------------------------------
# The checker
# ---------------------------------------------------------------------------


class _FileChecker:
    def __init__(self, path: str, tree: ast.Module, facts: VersionFacts, api: str) -> None:
        self.path = path
        self.tree = tree
        self.facts = facts
        self.api = api
        self.pinned: VersionKey = parse_version(api)
        self.findings: list[Finding] = []
        self.unchecked: list[Unchecked] = []

    # -- binding names ------------------------------------------------------------

    def run(self) -> None:
        module_scope = _Scope(None, None)
        self._collect(self.tree.body, module_scope)
        self._visit_body(self.tree.body, module_scope)

    def _collect(self, body: Sequence[ast.stmt], scope: _Scope) -> None:
        """Record the bindings a block makes (flow-insensitive: every binding counts)."""
        for statement in body:
            for node in _walk_block(statement):
                self._bind(node, scope)

    def _bind(self, node: ast.AST, scope: _Scope) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    scope.bind(alias.asname, self._imported_module(alias.name))
                else:
                    top = alias.name.split(".")[0]
                    scope.bind(top, self._imported_module(top))
        elif isinstance(node, ast.ImportFrom):
            if node.level or node.module is None:
                return
            module = node.module
            for alias in node.names:
                if alias.name == "*":
                    continue
                value = (
                    _module_attribute(_package_name(module), alias.name)
                    if _is_docker_module(module)
                    else None
                )
                scope.bind(alias.asname or alias.name, value)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                self._bind_target(target, node.value, scope)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and node.value is not None:
            self._bind_target(node.target, node.value, scope)
        elif isinstance(node, ast.With | ast.AsyncWith):
            for item in node.items:
                if item.optional_vars is not None:
                    self._bind_target(item.optional_vars, item.context_expr, scope)
        elif isinstance(node, ast.For | ast.AsyncFor):
            self._bind_unknown(node.target, scope, "a loop variable")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            scope.bind(node.name, None)

    def _bind_target(self, target: ast.expr, value: ast.expr, scope: _Scope) -> None:
        if isinstance(target, ast.Name):
            scope.bind(target.id, self._resolve(value, scope)[0])
        elif (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == scope.self_name
            and scope.self_attributes is not None
        ):
            resolved = self._resolve(value, scope)[0]
            previous = scope.self_attributes.get(target.attr, resolved)
            scope.self_attributes[target.attr] = resolved if previous == resolved else None
        else:
            self._bind_unknown(target, scope, "unpacked")

    def _bind_unknown(self, target: ast.expr, scope: _Scope, why: str) -> None:
        for node in ast.walk(target):
            if isinstance(node, ast.Name):
                scope.bind(node.id, None, why)

    def _imported_module(self, name: str) -> _Value:
        if not _is_docker_module(name):
            return None
        module = _import(_package_name(name))
        return None if module is None else _Module(module.__name__)

    # -- resolving expressions ----------------------------------------------------

    def _resolve(self, node: ast.expr, scope: _Scope) -> tuple[_Value, str | None]:
        """What an expression is, or (None, why not) when it is not something known."""
        if isinstance(node, ast.Name):
            return scope.lookup(node.id)
        if isinstance(node, ast.Await):
            return self._resolve(node.value, scope)
        if isinstance(node, ast.Call):
            called, _ = self._resolve(node.func, scope)
            if isinstance(called, _Factory):
                return _Client(called.kind), None
            return None, None
        if isinstance(node, ast.Attribute):
            if (
                isinstance(node.value, ast.Name)
                and node.value.id == scope.self_name
                and scope.self_attributes is not None
                and node.attr in scope.self_attributes
            ):
                return scope.self_attributes[node.attr], None
            base, _ = self._resolve(node.value, scope)
            return self._attribute(base, node.attr), None
        return None, None

    def _attribute(self, base: _Value, name: str) -> _Value:
        if isinstance(base, _Module):
            return _module_attribute(base.name, name)
        if isinstance(base, _Factory):
            return base if name == "from_env" else None
        if isinstance(base, _Client):
            if name == "engine":
                return _Engine()
            if base.kind == "docker":
                if name == "api":
                    return _Client("api")
                if name in _DOCKER_CLIENT_PASSTHROUGH:
                    return _Facade(f"APIClient.{name}", _api_method(name))
                return _Opaque(f"DockerClient.{name}")
            return _Facade(f"APIClient.{name}", _api_method(name))
        if isinstance(base, _Engine):
            return _Facade(f"engine.{name}", _EngineOperation(name))
        if isinstance(base, _Opaque):
            return _Opaque(f"{base.what}.{name}")
        return None

    # -- visiting -----------------------------------------------------------------

    def _visit_body(self, body: Sequence[ast.stmt], scope: _Scope) -> None:
        for statement in body:
            self._visit(statement, scope)

    def _visit(self, node: ast.AST, scope: _Scope) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            self._visit_function(node, scope, self_attributes=None)
            return
        if isinstance(node, ast.ClassDef):
            self._visit_class(node, scope)
            return
        if isinstance(node, ast.Call):
            self._check_call(node, scope)
        for child in ast.iter_child_nodes(node):
            self._visit(child, scope)

    def _visit_class(self, node: ast.ClassDef, scope: _Scope) -> None:
        for expression in [*node.decorator_list, *node.bases]:
            self._visit(expression, scope)
        attributes: dict[str, _Value] = {}
        methods = [n for n in node.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        # First learn what `self.x = ...` binds in every method, then check the calls.
        for method in methods:
            self._function_scope(method, scope, attributes)
        for statement in node.body:
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
                self._visit_function(statement, scope, self_attributes=attributes)
            else:
                self._visit(statement, scope)

    def _function_scope(
        self,
        node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
        parent: _Scope,
        self_attributes: dict[str, _Value] | None,
    ) -> _Scope:
        scope = _Scope(parent, self_attributes)
        arguments = node.args
        every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
        if self_attributes is not None and every and not _is_static(node):
            scope.self_name = every[0].arg
        for argument in every:
            if argument.arg == scope.self_name:
                continue
            value = self._annotation(argument.annotation, parent)
            scope.bind(
                argument.arg,
                value,
                None if value is not None else "a parameter of unknown type",
            )
        for extra in (arguments.vararg, arguments.kwarg):
            if extra is not None:
                scope.bind(extra.arg, None, "a parameter of unknown type")
        if isinstance(node, ast.Lambda):
            return scope
        self._collect(node.body, scope)
        return scope

    def _visit_function(
        self,
        node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda,
        parent: _Scope,
        self_attributes: dict[str, _Value] | None,
    ) -> None:
        if not isinstance(node, ast.Lambda):
            for decorator in node.decorator_list:
                self._visit(decorator, parent)
        for default in [*node.args.defaults, *(d for d in node.args.kw_defaults if d)]:
            self._visit(default, parent)
        scope = self._function_scope(node, parent, self_attributes)
        if isinstance(node, ast.Lambda):
            self._visit(node.body, scope)
        else:
            self._visit_body(node.body, scope)

    def _annotation(self, annotation: ast.expr | None, scope: _Scope) -> _Value:
        if annotation is None:
            return None
        if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
            try:
                annotation = ast.parse(annotation.value, mode="eval").body
            except SyntaxError:
                return None
        if isinstance(annotation, ast.BinOp):  # `APIClient | None`
            left = self._annotation(annotation.left, scope)
            return left if left is not None else self._annotation(annotation.right, scope)
        if isinstance(annotation, ast.Subscript):  # `Optional[APIClient]`
            return self._annotation(annotation.slice, scope)
        resolved, _ = self._resolve(annotation, scope)
        return _Client(resolved.kind) if isinstance(resolved, _Factory) else None

    # -- checking a call ------------------------------------------------------------

    def _check_call(self, node: ast.Call, scope: _Scope) -> None:
        called, why = self._resolve(node.func, scope)
        name = _call_text(node.func)
        if isinstance(called, _Facade):
            if isinstance(called.value, _EngineOperation):
                self._check_engine(node, name, called.value.name)
                return
            if called.value is None:
                self._unchecked(node, name, "dockerapi's APIClient has no such method")
                return
            registration = lookup(called.value)
            if registration is not None:
                self._check_described(node, name, registration)
            elif called.qualname.startswith(("APIClient.", "dockerapi.types.")) and (
                node.keywords or len(node.args) > 1
            ):
                self._unchecked(node, name, "its keywords are not in dockerapi's wire table")
            return
        if isinstance(called, _Opaque):
            if node.keywords:
                self._unchecked(
                    node,
                    name,
                    f"{called.what} is docker-py's high-level API, which the check does not "
                    "describe yet",
                )
            return
        if called is None and isinstance(node.func, ast.Attribute):
            _, why = self._resolve(node.func.value, scope)
            self._check_unknown_receiver(node, name, node.func, why)

    def _check_unknown_receiver(
        self, node: ast.Call, name: str, func: ast.Attribute, why: str | None
    ) -> None:
        """A method of APIClient's name on something the check cannot identify:
        say so when the call would need another API if it were a client."""
        registration = lookup(_api_method(func.attr)) if _api_method(func.attr) else None
        if registration is None:
            return
        probe = _FileChecker(self.path, self.tree, self.facts, self.api)
        probe._check_described(node, name, registration)
        problems = [f for f in probe.findings if f.severity == "error"]
        if not problems:
            return
        receiver = _call_text(func.value)
        reason = f"`{receiver}` is not known to be a Docker client"
        if why:
            reason += f" ({why})"
        details = "; ".join(
            f"{f.keyword or 'the call'} {f.problem} ({f.entry.describe()})" for f in problems
        )
        self._unchecked(node, name, f"{reason}; if it is one: {details}")

    def _check_described(self, node: ast.Call, name: str, registration: Registration) -> None:
        # A keyword the API renamed is checked under the name the pinned version reads.
        table = registration.keywords.at(self.api)
        if self._check_operation(node, name, table.operation):
            return
        arguments, hidden = _arguments(node, registration.positional())
        for reason in hidden:
            self._unchecked(node, name, reason)
        for keyword, value in arguments:
            if keyword is None:
                self._unchecked(node, name, "more positional arguments than it takes")
                continue
            if _is_none(value) or keyword in table.unversioned:
                continue
            if keyword not in table.keywords:
                self._unchecked(node, name, f"{keyword!r} is not one of its keywords")
                continue
            wires = table.wires(keyword)
            self._check_wires(node, name, keyword, wires)
            self._check_literal(node, name, keyword, value, wires, table.nested.get(keyword))

    def _check_literal(
        self,
        node: ast.Call,
        name: str,
        keyword: str,
        value: ast.expr,
        wires: tuple[Wire, ...],
        nested: Keywords | None,
    ) -> None:
        """Walk a literal dict given for a body field (or the whole query/body): its
        keys are wire names, or the keywords of a nested type (healthcheck)."""
        if not isinstance(value, ast.Dict):
            return
        for wire in wires:
            if wire.kind == "body" or wire.name == "":
                prefix = tuple(wire.name.split(".")) if wire.name else ()
                self._walk_dict(node, name, keyword, value, wire, prefix, nested)

    def _walk_dict(
        self,
        node: ast.Call,
        name: str,
        keyword: str,
        value: ast.Dict,
        wire: Wire,
        prefix: tuple[str, ...],
        nested: Keywords | None,
    ) -> None:
        for key, item in zip(value.keys, value.values, strict=True):
            if key is None:
                self._unchecked(node, name, f"{keyword}: keys unpacked with ** are not visible")
                continue
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                continue
            if _is_none(item):
                continue
            label = f"{keyword}[{key.value!r}]"
            if nested is not None and key.value in nested.keywords:
                self._check_wires(node, name, label, nested.at(self.api).wires(key.value))
                continue
            path = (*prefix, key.value)
            field = Wire(wire.operation, wire.kind, ".".join(path))
            if wire.kind == "body" and len(path) == 1 and not self._known(field, path):
                # Deeper unknown keys may be user data (labels, map keys); a body's own
                # keys are its fields, so an unknown one is worth saying.
                self._unchecked(node, name, f"{label}: not a body field the version table knows")
                continue
            self._check_wires(node, name, label, (field,), segments=path)
            if isinstance(item, ast.Dict) and wire.kind == "body":
                self._walk_dict(node, name, label, item, wire, path, None)

    def _known(self, wire: Wire, segments: Sequence[str]) -> bool:
        return self.facts.find(wire.operation, wire.kind, segments) is not None

    def _check_engine(self, node: ast.Call, name: str, method: str) -> None:
        operations = importlib.import_module("docker_engine_api._operations")
        operation = operations.BY_NAME.get(method)
        if operation is None:
            self._unchecked(node, name, "the generated engine layer has no such operation")
            return
        if self._check_operation(node, name, operation.operation_id):
            return
        if any(isinstance(arg, ast.Starred) for arg in node.args):
            self._unchecked(node, name, "arguments unpacked with * are not visible")
        params: dict[str, Wire] = {}
        for param in operation.query_params:
            params[param.python_name] = Wire(operation.operation_id, "query", param.wire_name)
        for param in operation.header_params:
            params[param.python_name] = Wire(operation.operation_id, "header", param.wire_name)
        path_params = {param.python_name for param in operation.path_params}
        for item in node.keywords:
            keyword = item.arg
            if keyword is None:
                self._unchecked(node, name, "keywords unpacked with ** are not visible")
                continue
            if _is_none(item.value) or keyword in path_params or keyword == "request_timeout":
                continue
            if keyword in params:
                self._check_wires(node, name, keyword, (params[keyword],))
            elif keyword in _ENGINE_EXTRAS:
                if isinstance(item.value, ast.Dict):
                    whole = Wire(operation.operation_id, _ENGINE_EXTRAS[keyword], "")
                    self._walk_dict(node, name, keyword, item.value, whole, (), None)
                elif keyword == "body":
                    self._unchecked(
                        node, name, "a body that is not a dict literal: its fields are not checked"
                    )
            else:
                self._unchecked(node, name, f"{keyword!r} is not one of its keywords")

    def _check_operation(self, node: ast.Call, name: str, operation: str) -> bool:
        """Report the operation itself when the pinned API lacks it; then its
        parameters are not reported one by one (True)."""
        entry = self.facts.find(operation, "operation")
        verdict = None if entry is None else self._verdict(entry)
        if entry is None or verdict is None:
            return False
        self._finding(node, name, None, entry, *verdict)
        return verdict[1] == "error"

    def _check_wires(
        self,
        node: ast.Call,
        name: str,
        keyword: str,
        wires: Sequence[Wire],
        *,
        segments: Sequence[str] | None = None,
    ) -> None:
        """Report the keyword once, for the wire that is furthest from the pinned API."""
        worst: tuple[Entry, str, Severity] | None = None
        for wire in wires:
            entry = self.facts.find(
                wire.operation, wire.kind, segments if segments is not None else wire.name
            )
            if entry is None:
                continue  # not in the table: the daemon is the judge (as the gate does)
            verdict = self._verdict(entry)
            if verdict is not None and (worst is None or _RANK[verdict[1]] > _RANK[worst[2]]):
                worst = (entry, *verdict)
        if worst is not None:
            entry, problem, severity = worst
            self._finding(node, name, keyword, entry, problem, severity)

    def _verdict(self, entry: Entry) -> tuple[str, Severity] | None:
        if parse_version(entry.since) > self.pinned:
            return f"needs API {entry.since}", "error"
        if entry.removed is not None and parse_version(entry.removed) <= self.pinned:
            return f"was removed in API {entry.removed}", "error"
        if entry.deprecated is not None and parse_version(entry.deprecated) <= self.pinned:
            return f"is deprecated since API {entry.deprecated}", "deprecated"
        return None

    def _finding(
        self,
        node: ast.Call,
        name: str,
        keyword: str | None,
        entry: Entry,
        problem: str,
        severity: Severity,
    ) -> None:
        self.findings.append(Finding(self._site(node, name), keyword, entry, problem, severity))

    def _site(self, node: ast.Call, name: str) -> Site:
        return Site(self.path, node.lineno, node.col_offset + 1, name)

    def _unchecked(self, node: ast.Call, name: str, reason: str) -> None:
        self.unchecked.append(Unchecked(self._site(node, name), reason))


@dataclass(frozen=True, slots=True)
class _EngineOperation:
    name: str


def _api_method(name: str) -> Any:
    """APIClient's attribute `name` (its plan descriptor), or None."""
    from ..api.client import APIClient

    return getattr(APIClient, name, None) if not name.startswith("_") else None


def _is_docker_module(name: str) -> bool:
    return name.split(".")[0] in ("docker", "dockerapi")


def _is_static(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> bool:
    if isinstance(node, ast.Lambda):
        return True
    return any(
        isinstance(d, ast.Name) and d.id in ("staticmethod", "classmethod")
        for d in node.decorator_list
    )


def _is_none(node: ast.expr) -> bool:
    # None is "not set" throughout the facade: nothing is sent for it.
    return isinstance(node, ast.Constant) and node.value is None


def _call_text(node: ast.expr) -> str:
    try:
        text = ast.unparse(node)
    except ValueError:  # pragma: no cover - ast.unparse handles every parsed node
        return "<call>"
    return text if len(text) <= 60 else text[:57] + "..."


def _walk_block(statement: ast.stmt) -> Iterator[ast.AST]:
    """The nodes of a statement that bind names in its scope (not in nested functions)."""
    stack: list[ast.AST] = [statement]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        stack.extend(ast.iter_child_nodes(node))


def _arguments(
    node: ast.Call, positional: Sequence[str]
) -> tuple[list[tuple[str | None, ast.expr]], list[str]]:
    """(keyword, value) for each argument of a call, positional ones named by the
    signature; plus what cannot be seen (``*args``, ``**kwargs``)."""
    found: list[tuple[str | None, ast.expr]] = []
    hidden: list[str] = []
    for index, argument in enumerate(node.args):
        if isinstance(argument, ast.Starred):
            hidden.append("arguments unpacked with * are not visible")
            break
        found.append((positional[index] if index < len(positional) else None, argument))
    for item in node.keywords:
        if item.arg is not None:
            found.append((item.arg, item.value))
        elif isinstance(item.value, ast.Dict) and all(
            isinstance(k, ast.Constant) and isinstance(k.value, str) for k in item.value.keys
        ):
            found += [
                (key.value, value)  # type: ignore[union-attr]
                for key, value in zip(item.value.keys, item.value.values, strict=True)
            ]
        else:
            hidden.append(f"keywords unpacked from {_call_text(item.value)} are not visible")
    return found, hidden


# ---------------------------------------------------------------------------
# Files
# ---------------------------------------------------------------------------


def _python_files(paths: Sequence[str]) -> Iterator[Path]:
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, directories, files in os.walk(path):
                directories[:] = sorted(
                    d
                    for d in directories
                    if not d.startswith(".") and d not in _SKIPPED_DIRECTORIES
                )
                for filename in sorted(files):
                    if filename.endswith(".py"):
                        yield Path(root) / filename
        else:
            yield path


def check_source(source: str, path: str, *, api: str, facts: VersionFacts) -> CheckReport:
    """Check one file's text (never executed)."""
    _load_tables()
    report = CheckReport(api=api, files=1)
    try:
        tree = ast.parse(source, filename=path)
    except SyntaxError as error:
        site = Site(path, error.lineno or 0, error.offset or 0, "<file>")
        report.unchecked.append(Unchecked(site, f"cannot parse: {error.msg}"))
        return report
    checker = _FileChecker(path, tree, facts, api)
    checker.run()
    report.findings = sorted(
        checker.findings, key=lambda f: (f.site.line, f.site.column, f.keyword or "")
    )
    report.unchecked = sorted(
        checker.unchecked, key=lambda u: (u.site.line, u.site.column, u.reason)
    )
    return report


def check_paths(paths: Sequence[str], *, api: str, facts: VersionFacts) -> CheckReport:
    """Check every Python file named or found under the given directories."""
    total = CheckReport(api=api)
    for path in _python_files(paths):
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            total.unchecked.append(
                Unchecked(Site(str(path), 0, 0, "<file>"), f"cannot read: {error}")
            )
            total.files += 1
            continue
        report = check_source(source, str(path), api=api, facts=facts)
        total.files += 1
        total.findings += report.findings
        total.unchecked += report.unchecked
    return total


def _load_tables() -> None:
    """Import the modules that describe their keywords (they register on import)."""
    for module in ("dockerapi.api.client", "dockerapi.client", "dockerapi.types"):
        importlib.import_module(module)
