"""What a noun phrase names: the speaker's words, name, kind and affiliation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.extraction import lexicon as lx
from onrecord.extraction.descriptions import names_body, org_name, org_span, strip_determiner
from onrecord.extraction.speakers import is_person_noun

_CUT_DEPS = {"appos", "relcl", "advcl", "parataxis", "ccomp", "punct", "cc", "prep", "acl"}
_KEEP_PREP_HEADS = lx.TITLES | {"minister", "ministry", "secretary", "head", "chief", "director"}
_NOT_NAME = {"VERB", "AUX", "ADP", "DET", "PUNCT", "SCONJ", "CCONJ", "PART", "ADV", "PRON"}


@dataclass
class Mention:
    start: int
    end: int
    text: str
    name: str
    type: str  # person | organization | document | group
    affiliation: str | None
    head: object  # the spaCy token the phrase hangs on
    pronoun: bool = False


def _phrase_tokens(head) -> list:
    """The head's noun phrase without appositions, clauses or trailing punctuation."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _CUT_DEPS and not (child.dep_ == "punct" and _intra_word(child)):
            # "Minister of Foreign Affairs", "video released by …" belong to the phrase
            # (a bare participle, "the statement issued", does not describe)
            if (
                child.dep_ == "prep"
                and (head.lower_ in _KEEP_PREP_HEADS or head.ent_type_)
                or child.dep_ == "acl"
                and child.i > head.i
                and any(True for _ in child.children)
            ):
                keep.extend(_without_channel(child))
            continue
        keep.extend(child.subtree)
    keep.sort(key=lambda t: t.i)
    # contiguous around the head, stopping at a comma or dash on either side
    left = right = keep.index(head)
    while left > 0 and keep[left - 1].i == keep[left].i - 1 and keep[left - 1].text not in ",—–(":
        left -= 1
    while (
        right < len(keep) - 1
        and keep[right + 1].i == keep[right].i + 1
        and keep[right + 1].text not in ",—–()"
    ):
        right += 1
    return keep[left : right + 1]


def _without_channel(tok) -> list:
    """The subtree of `tok` less a `via …`/`through …` phrase: the channel is no name."""
    skip = {t.i for c in tok.children if c.lower_ in ("via", "through") for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip]


def entity_of(tok):
    """The named entity `tok` is part of, read from the IOB tags around it (`doc.ents`
    would build every entity of the article on each call)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _entity(tokens, labels):
    seen = []
    for t in tokens:
        if t.ent_type_ in labels and t.ent_iob_ in ("B", "I"):
            ent = entity_of(t)
            if ent not in seen:
                seen.append(ent)
    if not seen:
        return None
    return person_tokens(seen[-1]) if "PERSON" in labels else seen[-1]


def _kind(head, person_ent, org_ent) -> str:
    lemma = head.lemma_.lower()
    if person_ent is not None:
        return "organization" if person_ent[-1].tag_ == "NNPS" else "person"
    if lemma in lx.DOCUMENT_NOUNS:
        return "document"
    if org_ent is not None or lemma in lx.CHANNEL_NOUNS | lx.ORGANIZATION_NOUNS:
        return "organization"
    if (
        lemma in lx.GROUP_NOUNS | lx.QUANTITY_WORDS
        or head.tag_ in ("NNS", "NNPS")
        or head.ent_type_ == "NORP"
        or head.like_num
    ):
        return "group"
    if head.pos_ == "PROPN" or is_person_noun(head):
        return "person"
    return "organization"


def apposition(head) -> str | None:
    """`X, a professor at Y,` → "professor at Y"; an age (`Ruth Annan, 61,`) is none."""
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and not _number(child):
            words = [
                t for t in child.subtree if not (t.dep_ == "appos" and t.ent_type_ == "PERSON")
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
            words = [t for t in child.subtree if t.lower_ != "who" and not t.is_punct]
            return child.doc[words[0].i : words[-1].i + 1].text if words else None
    for child in head.children:  # "Farida Osman of Lindqvist & Berg"
        if child.dep_ == "prep" and child.i > head.i and child.lower_ in ("of", "at", "from"):
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ == "ORG":
                return strip_determiner(entity_of(obj).text)
    return None


def named_person(tok) -> bool:
    """`Pia Brandvold, Norland's envoy,`: a name whose apposition is a person noun is a
    person's, whatever NER tagged it."""
    if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.ent_type_ == "PERSON":
        return False
    return any(c.dep_ == "appos" and is_person_noun(c) for c in tok.children)


