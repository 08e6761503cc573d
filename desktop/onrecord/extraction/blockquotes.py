"""Block quotes without marks: `In a post on Monday, Wallnau wrote:` ends a paragraph and
the next paragraph is his words, set apart as web copy sets an indented quotation, with
no quotation marks."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import is_cue, subject_of
from onrecord.extraction.speakers import speaking

MIN_WORDS = 8  # fewer words after a colon are a heading or a label, not a quotation
_NOT_PROSE = "\"“”„«'‘<-–—•*#|["  # a marked quote (read apart), an embed, a list, a table


def block_quotes(ctx) -> list[tuple[int, int, object, object]]:
    """(start, end, cue, speaker token) of each unmarked paragraph a speaker's colon
    introduces."""
    found = []
    for colon in ctx.doc:
        if colon.text != ":" or ctx.in_quote(colon):
            continue
        nxt = next((t for t in colon.doc[colon.i + 1 :] if not t.is_space), None)
        if nxt is None or ctx.paragraph_of(ctx.start(nxt)) == ctx.paragraph_of(ctx.start(colon)):
            continue
        start = ctx.start(nxt)
        end = ctx.text.find("\n", start)
        end = len(ctx.text.rstrip()) if end < 0 else len(ctx.text[:end].rstrip())
        words = ctx.text[start:end].split()
        if ctx.text[start] in _NOT_PROSE or len(words) < MIN_WORDS:
            continue
        cue, speaker = _introducing(colon, ctx)
        if speaker is not None and speaker.lower_ not in lx.FIRST_PERSON:  # the writer's own
            found.append((start, end, cue, speaker))
    return found


def _introducing(colon, ctx):
    """The speech verb of the clause the colon closes (`Wallnau wrote:`, `he said on
    Tuesday:`), nearest the colon first, and who speaks through it; (None, None)."""
    for cue in reversed(colon.sent[: colon.i - colon.sent.start]):
        if ctx.in_quote(cue) or not is_cue(cue, lx.SPEECH_VERBS):
            continue
        # `…, according to the department:` sources facts; `According to Jack Kelly,
        # writing for RealClearPolitics:` alone introduces his words
        if cue.lower_ == "according" and cue.i != cue.sent.start:
            continue
        speaker = speaking(subject_of(cue, ctx), cue, ctx)
        if speaker is not None:
            return cue, speaker
    return None, None
