"""What a noun phrase names: the speaker's words, name, kind and affiliation."""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.extraction import lexicon as lx
from onrecord.extraction.capacity import (
    apposition,
    described_as,
    join,
    late_apposition,
    names_person,
)
from onrecord.extraction.descriptions import bare, names_body, org_name, org_span, strip_determiner
from onrecord.extraction.naming import NAMING_VERBS
from onrecord.extraction.phrase import entity_of, intra_word, phrase_tokens, without_channel
from onrecord.extraction.speakers import is_person_noun, names_a_body

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
        return "organization" if names_a_body(person_ent) else "person"
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
    if head.pos_ == "PROPN" and names_a_body(head.doc[name_start(head) : head.i + 1]):
        return "organization"  # "The Care Standards Inspectorate"
    if head.pos_ == "PROPN" or is_person_noun(head):
        return "person"
    return "organization"


def document_name(head) -> str:
    """A document is named by its head phrase and who made it: "the study published on
    Tuesday" is "study", "a video released by Russia's foreign ministry" stays whole. A
    clause set off by a comma only tells about it ("the audit, carried out by …,")."""
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound", "nmod", "nummod")]
    mods += [c.left_edge for c in head.lefts if c.dep_ == "poss" and c.pos_ != "PRON"]
    start = min(t.i for t in mods) if mods else head.i
    doc, end = head.doc, head.i
    for clause in head.rights:
        agent = next((g for g in clause.children if g.dep_ == "agent"), None)
        if clause.dep_ == "acl" and agent and doc[clause.left_edge.i - 1].text != ",":
            end = max(t.i for t in without_channel(clause) if t.i <= agent.right_edge.i)
            break
    return strip_determiner(head.doc[start : end + 1].text)


def _known(name, ctx) -> bool:
    """A person the article names in full ("Mrs. Clinton's campaign" is hers)."""
    registry = getattr(ctx, "registry", None)
    person = registry and registry.find(name.text, ctx.start(name[0]) + 1)
    return bool(person) and len(person.name.split()) > 1


def _possessor(ent, head) -> bool:
    """The entity stands only in the possessive of the phrase (`Qelan's foreign ministry`)."""
    owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
    return all(t.i in owners for t in ent)


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


