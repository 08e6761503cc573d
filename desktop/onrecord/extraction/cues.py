"""Reporting cues in the parse: which verb attributes, its words, what channel (who speaks
through a cue: subjects.py)."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.idioms import idiom


def is_cue(tok, verbs=lx.REPORT_VERBS) -> bool:
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
        return True
    if tok.lemma_ == "put" and any(c.lower_ == "it" for c in tok.children):
        return True  # "as X put it, …"
    verb = tok.pos_ in ("VERB", "AUX") or _infinitive(tok)
    return verb and tok.lemma_.lower() in verbs and idiom(tok) is None


def _infinitive(tok) -> bool:
    """`… to state, "…"` tagged a noun: after "to" in a verb's place it is a verb."""
    return tok.dep_ == "xcomp" and with_to(tok)


def with_to(verb) -> bool:
    """The verb stands after "to" ("vowed to fight", "failure to denounce")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def cue_span(cue, ctx) -> tuple[int, int, str]:
    """Cue words with particles and auxiliaries: "has said", "according to", "said in"."""
    words = [cue]
    words += [c for c in cue.children if c.dep_ in ("aux", "neg", "prt") and c.i < cue.i + 2]
    if cue.lower_ == "according":
        words += [c for c in cue.children if c.lower_ == "to"]
    words.sort(key=lambda t: t.i)
    lo, hi = words[0], words[-1]
    return ctx.start(lo), ctx.end(hi), cue.doc[lo.i : hi.i + 1].text


def channel_phrase(cue):
    """A document or medium the words came through: "In that video, Kim told …"."""
    for tok in [cue, cue.head]:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "via", "through", "on"):
                for obj in child.children:
                    if (
                        obj.dep_ == "pobj"
                        and obj.lemma_.lower() in lx.DOCUMENT_NOUNS | lx.CHANNEL_NOUNS
                    ):
                        return obj
    return None


MAX_SENTENCE_TOKENS = 200  # a longer "sentence" is a list or noise: no clause-level reading there


def other_cues(cue, sent):
    """Reporting verbs of the same sentence linked to `cue` in the parse, nearest first."""
    if len(sent) > MAX_SENTENCE_TOKENS:
        return []
    above = {t.i for t in cue.ancestors}
    siblings = cue.pos_ in ("VERB", "AUX")  # a claim's neighbour does not report the claim
    lo, hi = cue.left_edge.i, cue.right_edge.i  # parses are projective: the subtree's span
    linked = [
        tok
        for tok in sent
        if tok.i != cue.i
        and (tok.i in above or lo <= tok.i <= hi or siblings and tok.head.i == cue.head.i)
        and is_cue(tok, lx.SPEECH_VERBS)
    ]
    return sorted(linked, key=lambda t: abs(t.i - cue.i))
