"""In what capacity a person speaks: the role and body an article gives beside a name.

A title before the name (`Race director Piet Oosterhuis`), a description the name stands
in apposition to (`The producer of that record, Arvid Sunde,`), an appositive noun phrase
(`…, a former Olympic steeplechaser,`), a copular clause (`who is the club's captain`) or
one naming the body the person acts in (`who chairs the harbour users' association`), a
body after `of` (`Farida Osman of Lindqvist & Berg`). An age or a number is none, nor a
clause with another verb (`who voted against the closures`). When the article gives
several, all are kept, joined by "; ".
"""

from __future__ import annotations

import re

from onrecord.extraction import lexicon as lx
from onrecord.extraction.descriptions import strip_determiner
from onrecord.extraction.phrase import entity_of
from onrecord.extraction.speakers import is_person_noun

SEP = "; "
_COPULAS = {"be", "become", "remain"}
_CLAUSES = {"relcl", "acl", "advcl"}


def capacity(first, last) -> str | None:
    """Every capacity given around the name doc[first.i : last.i + 1]."""
    return join([described_as(last), title_before(first, last), apposition(last)])


def join(parts) -> str | None:
    """Capacities without repeats (one held in another goes); a bare form of address
    ("Ambassador") beside a description adds nothing."""
    kept: list[str] = []
    for part in (p for joined in filter(None, parts) for p in joined.split(SEP)):
        low = part.lower()
        if any(low in k.lower() for k in kept):
            continue
        kept = [k for k in kept if k.lower() not in low] + [part]
    if len(kept) > 1:
        kept = [k for k in kept if not _address(k)] or kept
    return SEP.join(kept) or None


def _address(text: str) -> bool:
    return all(w.lower().rstrip(".") in lx.TITLES | lx.HONORIFICS for w in text.split())


def names_person(name, head) -> bool:
    """`the union's president, Rasmus Holt`: a name beside a person noun is a person's,
    whatever NER tagged it."""
    if name.ent_type_ == "PERSON":
        return True
    return name.pos_ == "PROPN" and name.tag_ != "NNPS" and is_person_noun(head)


def late_apposition(head):
    """`A spokesman for Mayor Ila Penn, Tom Farrow, said`: the parse hangs the name on the
    last name of the description; a name set beside a name belongs to the description."""
    if head.ent_type_ == "PERSON" or not is_person_noun(head):
        return None
    for tok in head.subtree:
        if (
            tok.dep_ == "appos"
            and tok.i > tok.head.i > head.i
            and tok.head.pos_ == "PROPN"
            and names_person(tok, head)
        ):
            return tok
    return None


def described_as(name) -> str | None:
    """`Norland's chief negotiator, Ambassador Pia Brandvold,`: the description a name
    stands in apposition to, and the one that description stands in (`The jury president,
    the French actress Solène Marchetti,`); also when the parse made them subjects of the
    verb side by side (`The producer of that record, Arvid Sunde, said`)."""
    parts: list[str] = []
    inner, desc = name, _described_by(name, names_person(name, name.head))
    # in a list (`his daughter, a son, Erik, and five grandchildren`) the item before the
    # name describes it, the one before that is someone else
    most = 1 if any(c.dep_ == "conj" for c in name.children) else 3
    while desc is not None and len(parts) < most:
        words = [
            t
            for t in desc.subtree
            if t.i < inner.left_edge.i and not _in_clause(t, desc, _CLAUSES | {"appos"})
        ]
        if words:
            parts.insert(0, strip_determiner(name.doc[words[0].i : words[-1].i + 1].text))
        inner, desc = desc, _described_by(desc, is_person_noun(desc))
    return join(parts)


def _described_by(tok, is_person: bool):
    """The person noun `tok` stands in apposition to, or the one subject before it."""
    head = tok.head
    if tok.dep_ == "appos" and is_person:
        if is_person_noun(head):
            return head
        # `As part of his plea, Lazar` misparsed: a thing of his own is no description
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children)
        return head if head.pos_ == "NOUN" and not owned else None
    if tok.dep_ not in ("nsubj", "nsubjpass") or not (is_person or tok.ent_type_ == "PERSON"):
        return None
    before = [c for c in head.children if c.dep_ == tok.dep_ and c.i < tok.i]
    desc = before[-1] if before else None
    if desc is None or desc.pos_ != "NOUN" or not is_person_noun(desc):
        return None
    end = max(t.i for t in desc.subtree)
    return desc if end + 2 == tok.left_edge.i and tok.doc[end + 1].text == "," else None


