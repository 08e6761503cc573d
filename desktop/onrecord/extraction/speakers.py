"""Whether a phrase can speak: a person, an organisation, a group, a document or a medium.

The subject the parse offers is often no speaker at all (`a loophole`, `the figures`,
`the approval process`); then the next candidate of the sentence is tried, and with none
the quote has no speaker rather than a wrong one.
"""

from __future__ import annotations

import functools
import re
from importlib.resources import files

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import subject_left_of

_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}
_NOT_NAMES = {"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL", "PERCENT"}
_AGE = re.compile(r"\d+-year-old$")
_DEMONSTRATIVES = {"this", "that", "these", "those"}
_QUALIFIED = {"relcl", "acl", "amod", "prep"}  # "those who know him", "those close to him"
_BODIES = lx.DOCUMENT_NOUNS | lx.CHANNEL_NOUNS | lx.GROUP_NOUNS | lx.ORGANIZATION_NOUNS | lx.TITLES


@functools.cache
def _nouns() -> dict[str, str]:
    """WordNet's nouns for people and groups of people, with their kind (the file is
    written by packaging/data/make_speaker_nouns.py)."""
    text = files("onrecord.extraction").joinpath("speaker_nouns.txt").read_text("utf-8")
    nouns = dict(line.split(" ", 1) for line in text.splitlines() if not line.startswith("#"))
    closed = {w.replace("-", ""): kind for w, kind in nouns.items() if "-" in w}
    return closed | nouns  # "front-runner" is also written "frontrunner"


def can_speak(tok) -> bool:
    """`tok` heads a phrase that names someone or something that can say words."""
    if is_person_noun(tok):
        return True
    if tok.pos_ == "PRON" or _share(tok):
        if tok.lower_ in _DEMONSTRATIVES and not any(c.dep_ in _QUALIFIED for c in tok.children):
            return False  # "that makes it clear", "this shows": a thing; "those who …" speak
        return tok.lower_ not in ("what", "which", "here", "there")
    if tok.ent_type_ in _ENTITIES or any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children
    ):
        return True  # a name, or a description of one ("Norrvik's head of research, Dr. …")
    if tok.ent_type_ in _NOT_NAMES:
        return False
    if tok.pos_ == "PROPN":
        return True
    lemma = tok.lemma_.lower()
    return (
        lemma in _BODIES or lemma in lx.FINDING_NOUNS or is_person_noun(tok) or (lemma in _nouns())
    )


def names_a_body(name) -> bool:
    """A name tagged as a person's that ends in a plural (`Harwick Rovers`) or a noun for
    a body (`Care Standards Inspectorate`) is a body's."""
    last = name[-1]
    return last.tag_ == "NNPS" or len(name) > 1 and _nouns().get(last.lower_) == "group"


def is_person_noun(tok) -> bool:
    """A noun for a person: a role word, a WordNet person noun ("scholar", "admiral"),
    one who does a verb of speech ("commenter", "tweeter", newer than WordNet) or an
    age ("the 46-year-old")."""
    lemma = tok.lemma_.lower()
    if lemma in lx.PERSON_NOUNS or _nouns().get(lemma) == "person" or _speaks_for_a_living(lemma):
        return True
    return lemma == "old" and _AGE.search(tok.doc[max(0, tok.i - 4) : tok.i + 1].text) is not None


def _speaks_for_a_living(lemma: str) -> bool:
    """An agent noun of a speech verb: comment-er, tweet-er, quot-er."""
    stem = lemma[:-2]
    return lemma.endswith("er") and (stem in lx.SPEECH_VERBS or stem + "e" in lx.SPEECH_VERBS)


def speaking(tok, cue, ctx):
    """`tok` when it can speak, else the next candidate in its sentence: the one its
    phrase is of or by (`the share of voters`, `a decision by the FBI`), then a subject
    that can speak left of the cue (`The statement issued after the signing said`)."""
    if tok is None:
        return None
    share = _share(tok)  # "the share of dock workers"
    if (author := _author(tok, ctx)) is not None:
        return author
    if (can_speak(tok) or _a_name(tok, ctx)) and not share:
        return tok
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("of", "by", "among", "from"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and not ctx.in_quote(obj) and _names_one(obj):
                    return obj
    if share:
        return tok
    for agent in cue.children if cue is not None else ():
        if agent.dep_ == "agent":  # "Her death was announced by her son"
            obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if obj is not None and can_speak(obj) and not ctx.in_quote(obj):
                return obj
    for above in cue.ancestors if cue is not None else ():
        if above.pos_ in ("NOUN", "PROPN") and not ctx.in_quote(above):
            if can_speak(above):  # "A statement issued after … said"
                return above
            if above.dep_ != "pobj":  # "the report on her practices that suggested …"
                return None
    if cue is not None:
        left = subject_left_of(cue, ctx, can_speak)
        if left is not None and left.i != tok.i:
            return left
    return None


def _author(tok, ctx):
    """`A statement from the Northern Counties League said`: the body or person a
    document is from or by speaks through it."""
    if tok.lemma_.lower() not in lx.DOCUMENT_NOUNS:
        return None
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from"):
            for obj in prep.children:
                named = obj.ent_type_ in ("PERSON", "ORG") or obj.pos_ == "PROPN"
                if obj.dep_ == "pobj" and named and not ctx.in_quote(obj):
                    return obj
    return None


def _a_name(tok, ctx) -> bool:
    """A capitalised word the tagger took for a common noun or verb ("Trump said", "Fields
    tweeted"): a name inside a sentence, or at its start one the article names."""
    if not tok.is_title or tok.ent_type_ in _NOT_NAMES:
        return False
    registry = getattr(ctx, "registry", None)
    known = registry is not None and registry.find(tok.text, ctx.start(tok) + 1) is not None
    bare = tok.tag_ in ("NN", "VB", "VBP") and not any(c.dep_ == "det" for c in tok.children)
    return known or not tok.is_sent_start or bare  # "D’Souza told …": no article, no noun


def _share(tok) -> bool:
    """A number or share of people ("46 percent", "majorities", "three-fourths")."""
    words = tok.lower_.split("-")
    return (
        tok.like_num
        or tok.lemma_.lower() in lx.QUANTITY_WORDS
        or words[-1]
        in lx.QUANTITY_WORDS
        | {
            "fourths",
            "thirds",
            "fifths",
        }
    )


def _names_one(tok) -> bool:
    """A pobj that names a speaker: not a share or quantity of something else."""
    return can_speak(tok) and not tok.like_num and tok.lower_ not in lx.QUANTITY_WORDS
