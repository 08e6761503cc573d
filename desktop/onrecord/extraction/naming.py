"""Naming constructions: `known as "the Anvil"`, `a process called "…"`, `what the council
calls "…"`, `titled "…"`. The quoted words are a name or a term, not speech."""

from __future__ import annotations

from onrecord.extraction.wording import is_person, name_like

NAMING_VERBS = frozenset(
    "call dub nickname name term know brand title entitle label identify".split()
)


def naming(heads, words, inside) -> str | None:
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
            if not (passive or habit or name_like(words)):
                continue  # "The mayor called the plan “unworkable”": her words
        if lemma in ("title", "entitle"):
            return "title"
        person = target is not None and is_person(target)
        return "nickname" if person or name_like(words) or lemma in ("nickname", "dub") else "term"
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
