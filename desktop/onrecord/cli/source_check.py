"""`onrecord check … --source FILE`: each quote's source verdict beside its store verdict.

Exit code: 0 when every quotation-mark quote (direct or partial) is found verbatim in a
source and every quote split by its attribution is found as a whole, 1 otherwise, and 1 for
an article too long to be read whole (errors give 2, as everywhere).
"""

from __future__ import annotations

from onrecord.cli.output import print_table
from onrecord.cli.reading import warn
from onrecord.model import quote_key
from onrecord.reports.diffs import diff_text
from onrecord.reports.labels import alteration_line
from onrecord.sources import (
    SourceDocument,
    SourceMatch,
    check_against_sources,
    read_kept_sources,
    read_source,
)


def add_source_option(parser) -> None:
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="FILE",
        help="source document (.txt .html .md .docx .pdf) to check the quotes against; repeatable",
    )


def read_sources(paths: list[str]) -> list[SourceDocument]:
    """Every source, read before extraction so that a bad path fails at once; warnings told."""
    sources = [read_source(p) for p in paths]
    for warning in (w for s in sources for w in s.warnings):
        warn(warning)
    return sources


def saved_sources(db, article) -> list[SourceDocument]:
    """The sources attached to the article in the review window; unreadable ones told, skipped."""
    from onrecord.workspace.shared_review import saved_source_paths_at

    sources, problems = read_kept_sources(saved_source_paths_at(db, article))
    for problem in problems:
        warn(f"a source attached in the review was skipped: {problem}")
    return sources


def check_sources(extraction, sources: list[SourceDocument]) -> dict[str, SourceMatch] | None:
    if not sources:
        return None
    from onrecord.matching import entity_words

    names = entity_words(extraction)
    return check_against_sources(extraction.quotes, sources, extraction.article.text, names)


def exit_code(extraction, results: dict[str, SourceMatch] | None) -> int:
    if results is None:
        return 0
    if extraction.truncated:  # quotes past the cut were never checked
        return 1
    checks = [results[q.key] for q in extraction.quotes if q.kind != "indirect"]
    checks += [c.whole for c in checks if c.whole]
    return 0 if all(c.verdict == "found" for c in checks) else 1


def add_to_json(report: dict, results: dict[str, SourceMatch] | None) -> dict:
    """`check`'s JSON with a `source` entry per quote when sources were given."""
    for q in report["quotes"] if results else []:
        q["source"] = results[quote_key(q["start"], q["end"])].to_dict()
    return report


def print_side_by_side(checks, results: dict[str, SourceMatch]) -> None:
    """One row per quote: store verdict, source verdict, speaker, quote; then the evidence."""
    rows = []
    for c in checks:
        q = c.quote
        rows.append(
            [
                c.verdict,
                results[q.key].verdict,
                q.speaker.name if q.speaker else "(unresolved)",
                q.text,
            ]
        )
    print_table(["store", "source", "speaker", "quote"], rows, [13, 7, 20, 70])
    for c in checks:
        m = results[c.quote.key]
        if m.verdict == "drift":
            print(f"\ndrift from {m.source}: {diff_text(m.diff, c.quote.text)}")
            print(f"  {alteration_line(m.alteration.to_dict(), c.quote.translated)}")
        if m.whole and m.whole.verdict != "found" and m.whole.parts[0] == c.quote.key:
            print(f"\nsplit quote {' + '.join(m.whole.parts)} as a whole: {m.whole.verdict}")
