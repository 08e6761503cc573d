"""`build_report`: everything a review report shows, as one plain structure every format renders."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from onrecord import __version__
from onrecord.clock import utc_now
from onrecord.config import Identity, load_identity
from onrecord.matching import entity_words
from onrecord.model import Extraction
from onrecord.review import Decision, credited, reviewed_quotes
from onrecord.sources import SOURCE_VERDICTS, SourceDocument, check_against_sources
from onrecord.verdicts import DECISIONS, NO_MATCH, STORE

SCHEMA_VERSION = 1
_NO_MATCH = {"verdict": NO_MATCH, "score": None, "statement": None, "diff": [], "alteration": None}


@dataclass
class Report:
    article: dict
    sources: list[str]
    summary: dict
    quotes: list[dict]
    generated_at: str
    generator: str = f"OnRecord {__version__}"
    editor: str | None = None  # who reviewed, as configured (exports' author)
    organisation: str | None = None

    @property
    def reviewer(self) -> str:
        """'Ana Ruiz, The Daily' (what is set of the two; '' when neither is)."""
        return ", ".join(filter(None, (self.editor, self.organisation)))

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "generator": self.generator,
            "generated_at": self.generated_at,
            "editor": self.editor,
            "organisation": self.organisation,
            "article": self.article,
            "sources": self.sources,
            "summary": self.summary,
            "quotes": self.quotes,
        }


def build_report(
    extraction: Extraction,
    matches: Mapping[str, Sequence] | None = None,
    decisions: Mapping[str, Decision] | None = None,
    sources: Sequence[SourceDocument] = (),
    identity: Identity | None = None,
) -> Report:
    """The report of one article.

    `matches`: quote key -> store matches, best first (`Matcher.match`); missing means none.
    `decisions`: quote key -> the editor's `Decision` (`ArticleReview.all()`); missing means
    undecided. `sources`: documents each quote is checked against (none: no source column).
    `identity`: who reviews and publishes (default: the configured one, `onrecord.config`).
    """
    matches, decisions = matches or {}, decisions or {}
    checked = (
        check_against_sources(
            extraction.quotes, sources, extraction.article.text, entity_words(extraction)
        )
        if sources
        else {}
    )
    who = identity if identity is not None else load_identity()
    quotes = reviewed_quotes(extraction, decisions)
    confidence = {q.key: round(q.confidence, 3) for q in extraction.quotes}
    for row in quotes:
        best = matches.get(row["key"]) or []
        row["confidence"] = confidence.get(row["key"])
        row["store"] = best[0].to_dict() if best else dict(_NO_MATCH)
        row["source"] = checked[row["key"]].to_dict() if row["key"] in checked else None
        row["needs_attention"] = needs_attention(row)
        row["decided_by"] = credited(row["decided_by"], who.editor)  # never an OS login
    quotes.sort(key=lambda row: not row["needs_attention"])  # stable: article order within
    article = extraction.article.to_dict()
    article["warnings"] = [*article["warnings"], *filter(None, [extraction.notice])]
    if article["path"]:  # the file's name is enough; where it sits on this desk is private
        article["path"] = PurePath(article["path"]).name
    return Report(
        article=article,
        sources=[s.name for s in sources],
        summary=_summary(quotes, bool(sources)),
        quotes=quotes,
        generated_at=utc_now(),
        editor=who.editor,
        organisation=who.organisation,
    )


def needs_attention(row: dict) -> bool:
    """Flagged, altered, misattributed or with its speaker corrected (unless dismissed): what
    the report lists first."""
    if row["decision"] == "dismissed":
        return False
    return (
        row["decision"] == "flagged"
        or row["store"]["verdict"] in ("altered", "misattributed")
        or row["speaker_corrected"]
        or bool(row["said_by"])
    )


def _summary(quotes: list[dict], with_sources: bool) -> dict:
    decided = Counter(q["decision"] for q in quotes)
    store = Counter(q["store"]["verdict"] for q in quotes)
    source = Counter(q["source"]["verdict"] for q in quotes if q["source"])
    return {
        "quotes": len(quotes),
        "by_kind": dict(Counter(q["kind"] or "unknown" for q in quotes)),
        "reviewed": len(quotes) - decided[None],
        "needs_attention": sum(q["needs_attention"] for q in quotes),
        **{name: decided[name] for name in DECISIONS if name},
        "undecided": decided[None],
        "store_verdicts": {v: store[v] for v in STORE},
        "source_verdicts": {v: source[v] for v in SOURCE_VERDICTS} if with_sources else None,
    }
