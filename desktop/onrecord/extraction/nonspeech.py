"""Quoted words that nobody is reported saying: titles, nicknames, terms, signs.

Read from the construction around the marks, never from the words themselves: a work noun
the span stands beside (`her novel "Salt Roads"`), a naming verb (`known as "the Anvil"`,
`what the council calls "managed retreat"`), a carrier of writing (`a placard reading
"…"`), or a short phrase that no speech verb governs (`cats are "cuties"`). Quoted
sentences, and words inside a reported clause (`she said the plan was "unworkable"`),
stay quotes.
"""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.naming import naming
from onrecord.extraction.signs import carried
from onrecord.extraction.wording import name_like, predicate, sentence, title_case, work_of_art

# Kinds of made works whose names are set in quotation marks.
WORK_NOUNS = frozenset(
    """
book novel novella memoir biography autobiography poem anthology essay column story play
musical opera ballet symphony song single track album record hymn anthem film movie drama
comedy thriller documentary series sitcom show episode podcast programme program exhibition
exhibit installation painting sculpture mural photograph report study paper manifesto
headline title game
""".split()
)
TERM_NOUNS = frozenset(
    "word term phrase expression label nickname moniker catchphrase slogan motto".split()
)
MAX_TERM_WORDS = 4  # a scare quote is a word or a short phrase


def classify(span, ctx, cue) -> str | None:
    """The kind of mention a quoted span is, or None when it may be speech; `cue` is the
    reporting verb the frame found (or None)."""
    inside = [t for t in ctx.tokens_between(span.start, span.end) if ctx.start(t) < span.end]
    if not inside:
        return None
    words = [t for t in inside if t.is_alpha]
    lead = _lead_in(span, ctx)
    heads = [
        t.head
        for t in inside
        if not t.is_punct and t.head not in inside and not ctx.in_quote(t.head)
    ]
    if carried(lead, heads, cue, words):
        return "sign"
    titled = title_case(words) or work_of_art(inside)  # titles may be sentences
    if titled and _beside_work(lead, heads, inside, _trail(span, ctx)):
        return "title"
    if sentence(inside):
        return None
    named = naming(heads, words, {t.i for t in inside})
    if named is not None:
        return named
    if name_like(words) and _beside_work(lead, heads, inside, _trail(span, ctx)):
        return "title"
    if predicate(inside) or len(words) > 2 * MAX_TERM_WORDS:
        return None
    # the shape rules read only words set inside a sentence of ours, not a quoted sentence
    if not lead or lead[-1].is_punct:
        return None
    so_called = "".join(t.text for t in lead[-3:]).lower() in ("so-called", "socalled")
    if so_called or any(t.lemma_.lower() in TERM_NOUNS for t in lead[-2:]):
        return "term"
    if title_case(words) or work_of_art(inside):  # a name, unless a speech verb takes it
        return None if any(_speech(h) for h in heads) else "title"
    if _spoken(heads, cue):
        return None
    return "term" if len(words) <= MAX_TERM_WORDS else None


def _lead_in(span, ctx) -> list:
    """Up to four tokens right before the opening mark, back to the sentence's end (read
    from the text: the parser often starts a new sentence at an ALL CAPS quotation)."""
    before = ctx.tokens_between(max(0, span.start - 60), span.start - 1)
    cut = [n for n, t in enumerate(before) if t.text in (".", "!", "?") or "\n" in t.text]
    before = before[cut[-1] + 1 :] if cut else before
    return [t for t in before if not t.is_quote and not t.is_space][-4:]


def _trail(span, ctx) -> list:
    """`"The Last Ferry," a quiet drama about …`: up to four tokens after a comma that
    follows the closing mark."""
    after = [t for t in ctx.tokens_between(span.end, span.end + 60) if not t.is_quote]
    if ctx.text[span.start : span.end].rstrip().endswith(","):  # `"…," a drama`
        return after[:4]
    return after[1:5] if after and after[0].text == "," else []


def _beside_work(lead, heads, inside, trail) -> bool:
    """`her novel "Salt Roads"`, `a documentary, "…"`, `"Salt Roads", her novel`, `the
    book is "…"`: the span names a work."""
    near = [t for t in lead[-2:] if t.text != ","][-1:]
    nouns = [*near, *heads, *(c for t in inside for c in t.children if c.dep_ == "appos")]
    nouns += [t for t in trail if t.pos_ == "NOUN"][:1]
    if any(t.lemma_.lower() in WORK_NOUNS and t.pos_ == "NOUN" for t in nouns):
        return True
    return any(  # `his favourite book is "…"`
        s.lemma_.lower() in WORK_NOUNS
        for tok in heads
        if tok.lemma_ == "be"
        for s in tok.children
        if s.dep_ == "nsubj"
    )


def _speech(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lx.SPEECH_VERBS


def _spoken(heads, cue) -> bool:
    """A speech verb governs the words (`she said the plan was "…"`); a verb of thought
    does not (`Burton thinks that cats are "cuties"`)."""
    if cue is not None and (cue.lemma_.lower() in lx.SPEECH_VERBS or cue.lower_ == "according"):
        return True
    return any(_speech(anc) for tok in heads for anc in [tok, *tok.ancestors])
