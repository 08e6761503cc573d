"""The editor's review laid over the extracted quotes: corrected speakers, decisions, notes."""

from __future__ import annotations

from collections.abc import Mapping

from onrecord.model import Extraction, Speaker, effective_speaker, key_span, quote_key
from onrecord.review.records import Decision


def speaker_overrides(decisions: Mapping[str, Decision]) -> dict[str, str]:
    """Quote key → the speaker the editor named instead of the extracted one."""
    return {k: d.speaker_override for k, d in decisions.items() if d.speaker_override}


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
