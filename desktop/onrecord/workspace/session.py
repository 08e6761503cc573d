"""`ReviewSession`: an extraction, the matches of its quotes and the persisted review."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from onrecord.model import Extraction, Person, Quote, Speaker
from onrecord.review import ArticleReview, effective_speaker
from onrecord.verdicts import NO_MATCH, STORE

UNSURE_BELOW = 0.6  # attribution confidence under which the window says it is unsure


class ReviewSession:
    def __init__(self, extraction: Extraction, matches: dict, review: ArticleReview, sources=()):
        self.extraction = extraction
        self.matches = matches  # quote key -> list[Match], best first
        self.review = review
        self._decisions = review.all()
        self.sources: list = list(sources)  # SourceDocument: originals checked against
        self.source_matches: dict = {}  # quote key -> SourceMatch (best over the sources)
        # what the editor should hear once the article is shown
        self.notices: list[str] = [extraction.notice] if extraction.notice else []
        if self.sources:
            self._check_sources()

    @property
    def article(self):
        return self.extraction.article

    @property
    def quotes(self) -> list[Quote]:
        return self.extraction.quotes

    @property
    def people(self) -> list[Person]:
        return self.extraction.people

    # What the editor decided -------------------------------------------------------
    def decision(self, key: str) -> str | None:
        d = self._decisions.get(key)
        return d.decision if d else None

    def note(self, key: str) -> str:
        d = self._decisions.get(key)
        return (d.note or "") if d else ""

    def speaker_override(self, key: str) -> str | None:
        d = self._decisions.get(key)
        return d.speaker_override if d else None

    def said_by(self, key: str) -> str | None:
        """Who really said it, when the editor answered that the article credits the wrong
        person (the article's credit stays the speaker, and the verdict is judged for it)."""
        d = self._decisions.get(key)
        return d.said_by if d else None

    def unsure(self, quote: Quote) -> bool:
        """True when the extractor doubts who said it and the editor has not said."""
        return quote.confidence < UNSURE_BELOW and not self.speaker_override(quote.key)

    def speaker(self, quote: Quote) -> Speaker | None:
        return effective_speaker(quote, self.speaker_override(quote.key), self.people)

    def caption(self, quote: Quote) -> str:
        """The line under the speaker's name: their affiliation as the article gives it, and
        the channel the quote came through ("a professor at Kyungnam University · via KCNA");
        a speaker the editor named, of whom the article says nothing, is said to be so."""
        speaker = self.speaker(quote)
        capacity = speaker and (speaker.affiliation or speaker.organization or speaker.role)
        if not capacity and self.speaker_override(quote.key):
            capacity = "named by the editor"
        said = {x.casefold() for x in (capacity, speaker and speaker.name) if x}
        via = f"via {quote.via}" if quote.via and quote.via.casefold() not in said else ""
        return " · ".join(x for x in (capacity, via) if x)

    def credited_in_text(self, quote: Quote) -> bool:
        """Whether the name the card shows stands in the article's own attribution (the
        sentence naming the speaker), rather than coming from a pronoun or a guess."""
        speaker = self.speaker(quote)
        if speaker is None or not speaker.resolved or not quote.evidence:
            return False
        a, b = quote.evidence
        sentence = self.article.text[a:b].casefold()
        person = self.person(speaker.name)
        names = {speaker.name, *(person.aliases if person else ())}
        return any(n.casefold() in sentence for n in names if n[:1].isupper())

    def store_speaker(self, quote: Quote) -> str | None:
        """Who the store has the words from, when it has them only from someone else."""
        best = self.best_matches(quote.key)
        if best and best[0].verdict == "misattributed":
            return (best[0].statement or {}).get("speaker")
        return None

    def set_decision(self, key: str, decision: str | None) -> None:
        self.review.set_decision(key, decision)
        self._refresh(key)

    def set_note(self, key: str, text: str) -> None:
        self.review.set_note(key, text or None)
        self._refresh(key)

    def set_speaker(self, key: str, name: str | None) -> None:
        self.review.set_speaker(key, name or None)
        self._refresh(key)

    def set_said_by(self, key: str, name: str | None) -> None:
        self.review.set_said_by(key, name or None)
        self._refresh(key)

    def reload(self, key: str) -> None:
        """Read the quote's review again (another editor changed it on the shared archive)."""
        self._refresh(key)

    def _refresh(self, key: str) -> None:
        d = self.review.get(key)
        if d is None:
            self._decisions.pop(key, None)
        else:
            self._decisions[key] = d

    # What the store says -----------------------------------------------------------
    def best_matches(self, key: str) -> list:
        return self.matches.get(key, [])

    def attach_source(self, source) -> None:
        """Check every quote against `source` too (and the sources attached before); a source
        read from a file is remembered with the article and attached again when it reopens."""
        self.sources = [s for s in self.sources if not (s.path and s.path == source.path)]
        self.sources.append(source)  # a file attached again replaces its earlier reading
        self._check_sources()
        if source.path:
            self.review.add_source(source.path)

    def detach_sources(self) -> None:
        self.sources, self.source_matches = [], {}
        self.review.clear_sources()

    def _check_sources(self) -> None:
        from onrecord.matching import entity_words
        from onrecord.sources import check_against_sources

        names = entity_words(self.extraction)
        self.source_matches = check_against_sources(
            self.quotes, self.sources, self.article.text, names
        )

    def source_match(self, key: str):
        return self.source_matches.get(key)

    def report(self):
        """The review report as it stands: decisions, store matches and attached sources."""
        from onrecord.reports import build_report

        return build_report(self.extraction, self.matches, self.review.all(), self.sources)

    def recheck(self, key: str, matcher) -> None:
        """Match one quote again (after its speaker changed): misattributed may become verbatim."""
        from onrecord.matching import check_extraction

        quote = next(q for q in self.quotes if q.key == key)
        overrides = {key: o} if (o := self.speaker_override(key)) else {}
        [check] = check_extraction(matcher, self.extraction, overrides, quotes=[quote])
        self.matches[key] = check.matches

    def verdict(self, key: str) -> str:
        best = self.best_matches(key)
        return best[0].verdict if best else NO_MATCH

    def severity(self, quote: Quote) -> str | None:
        """How much the best match's wording differs, as the editor is shown it ("substantive",
        "wording" or "translation variant", "minor"); None when it is not altered or partial."""
        best = self.best_matches(quote.key)
        alteration = best[0].alteration if best else None
        return alteration.label(quote.translated) if alteration else None

    # Progress, navigation and filters ----------------------------------------------
    def progress(self) -> tuple[int, int]:
        done = sum(1 for q in self.quotes if self.decision(q.key))
        return done, len(self.quotes)

    def next_to_review(self, after: int, listed: Iterable[int] | None = None) -> int | None:
        """Index of the next undecided quote after `after` among `listed` (indices in list
        order; default all), or None at the end of the list: no wrapping to the top."""
        order = list(range(len(self.quotes)) if listed is None else listed)
        rest = order[order.index(after) + 1 :] if after in order else order
        return next((i for i in rest if not self.decision(self.quotes[i].key)), None)

    def empty_message(self, mode: str = "all", person: str | None = None, text: str = "") -> str:
        """What the quote list says when the filter leaves nothing listed."""
        if text:
            return f"No quote matches “{text}” · Escape clears the search"
        if person:
            return f"No quotes of {person} here · 1 shows all"
        return {
            "to_review": "Nothing left to review in this article · 1 shows all",
            "flagged": "No flagged quotes in this article · 1 shows all",
            "problems": "Nothing altered or misattributed in this article · 1 shows all",
        }.get(mode, "No quotes were found in this article.")

    def shows(
        self, quote: Quote, mode: str = "all", person: str | None = None, text: str = ""
    ) -> bool:
        if mode == "to_review" and self.decision(quote.key):
            return False
        if mode == "flagged" and self.decision(quote.key) != "flagged":
            return False
        if mode == "problems" and not STORE[self.verdict(quote.key)].problem:
            return False
        speaker = self.speaker(quote)
        if person and (not speaker or speaker.name != person):
            return False
        if text:
            hay = " ".join([quote.text, speaker.name if speaker else "", self.note(quote.key)])
            if text.casefold() not in hay.casefold():
                return False
        return True

    def quote_counts(self) -> Counter:
        return Counter(s.name for q in self.quotes if (s := self.speaker(q)))

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def mentions(self, quote: Quote) -> list[tuple[int, int]]:
        """Where the article names the quote's speaker (the attribution and the registry)."""
        speaker = self.speaker(quote)
        spans = []
        if quote.speaker and quote.speaker.start is not None:
            spans.append((quote.speaker.start, quote.speaker.end))
        person = self.person(speaker.name) if speaker else None
        if person:
            spans += [tuple(m) for m in person.mentions if tuple(m) not in spans]
        return spans

    def speaker_names(self) -> list[str]:
        names = {p.name for p in self.people} | {a for p in self.people for a in p.aliases}
        return sorted(names, key=str.casefold)

    # Adding a quote to the store ---------------------------------------------------------
    def statement_for(self, quote: Quote, outlet: str | None = None) -> dict:
        """The store row for `quote` as the editor reviewed it: their speaker (never a guess)
        and the article's date. The article is a draft on this desk, not a publication: no
        url (its file path must not turn up as a source in reports); `outlet` is who
        publishes it, the editor's organisation (`onrecord.config`) when known."""
        speaker = self.speaker(quote)
        who = speaker if speaker and speaker.resolved else None
        return {
            "text": quote.text,
            "speaker": who.name if who else None,
            "affiliation": who.affiliation if who else None,
            "date": self.article.date,
            "outlet": outlet,
            "url": None,
        }

    def aliases_for(self, quote: Quote) -> tuple[str, list[str]] | None:
        """(corrected name, names the article used for that person) after a speaker correction.

        The extracted name and the words at the attribution count as aliases only when their
        words (titles like "Mr." aside) are all in the corrected name ("Oh", "Mr. Oh" for
        "Oh Kyung-seop"): a pronoun or another person's name is a mistake, not a name.
        """
        override = self.speaker_override(quote.key)
        original = quote.speaker
        if not override or original is None:
            return None
        wanted = set(override.casefold().split())

        def short_form(name: str) -> bool:
            words = {w for w in name.casefold().split() if not w.endswith(".")}
            return bool(words) and words <= wanted and name != override

        names = {n for n in (original.name, original.mention) if n and short_form(n)}
        return (override, sorted(names)) if names else None
