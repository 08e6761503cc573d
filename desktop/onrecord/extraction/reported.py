"""Reported (indirect) speech: a reporting verb and the clause it reports.

`X said (that) CLAUSE`, `CLAUSE, X said`, `according to X, CLAUSE`, and for verbs whose
object is the content (`underscored the importance of …`), the object phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import (
    MAX_SENTENCE_TOKENS,
    according_source,
    enclosing_cue,
    subject_left_of,
    subject_of,
    with_to,
)
from onrecord.extraction.inverted import parenthetical
from onrecord.extraction.speakers import is_person_noun

MIN_WORDS = 3
# Speech verbs whose direct object is what was said ("emphasized the need for …").
OBJECT_CONTENT = frozenset(
    """
emphasize emphasise stress underscore underline reiterate reaffirm express affirm announce
confirm admit acknowledge reveal disclose propose suggest predict promise pledge vow
demand recommend urge highlight claim
""".split()
)
# Speech verbs whose object is what the words were about, not the words ("criticized the tax
# plan"): the object reports speech only when it holds a clause or quoted words of its own
# ("condemned the call, which he said was “…”").
OBJECT_TARGET = frozenset(
    "describe praise criticize criticise condemn denounce decry cite deny".split()
)
# Speech acts that commit or direct, whose infinitive is what was said ("vowed to fight on",
# "urged the council to wait"); in the active voice only ("was asked to leave" is not).
INFINITIVE_CONTENT = frozenset("vow pledge promise threaten swear urge ask warn advise".split())
# Verbs whose words to their right are what was said even where the parse misses the clause
# ("He said legalizing it could put …", parsed as xcomp).
SAY_VERBS = frozenset({"say", "tell"})
_LEADING = {",", ":", "—", "–", "-"}  # the complementizer ("that …") stays in the span


@dataclass
class Reported:
    start: int
    end: int
    cue: object
    subject: object | None


def _content(cue):
    """Tokens of the reported content of `cue`, or None."""
    for child in cue.children:
        if child.dep_ == "ccomp":
            return list(child.subtree)
    if cue.lower_ == "according" and cue.head is not cue:
        skip = {t.i for t in cue.subtree}
        lo, hi = _brackets(cue)
        words = [t for t in cue.head.subtree if t.i not in skip and lo < t.i < hi]
        # `According to Kelly, writing for RealClearPolitics:` says who, not what
        first = next((t for t in words if not t.is_punct), None)
        described = first is not None and first.tag_ == "VBG" and first.i > cue.i
        return None if described and not any(t.dep_ == "nsubj" for t in words) else words
    if cue.dep_ == "parataxis" and cue.i > cue.head.i:
        skip = {t.i for t in cue.subtree}
        return [t for t in cue.head.subtree if t.i not in skip]
    if cue.lemma_.lower() in INFINITIVE_CONTENT and (words := _infinitive(cue)):
        return words
    if cue.lemma_.lower() in OBJECT_CONTENT | OBJECT_TARGET:
        for child in cue.children:
            if child.dep_ == "dobj" and not _someone(child, cue):
                words = list(child.subtree)
                if cue.lemma_.lower() in OBJECT_CONTENT or _states(words):
                    return words
    if cue.lemma_.lower() in SAY_VERBS:
        return _rest_of_sentence(cue)
    return None


def _someone(obj, cue) -> bool:
    """`confirmed the nominees`, `acknowledged Ruth Annan`: a person is no words said
    (but `acknowledged her son as a hero` says something of him)."""
    if any(c.lower_ == "as" for c in (*obj.children, *cue.children)):
        return False
    return obj.ent_type_ == "PERSON" or is_person_noun(obj)


def _brackets(tok) -> tuple[int, int]:
    """Token bounds of the parentheses `tok` stands in within its sentence (`… killed 81
    percent (the number is closer to 15, according to Factcheck.org)`), else the sentence."""
    sent = tok.sent
    lo = next((t.i for t in reversed(sent[: tok.i - sent.start]) if t.text in "()"), None)
    hi = next((t.i for t in sent[tok.i - sent.start :] if t.text in "()"), None)
    if lo is None or hi is None or tok.doc[lo].text != "(" or tok.doc[hi].text != ")":
        return sent.start - 1, sent.end
    return lo, hi


def _infinitive(cue):
    """`vowed to fight on`, `urged the council to wait`: the person told and the infinitive."""
    if any(c.dep_ == "auxpass" for c in cue.children):
        return None
    for child in cue.children:
        if child.dep_ == "xcomp" and child.i > cue.i and with_to(child):
            return [t for t in cue.doc[cue.i + 1 : child.right_edge.i + 1]]
    return None


def _states(words) -> bool:
    """A phrase that says something: a clause with its own verb, or quoted words."""
    return any(t.dep_ in ("relcl", "acl", "ccomp") and t.pos_ == "VERB" for t in words) or any(
        t.is_quote for t in words
    )


def _rest_of_sentence(cue):
    """`X said CLAUSE` misparsed: the rest of the sentence when it opens with a clause of its
    own, its subject before any conjunction or punctuation (so not "said goodbye and left",
    "said yes when the council asked", "said hello, and the crowd cheered"); after "told",
    the person told is left out."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i for c in cue.children):
        return None  # inverted ("…, said X") or subjectless: handled elsewhere or not speech
    objects = ("dobj", "dative") if cue.lemma_.lower() == "tell" else ()
    told = {t.i for c in cue.children if c.dep_ in objects for t in c.subtree}
    rest = [t for t in cue.sent if t.i > cue.i and t.i not in told]
    if not rest or rest[0].i not in {t + 1 for t in told | {cue.i}}:
        return None
    for tok in rest:
        if tok.dep_ in ("nsubj", "nsubjpass", "expl"):
            return rest
        if tok.is_punct or tok.pos_ in ("CCONJ", "SCONJ") or tok.dep_ in ("mark", "advmod"):
            return None
    return None


