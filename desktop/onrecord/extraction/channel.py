"""The channel a quote came through: `…, the report said`, `In that video, …`, an agency."""

from __future__ import annotations

import re

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import channel_phrase, other_cues
from onrecord.extraction.mentions import mention_of
from onrecord.extraction.speakers import can_speak
from onrecord.extraction.subjects import subject_of

_HEAD_END = re.compile(r"\s+(?:of|for|at|in|on|from|by|with)\s|,")


def _head_words(phrase: str | None) -> list[str]:
    """The words up to the noun a name or description hangs on: "news agency of North
    Korea" → [news, agency]; "Press secretary" → [press, secretary]."""
    words = _HEAD_END.split(phrase or "", maxsplit=1)[0].lower().replace("-", " ").split()
    return [w.strip(".’'") for w in words]


def _medium(phrase: str | None) -> bool:
    words = _head_words(phrase)
    return bool(words) and (
        words[-1] in lx.CHANNEL_NOUNS or len(words) > 1 and words[-2] in ("news", "press")
    )


def is_channel(speaker) -> bool:
    """A medium: a body or document whose name or description is headed by a channel
    noun, or by a noun after news/press ("news agency"); a press secretary, the Agency
    for Coastal Defence and a news conference are not."""
    if speaker is None or speaker.type == "person":
        return False
    return _medium(speaker.name) or _medium(speaker.affiliation)


class Channels:
    """Finds channels and resolves "the report" to the medium that reported."""

    def __init__(self, ctx, registry) -> None:
        self.ctx, self.registry = ctx, registry
        self.media: list[tuple[int, str]] = []  # (position, name) of media quoted as speakers

    def note_speaker(self, person, pos: int) -> None:
        if person is not None and is_channel(person):
            self.media.append((pos, person.name))
            self.media.sort()

    def _name(self, tok) -> str:
        """`the report`, `state media`: the outlet quoted last, if it was quoted in this
        paragraph or the one before and no document of that name came since."""
        m = mention_of(tok, self.ctx)
        person, _ = self.registry.resolve(m)
        para = self.ctx.paragraph_of
        earlier = [(pos, name) for pos, name in self.media if pos < m.start]
        if m.head.lemma_.lower() in ("report", "media", "agency") and earlier:
            pos, name = earlier[-1]
            since = person is not None and any(pos < s < m.start for s, _ in person.mentions)
            if para(m.start) - para(pos) <= 1 and not since:
                return name
        return person.name if person else m.name

    def of(self, cue, speaker) -> str | None:
        if speaker is not None and is_channel(speaker):
            return speaker.name
        if cue is None or not self.ctx.prose_sentence(cue):
            return None
        for other in other_cues(cue, cue.sent):
            subj = subject_of(other, self.ctx)
            if subj is None or subj.pos_ == "PRON" or self.ctx.in_quote(subj):
                continue  # "it intends …" inside the quote is no channel of it
            m = mention_of(subj, self.ctx)
            if m.type not in ("document", "organization") or not can_speak(subj):
                continue
            if speaker is None or m.name != speaker.name:
                name = self._name(subj)  # "Ostrova" tagged ORG may be the speaker, Ned Ostrova
                if speaker is None or name != speaker.name:
                    return name
        phrase = self._medium_near(cue) or channel_phrase(cue)
        return self._name(phrase) if phrase is not None else None

    def _medium_near(self, cue):
        """`told state television`, `in remarks carried by state media`, `in an interview
        with the Harbour Times`: a medium the person spoke to or through."""
        for obj in cue.children:
            if obj.dep_ in ("dobj", "dative") and self._is_medium(obj):
                return obj
        for prep in cue.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "on", "to", "via", "through"):
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for inner in obj.subtree:  # remarks carried by …, interview with …
                    if inner.dep_ == "pobj" and inner.i != obj.i and self._is_medium(inner):
                        return inner
                if prep.lower_ == "to" and self._is_medium(obj):
                    return obj
        return None

    def _is_medium(self, tok) -> bool:
        if self.ctx.in_quote(tok):
            return False
        m = mention_of(tok, self.ctx)
        return m.type != "person" and (_medium(m.name) or _medium(m.text))
