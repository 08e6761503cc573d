"""The core's data types: the quotes found in an article (`onrecord.article`, imported from
here too) and who said them.

Every offset is a character offset into ``Article.text``, the one canonical text
that the editor sees, the store records and the reports cite.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Literal

from onrecord.article import Article

QuoteKind = Literal["direct", "partial", "indirect"]
MentionKind = Literal["title", "nickname", "term", "sign", "idiom", "other"]
SpeakerType = Literal["person", "organization", "document", "group"]


@dataclass
class Speaker:
    name: str  # resolved full name ("Kim Jong-un"), or the mention when unresolved
    mention: str  # the words at the attribution ("He", "Kim")
    start: int | None = None  # span of the mention in the article
    end: int | None = None
    affiliation: str | None = None  # "a professor at Kyungnam University"
    role: str | None = None  # "professor"
    organization: str | None = None  # "Kyungnam University"
    type: SpeakerType = "person"
    resolved: bool = True  # False when the name could not be resolved beyond a pronoun

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Cue:
    text: str
    start: int
    end: int


def quote_key(start: int, end: int) -> str:
    """The key of the quote at text[start:end]: "start-end"."""
    return f"{start}-{end}"


def key_span(key: str | None) -> tuple[int, int] | None:
    """(start, end) of a quote key, or None if `key` is not one."""
    start, _, end = (key or "").partition("-")
    return (int(start), int(end)) if start.isdigit() and end.isdigit() else None


@dataclass
class Quote:
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Cue | None = None
    via: str | None = None  # the channel: "Korean Central News Agency", "the report"
    confidence: float = 0.5
    evidence: tuple[int, int] | None = None  # sentence that names the speaker
    id: str = ""
    translated: bool = False  # said in another language (onrecord.extraction.translation)

    @property
    def key(self) -> str:
        """Stable identity inside one article text (review decisions hang on it)."""
        return quote_key(self.start, self.end)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": asdict(self.cue) if self.cue else None,
            "via": self.via,
            "confidence": round(self.confidence, 3),
            "evidence": list(self.evidence) if self.evidence else None,
            "translated": self.translated,
        }


@dataclass
class QuotedMention:
    """Words in quotation marks (or a speech idiom) that nobody is reported saying: a
    title, a nickname, a term, the text of a sign. Shown, never a quote."""

    start: int
    end: int
    text: str
    kind: MentionKind

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(eq=False)  # one object per person: compared and hashed by identity
class Person:
    """One entry of an article's people registry: a speaker and every way it is named."""

    name: str
    type: SpeakerType = "person"
    aliases: set[str] = field(default_factory=set)
    affiliation: str | None = None
    role: str | None = None
    organization: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["aliases"] = sorted(self.aliases)
        d["mentions"] = [list(m) for m in self.mentions]
        return d


@dataclass
class Extraction:
    article: Article
    quotes: list[Quote]
    people: list[Person] = field(default_factory=list)
    read_to: int | None = None  # where reading stopped in a text too long to read whole
    entities: list[str] = field(default_factory=list)  # names spaCy's NER found in the text
    mentions: list[QuotedMention] = field(default_factory=list)

    @property
    def truncated(self) -> bool:
        return self.read_to is not None

    @property
    def notice(self) -> str | None:
        """What the editor must be told when the article was not read to its end."""
        if self.read_to is None:
            return None
        share = self.read_to / max(len(self.article.text), 1)
        return (
            f"This article is too long to read whole: quotes were looked for in its first "
            f"{self.read_to:,} characters ({share:.0%}) only."
        )

    def to_dict(self) -> dict:
        return {
            "article": self.article.to_dict(),
            "quotes": [q.to_dict() for q in self.quotes],
            "people": [p.to_dict() for p in self.people],
            "mentions": [m.to_dict() for m in self.mentions],
            "truncated": self.truncated,
            "read_to": self.read_to,
        }


# The editor's speaker correction, as matching, the review and reports all apply it.
def effective_speaker(
    quote: Quote, override: str | None, people: Iterable[Person] = ()
) -> Speaker | None:
    """The quote's speaker, or the editor's correction with what the article says of that person.

    The corrected speaker keeps the original mention span (the words at the attribution) and
    takes affiliation, role and organisation from the article's people registry when the
    name (or an alias of it) is there; otherwise they are left empty rather than guessed.
    """
    if not override:
        return quote.speaker
    wanted = override.casefold()
    person = next(
        (p for p in people if wanted in {p.name.casefold(), *(a.casefold() for a in p.aliases)}),
        None,
    )
    base = quote.speaker or Speaker(name=override, mention="")
    return replace(
        base,
        name=person.name if person else override,
        affiliation=person.affiliation if person else None,
        role=person.role if person else None,
        organization=person.organization if person else None,
        type=person.type if person else base.type,
        resolved=True,
    )


def checked_quote(quote: Quote, override: str | None, people: Iterable[Person] = ()) -> Quote:
    """The quote as the store should judge it: with the editor's speaker, if corrected."""
    return replace(quote, speaker=effective_speaker(quote, override, people)) if override else quote