def _cue_candidates(ctx):
    """Reporting verbs outside quotes, in sentences short enough to be prose: a subtree
    walk per cue would cost the square of an endless sentence's length."""
    for sent in ctx.doc.sents:
        if len(sent) <= MAX_SENTENCE_TOKENS:
            yield from ctx.cues_in(sent)


def reported_speech(ctx) -> list[Reported]:
    found = []
    for tok in _cue_candidates(ctx):
        if _hearsay(tok):
            continue
        if (inverted := parenthetical(tok, ctx)) is not None:
            found += _pieces(tok, *inverted, ctx)
            continue
        content = _content(tok)
        if not content:
            continue
        content = [t for t in content if not t.is_space]
        while content and (content[0].lower_ in _LEADING or content[0].is_punct):
            content.pop(0)
        while content and content[-1].is_punct and content[-1].text not in ')]’”"':
            content.pop()
        if sum(1 for t in content if not t.is_punct) < MIN_WORDS:
            continue
        subject = according_source(tok, ctx) or subject_of(tok, ctx) or subject_left_of(tok, ctx)
        if subject is not None and subject.pos_ == "PRON":  # "X said they say …": X
            _, outer = enclosing_cue(tok, ctx)
            subject = outer if outer is not None and outer.pos_ != "PRON" else subject
        if subject is not None and subject.lower_ in lx.FIRST_PERSON:
            continue  # "I think …" outside quotes is the writer's own voice
        found.append(Reported(ctx.start(content[0]), ctx.end(content[-1]), tok, subject))
    return found


def _hearsay(cue) -> bool:
    """`The plan, said to cost $3bn, was dropped`: a thing said of, by no one named."""
    doc = cue.doc
    if cue.tag_ not in ("VBN", "VBD") or not 0 < cue.i < len(doc) - 1:
        return False  # not "…, according to X"
    return doc[cue.i - 1].text == "," and doc[cue.i + 1].lower_ == "to"


def _pieces(cue, speaker, before, after, ctx) -> list[Reported]:
    """`The ferry, said Marr, will carry 400 passengers.`: the report on each side."""
    out = []
    for part in (before, after):
        words = [t for t in part if not t.is_punct]
        if words and speaker is not None:
            out.append(Reported(ctx.start(words[0]), ctx.end(words[-1]), cue, speaker))
    return out
