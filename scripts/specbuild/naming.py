"""Python names for the spec's wire names: snake_case a person would write.

The rule (applied by the pipeline to every model field, parameter and generated module
name; wire names never change):

1. A name is cut at its delimiters (``.``, ``-``, ``_``, space); a leading ``X-`` of a
   header is dropped (``X-Registry-Auth`` -> ``registry_auth``).
2. Each piece is cut into words where the case changes, keeping acronyms whole:
   - the mixed-case acronyms of ``MIXED_ACRONYMS`` are one word (``IPv4``, ``IOps``,
     ``SELinux``): ``EnableIPv4`` -> ``enable_ipv4``, ``BlkioDeviceReadIOps`` ->
     ``blkio_device_read_iops``;
   - an upper-case run followed by a lone ``s`` is a plural acronym (``ExecIDs`` ->
     ``exec_ids``, ``LinkLocalIPs`` -> ``link_local_ips``, ``NanoCPUs`` -> ``nano_cpus``);
   - an upper-case run followed by a capitalised word ends one letter early
     (``IPAMConfig`` -> ``ipam_config``, ``OSVersion`` -> ``os_version``);
   - digits stay with the word before them (``IPv6Gateway`` -> ``ipv6_gateway``);
   - a lone capital letter joins the next word, so no name has a one-letter word
     (``NFd`` -> ``nfd``, ``NEventsListener`` -> ``nevents_listener``).
3. Words are lower-cased and joined with ``_``.
4. Python keywords get a trailing ``_`` (``Global`` -> ``global_``, ``For`` -> ``for_``),
   and so do the few builtins the generated code itself calls (``dict``, ``list``, ...:
   ``GENERATED_CODE_NAMES``). Other builtins are kept (``all``, ``type``, ``filter``,
   ``id``): shadowing them in a signature or as an attribute harms no caller, and
   ``container_list(all=True)`` is what people write.
5. Reviewed exceptions the rule cannot know come from ``spec/names.yaml``: whole-name
   overrides (``copyUIDGID`` -> ``copy_uid_gid``) and per-operation parameter renames
   (``t`` of ContainerStop is ``timeout``, of ImageBuild ``tag``).
"""

from __future__ import annotations

import builtins
import contextlib
import keyword
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "GENERATED_CODE_NAMES",
    "MIXED_ACRONYMS",
    "NameOverrides",
    "NamingError",
    "apply_parameter_overrides",
    "check_names",
    "fix_reserved",
    "installed",
    "load_overrides",
    "name_problem",
    "python_name",
    "snake_case",
]

#: Acronyms written in mixed case that the case-change rule would cut apart.
MIXED_ACRONYMS = ("SELinux", "IPv4", "IPv6", "IOps")

#: Builtins and names the generated functions use themselves: a field or parameter with
#: one of these names would shadow it inside ``to_dict``/``from_dict``/``build_request``.
GENERATED_CODE_NAMES = frozenset(
    {
        "bool",
        "bytes",
        "cast",
        "cls",
        "d",
        "datetime",
        "dict",
        "float",
        "int",
        "isinstance",
        "list",
        "self",
        "str",
        "tuple",
        "false",
        "true",
    }
)

_DELIMITERS = re.compile(r"[.\-_ ]+")
_WORD = re.compile(
    "|".join(
        [
            *(re.escape(acronym) + r"\d*" for acronym in MIXED_ACRONYMS),
            r"[A-Z]{2,}s(?![a-z])",  # plural acronym: IDs, IPs, CPUs, CAs
            r"[A-Z]+(?=[A-Z][a-z])",  # acronym before a capitalised word: IPAM|Config
            r"[A-Z]?[a-z]+\d*",  # a word, with the digits after it
            r"[A-Z]+\d*",  # a trailing acronym: TTY, NCPU
            r"\d+",
        ]
    )
)
_CAPITALISED = tuple(name for name in dir(builtins) if name[:1].isupper())


class NamingError(ValueError):
    """A name the rule cannot turn into an identifier, or an override that does not fit."""


def _words(piece: str) -> list[str]:
    words = _WORD.findall(piece)
    if "".join(words) != piece:
        raise NamingError(f"cannot cut {piece!r} into words")
    merged: list[str] = []
    pending = ""
    for word in words:
        if len(word) == 1 and word.isalpha() and word.isupper():
            pending += word  # a lone capital joins the next word
            continue
        merged.append(pending + word)
        pending = ""
    if pending:
        merged.append(pending)
    return merged


def snake_case(name: str) -> str:
    """The snake_case words of ``name`` (steps 1-3 of the rule; no keyword treatment)."""
    if name.startswith("X-"):
        name = name[2:]
    words: list[str] = []
    for piece in _DELIMITERS.split(name):
        if piece:
            words += _words(piece)
    return "_".join(word.lower() for word in words)


def fix_reserved(identifier: str) -> str:
    """Step 4: keywords and the generated code's own names get a trailing underscore."""
    if keyword.iskeyword(identifier) or identifier in GENERATED_CODE_NAMES:
        return f"{identifier}_"
    if identifier in _CAPITALISED:  # class names: Exception, None, ...
        return f"{identifier}_"
    return identifier


