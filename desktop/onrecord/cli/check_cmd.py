"""`onrecord check FILE`: extract the quotes, then match each against the store of statements."""

from __future__ import annotations

import os
import sys

from onrecord.cli import source_check
from onrecord.cli.output import print_json, print_table, shorten
from onrecord.cli.reading import extract_article, workspace
from onrecord.dbfile import recognise_workspace
from onrecord.errors import StoreError
from onrecord.model import quote_key
from onrecord.reports.diffs import diff_text
from onrecord.reports.labels import alteration_line
from onrecord.store.paths import ENV_VAR, resolve_store_path


def register(subparsers) -> None:
    p = subparsers.add_parser("check", help="check every quote of an article against the store")
    p.add_argument("file", help="article file (.txt .html .md .docx)")
    p.add_argument("--store", help="workspace database (default: $ONRECORD_STORE or user data)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    source_check.add_source_option(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from onrecord.extraction import Extractor
    from onrecord.matching import Matcher, check_extraction, check_report
    from onrecord.review import speaker_overrides
    from onrecord.store import open_store
    from onrecord.workspace.shared_review import saved_decisions_at

    named = resolve_store_path(args.store)
    if not recognise_workspace(named) and (args.store or os.environ.get(ENV_VAR)):
        raise StoreError(f"There is no workspace at {named}: is the path right?")
    sources = source_check.read_sources(args.source)
    extractor = Extractor()
    extraction = extract_article(args.file, extractor)
    article = extraction.article
    db = workspace(args.store, extractor=extractor)
    decisions = saved_decisions_at(db, article)
    overrides = speaker_overrides(decisions)
    said_by = {k: d.said_by for k, d in decisions.items() if d.said_by}
    store = open_store(db)
    try:
        if not store.stats()["statements"]:
            print(f"onrecord: the store {store.path} is empty", file=sys.stderr)
        checks = check_extraction(Matcher(store), extraction, overrides)
    finally:
        store.close()
    results = source_check.check_sources(extraction, sources)
    if args.format == "json":
        report = check_report(extraction, checks)
        for quote in report["quotes"]:  # the editor's answer beside the article's credit
            quote["said_by"] = said_by.get(quote_key(quote["start"], quote["end"]))
        print_json(source_check.add_to_json(report, results))
        return source_check.exit_code(extraction, results)
    if results:
        source_check.print_side_by_side(checks, results)
    else:
        print_table(["verdict", "score", "speaker", "quote", "said before by, on"], [_row(c) for c in checks],
                    [13, 5, 20, 52, 34])  # fmt: skip
    for c in checks:
        if c.matches and c.verdict != "verbatim":  # a change to show
            best = c.matches[0]
            print(f"\n{c.verdict}: {diff_text(best.diff, c.quote.text)}")
            if best.alteration:
                print(f"  {alteration_line(best.alteration.to_dict(), c.quote.translated)}")
        if c.quote.key in said_by:  # the editor's answer: the article credits the wrong person
            credit = c.quote.speaker.name if c.quote.speaker else "(unresolved)"
            print(f"\n{c.verdict}: article: {credit} · said by: {said_by[c.quote.key]} "
                  f"(the editor): “{shorten(c.quote.text, 60)}”")  # fmt: skip
    return source_check.exit_code(extraction, results)


def _row(check) -> list[str]:
    q, best = check.quote, check.matches[0] if check.matches else None
    said = ""
    if best:
        s = best.statement
        said = ", ".join(filter(None, [s["speaker"] or "(unknown)", s["date"], s["outlet"]]))
    speaker = q.speaker.name if q.speaker else "(unresolved)"
    return [check.verdict, f"{best.score:.0f}" if best else "", speaker, q.text, said]
