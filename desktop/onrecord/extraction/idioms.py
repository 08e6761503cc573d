"""Fixed phrases that use a speech verb without reporting anything: `that said,`,
`needless to say,`, `so to speak`, `easier said than done`. Their verb is no cue."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx

_BOUNDS = (",", ";", "—", "(", ")")


def idiom(tok):
    """The tokens of a fixed phrase that uses a speech verb without reporting anything
    (`that said,`, `needless to say,`, `so to speak`, `easier said than done`), or None."""
    if tok.lemma_.lower() not in lx.SPEECH_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return None
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        before is not None
        and before.lower_ in ("that", "this")
        and before.head.i == tok.i
        and (before.i == before.sent.start or doc[before.i - 1].pos_ == "CCONJ")
        and after is not None
        and after.text == ","
    ):
        return doc[before.i : tok.i + 1]  # absolute `that said,`
    if before is not None and before.tag_ in ("JJR", "RBR") and after and after.lower_ == "than":
        return doc[before.i : min(after.i + 2, tok.sent.end)]  # `easier said than done`
    if tok.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children):
        return _parenthetical(tok)
    return None


def _parenthetical(tok):
    """`needless to say`, `suffice it to say`, `to say the least`: an infinitive that is a
    whole comma-bounded piece of at most five words with nobody in it, hanging on an
    adjective or a bare verb or on nothing in the piece (not `Asked to comment, …`)."""
    doc, sent = tok.doc, tok.sent
    lo = tok.i
    while lo > sent.start and doc[lo - 1].text not in _BOUNDS:
        lo -= 1
    hi = tok.i + 1
    while hi < sent.end and not doc[hi].is_punct:
        hi += 1
    piece = doc[lo:hi]
    if hi >= sent.end or doc[hi].text not in _BOUNDS + (".",) or len(piece) > 5:
        return None
    if any(t.pos_ in ("NOUN", "PROPN") or t.pos_ == "PRON" and t.lower_ != "it" for t in piece):
        return None
    head = tok.head
    return piece if not lo <= head.i < hi or head.pos_ == "ADJ" or head.tag_ == "VB" else None


def idioms(ctx):
    """(start, end) of every speech idiom outside quotation marks."""
    for tok in ctx.doc:
        piece = idiom(tok)
        if piece is not None and not ctx.in_quote(tok):
            yield ctx.start(piece[0]), ctx.end(piece[-1])
