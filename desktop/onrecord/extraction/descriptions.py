"""Names and descriptions of bodies and people read from the parse: an organisation's full
name (`the Agency for Coastal Defence`), a role given by a predicate (`Ruth Annan was
elected mayor`), and whether a mention is a description that points back (`the agency`,
`the mayor`) rather than a name.
"""

from __future__ import annotations

import re

from onrecord.extraction import lexicon as lx
from onrecord.extraction.phrase import entity_of

_DETERMINERS = re.compile(r"^(the|a|an|its|his|her|their)(\s+|$)", re.I)
_JOINERS = {"of", "for", "and", "&", "on", "the", "'s", "’s", "'", "’", "-"}
_CLAUSES = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj"}
_ROLE_VERBS = {"be", "become", "elect", "appoint", "name", "serve", "remain", "promote"}


def strip_determiner(text: str) -> str:
    return _DETERMINERS.sub("", text.strip(" ,;:.—–-")).strip()


def bare(text: str) -> str:
    """The phrase without its determiner or possessive ending: "the mayor's" → "mayor"."""
    return strip_determiner(re.sub(r"[’']s$", "", text))


def names_body(tok) -> bool:
    """`tok` heads an organisation's name: tagged ORG, or a capitalised body noun."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.ent_type_ == "ORG":
        return True
    return tok.lemma_.lower() in lx.ORGANIZATION_NOUNS and tok.is_title and tok.i > tok.sent.start


def org_name(head) -> str:
    """An organisation's whole name around its head noun: "Agency for Coastal Defence",
    "Eastfield Crown Court", "Dockworkers' Union" (NER often splits such names)."""
    lo, hi = org_span(head)
    return strip_determiner(head.doc[lo:hi].text)


def org_span(head) -> tuple[int, int]:
    """Token bounds [lo, hi) of the name `org_name` reads: the capitalised words around
    the head, its `of`/`for`/`on` phrase and a capitalised conjunct after it (`Bureau of
    Climate and Weather`), within the body's entity when NER found one whole (`Corrowa
    Fire and Rescue Service`)."""
    doc, inside = head.doc, {t.i for t in head.subtree}
    lo = head.i
    while lo - 1 in inside and (_capital(doc[lo - 1]) or doc[lo - 1].dep_ == "case"):
        lo -= 1
    words = list(doc[lo : head.i + 1])
    named = False
    for right in head.rights:
        sub = list(right.subtree)
        if sub[0].i != words[-1].i + 1:
            break
        if right.lower_ in ("of", "for", "on") and all(_name_word(t) for t in sub):
            named = True
        elif not (named and right.dep_ in ("cc", "conj") and all(_name_word(t) for t in sub)):
            break
        words.extend(sub)
    lo, hi = words[0].i, words[-1].i + 1
    if head.ent_type_ == "ORG":
        ent = entity_of(head)
        start = ent.start + (ent[0].pos_ == "DET")
        if start < lo and all(_name_word(t) for t in doc[start:lo]):
            lo = start
        if ent.end > hi and all(_name_word(t) for t in doc[hi : ent.end]):
            hi = ent.end
    while hi - 1 > lo and doc[hi - 1].tag_ == "POS":
        hi -= 1  # "Westmoor University's Brennan Center": the university
    return lo, hi


def _name_word(tok) -> bool:
    return _capital(tok) or tok.lower_ in _JOINERS


def _capital(tok) -> bool:
    return (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def predicate_role(tok) -> str | None:
    """`Ruth Annan was elected mayor in 2019`, `Strand is the judge in the case`,
    `Idowu served as manager`: the role a person's clause gives them."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_ not in _ROLE_VERBS:
        return None
    for child in verb.children:
        noun = child if child.dep_ in ("attr", "oprd") and child.pos_ == "NOUN" else None
        if child.dep_ == "prep" and child.lower_ == "as":
            noun = next((c for c in child.children if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ == "NOUN" and noun.ent_type_ == "":
            cut = {t.i for c in noun.children if c.dep_ in _CLAUSES for t in c.subtree}
            words = [t for t in noun.subtree if t.i not in cut and not t.is_punct]
            return strip_determiner(noun.doc[words[0].i : words[-1].i + 1].text) or None
    return None


def is_description(m) -> bool:
    """`the agency`, `the mayor`, `her son`: a definite or possessive common-noun phrase
    with no name in it points back to someone named before."""
    first = m.text.split()[0].lower() if m.text else ""
    head = m.head
    return (
        first in ("the", "this", "that", "his", "her", "its", "their")
        and head.pos_ == "NOUN"
        and not any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in head.subtree)
    )
