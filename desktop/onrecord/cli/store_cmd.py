"""`onrecord store ACTION`: import, stats, search, speakers, merge-speaker, imports, demo, migrate,
init-roles and copy: the statement store, a workspace file or the shared archive on PostgreSQL."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from onrecord.cli import store_archive as archive
from onrecord.cli.output import print_json, print_table
from onrecord.cli.reading import workspace
from onrecord.errors import StoreError
from onrecord.store.paths import is_shared

SHOWN_REASONS = 10


def register(subparsers) -> None:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store",
        help="workspace database, or a shared archive: postgresql://… or service=… "
        "(default: $ONRECORD_STORE or user data)",
    )
    p = subparsers.add_parser("store", help="the store of earlier statements")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser("import", parents=[common], help="import statements from a file or folder")
    imp.add_argument("file", help="JSONL, CSV, Quotebank JSONL (.bz2 too) or a folder of articles")
    imp.add_argument("--format", choices=["jsonl", "csv", "quotebank", "articles"])
    imp.add_argument("--map", help="field names of the file: text=quote,speaker=who,...")
    imp.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1,
        help="articles: processes extracting at once (default: the cores)",
    )  # fmt: skip
    imp.add_argument("--batch", type=int, help="articles: articles per transaction (default 20)")
    imp.set_defaults(func=run_import)
    sub.add_parser("stats", parents=[common], help="counts and size").set_defaults(func=run_stats)
    search = sub.add_parser("search", parents=[common], help="full-text search (words literal)")
    search.add_argument("text")
    search.add_argument("--speaker", help="only statements of this person (aliases count)")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--format", choices=["table", "json"], default="table")
    search.set_defaults(func=run_search)
    speakers = sub.add_parser("speakers", parents=[common], help="people and their aliases")
    speakers.set_defaults(func=run_speakers)
    merge = sub.add_parser("merge-speaker", parents=[common], help="make ALIAS one with INTO")
    merge.add_argument("alias")
    merge.add_argument("into")
    merge.set_defaults(func=run_merge)
    imports = sub.add_parser("imports", parents=[common], help="import records with rejections")
    imports.set_defaults(func=run_imports)
    demo = sub.add_parser("demo", parents=[common], help="build the demo store if none is there")
    demo.set_defaults(func=run_demo)
    migrate = sub.add_parser("migrate", parents=[common], help="bring the schema up to date")
    migrate.set_defaults(func=archive.run_migrate)
    roles = sub.add_parser(
        "init-roles", parents=[common], help="create the shared archive's reader/editor/importer"
    )
    roles.set_defaults(func=archive.run_init_roles)
    copy = sub.add_parser("copy", help="copy a workspace file into a shared archive, or back")
    copy.add_argument("source", metavar="FROM", help="workspace file or postgresql://… to read")
    copy.add_argument("target", metavar="TO", help="workspace file or postgresql://… to fill")
    copy.set_defaults(func=archive.run_copy)


def _open(args):
    from onrecord.store import open_store

    return open_store(workspace(args.store))


def run_import(args) -> int:
    from tqdm import tqdm

    from onrecord.store.importers import guess_format, import_file, parse_mapping

    if Path(args.file).is_dir() and (args.format or guess_format(Path(args.file))) == "articles":
        return archive.run_archive_import(args, _open(args))
    mapping = parse_mapping(args.map)
    store = _open(args)
    try:
        with tqdm(unit=" rows", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
            result = import_file(store, args.file, args.format, mapping, bar.update)
    finally:
        store.close()
    print(f"{args.file} ({result.format}): {result.rows} rows, {result.added} added, "
          f"{result.duplicates} already in the store, {len(result.rejected)} rejected")  # fmt: skip
    for number, reason in result.rejected[:SHOWN_REASONS]:
        print(f"  row {number}: {reason}")
    if len(result.rejected) > SHOWN_REASONS:
        print(f"  … every reason: onrecord store imports --store {store.path}")
    return 0


def run_stats(args) -> int:
    store = _open(args)
    try:
        for key, value in store.stats().items():
            print(f"{key:>15}: {value}")
    finally:
        store.close()
    return 0


def run_search(args) -> int:
    store = _open(args)
    try:
        found = store.search(args.text, speaker=args.speaker, limit=args.limit)
    finally:
        store.close()
    if args.format == "json":
        print_json(
            [{k: v for k, v in s.items() if k not in ("folded", "speaker_id")} for s in found]
        )
        return 0
    rows = [
        [s["speaker"] or "(unknown)", s["date"] or "", s["outlet"] or "", s["text"]] for s in found
    ]
    print_table(["speaker", "date", "outlet", "statement"], rows, [22, 10, 20, 70])
    print(f"\n{len(found)} statements")
    return 0


def run_speakers(args) -> int:
    store = _open(args)
    try:
        people = store.speakers()
    finally:
        store.close()
    rows = [[p["name"], str(p["statements"]), ", ".join(a for a in p["aliases"] if a != p["name"])]
            for p in people]  # fmt: skip
    print_table(["speaker", "statements", "also known as"], rows, [30, 10, 60])
    return 0


def run_merge(args) -> int:
    store = _open(args)
    try:
        moved = store.merge_speaker(args.alias, args.into)
    finally:
        store.close()
    print(f"{args.alias!r} is now {args.into!r} ({moved} statements moved)")
    return 0


def run_imports(args) -> int:
    store = _open(args)
    try:
        for record in store.imports():
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        store.close()
    return 0


def run_demo(args) -> int:
    from onrecord.store.demo import ensure_demo_store

    path = workspace(args.store, creates=False)  # the demo is built just below
    if is_shared(path):
        raise StoreError("the demo store is a workspace file, not a shared archive")
    built = ensure_demo_store(path)
    print(f"demo store {'built at' if built else 'already there:'} {path}")
    return 0
