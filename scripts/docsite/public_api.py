"""The public API the documentation covers, and the names in it without a docstring.

Public means: the names in `__all__` of `dockerapi` and of its public modules (every
module under `ROOTS` whose dotted path has no part starting with `_`), the public
methods and properties those classes define (their own or from a dockerapi base
class), and every operation of `client.engine` (`docker_engine_api.engine`'s
`SyncOperations` and `AsyncOperations`). Used by the docs build (a missing
docstring is a warning, so `mkdocs build --strict` fails) and by
tests/unit/test_docstrings.py.

Usage: python scripts/docsite/public_api.py   (prints the names without a docstring)
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any

__all__ = ["ROOTS", "missing_docstrings", "public_modules", "public_objects"]

#: The packages whose public modules are documented.
ROOTS = (
    "dockerapi",
    "dockerapi.api",
    "dockerapi.models",
    "dockerapi.types",
    "dockerapi.errors",
    "dockerapi.utils",
    "dockerapi.auth",
    "dockerapi.credentials",
    "dockerapi.context",
    "dockerapi.progress",
    "dockerapi.tls",
    "dockerapi.constants",
)
#: The generated classes behind `client.engine`.
ENGINE_CLASSES = ("SyncOperations", "AsyncOperations")


def public_modules() -> list[ModuleType]:
    """Every public module under ROOTS (subpackages walked), imported, in name order."""
    found: dict[str, ModuleType] = {}
    for root in ROOTS:
        module = importlib.import_module(root)
        found[root] = module
        path = getattr(module, "__path__", None)
        if path is None:
            continue
        for info in pkgutil.walk_packages(path, prefix=f"{root}."):
            if any(part.startswith("_") for part in info.name.split(".")):
                continue
            found[info.name] = importlib.import_module(info.name)
    return [found[name] for name in sorted(found)]


def _exported(module: ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    if names is None:
        names = [name for name in vars(module) if not name.startswith("_")]
    return [name for name in names if not name.startswith("__")]


def _own_members(cls: type) -> Iterator[tuple[str, Any]]:
    """(defining class.name, attribute) of the public methods, properties and plan
    descriptors a class has from itself or a dockerapi base class. Data fields (slots,
    attrs and dataclass fields) are described by their class's docstring instead."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        if not klass.__module__.startswith(("dockerapi", "docker_engine_api")):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            seen.add(name)
            is_field = inspect.isdatadescriptor(value) and not isinstance(value, property)
            if inspect.ismemberdescriptor(value) or is_field:
                continue
            if callable(value) or isinstance(value, property | classmethod | staticmethod):
                yield f"{klass.__module__}.{klass.__qualname__}.{name}", value
            elif hasattr(value, "__get__"):
                yield f"{klass.__module__}.{klass.__qualname__}.{name}", value  # plans


def public_objects() -> Iterator[tuple[str, Any]]:
    """(dotted name, object) of every public name, class members included."""
    done: set[int] = set()
    for module in public_modules():
        yield module.__name__, module
        for name in _exported(module):
            value = getattr(module, name, None)
            if value is None or inspect.ismodule(value):
                continue
            if not (inspect.isclass(value) or inspect.isfunction(value)):
                continue  # constants and type aliases are documented where they are set
            if not getattr(value, "__module__", "").startswith("dockerapi"):
                continue
            yield f"{module.__name__}.{name}", value
            if inspect.isclass(value) and id(value) not in done:
                done.add(id(value))
                yield from _own_members(value)
    engine = importlib.import_module("docker_engine_api.engine")
    for class_name in ENGINE_CLASSES:
        cls = getattr(engine, class_name)
        yield f"docker_engine_api.engine.{class_name}", cls
        yield from _own_members(cls)


def _doc(value: Any) -> str:
    if isinstance(value, property):
        value = value.fget
    elif isinstance(value, classmethod | staticmethod):
        value = value.__func__
    doc = getattr(value, "__doc__", None)
    return doc.strip() if isinstance(doc, str) else ""


def missing_docstrings() -> list[str]:
    """The dotted names of public objects without a docstring of their own."""
    return sorted({name for name, value in public_objects() if not _doc(value)})


if __name__ == "__main__":
    missing = missing_docstrings()
    print("\n".join(missing))
    print(f"{len(missing)} public names without a docstring", file=sys.stderr)
    sys.exit(1 if missing else 0)
