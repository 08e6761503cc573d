"""Frames read around a quote when the parse does not attach it to a cue: a subject and
verb right after it, a cue introducing it just before (`X stated:`, `X chimed in.`), a
name before a colon or after a dash, a speaker label heading the paragraph (`TAPPER:`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import is_cue, subject_left_of, subject_of
from onrecord.extraction.mentions import entity_of
from onrecord.extraction.speakers import can_speak

_DASH_AFTER = re.compile(r"^[\s,]*[—–-]+\s*")
_LABEL = re.compile(r"[ \t]*([A-Z][\w.’'-]*(?: [\w.’'-]+){0,3}):[ \t\xa0]+\S")
_DASH_LABEL = re.compile(r"\s[—–-]+\s*([^\n:—–]{2,60}):$")  # `… overhype - Ann Selzer:`
_NEXT_LABEL = re.compile(r"[.!?\"”] +[A-Z][\w.’'-]*: ")  # `… ISIS." Bush: "…"`


@dataclass
class Frame:
    cue: object | None  # the reporting verb token
    subject: object | None  # the token naming the speaker
    how: str  # parse | sentence | inner | colon | dash | none


def name_beside(span, cue, ctx):
    """`"…," Flynn, a top surrogate, said` misparsed: the noun between quote and cue, or
    right after a cue that follows the quote (`said Robert Reich, who …`); before the
    quote, the last subject left of the cue (`Levine, who …, said, "…"`)."""
    if ctx.start(cue) < span.end:
        return subject_left_of(cue, ctx)
    between = ctx.tokens_between(span.end, ctx.start(cue))
    after = []
    for tok in cue.doc[cue.i + 1 : cue.i + 8]:
        if tok.is_punct or ctx.in_quote(tok):
            break
        after.append(tok)
    for tok in [*between, *after] if between else after:
        if tok.pos_ in ("PROPN", "NOUN") and not ctx.in_quote(tok):
            while tok.dep_ in ("compound", "amod", "nmod", "poss") and tok.head.pos_ in (
                "NOUN",
                "PROPN",
            ):
                tok = tok.head
            return tok
    return None


def after_frame(span, ctx) -> Frame | None:
    """`"…?" Trump went on.`: a subject and verb right after a quoted sentence."""
    end = ctx.text[max(0, span.end - 1) : span.end]
    if end not in (",", "?", "!"):
        return None
    after = [t for t in ctx.tokens_between(span.end, span.end + 60) if not ctx.in_quote(t)]
    after = [t for t in after if not (t.is_punct or t.is_space)][:4]
    if not after or ctx.paragraph_of(ctx.start(after[0])) != ctx.paragraph_of(span.end):
        return None
    if after[0].lower_ in lx.CLAUSE_BREAK:
        return None  # `"…," while police said …`: another clause, another speaker
    for verb in after:
        if verb.pos_ == "VERB":
            subject = subject_of(verb, ctx)
            named = subject is not None and (subject.pos_ == "PROPN" or subject.i > verb.i)
            if (
                subject is not None
                and subject.i in {t.i for t in after}
                and subject.tag_ not in ("WDT", "WP")
                and (end == "," or named)
            ):
                return Frame(verb, subject, "sentence")
            return None
    return None


def intro_frame(span, ctx) -> Frame | None:
    """`Dr. Ward stated:` closing the paragraph before, `X chimed in.` just before, or
    `X told Der Spiegel "…"` that the parser cut off before the mark: a cue with no words
    of its own speaks the quote after it."""
    gap = ctx.text[max(0, span.start - 12) : span.start]
    before = gap.rstrip("\"“„«'‘` \n\xa0")
    colon = before.endswith(":") and "\n" in gap
    glued = before[-1:].isalnum() and "\n" not in gap  # no mark between cue and quote
    if not (colon or glued or before.endswith(".")):
        return None
    end = ctx.tokens_between(span.start - len(gap) + len(before) - 1, span.start)
    if not end:
        return None
    sent = end[0].sent
    if colon:
        cues = ctx.cues_in(sent)
    elif ctx.quoted_in(sent) or any(c.dep_ == "ccomp" for c in sent.root.children):
        return None
    else:
        cues = [sent.root] if is_cue(sent.root, lx.SPEECH_VERBS) else []
    subjects = [(c, subject_of(c, ctx)) for c in cues]
    if colon and not cues and sent.root.pos_ in ("NOUN", "PROPN"):
        return Frame(None, sent.root, "colon")  # `Transcript as follows:`
    return next((Frame(c, s, "colon") for c, s in subjects if s is not None), None)


def punctuation_frame(span, ctx, frame) -> Frame:
    """`From Chairwoman X: "…"` and `"…" —Commissioner X`; `frame()` gives the tokens
    outside quotes around the span."""
    before = ctx.text[max(0, span.start - 6) : span.start].rstrip("\"“„«'‘` \xa0")  # `: ''…`
    if before.endswith(":"):  # the name right before the colon, or any named one before it
        colon = ctx.text.rfind(":", 0, span.start)
        toks = [t for t in frame() if ctx.start(t) < colon]
        names = [
            t
            for t in toks
            if t.ent_type_ in ("PERSON", "ORG") or (t.pos_ == "PROPN" and ctx.end(t) == colon)
        ]
        # the name that labels the quote; else who the clause is about (`One supporter, Rep.
        # Lee Zeldin, gave it a whirl in an interview with CNN:`); else a person before an outlet
        label = [t for t in names if ctx.end(t) == colon and t.ent_type_ in ("PERSON", "ORG", "")]
        subject = [
            t for t in toks if t.dep_ == "nsubj" and not ctx.in_quote(t.head) and can_speak(t)
        ]
        people = [t for t in names if t.ent_type_ == "PERSON"]
        if subject:  # two subjects side by side are a description and a name: the name
            subject = [max(subject, key=lambda t: (t.pos_ == "PROPN", -abs(t.i - t.head.i)))]
        if names or subject:
            name = (label or subject or people or names)[-1]
            while name.dep_ == "conj" and ctx.start(name.head) < colon:
                name = name.head  # `Ana Ruiz and Li Wen:` speak together
            return Frame(None, name, "colon")
    after = ctx.text[span.end : span.end + 8]
    if (m := _DASH_AFTER.match(after.lstrip("\"”»'’"))) is not None:
        pos = span.end + (len(after) - len(after.lstrip("\"”»'’"))) + m.end()
        line_end = ctx.text.find("\n", pos)  # the name stands on the dash's own line
        limit = min(pos + 60, line_end) if line_end >= 0 else pos + 60
        toks = [t for t in ctx.tokens_between(pos, limit) if ctx.start(t) < limit]
        run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN", toks))
        if run:  # the name right after the dash, tagged or not: "—Commissioner Paul Weber"
            return Frame(None, run[-1], "dash")
        names = [t for t in toks if t.ent_type_ in ("PERSON", "ORG")]
        if names:
            return Frame(None, entity_of(names[0]).root, "dash")
    return Frame(None, None, "none")


def dash_label(span, ctx) -> Frame | None:
    """`Pollsters agree - Carl Bialik: "…"`: a name standing alone between a dash and the
    colon before the quote labels it, whatever the words before the dash say."""
    lo = max(0, span.start - 90)
    m = _DASH_LABEL.search(ctx.text[lo : span.start].rstrip("\"“„«'‘` \xa0"))
    if m is None:
        return None
    end = lo + m.end(1)
    words = [t for t in ctx.tokens_between(lo + m.start(1), end) if ctx.start(t) < end]
    if not words or any(t.pos_ != "PROPN" and t.lower_ not in ("and", "&", ".") for t in words):
        return None
    name = max((t for t in words if t.pos_ == "PROPN"), key=lambda t: t.i)
    while name.dep_ == "conj" and name.head in words:
        name = name.head
    return Frame(None, name, "colon")


_ASIDE = re.compile(r"\s(?:--|—|–)\s*$")  # `… Mitt Romney -- "…" --`


def dashed_aside(span, ctx) -> Frame | None:
    """`…, including Mitt Romney -- "It is disqualifying …" -- and …`: words set
    between dashes right after a person's name are that person's."""
    lo = max(0, span.start - 8)
    m = _ASIDE.search(ctx.text[lo : span.start].rstrip("\"“„«'‘` \xa0"))
    after = ctx.text[span.end : span.end + 8].lstrip("\"”»'’` \xa0,")
    if m is None or not after.startswith(("--", "—", "–")):
        return None
    name = ctx.token_before(lo + m.start() + 1)
    if name is not None and not _a_named_person(name, ctx):
        # `Penn treated the remark as a compliment -- "That makes me careful" --`
        name = next((c for c in name.sent.root.children if c.dep_ == "nsubj"), None)
    return Frame(None, name, "dash") if name is not None and _a_named_person(name, ctx) else None


def _a_named_person(tok, ctx) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and not ctx.in_quote(tok)


def speaker_label(pos, ctx):
    """`TAPPER: Do you think …`, `Cruz: Trump would …`: the name labelling the paragraph
    that holds `pos`, when `pos` comes after the label."""
    start = ctx.text.rfind("\n", 0, pos) + 1
    m = _LABEL.match(ctx.text, start)
    if m is None or m.end() - 1 > pos or _NEXT_LABEL.search(ctx.text, m.end(), pos):
        return None
    words = [t for t in ctx.tokens_between(m.start(1), m.end(1)) if ctx.start(t) < m.end(1)]
    if not words or any(t.pos_ in ("VERB", "AUX", "PRON", "DET") or t.is_lower for t in words):
        return None
    return max(words, key=lambda t: (t.pos_ in ("PROPN", "NOUN"), t.i))
