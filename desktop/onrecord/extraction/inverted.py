"""An attribution set inverted into the middle of the sentence it reports: `The new ferry,
said harbour master Ines Marr, will carry 400 passengers.` or `Part of the trouble, say
engineers like Omar Dent, a consultant, is the salt itself.` The parse hangs the clause
on the speaker or the speaker on the clause; read by the commas, the words before and
after are the report, in two pieces, and the phrase after the verb is who speaks.
"""

from __future__ import annotations

# Verbs that take their subject after them in a parenthetical ("…, says Marr, …").
INVERTING = frozenset(
    """
say add write note explain argue recall insist warn claim concede admit observe remark
contend conclude
""".split()
)
_PHRASE = {"DET", "NOUN", "PROPN", "ADJ", "NUM", "ADP", "PUNCT", "CCONJ", "PART", "SCONJ"}
_CLAUSE = {"VERB", "AUX"}


def parenthetical(cue, ctx):
    """(speaker head, words before, words after) when `cue` is such an inverted
    attribution between commas, else None."""
    sent, doc = cue.sent, cue.doc
    if cue.lemma_.lower() not in INVERTING or cue.i <= sent.start + 1 or cue.i + 1 >= sent.end:
        return None
    if doc[cue.i - 1].text != "," or doc[cue.i + 1].pos_ not in ("DET", "NOUN", "PROPN", "ADJ"):
        return None
    close = None  # the last comma the speaker's phrase (and its apposition) runs to
    for tok in doc[cue.i + 1 : sent.end]:
        if tok.pos_ in _CLAUSE or tok.pos_ not in _PHRASE or ctx.in_quote(tok):
            break
        if tok.text == ",":
            close = tok.i
    if close is None:
        return None
    before = [t for t in doc[sent.start : cue.i - 1] if not t.is_space]
    after = [t for t in doc[close + 1 : sent.end] if not (t.is_space or t.is_punct)]
    if not before or not any(t.pos_ in _CLAUSE for t in after):
        return None
    return _head(doc[cue.i + 1 : close]), before, after


def _head(phrase):
    """The noun the speaker's phrase hangs on: its last noun before a preposition or
    comma or "and" (`engineers like Omar Dent` → engineers, `harbour master Ines Marr` →
    Marr; a conjunct joins it through the parse)."""
    head = None
    for tok in phrase:
        if tok.pos_ in ("ADP", "SCONJ", "CCONJ") or tok.text == ",":
            break
        if tok.pos_ in ("NOUN", "PROPN"):
            head = tok
    return head
