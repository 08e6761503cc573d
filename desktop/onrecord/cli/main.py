"""Entry point of `onrecord`: builds the parser from the subcommand modules and runs one."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from onrecord import __version__
from onrecord.errors import OnRecordError

# Each module has `register(subparsers)`, which adds its parser with `func=run(args) -> int`.
COMMANDS = ["extract", "review", "gui", "report", "store", "check"]


def build_parser(commands: list[str] = COMMANDS) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onrecord", description="Verify the quotes in a news article before it runs."
    )
    parser.add_argument("--version", action="version", version=f"onrecord {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands:
        importlib.import_module(f"onrecord.cli.{name}_cmd").register(subparsers)
    return parser


def named_command(argv: list[str]) -> list[str]:
    """The command `argv` names, alone, when it names one: only its module is imported (the
    window paints sooner without every other command's part of the core); else all."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return [first] if first in COMMANDS else COMMANDS


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(named_command(argv))
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    if not getattr(args, "func", None):  # plain `onrecord` (options only) opens the window
        args = build_parser(["gui"]).parse_args([*argv, "gui"])
    try:
        return args.func(args)
    except OnRecordError as exc:
        print(f"onrecord: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
