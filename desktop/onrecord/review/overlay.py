"""Apply an editor's speaker correction to an extracted quote."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from onrecord.model import Extraction, Person, Quote, Speaker, key_span, quote_key
from onrecord.review.log import Decision


def effective_speaker(
    quote: Quote, override: str | None, people: Iterable[Person] = ()
) -> Speaker | None:
    """The quote's speaker, or the editor's correction with what the article says of that person.

    The corrected speaker keeps the original mention span (the words at the attribution) and
    takes affiliation, role and organisation from the article's people registry when the
    name (or an alias of it) is there; otherwise they are left empty rather than guessed.
    """
    if not override:
        return quote.speaker
    wanted = override.casefold()
    person = next(
        (p for p in people if wanted in {p.name.casefold(), *(a.casefold() for a in p.aliases)}),
        None,
    )
    base = quote.speaker or Speaker(name=override, mention="")
    return replace(
        base,
        name=person.name if person else override,
        affiliation=person.affiliation if person else None,
        role=person.role if person else None,
        organization=person.organization if person else None,
        type=person.type if person else base.type,
        resolved=True,
    )


def speaker_overrides(decisions: Mapping[str, Decision]) -> dict[str, str]:
    """Quote key → the speaker the editor named instead of the extracted one."""
    return {k: d.speaker_override for k, d in decisions.items() if d.speaker_override}


def checked_quote(quote: Quote, override: str | None, people: Iterable[Person] = ()) -> Quote:
    """The quote as the store should judge it: with the editor's speaker, if corrected."""
    return replace(quote, speaker=effective_speaker(quote, override, people)) if override else quote


def reviewed_quotes(extraction: Extraction, decisions: Mapping[str, Decision]) -> list[dict]:
    """Every quote in article order with the editor's decision, note, corrected speaker and
    who really said it (`said_by`, when the article credits the wrong person).

    A decision whose quote the extractor no longer finds (a newer extractor, a changed
    model) is kept as an entry of kind None rather than dropped.
    """
    rows = []
    for quote in extraction.quotes:
        d = decisions.get(quote.key)
        speaker = effective_speaker(quote, d and d.speaker_override, extraction.people)
        rows.append(_row(quote.start, quote.end, quote.text, quote.kind, speaker, d, quote))
    found = {q.key for q in extraction.quotes}
    text = extraction.article.text
    for key, d in decisions.items():
        span = key_span(key)
        if key in found or span is None:
            continue
        s, e = span
        speaker = Speaker(d.speaker_override, "") if d.speaker_override else None
        rows.append(_row(s, e, text[s:e], None, speaker, d, None))
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


def _row(start, end, text, kind, speaker, d, quote) -> dict:
    return {
        "key": quote_key(start, end),
        "start": start,
        "end": end,
        "text": text,
        "kind": kind,
        "speaker": speaker.to_dict() if speaker else None,
        "speaker_corrected": bool(d and d.speaker_override),
        # the editor's answer when the article credits the wrong person; the credit stays
        "said_by": d.said_by if d else None,
        "via": quote.via if quote else None,
        "translated": bool(quote and quote.translated),
        "decision": d.decision if d else None,
        "note": d.note if d else None,
        "decided_by": d.decided_by if d else None,
        "decided_at": d.decided_at if d else None,
    }