def name_start(tok) -> int:
    start = tok.i
    while (
        start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    return start


def _names_person(name, head) -> bool:
    """`the union's president, Rasmus Holt`: a name beside a person noun is a person's,
    whatever NER tagged it."""
    if name.ent_type_ == "PERSON":
        return True
    return name.pos_ == "PROPN" and name.tag_ != "NNPS" and is_person_noun(head)


def _number(tok) -> bool:
    """An age or count (`61`, `now 91`): no affiliation."""
    return all(t.like_num or t.is_punct or t.pos_ == "ADV" for t in tok.subtree)


def described_as(name) -> str | None:
    """`Norland's chief negotiator, Ambassador Pia Brandvold,`: the description a name
    stands in apposition to."""
    head = name.head
    if name.dep_ != "appos" or not _names_person(name, head):
        return None
    if head.pos_ != "NOUN" and not is_person_noun(head):  # "The Environment Minister, …"
        return None
    words = [t for t in _phrase_tokens(head) if t.i < name.i]
    return strip_determiner(head.doc[words[0].i : words[-1].i + 1].text) or None


def mention_of(head, ctx) -> Mention:
    """Describe the phrase headed by `head` (a subject, or the object of `according to`)."""
    tokens = _phrase_tokens(head)
    doc = head.doc
    lower = head.lower_
    conjuncts = [
        c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    if conjuncts:  # "Clinton and leading Democrats": the pair speaks, not one of them
        last = max(conjuncts[-1].subtree, key=lambda t: t.i)
        span = doc[tokens[0].i : max(last.i, tokens[-1].i) + 1]
        text = span.text.strip(" ,")
        start, end = ctx.start(span[0]), ctx.start(span[0]) + len(text)
        return Mention(start, end, text, strip_determiner(text), "group", None, head)
    if head.pos_ == "PRON":
        kind = "person" if lower in lx.PERSON_PRONOUNS or lower in lx.FIRST_PERSON else "group"
        kind = "document" if lower in lx.THING_PRONOUNS else kind
        return Mention(ctx.start(head), ctx.end(head), head.text, head.text, kind, None, head, True)
    # `Trump's campaign manager, Corey Lewandowski,`: the person is the apposition
    for child in head.children:
        if child.dep_ == "appos" and head.ent_type_ != "PERSON" and _names_person(child, head):
            inner = mention_of(child, ctx)
            if inner.type != "person":  # "Bram de Ridder" tagged ORG beside "secretary"
                first = doc[name_start(child)]
                inner.type, inner.name = "person", doc[first.i : child.i + 1].text
            phrase = doc[tokens[0].i : tokens[-1].i + 1].text
            inner.affiliation = strip_determiner(phrase) or inner.affiliation
            return inner
    plural = head.tag_ == "NNS"  # "Clinton's biggest boosters" are not Clinton
    person = None if plural else _entity(tokens, {"PERSON"})
    if person is None and named_person(head):  # a name NER took for a place
        person = head.doc[name_start(head) : head.i + 1]
    if person is None and head.pos_ != "PROPN" and not plural:  # `Vice President … Dave Gorab`
        person = _entity(_core_subtree(head, ctx), {"PERSON"})
    clauses = {t.i for c in head.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
    own = [t for t in tokens if t.i not in clauses]  # "a source speaking to Fox News"
    org = _entity(own, {"ORG", "GPE"}) if person is None else None
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    kind = _kind(head, person, org)
    affiliation = apposition(head) or (apposition(doc[person.end - 1]) if person else None)
    if person is not None:
        name = person.text
        title = doc[tokens[0].i : person.start].text if person.start > tokens[0].i else ""
        affiliation = affiliation or strip_determiner(title) or None
    elif org is not None and kind == "organization":
        lo = org_span(head)[0] if names_body(head) else org.start
        name = org_name(head) if names_body(head) else strip_determiner(org.text)
        descriptor = doc[tokens[0].i : lo].text if lo > tokens[0].i else ""
        affiliation = affiliation or strip_determiner(descriptor) or None
    else:
        name = strip_determiner(re.sub(r"[’']s$", "", text))
    start, end = ctx.start(tokens[0]), ctx.end(tokens[-1])
    return Mention(start, end, text, name.strip(" ,"), kind, affiliation, head)


def split_affiliation(affiliation: str | None) -> tuple[str | None, str | None]:
    """Role and organisation: "professor at Kyungnam University" → (professor, Kyungnam University)."""
    if not affiliation:
        return None, None
    m = re.match(r"(.+?)\s+(?:at|for|with|of)\s+(?:the\s+)?(.+)$", affiliation)
    if m and m.group(2)[:1].isupper():
        return m.group(1), m.group(2)
    m = re.match(r"(.+?)[’']s\s+(.+)$", affiliation)
    if m:
        return m.group(2), m.group(1)
    return affiliation, None


def person_tokens(ent):
    """A PERSON entity without the words NER glued on ("Meeting Lavrov" → "Lavrov")."""
    toks = [t for t in ent]
    doc = ent.doc
    joined = False
    while toks and toks[0].i >= 2 and _joined(doc[toks[0].i - 1]) and doc[toks[0].i - 2].is_title:
        toks[:0] = [doc[toks[0].i - 2], doc[toks[0].i - 1]]  # "Lewin-Hart" tagged as "Hart"
        joined = True
    while (
        joined
        and toks
        and toks[0].i > 0
        and doc[toks[0].i - 1].pos_ == "PROPN"
        and doc[toks[0].i - 1].dep_ == "compound"
        and doc[toks[0].i - 1].ent_type_ in ("", "PERSON")
        and not doc[toks[0].i - 1].is_sent_start
        and doc[toks[0].i - 1].lower_.rstrip(".") not in lx.TITLES
        and not is_person_noun(doc[toks[0].i - 1])
    ):
        toks.insert(0, doc[toks[0].i - 1])  # "Miriam" left out of "Lewin-Hart"
    while toks and (toks[0].pos_ in _NOT_NAME or _participle(toks[0], ent)) and toks[0].whitespace_:
        toks.pop(0)
    while toks and toks[-1].dep_ == "compound" and toks[-1].head.i == toks[-1].i + 1:
        nxt = toks[-1].head  # "Dr. Szabó Gergely" tagged as "Szabó" alone
        if nxt.pos_ != "PROPN" or nxt.ent_type_ not in ("", "PERSON"):
            break
        toks.append(nxt)
    while toks and toks[-1].pos_ in _NOT_NAME and not toks[-1].is_title:
        toks.pop()  # "Szabó Gergely" keeps "Gergely", tagged as an adverb
    return ent.doc[toks[0].i : toks[-1].i + 1] if toks else None


def _core_subtree(head, ctx) -> list:
    """The head's subtree without appositions, clauses and prepositional phrases."""
    cut = ("appos", "relcl", "acl", "prep")
    skip = {t.i for c in head.children if c.dep_ in cut for t in c.subtree}
    return [t for t in head.subtree if t.i not in skip and not ctx.in_quote(t)]


def _participle(tok, ent) -> bool:
    """`Meeting Lavrov in Wonsan, the agency reported …`: a sentence-initial -ing/-ed word
    opens a clause of its own when the sentence's main verb has its subject after the
    name ("Ted Cruz said" has it in the name)."""
    if not (tok.is_sent_start and tok.lower_.endswith(("ing", "ed"))):
        return False
    root = tok.sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= ent.end for c in root.children)


def _joined(tok) -> bool:
    return tok.text == "-" and _intra_word(tok)


def _intra_word(tok) -> bool:
    """The hyphen of "Jong-un": punctuation with no space on either side."""
    return tok.i > 0 and not tok.whitespace_ and not tok.doc[tok.i - 1].whitespace_
