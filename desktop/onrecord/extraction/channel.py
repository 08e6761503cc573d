"""The channel a quote came through: `…, the report said`, `In that video, …`, an agency."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx
from onrecord.extraction.cues import channel_phrase, other_cues, subject_of
from onrecord.extraction.mentions import mention_of


def is_channel(name: str | None, affiliation: str | None = None) -> bool:
    words = f"{name or ''} {affiliation or ''}".lower().replace("-", " ").split()
    return any(w in lx.CHANNEL_NOUNS for w in words)


class Channels:
    """Finds channels and resolves "the report" to the medium that reported."""

    def __init__(self, ctx, registry) -> None:
        self.ctx, self.registry = ctx, registry
        self.media: list[tuple[int, str]] = []  # (position, name) of media quoted as speakers

    def note_speaker(self, person, pos: int) -> None:
        if person is not None and is_channel(person.name, person.affiliation):
            self.media.append((pos, person.name))
            self.media.sort()

    def _name(self, tok) -> str:
        m = mention_of(tok, self.ctx)
        earlier = [name for pos, name in self.media if pos < m.start]
        if m.head.lemma_.lower() in ("report", "media", "agency") and earlier:
            return earlier[-1]
        person, _ = self.registry.resolve(m)
        return person.name if person else m.name

    def of(self, cue, speaker) -> str | None:
        if speaker is not None and is_channel(speaker.name, speaker.affiliation):
            return speaker.name
        if cue is None:
            return None
        for other in other_cues(cue, cue.sent):
            subj = subject_of(other, self.ctx)
            if subj is None:
                continue
            m = mention_of(subj, self.ctx)
            if m.type in ("document", "organization") and (
                speaker is None or m.name != speaker.name
            ):
                return self._name(subj)
        phrase = channel_phrase(cue)
        return self._name(phrase) if phrase is not None else None