class NameOverrides:
    """The reviewed exceptions of ``spec/names.yaml``."""

    def __init__(self, names: Mapping[str, str], parameters: Mapping[str, Mapping[str, str]]):
        self.names = dict(names)
        self.parameters = {op: dict(renames) for op, renames in parameters.items()}
        for wire, python in [*self.names.items()] + [
            item for renames in self.parameters.values() for item in renames.items()
        ]:
            if not python.isidentifier() or keyword.iskeyword(python) or python != python.lower():
                raise NamingError(f"override {wire!r} -> {python!r} is not a snake_case name")

    def parameter(self, operation_id: str, wire_name: str) -> str | None:
        """The reviewed Python name of one operation's parameter, if there is one."""
        return self.parameters.get(operation_id, {}).get(wire_name)


def load_overrides(path: Path) -> NameOverrides:
    """Read ``spec/names.yaml``."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = set(data) - {"names", "parameters"}
    if unknown:
        raise NamingError(f"{path.name}: unknown sections {sorted(unknown)}")
    return NameOverrides(data.get("names") or {}, data.get("parameters") or {})


def python_name(name: str, overrides: NameOverrides | None = None) -> str:
    """The Python name for a wire name (the whole rule, whole-name overrides included)."""
    if overrides is not None and name in overrides.names:
        return overrides.names[name]
    return fix_reserved(snake_case(name))


# -- applying the rule inside openapi-python-client ---------------------------------------------

_SPLIT_WORD = re.compile(r"(?:^|_)[a-z](?:_|$)")


def name_problem(identifier: str) -> str | None:
    """Why ``identifier`` breaks the rule's promises (None: it does not)."""
    if not identifier.isidentifier() or identifier != identifier.lower():
        return "not a lower-case identifier"
    if "_i_" in f"_{identifier}_":
        return "an '_i_' fragment (an acronym cut apart)"
    if "_" in identifier.strip("_") and _SPLIT_WORD.search(identifier.strip("_")):
        return "a one-letter word"
    return None


@contextlib.contextmanager
def installed(overrides: NameOverrides) -> Iterator[None]:
    """Make openapi-python-client name things by this rule while the block runs.

    The generator turns every wire name into an identifier through
    ``strings.snake_case`` and ``strings.fix_reserved_words`` (looked up at call time);
    both are swapped for this module's rule and restored afterwards.
    """
    from openapi_python_client import strings

    def rule_snake_case(value: Any) -> str:
        text = value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value
        text = strings.sanitize(str(text))
        if text in overrides.names:
            return overrides.names[text]
        return snake_case(text)

    saved = strings.snake_case, strings.fix_reserved_words
    strings.snake_case = rule_snake_case
    strings.fix_reserved_words = fix_reserved
    try:
        yield
    finally:
        strings.snake_case, strings.fix_reserved_words = saved


def apply_parameter_overrides(
    openapi: Any, document: Mapping[str, Any], overrides: NameOverrides, config: Any
) -> None:
    """Rename the parameters ``overrides.parameters`` lists (each must exist)."""
    operation_ids = {
        (method, path): op["operationId"]
        for path, item in document["paths"].items()
        for method, op in item.items()
    }
    pending = {(op, wire) for op, renames in overrides.parameters.items() for wire in renames}
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            operation_id = operation_ids[(endpoint.method, endpoint.path.get_untrusted_value())]
            for param in _endpoint_parameters(endpoint):
                wire = _wire_name(param.name)
                new = overrides.parameter(operation_id, wire)
                if new is not None:
                    param.set_python_name(new, config=config, skip_snake_case=True)
                    pending.discard((operation_id, wire))
    if pending:
        raise NamingError(f"names.yaml renames parameters the spec lacks: {sorted(pending)}")


def _wire_name(name: Any) -> str:
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def _endpoint_parameters(endpoint: Any) -> list[Any]:
    return [
        *endpoint.path_parameters,
        *endpoint.query_parameters,
        *endpoint.header_parameters,
        *endpoint.cookie_parameters,
    ]


def check_names(openapi: Any) -> None:
    """Every model field and parameter name keeps the rule's promises; none is used twice."""
    problems: list[str] = []
    for model in openapi.models:
        seen: set[str] = set()
        for prop in model.required_properties + model.optional_properties:
            where = f"{model.class_info.name}.{_wire_name(prop.name)}"
            problems += _problems(where, str(prop.python_name), seen)
    for collection in openapi.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            seen = {"body"} if endpoint.bodies else set()
            for param in _endpoint_parameters(endpoint):
                where = f"{endpoint.name}({param.name})"
                problems += _problems(where, str(param.python_name), seen)
    if problems:
        raise NamingError("names that break the naming rule:\n  " + "\n  ".join(problems))


def _problems(where: str, identifier: str, seen: set[str]) -> list[str]:
    found = []
    problem = name_problem(identifier)
    if problem is not None:
        found.append(f"{where} -> {identifier}: {problem}")
    if identifier in seen:
        found.append(f"{where} -> {identifier}: used twice")
    seen.add(identifier)
    return found