def mention_of(head, ctx) -> Mention:
    """Describe the phrase headed by `head` (a subject, or the object of `according to`)."""
    tokens = phrase_tokens(head)
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
        # "Hale, a former pilot, and Mott, the union's lawyer, both": Hale and Mott
        names = [n for t in (head, *head.conjuncts) if (n := strip_determiner(_phrase_text(t)))]
        joined = len(names) > 1 and "&" not in text  # "Marlowe & Finch" is one firm's name
        name = ", ".join(names[:-1]) + " and " + names[-1] if joined else bare(text)
        return Mention(start, end, text, name, "group", None, head)
    if head.pos_ == "PRON":
        kind = "person" if lower in lx.PERSON_PRONOUNS or lower in lx.FIRST_PERSON else "group"
        kind = "document" if lower in lx.THING_PRONOUNS else kind
        return Mention(ctx.start(head), ctx.end(head), head.text, head.text, kind, None, head, True)
    # `Trump's campaign manager, Corey Lewandowski,`: the person is the apposition
    for child in head.children if head.ent_type_ != "PERSON" else ():
        if child.dep_ == "appos" and is_person_noun(child) and not names_person(child, head):
            child = next((c for c in child.children if c.dep_ == "appos"), child)  # "the painter X"
        if child.dep_ == "appos" and names_person(child, child.head):
            inner = mention_of(child, ctx)
            if inner.type != "person":  # "Bram de Ridder" tagged ORG beside "secretary"
                first = doc[name_start(child)]
                inner.type, inner.name = "person", doc[first.i : child.i + 1].text
            phrase = doc[tokens[0].i : tokens[-1].i + 1].text
            desc = described_as(child) or strip_determiner(phrase)
            inner.affiliation = join([desc, inner.affiliation])
            return inner
    if (late := late_apposition(head)) is not None:
        inner = mention_of(late, ctx)
        desc = strip_determiner(doc[tokens[0].i : late.left_edge.i].text)
        inner.type, inner.affiliation = "person", join([desc, inner.affiliation])
        return inner
    for child in head.children if head.pos_ == "NOUN" else ():
        if child.dep_ == "appos" and child.i > head.i and names_body(child):
            inner = mention_of(child, ctx)  # "His university, the Technical University …,"
            phrase = strip_determiner(doc[tokens[0].i : tokens[-1].i + 1].text)
            inner.type, inner.affiliation = "organization", join([phrase, inner.affiliation])
            return inner
    plural = head.tag_ == "NNS"  # "Clinton's biggest boosters" are not Clinton
    # "One pastor supporting Mr. Annan" is the pastor, "a woman named Ruth Annan" is she;
    # "a letter signed by Ruth Annan" is hers
    said = {
        t.i
        for c in head.children
        if _clause(c) and c.lemma_ not in NAMING_VERBS and head.lemma_ not in lx.DOCUMENT_NOUNS
        for t in c.subtree
    }
    person = None if plural else _entity([t for t in tokens if t.i not in said], {"PERSON"})
    if person is None and named_person(head):  # a name NER took for a place
        person = head.doc[name_start(head) : head.i + 1]
    if person is None and head.pos_ != "PROPN" and not plural:  # `Vice President … Dave Gorab`
        person = _entity(_core_subtree(head, ctx), {"PERSON"})
    if person is not None and head.pos_ == "NOUN" and is_person_noun(head) and head.i >= person.end:
        person = None  # "a Clinton aide", "Lamsa employee": the aide, not the name before it
    body = head.is_lower and head.lemma_.lower() in lx.ORGANIZATION_NOUNS
    if person is not None and body and _possessor(person, head) and not _known(person, ctx):
        person = None  # "Brackley's regional health board" is no one's name
    clauses = {t.i for c in head.children if _clause(c) for t in c.subtree}
    own = [t for t in tokens if t.i not in clauses]  # "a source speaking to Fox News"
    # "a White House official", "a spokesperson from the X Halle": a person of that body
    someone = head.pos_ == "NOUN" and is_person_noun(head)
    org = _entity(own, {"ORG", "GPE"}) if person is None and not someone else None
    if org is not None and head.is_lower and _possessor(org, head):
        org = None  # "Brackley's regional health board" is no Brackley
    text = doc[tokens[0].i : tokens[-1].i + 1].text
    kind = _kind(head, person, org)
    affiliation = apposition(head) or (apposition(doc[person.end - 1]) if person else None)
    if person is not None:
        name = person.text
        before = doc[tokens[0].i : person.start]
        title = " ".join(
            t.text for t in before if t.lower_.rstrip(".") not in lx.HONORIFICS
        )  # "Mrs." is no capacity; "a woman named" or "identified as" none at all
        if any(t.lemma_ in NAMING_VERBS for t in before):
            title, head = "", doc[person.end - 1]  # the name is who the woman is
        affiliation = join([strip_determiner(title), affiliation])
    elif kind == "organization" and (org is not None or names_body(head)):
        lo = org_span(head)[0] if names_body(head) else org.start
        name = org_name(head) if names_body(head) else strip_determiner(org.text)
        descriptor = doc[tokens[0].i : lo].text if lo > tokens[0].i else ""
        affiliation = affiliation or strip_determiner(descriptor) or None
    elif kind == "document":
        name = document_name(head)
    else:
        name = bare(text)
    start, end = ctx.start(tokens[0]), ctx.end(tokens[-1])
    return Mention(start, end, text, name.strip(" ,"), kind, affiliation, head)


def _phrase_text(head) -> str:
    tokens = [t for t in phrase_tokens(head) if t.lower_ not in ("both", "either")]
    return head.doc[tokens[0].i : tokens[-1].i + 1].text


def _clause(tok) -> bool:
    return tok.dep_ in ("acl", "relcl")


def indefinite(tok) -> bool:
    """`a registered Republican`, `a Marine`: someone of a kind, never a name."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


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
    return tok.text == "-" and intra_word(tok)
