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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="onrecord", description="Verify the quotes in a news article before it runs."
    )
    parser.add_argument("--version", action="version", version=f"onrecord {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"onrecord.cli.{name}_cmd").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    if not getattr(args, "func", None):  # plain `onrecord` (options only) opens the window
        args = parser.parse_args([*(sys.argv[1:] if argv is None else argv), "gui"])
    try:
        return args.func(args)
    except OnRecordError as exc:
        print(f"onrecord: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
