"""How sure the extractor is of a quote's speaker: the frame's strength, capped by how the
speaker was reached. Only a name the article gives in full, at a cue the quote hangs on,
keeps the top of the scale; a pronoun or a description tied to a name by resolution is a
guess the editor should look at, an untied description or a bare surname more so."""

from __future__ import annotations

import re

from onrecord.extraction import lexicon as lx
from onrecord.model import Speaker

FRAME = {
    "parse": 0.9,
    "sentence": 0.8,
    "described": 0.8,
    "inner": 0.75,
    "colon": 0.75,
    "dash": 0.75,
    "reported": 0.7,
    "inherited": 0.6,
    "intro": 0.55,
    "none": 0.25,
}
UNRESOLVED = 0.4  # a pronoun or description no one in the article answers to
DESCRIBED = 0.5  # "the company", "the judge": never tied to a name
PRONOUN = 0.55  # "she", "it": the person before, by recency (the window asks "speaker?")
SURNAME = 0.75  # "Quill" with no fuller name in the article
RESOLVED = 0.8  # a description or possessive tied to a name ("the envoy" → Pia Brandvold)
_PRONOUNS = lx.PERSON_PRONOUNS | lx.THING_PRONOUNS | lx.GROUP_PRONOUNS | lx.FIRST_PERSON
_WORD = re.compile(r"[\w’'-]+")


def speaker_confidence(frame_how: str, speaker: Speaker | None) -> float:
    conf = FRAME[frame_how]
    if speaker is None:
        return min(conf, FRAME["none"])
    if not speaker.resolved:
        return min(conf, UNRESOLVED)
    mention = speaker.mention.strip()
    if mention.lower() in _PRONOUNS:
        return min(conf, PRONOUN)
    name_words = _WORD.findall(speaker.name)
    if not any(w[:1].isupper() for w in name_words):
        return min(conf, DESCRIBED)
    said = set(_WORD.findall(mention))
    left_out = {w for w in said - set(name_words) if w[:1].isupper() and not _title(w)}
    if not said & set(name_words) or left_out or re.search(r"[’']s\s+[a-z]", mention):
        return min(conf, RESOLVED)  # reached through a description, or "X's widow"
    if len(name_words) == 1:
        return min(conf, SURNAME)
    return conf


def _title(word: str) -> bool:
    return word.lower() in ("the", "a", "an") or word.lower().strip(".") in lx.TITLES
