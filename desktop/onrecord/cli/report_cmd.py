"""`onrecord report`: the review of an article as HTML, Markdown, CSV, JSON, PDF or ClaimReview."""

from __future__ import annotations

import sys

from onrecord.cli import source_check
from onrecord.cli.reading import extract_article, workspace
from onrecord.errors import OnRecordError
from onrecord.store.paths import store_exists

FORMATS = ["html", "md", "csv", "json", "pdf", "claimreview"]


def register(subparsers) -> None:
    p = subparsers.add_parser("report", help="write the review report of an article")
    p.add_argument("file", help="article file (.txt .html .md .docx)")
    p.add_argument("--store", help="workspace database (default: $ONRECORD_STORE or user data)")
    p.add_argument("--format", choices=FORMATS, default="html")
    p.add_argument("-o", "--output", help="file to write (default: standard output; PDF needs it)")
    p.add_argument("--author", help="editor name for the report (default: the configured one)")
    p.add_argument(
        "--organisation", help="organisation publishing the report (default: configured)"
    )
    source_check.add_source_option(p)  # none given: the sources attached in the review window
    p.set_defaults(func=run)


def run(args) -> int:
    from onrecord.config import load_identity
    from onrecord.reports import RENDERERS, build_report, save_report
    from onrecord.workspace.shared_review import saved_decisions_at

    if args.format == "pdf" and not args.output:
        raise OnRecordError("A PDF report needs a file: add -o FILE.")
    sources = source_check.read_sources(args.source)
    extraction = extract_article(args.file)
    article = extraction.article
    db = workspace(args.store, creates=False)  # read only
    decisions = saved_decisions_at(db, article)
    if not args.source:
        sources = source_check.saved_sources(db, article)
    matches = _store_matches(db, extraction, decisions) if store_exists(db) else {}
    who = load_identity().but(editor=args.author, organisation=args.organisation)
    report = build_report(extraction, matches, decisions, sources, identity=who)
    if args.format == "pdf":
        from onrecord.gui.pdf_export import html_to_pdf

        html_to_pdf(RENDERERS["html"](report), args.output, title=article.title)
        return 0
    if args.output:
        save_report(report, args.output, args.format)
    else:
        sys.stdout.write(RENDERERS[args.format](report))
    return 0


def _store_matches(db, extraction, decisions) -> dict:
    """Store matches per quote (as `onrecord check` finds them), for the corrected speaker."""
    from onrecord.matching import Matcher, check_extraction
    from onrecord.review import speaker_overrides
    from onrecord.store import open_store

    store = open_store(db)
    try:
        checks = check_extraction(Matcher(store), extraction, speaker_overrides(decisions))
        return {c.quote.key: c.matches for c in checks}
    finally:
        store.close()
