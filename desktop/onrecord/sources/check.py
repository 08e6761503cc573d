"""Checking quotes against source documents: found, drift (with the source's words) or absent."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from onrecord.alteration import Aligned, Alteration, assess
from onrecord.model import Quote
from onrecord.sources.align import closest, find_verbatim
from onrecord.sources.documents import SourceDocument
from onrecord.sources.tokens import fragments
from onrecord.verdicts import SOURCE

DRIFT_SIMILARITY = 0.6  # word similarity from which the closest passage counts as drift
SOURCE_VERDICTS = tuple(SOURCE)  # best first
_RANK = {verdict: -i for i, verdict in enumerate(SOURCE_VERDICTS)}


@dataclass
class SourceMatch:
    verdict: str  # "found" | "drift" | "absent"
    source: str | None = None  # name of the source document
    score: float = 0.0  # word similarity of quote and passage, 0..100
    passage: str | None = None  # the source's own words
    start: int | None = None  # span of the passage in the source text
    end: int | None = None
    # {"op": "equal"|"replace"|"delete"|"insert", "quote": article words, "source": source words}
    diff: list[dict] = field(default_factory=list)
    alteration: Alteration | None = None  # how much a drift changes (onrecord.alteration)
    # For a quote the article split by its attribution: the check of all parts joined.
    whole: SourceMatch | None = None
    parts: list[str] = field(default_factory=list)  # quote keys of that whole

    def to_dict(self) -> dict:
        d = {k: v for k, v in self.__dict__.items() if k not in ("whole", "alteration")}
        d["score"] = round(self.score, 1)
        d["alteration"] = self.alteration.to_dict() if self.alteration else None
        d["whole"] = self.whole.to_dict() if self.whole else None
        return d


def in_context(match: SourceMatch, sources, width: int = 90) -> tuple[str, str, str] | None:
    """(words before, the passage, words after) in the source the match was found in."""
    if match.start is None:
        return None
    doc = next(  # two sources may share a file name: the one holding the passage there
        (
            d
            for d in sources
            if d.name == match.source and d.text[match.start : match.end] == match.passage
        ),
        None,
    )
    if doc is None:
        return None
    text, start, end = doc.text, match.start, match.end
    before = re.sub(r"\s+", " ", text[max(0, start - width) : start]).lstrip()
    after = re.sub(r"\s+", " ", text[end : end + width])
    if start > width:  # the first and last words shown may be cut: leave them out
        before = before.partition(" ")[2]
    if end + width < len(text):
        after = after.rpartition(" ")[0]
    return before, text[start:end], after


def _check_one(text: str, source: SourceDocument, names: Collection[str] = ()) -> SourceMatch:
    runs = fragments(text)
    if not runs or not source.tokens:
        return SourceMatch("absent", source.name)
    span = find_verbatim(runs, source)
    if span:
        first, last = span
        a, b = source.tokens[first].start, source.tokens[last - 1].end
        return SourceMatch("found", source.name, 100.0, source.text[a:b], a, b)
    words = [t for run in runs for t in run]
    al = closest(words, source)
    if al is None or al.similarity < DRIFT_SIMILARITY:
        return SourceMatch("absent", source.name, al.similarity * 100 if al else 0.0)
    passage = source.tokens[al.first : al.last]
    aligned = Aligned(text, words, source.text, passage, al.opcodes)
    a, b = passage[0].start, passage[-1].end
    found = SourceMatch("found", source.name, al.similarity * 100, source.text[a:b], a, b)
    found.diff = aligned.ops("source")
    if al.similarity < 1.0:
        found.verdict, found.alteration = "drift", assess(aligned, names, side="source")
    return found


def check_text(
    text: str, sources: Sequence[SourceDocument], names: Collection[str] = ()
) -> SourceMatch:
    """The best result for `text` over every source: found beats drift beats absent.
    `names`: folded words of the article's entities (see `onrecord.alteration`)."""
    results = [_check_one(text, s, names) for s in sources]
    if not results:
        return SourceMatch("absent")
    return max(results, key=lambda m: (_RANK[m.verdict], m.score))


def split_groups(quotes: Iterable[Quote], text: str, max_gap: int = 150) -> list[list[Quote]]:
    """Runs of quotes one speaker's sentence was split into by its attribution.

    Consecutive quotation-mark quotes by the same speaker, in the same sentence (no line
    break or sentence end between them), with at most `max_gap` characters between them.
    """
    groups: list[list[Quote]] = []
    for q in sorted(quotes, key=lambda q: q.start):
        prev = groups[-1][-1] if groups else None
        gap = text[prev.end : q.start] if prev else ""
        if (
            prev
            and "indirect" not in (q.kind, prev.kind)
            and q.speaker
            and prev.speaker
            and q.speaker.name == prev.speaker.name
            and len(gap) <= max_gap
            and not any(c in gap for c in ".!?\n")
        ):
            groups[-1].append(q)
        else:
            groups.append([q])
    return [g for g in groups if len(g) > 1]


def check_against_sources(
    quotes: Sequence[Quote],
    sources: Sequence[SourceDocument],
    article_text: str = "",
    names: Collection[str] = (),
) -> dict[str, SourceMatch]:
    """Each quote's best match over the sources, keyed by `Quote.key`.

    With `article_text`, a quote split by its attribution is also checked as a whole;
    each part's result then carries that check in `whole`.
    """
    results = {q.key: check_text(q.text, sources, names) for q in quotes}
    for group in split_groups(quotes, article_text) if article_text else []:
        whole = check_text(" … ".join(q.text for q in group), sources, names)
        whole.parts = [q.key for q in group]
        for q in group:
            results[q.key].whole = whole
    return results
