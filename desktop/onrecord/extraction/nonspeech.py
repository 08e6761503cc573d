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
# Things that carry writing, and the acts of writing on them: words on them are the
# thing's, not a speaker's.
CARRIER_NOUNS = frozenset(
    """
sign placard banner poster billboard shirt t-shirt tee vest jacket sticker badge
button flag sheet bedsheet graffiti plaque inscription leaflet flyer chant cap hat
sweatshirt hoodie scarf mug
""".split()
)
WRITING_VERBS = frozenset("paint print scrawl spray chalk carve inscribe stitch emblazon".split())
PERFORMING_VERBS = frozenset({"chant", "sing"})  # a crowd's chant is no one's statement
NAMING_VERBS = frozenset("call dub nickname name term know brand title entitle label".split())
TERM_NOUNS = frozenset(
    "word term phrase expression label nickname moniker catchphrase slogan motto".split()
)
_MINOR = frozenset("a an the of and or in on at to for with by from as nor but".split())
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
    if _carried(lead, heads, cue, words):
        return "sign"
    titled = _title_case(words) or _work_of_art(inside)  # titles may be sentences
    if titled and _beside_work(lead, heads, inside, _trail(span, ctx)):
        return "title"
    if _sentence(inside):
        return None
    named = _naming(heads, words, {t.i for t in inside})
    if named is not None:
        return named
    if _name_like(words) and _beside_work(lead, heads, inside, _trail(span, ctx)):
        return "title"
    if _predicate(inside) or len(words) > 2 * MAX_TERM_WORDS:
        return None
    # the shape rules read only words set inside a sentence of ours, not a quoted sentence
    if not lead or lead[-1].is_punct:
        return None
    so_called = "".join(t.text for t in lead[-3:]).lower() in ("so-called", "socalled")
    if so_called or any(t.lemma_.lower() in TERM_NOUNS for t in lead[-2:]):
        return "term"
    if _title_case(words) or _work_of_art(inside):  # a name, unless a speech verb takes it
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


def _carried(lead, heads, cue, words) -> bool:
    """`a placard reading "…"`, `a banner that read "…"`, `badges printed with "…"`, `the
    crowd chanted "…"`: words on a thing, or a crowd's chant (a song sung is a title)."""
    if any(t.lemma_.lower() in CARRIER_NOUNS and t.pos_ == "NOUN" for t in lead):
        return True
    for tok in [*heads, *([cue] if cue is not None else [])]:
        for near in (tok, tok.head):
            lemma = near.lemma_.lower()
            if lemma in CARRIER_NOUNS and near.pos_ == "NOUN" or lemma in WRITING_VERBS:
                return True
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in CARRIER_NOUNS for s in subjects):
            return True
        if tok.lemma_.lower() in PERFORMING_VERBS and not _title_case(words):
            return not any(_is_person(s) for s in subjects)
        if tok.lemma_.lower() == "read" and subjects and not any(_speaks(s) for s in subjects):
            return True  # `a small card in the space reads "…"`
    return any(t.lemma_.lower() in WRITING_VERBS for t in lead)


def _naming(heads, words, inside) -> str | None:
    """A naming construction: "title" (`titled`), "nickname" for a person or a name,
    "term" for a common phrase; None when there is none. `known as`, `dubbed`, and `call`
    when it names rather than reports: passive (`a process called "…"`), with its object
    moved (`what the council calls "…"`), with nothing else to call (`taken to calling "…"`),
    or giving a name (`fans called her "the Voice of the North"`); not `X called the plan
    "unworkable"`."""
    for tok in dict.fromkeys(a for h in heads for a in _nominal_chain(h)):
        lemma = tok.lemma_.lower()
        if lemma not in NAMING_VERBS or tok.pos_ != "VERB":
            continue
        if lemma == "know" and not any(c.lower_ == "as" for c in tok.children):
            continue
        target = tok.head if tok.dep_ in ("acl", "amod") else _object(tok, inside)
        if lemma in ("call", "label", "name", "term"):
            passive = tok.tag_ == "VBN" and tok.dep_ != "ROOT"
            # a relative names by habit (`what the council calls`), unless it reports one
            # occasion (`what she called "closure by stealth"`)
            moved = target is None or target.tag_ in ("WP", "WDT") or _relative(tok)
            habit = moved and tok.tag_ != "VBD"
            if not (passive or habit or _name_like(words)):
                continue  # "The mayor called the plan “unworkable”": her words
        if lemma in ("title", "entitle"):
            return "title"
        person = target is not None and _is_person(target)
        return "nickname" if person or _name_like(words) or lemma in ("nickname", "dub") else "term"
    return None


def _nominal_chain(tok) -> list:
    """The token and the words it hangs on through noun and preposition links only
    (`known as "…"`, `dubbed the striker "…"`), not through clauses."""
    chain = [tok]
    while len(chain) < 3 and chain[-1].dep_ in ("prep", "pobj", "dobj", "appos", "oprd"):
        chain.append(chain[-1].head)
    return chain


def _relative(verb) -> bool:
    """`which planners call …`, `what the team has taken to calling …`: the thing named
    is the relative pronoun of a clause the verb stands in."""
    for tok in [verb, *list(verb.ancestors)[:2]]:
        if tok.dep_ == "relcl" or any(c.tag_ in ("WP", "WDT") for c in tok.children):
            return True
    return False


def _object(verb, inside):
    """What the verb names, outside the quoted words."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in inside]
    return objects[0] if objects else None


def _is_person(tok) -> bool:
    return (
        tok.ent_type_ == "PERSON"
        or tok.lower_ in lx.PERSON_PRONOUNS
        or tok.lemma_.lower() in lx.PERSON_NOUNS
    )


def _speaks(tok) -> bool:
    """A subject that can say or write words: a person, a body, a document."""
    return (
        tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or tok.pos_ in ("PRON", "PROPN")
        or tok.lemma_.lower() in lx.PERSON_NOUNS | lx.GROUP_NOUNS | lx.DOCUMENT_NOUNS
    )


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


def _work_of_art(inside) -> bool:
    return any(t.ent_type_ == "WORK_OF_ART" for t in inside)


def _sentence(inside) -> bool:
    """The quoted words hold a subject and its verb: a statement of their own."""
    ids = {t.i for t in inside}
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.i in ids for t in inside)


def _predicate(inside) -> bool:
    """A verb among the words (`promised to "drain the swamp"`): said, not named."""
    return any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in inside)


def _speech(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lx.SPEECH_VERBS


def _spoken(heads, cue) -> bool:
    """A speech verb governs the words (`she said the plan was "…"`); a verb of thought
    does not (`Burton thinks that cats are "cuties"`)."""
    if cue is not None and (cue.lemma_.lower() in lx.SPEECH_VERBS or cue.lower_ == "according"):
        return True
    return any(_speech(anc) for tok in heads for anc in [tok, *tok.ancestors])


def _name_like(words) -> bool:
    """`the Anvil`, `One Hundred Years of Solitude`: every word but the small ones
    capitalised."""
    major = [t for t in words if t.lower_ not in _MINOR]
    return bool(major) and all(t.text[:1].isupper() for t in major)


def _title_case(words) -> bool:
    """A name of two words or more, not ALL CAPS and not opening in lower case."""
    return (
        len(words) >= 2
        and words[0].text[:1].isupper()
        and _name_like(words)
        and not all(t.is_upper for t in words)
    )
