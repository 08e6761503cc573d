"""Speakers named outside the quote's own sentence (issue 11, item 9): a paragraph that
introduces the speaker before a bare quote paragraph (`Dunmore has run the shelter for a
decade.` or `President Ames released the following statement:`), a person's reported
words right before it (`Schiff argued that …` then `"…"`), and a bare quote paragraph
whose attribution comes in the next quote paragraph (`"…," Dunmore notes.`).
"""

from __future__ import annotations

import re

from onrecord.extraction.speakers import can_speak

_WORD = re.compile(r"\w")
# Only a speaker named at a frame is handed back: a pronoun's (capped at confidence.PRONOUN)
# is already a guess by salience, and handing it to another paragraph would guess twice.
_FOLLOW_MIN_CONFIDENCE = 0.75
_HANDED = 0.6  # below the frame it came from, above a pronoun's own guess


def bare_paragraph(span, ctx) -> bool:
    """The paragraph holding `span` has no words outside quotation marks."""
    return not ctx.has_prose(ctx.paragraph_of(span.start))


def intro_subject(span, ctx):
    """The speaker the paragraph before a bare quote paragraph introduces: the subject of
    its last sentence when that ends in a colon or names a person (no quote in it)."""
    if not bare_paragraph(span, ctx):
        return None
    last = ctx.token_before(ctx.text.rfind("\n", 0, span.start))
    if last is None or ctx.paragraph_of(ctx.start(last)) != ctx.paragraph_of(span.start) - 1:
        return None
    colon = last.text == ":"
    para = ctx.paragraph_of(ctx.start(last))
    sent = last.sent
    while True:  # the paragraph's sentences from its last: who it is about
        if any(ctx.in_quote(t) or t.is_quote for t in sent):
            return None
        for subj in _main_subjects(sent):
            # `Her answer came in two parts:` — the one whose answer it is
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            if colon and not can_speak(subj) and owner is not None:
                subj = owner
            named = subj.ent_type_ == "PERSON" or subj.pos_ == "PROPN" and not subj.ent_type_
            if can_speak(subj) and (colon or named):
                return subj
        if colon or sent.start == 0:
            return None
        sent = sent.doc[sent.start - 1].sent
        if ctx.paragraph_of(ctx.start(sent[-1])) != para:
            return None


def _main_subjects(sent):
    """The subjects of the sentence's main verb, and of a clause the parse hung before it
    (`Schoen elaborated … that delegates … may reconsider` rooted at "reconsider")."""
    root = sent.root
    clauses = [
        root,
        *(c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i),
    ]
    return [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]


def lead_in(reported, pos: int, prev, ctx):
    """`X argued that …\n\n"…"`: a person's reported words ending right before the
    quote at `pos`, in a later paragraph than the quote before (`prev`)."""
    para = ctx.paragraph_of
    for r in reported:
        end = max(r.end, ctx.sentence_span(r.cue)[1])  # `…, Schiff said.` included
        if (
            end <= pos
            and not _WORD.search(ctx.text, end, pos)
            and (prev is None or para(prev.end) < para(r.start))
        ):
            return r
    return None


def hand_back(quotes, ctx) -> None:
    """`"…"` (no attribution) then `"…," Dunmore notes.` in the next paragraph: the
    speaker of a run of quote paragraphs is named on a later one."""
    for n, q in enumerate(quotes[:-1]):
        if q.speaker is not None or not bare_paragraph(q, ctx):
            continue
        nxt = quotes[n + 1]
        if (
            nxt.speaker is not None
            and nxt.confidence >= _FOLLOW_MIN_CONFIDENCE
            and ctx.paragraph_of(nxt.start) == ctx.paragraph_of(q.start) + 1
            and not ctx.text[ctx.text.rfind("\n", 0, nxt.start) + 1 : nxt.start].strip(" “\"'‘")
        ):
            q.speaker, q.via, q.evidence = nxt.speaker, nxt.via, nxt.evidence
            q.confidence = _HANDED
