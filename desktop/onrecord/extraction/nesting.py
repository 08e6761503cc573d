"""Words inside another's words: nested reported clauses, and a document or channel
relaying what a person or a party said."""

from __future__ import annotations

from onrecord.extraction.channel import is_channel
from onrecord.extraction.mentions import mention_of
from onrecord.model import Quote


def overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def drop_nested(quotes: list[Quote]) -> list[Quote]:
    """Of overlapping reported clauses keep the outer one, unless the outer is a channel
    relaying a person's words (`Kim reaffirmed …, state media reported`)."""
    quotes = sorted(quotes, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quote] = []
    for q in quotes:
        clash = next((k for k in kept if overlap(k, q)), None)
        if clash is None:
            kept.append(q)
        elif _relays(clash, q):
            q.via = q.via or (clash.speaker.name if clash.speaker else None)
            kept[kept.index(clash)] = q
    return kept


def _relays(outer: Quote, inner: Quote) -> bool:
    return (
        outer.speaker is not None
        and (outer.speaker.type == "document" or is_channel(outer.speaker))
        and inner.speaker is not None
        and inner.speaker.type == "person"
    )


def relays_party(prev: Quote, subject, ctx) -> bool:
    """`The side "expressed …"`: quoted words that describe a party (not a named person
    or body) belong to the document quoted just before."""
    return prev.speaker.type == "document" and mention_of(subject, ctx).type == "group"