def title_before(first, last) -> str | None:
    """`South Korean guard Park Ji-hoon`: the role words just before a name, as the parse
    hangs them on it, or a person noun right before it that the parse put elsewhere."""
    doc = first.doc
    head = last.head if last.dep_ == "compound" else last
    words = [t for t in head.subtree if t.i < first.i and t.dep_ in ("compound", "amod", "nmod")]
    if not words and first.i > 0 and _role_noun(doc[first.i - 1]):
        role = doc[first.i - 1]
        words = [t for t in role.subtree if t.i < role.i and t.dep_ in ("compound", "amod")]
        words = [t for t in words if t.i >= _contiguous_start(words, role)] + [role]
    if not words or words[-1].i != first.i - 1 or words[-1].pos_ == "ADJ":
        return None  # "the late Jonah Pike": no role
    if all(w.lower_.rstrip(".") in lx.HONORIFICS for w in words):
        return None  # "Dr." is a form of address, not a capacity
    text = doc[words[0].i : first.i].text
    det = words[0].i > 0 and doc[words[0].i - 1].lower_ in ("the", "a", "an")
    return strip_determiner(text) if text[:1].isupper() or det else None  # "the poet X"


def _role_noun(tok) -> bool:
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and is_person_noun(tok)


def _contiguous_start(words, role) -> int:
    start = role.i
    for t in reversed(words):
        if t.i != start - 1:
            break
        start = t.i
    return start


def apposition(head) -> str | None:
    """`X, a professor at Y,` → "professor at Y"; an age (`Ruth Annan, 61,`) is none."""
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and not _number(child):
            if child.left_edge.tag_ in ("WP", "WP$", "WDT", "VBD", "VBN") or _lost_subject(child):
                # "…, whose first novel …": a clause; "The team, led by Aino Velkaranta,
                # combined 24 years of …": the sentence's own verb, misread
                continue
            words = [
                t
                for t in child.subtree
                if not _in_clause(t, child, _CLAUSES)
                and not (t.dep_ == "appos" and t.ent_type_ == "PERSON")
            ]
            text = strip_determiner(child.doc[words[0].i : words[-1].i + 1].text)
            return text or None
    if head.ent_type_ != "PERSON":
        return None
    for child in head.children:  # "Harald Jonsen, who chairs the cooperative,"
        if (
            child.dep_ == "relcl"
            and child.i > head.i
            and any(c.lower_ == "who" for c in child.children)
        ):
            return _clause_capacity(child)
    for child in head.children:  # "Farida Osman of Lindqvist & Berg"
        if child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of", "at", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "ORG":
                return strip_determiner(entity_of(obj).text)
    return None


def _lost_subject(appos) -> bool:
    """`Speaking to Ruth Annan, a spokesperson for the port said`: an appositive right
    before a finite verb with no subject is that verb's subject, misread."""
    doc, i = appos.doc, appos.right_edge.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    if i == len(doc) or doc[i].tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return False
    verb = doc[i].head if doc[i].dep_ in ("aux", "auxpass") else doc[i]
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _clause_capacity(verb) -> str | None:
    """`who is the club's captain` → "the club's captain"; a clause in the present
    (`who chairs the cooperative`, `who runs a shop`) says what the person does, one in
    the past (`who voted against the closures`) what they did once: no capacity."""
    doc = verb.doc
    if verb.lemma_ in _COPULAS:
        noun = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if noun is None:
            return None
        words = [t for t in noun.subtree if not _in_clause(t, noun, _CLAUSES)]
        return strip_determiner(doc[words[0].i : words[-1].i + 1].text) or None
    if verb.tag_ not in ("VBZ", "VBP"):
        return None
    words = [t for t in verb.subtree if t.lower_ != "who" and not t.is_punct]
    return doc[words[0].i : words[-1].i + 1].text if words else None


def _in_clause(tok, top, deps) -> bool:
    """`tok` sits in a clause (of the kinds `deps`) hanging below `top`."""
    while tok.i != top.i:
        if tok.dep_ in deps or tok.is_punct and tok.head.i == top.i:
            return True
        tok = tok.head
    return False


def _number(tok) -> bool:
    """An age or count (`61`, `now 91`): no affiliation."""
    return all(t.like_num or t.is_punct or t.pos_ == "ADV" for t in tok.subtree)


def split_affiliation(affiliation: str | None) -> tuple[str | None, str | None]:
    """Role and organisation: "professor at Kyungnam University" → (professor, Kyungnam
    University); of several capacities the first gives the role, the first body the body."""
    if not affiliation:
        return None, None
    splits = [_split(part) for part in affiliation.split(SEP)]
    body = next((org for _, org in splits if org), None)
    return splits[0][0], body


def _split(affiliation: str) -> tuple[str, str | None]:
    m = re.match(r"(.+?)\s+(?:at|for|with|of)\s+(?:the\s+)?(.+)$", affiliation)
    if m and m.group(2)[:1].isupper():
        return m.group(1), m.group(2)
    m = re.match(r"(.+?)[’']s\s+(.+)$", affiliation)
    if m:
        return m.group(2), m.group(1)
    return affiliation, None
