"""``dockerapi pull``, ``push`` and ``build``: the operation on the daemon the
environment names (as `from_env` finds it), its progress shown by
`dockerapi.progress` (a bar per layer on a terminal with rich installed, one line
per state change otherwise, or as ``--progress`` says)."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # imported when a command runs, so `dockerapi versions` stays light
    from ..progress import Event, Operation, Renderer

__all__ = ["add_parsers", "run"]

#: --progress values, as `docker build --progress` names them.
_PROGRESS_CHOICES = ("auto", "plain", "tty")


def add_parsers(commands: Any) -> None:
    """Add the pull, push and build subcommands to the main parser's subparsers."""
    pull = commands.add_parser("pull", help="pull an image, showing its progress")
    pull.add_argument("name", metavar="NAME[:TAG|@DIGEST]", help="the image to pull")
    pull.add_argument("-a", "--all-tags", action="store_true", help="every tag of the repository")
    pull.add_argument("--platform", help="os[/arch[/variant]] (API >= 1.32)")
    _progress_option(pull)

    push = commands.add_parser("push", help="push an image to its registry, showing its progress")
    push.add_argument("name", metavar="NAME[:TAG]", help="the image to push (no tag: every tag)")
    _progress_option(push)

    build = commands.add_parser("build", help="build an image, showing its steps and output")
    build.add_argument("path", metavar="PATH", help="the build context: a directory")
    build.add_argument("-t", "--tag", help="name:tag for the image")
    build.add_argument("-f", "--file", dest="dockerfile", help="the Dockerfile, in the context")
    build.add_argument(
        "--build-arg", action="append", default=[], metavar="KEY=VALUE", help="a build argument"
    )
    build.add_argument("--target", help="the stage to build")
    build.add_argument("--platform", help="os[/arch[/variant]]")
    build.add_argument("--network", help="the network mode of RUN steps")
    build.add_argument("--no-cache", action="store_true", help="do not use the build cache")
    build.add_argument("--pull", action="store_true", help="always pull newer base images")
    _progress_option(build)


def _progress_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--progress",
        choices=_PROGRESS_CHOICES,
        default="auto",
        help="tty: bars (needs rich: pip install 'dockerapi[progress]'); plain: one line per "
        "change; auto (default): tty on a terminal with rich installed, else plain",
    )


def _renderer(choice: str, out: TextIO) -> Renderer:
    from ..progress import PlainRenderer, default_renderer

    if choice == "plain":
        return PlainRenderer(out)
    if choice == "tty":
        from ..progress._rich import RichRenderer

        return RichRenderer(file=out, force_terminal=True)
    return default_renderer(out)


def _build_args(pairs: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for pair in pairs:
        key, equals, value = pair.partition("=")
        if not equals or not key:
            raise ValueError(f"--build-arg {pair!r}: expected KEY=VALUE")
        found[key] = value
    return found


def run(args: argparse.Namespace, out: TextIO) -> None:
    """Run `args.command` (pull, push or build); daemon errors raise `DockerException`."""
    from ..client import from_env
    from ..progress import follow

    renderer = _renderer(args.progress, out)
    operation: Operation = args.command
    with from_env() as client:
        api = client.api
        events: Iterable[Event]
        if args.command == "pull":
            events = api.pull(
                args.name,
                stream=True,
                decode=True,
                platform=args.platform,
                all_tags=args.all_tags,
            )
        elif args.command == "push":
            events = api.push(args.name, stream=True, decode=True)
        else:
            events = api.build(
                path=args.path,
                tag=args.tag,
                dockerfile=args.dockerfile,
                buildargs=_build_args(args.build_arg) or None,
                target=args.target,
                platform=args.platform,
                network_mode=args.network,
                nocache=args.no_cache,
                pull=args.pull,
                rm=True,
                decode=True,
            )
        follow(events, operation=operation, renderer=renderer)
