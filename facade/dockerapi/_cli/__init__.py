"""The ``dockerapi`` command (also ``python -m dockerapi``): questions to the
version table, a static check of code pinned to an API version, what a
daemon speaks, and pull/push/build with a progress display. Standard library
only (argparse; rich for the bars when installed); see docs/versions.md and
docs/progress.md.

Exit status: 0 when all is well, 1 when ``check`` found something (or a
question has no answer: an unknown name, an unreachable daemon), 2 for usage
errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from ._facts import EntryKind

__all__ = ["main"]

_EPILOG = """\
examples:
  dockerapi versions diff 1.41 1.51
  dockerapi versions since ContainerCreate --body HostConfig.Annotations
  dockerapi check --api 1.41 src/
  dockerapi engine-info
  dockerapi pull busybox:latest
  dockerapi build -t app:1 .
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dockerapi",
        description="Docker Engine API versions: what changed, what your code needs, "
        "what a daemon speaks; pull, push and build with a progress display.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    versions = commands.add_parser("versions", help="ask the version table")
    questions = versions.add_subparsers(dest="question", required=True, metavar="QUESTION")
    diff = questions.add_parser(
        "diff", help="what became available, deprecated or removed between two API versions"
    )
    diff.add_argument("old", metavar="FROM", help="the older API version, e.g. 1.41")
    diff.add_argument("new", metavar="TO", help="the newer API version, e.g. 1.51")
    diff.add_argument("--json", action="store_true", help="print JSON")

    since = questions.add_parser(
        "since", help="the versions that introduced, deprecated and removed something"
    )
    since.add_argument("operation", help="an operationId (ContainerCreate) or its snake_case name")
    what = since.add_mutually_exclusive_group()
    what.add_argument("--query", metavar="NAME", help="a query parameter")
    what.add_argument("--header", metavar="NAME", help="a header")
    what.add_argument("--body", metavar="PATH", help="a body field, dotted: HostConfig.Annotations")
    since.add_argument("--json", action="store_true", help="print JSON")

    check = commands.add_parser(
        "check",
        help="find calls that need another API version than the pinned one (static, no import)",
    )
    check.add_argument("--api", required=True, metavar="X.Y", help="the pinned API version")
    check.add_argument("paths", nargs="+", metavar="PATH", help="Python files or directories")
    check.add_argument("--json", action="store_true", help="print JSON")

    info = commands.add_parser(
        "engine-info",
        help="the daemon DOCKER_HOST (or the current context) names: version, API range, "
        "negotiated version",
    )
    info.add_argument("--json", action="store_true", help="print JSON")

    from .transfer import add_parsers

    add_parsers(commands)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None) -> int:
    """Run the command line; returns the exit status."""
    out = stdout if stdout is not None else sys.stdout
    args = _parser().parse_args(argv)
    try:
        if args.command == "versions":
            return _versions(args, out)
        if args.command == "check":
            return _check(args, out)
        if args.command in ("pull", "push", "build"):
            return _transfer(args, out)
        return _engine_info(args, out)
    except _Failure as failure:
        print(f"dockerapi {args.command}: {failure}", file=sys.stderr)
        return 1


class _Failure(Exception):
    """A question without an answer; the message says why."""


def _emit_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, indent=2)
    out.write("\n")


def _versions(args: argparse.Namespace, out: TextIO) -> int:
    from . import versions
    from ._facts import VersionFacts

    facts = VersionFacts.default()
    try:
        if args.question == "diff":
            result = versions.diff(facts, args.old, args.new)
            if args.json:
                _emit_json(result.as_dict(), out)
            else:
                out.write(versions.format_diff(result))
            return 0
        kind, name = _since_target(args)
        entry = versions.lookup(facts, _operation_id(args.operation), kind, name)
    except versions.VersionQueryError as error:
        raise _Failure(str(error)) from None
    if args.json:
        _emit_json(entry.as_dict(), out)
    else:
        out.write(versions.format_since(entry))
    return 0


def _since_target(args: argparse.Namespace) -> tuple[EntryKind, str]:
    if args.query is not None:
        return "query", args.query
    if args.header is not None:
        return "header", args.header
    if args.body is not None:
        return "body", args.body
    return "operation", ""


def _operation_id(name: str) -> str:
    """An operationId, also when given as the engine layer's snake_case method name."""
    if "_" not in name:
        return name
    from docker_engine_api._operations import BY_NAME

    operation = BY_NAME.get(name)
    return operation.operation_id if operation is not None else name


def _check(args: argparse.Namespace, out: TextIO) -> int:
    from .._gating import parse_version
    from ..errors import InvalidVersion
    from . import check
    from ._facts import VersionFacts

    facts = VersionFacts.default()
    try:
        pinned = parse_version(args.api)
    except InvalidVersion as error:
        raise _Failure(str(error)) from None
    if not parse_version(facts.oldest) <= pinned <= parse_version(facts.newest):
        raise _Failure(
            f"API {args.api} is outside the version table ({facts.oldest} ... {facts.newest})"
        )
    missing = [path for path in args.paths if not _exists(path)]
    if missing:
        raise _Failure(f"no such file or directory: {', '.join(missing)}")
    report = check.check_paths(args.paths, api=args.api, facts=facts)
    if args.json:
        _emit_json(report.as_dict(), out)
    else:
        out.write(check.format_report(report))
    return 1 if report.errors else 0


def _exists(path: str) -> bool:
    from pathlib import Path

    return Path(path).exists()


def _engine_info(args: argparse.Namespace, out: TextIO) -> int:
    from ..errors import DockerException
    from .engine_info import engine_info, format_engine_info

    try:
        info = engine_info()
    except DockerException as error:
        raise _Failure(str(error)) from None
    if args.json:
        _emit_json(info.as_dict(), out)
    else:
        out.write(format_engine_info(info))
    return 1 if info.refused is not None else 0


def _transfer(args: argparse.Namespace, out: TextIO) -> int:
    from ..errors import DockerException
    from .transfer import run

    try:
        run(args, out)
    except (DockerException, ValueError, ImportError) as error:
        raise _Failure(str(error)) from None
    return 0
