"""The extractor: every quote of an article with its speaker, affiliation, cue and channel."""

from __future__ import annotations

import re

from onrecord.extraction.capacity import join, split_affiliation
from onrecord.extraction.channel import Channels, is_channel
from onrecord.extraction.confidence import FRAME, speaker_confidence
from onrecord.extraction.context import DocContext
from onrecord.extraction.cues import cue_span
from onrecord.extraction.direct import find_frame, quote_kind
from onrecord.extraction.discourse import bare_paragraph, hand_back, intro_subject
from onrecord.extraction.frames import speaker_label
from onrecord.extraction.idioms import idioms
from onrecord.extraction.mentions import mention_of, strip_determiner
from onrecord.extraction.nonspeech import classify
from onrecord.extraction.parse import join_hyphenated_names, parse
from onrecord.extraction.quotemarks import find_quote_spans
from onrecord.extraction.registry import Registry
from onrecord.extraction.reported import reported_speech
from onrecord.extraction.speakers import speaking
from onrecord.extraction.translation import mark_translated
from onrecord.model import (
    MAX_ARTICLE_CHARS,
    Article,
    Cue,
    Extraction,
    Person,
    Quote,
    QuotedMention,
    Speaker,
)

NAMED = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
MIN_UNATTRIBUTED_WORDS = 8  # shorter quoted phrases with no speaker are titles or scare quotes
_WORD = re.compile(r"\w")
_WORDS = re.compile(r"\w+")
_JOINER = re.compile(r"[ \"“”‘’',]*(?:and|or)?[ \"“”‘’']*")


class Extractor:
    def __init__(self, nlp=None, max_chars: int = MAX_ARTICLE_CHARS) -> None:
        self._nlp = nlp
        self.max_chars = max_chars

    @property
    def nlp(self):
        if self._nlp is None:
            from onrecord.extraction.pipeline import load_pipeline

            self._nlp = load_pipeline()
        return self._nlp

    def extract(self, article: Article) -> Extraction:
        text, start = article.text, article.body_start
        limit = min(len(text), start + self.max_chars)
        if limit < len(text):  # cut at a paragraph end so no sentence is halved
            cut = text.rfind("\n", start, limit)
            limit = cut if cut > start else limit
        doc = parse(self.nlp, text[start:limit])
        return self.extract_parsed(article, doc, read_to=limit if limit < len(text) else None)

    def extract_parsed(self, article: Article, doc, read_to: int | None = None) -> Extraction:
        """Extract from a spaCy doc of the article body (text[body_start:…]) already parsed."""
        start = article.body_start
        doc = join_hyphenated_names(doc)
        spans = find_quote_spans(article.text, start, start + len(doc.text))
        ctx = DocContext(article.text, doc, start, spans)
        attributor = _Attributor(ctx)
        quotes = attributor.run()
        people = [p for p in ctx.registry.people if p.mentions]
        names = sorted({e.text for e in doc.ents if e.label_ in NAMED})
        extraction = Extraction(article, quotes, people, read_to, names, attributor.mentions)
        return mark_translated(extraction)


class _Attributor:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        ctx.registry = self.registry = Registry(ctx)
        self.channels = Channels(ctx, self.registry)
        self.mentions: list[QuotedMention] = []  # quoted spans that are not quotes
        self._named: dict[int, Person] = {}  # id(speaker) -> its registry entry
        self._by_name: set[int] = set()  # speakers named at the attribution (not "she")

    def run(self) -> list[Quote]:
        reported = reported_speech(self.ctx)
        for r in reported:
            r.subject = speaking(r.subject, r.cue, self.ctx)
        direct = self._direct([r for r in reported if r.subject is not None])
        indirect = [
            q
            for q in self._indirect(reported)
            if not any(_overlap(q, d) for d in direct) and not self._mentioned(q)
        ]
        quotes = sorted(direct + _drop_nested(indirect), key=lambda q: q.start)
        for start, end in idioms(self.ctx):
            text = self.ctx.text[start:end]
            self.mentions.append(QuotedMention(start, end, text, "idiom"))
        self.mentions.sort(key=lambda m: m.start)
        for q in quotes:  # a transcript's `TAPPER:` speaks its whole paragraph
            label = speaker_label(q.start, self.ctx)
            if label is not None:
                q.speaker = self._speaker(label)
                q.confidence = speaker_confidence("colon", q.speaker)
        for q in quotes:  # a fuller name may have come later ("Bram de Ridder" after "Ridder")
            if (
                q.speaker is not None
                and id(q.speaker) in self._named
                and q.speaker.type != "document"
            ):
                q.speaker.name = self._named[id(q.speaker)].name
        last_via: dict[str, str] = {}  # a speaker's words keep coming through the same channel
        for n, q in enumerate(quotes, 1):
            q.id = f"q{n}"
            if q.speaker is not None:
                q.via = q.via or last_via.get(q.speaker.name)
                if q.via:
                    last_via[q.speaker.name] = q.via
        return quotes

    def _speaker(self, subject):
        if subject is None:
            return None
        m = mention_of(subject, self.ctx)
        person, resolved = self.registry.resolve(m)
        if person is None:
            return Speaker(m.text, m.text, m.start, m.end, type=m.type, resolved=False)
        self.channels.note_speaker(person, m.start)
        aff = join([person.affiliation, m.affiliation])  # as introduced, and as at the quote
        if not resolved and not aff and m.type in ("person", "group"):
            aff = strip_determiner(m.text)  # "a council official": who it is, unnamed
        role, org = (
            (person.role, person.organization)
            if aff == person.affiliation
            else split_affiliation(aff)
        )
        speaker = Speaker(person.name, m.text, m.start, m.end, aff, role, org, person.type)
        speaker.resolved = resolved
        self._named[id(speaker)] = person
        if (m.head.pos_ == "PROPN" or m.head.is_title) and not m.pronoun:
            self._by_name.add(id(speaker))
        return speaker

    def _quote(self, start, end, kind, frame_how, cue_tok, subject) -> Quote:
        speaker = self._speaker(subject)
        via = self.channels.of(cue_tok, speaker)
        cue = None
        if cue_tok is not None:
            cue_start, cue_end, cue_text = cue_span(cue_tok, self.ctx)
            cue = Cue(cue_text, cue_start, cue_end)
        conf = speaker_confidence(frame_how, speaker)
        if speaker is not None and speaker.resolved and id(speaker) not in self._by_name:
            conf = min(conf, FRAME["described"])  # a pronoun or description resolved
        tok = cue_tok if cue_tok is not None else subject
        evidence = self.ctx.sentence_span(tok) if tok is not None else None
        return Quote(start, end, self.ctx.text[start:end], kind, speaker, cue, via, conf, evidence)

    def _direct(self, lead_ins) -> list[Quote]:
        out: list[Quote] = []
        bare: set[int] = set()  # unattributed quotes standing alone in their paragraph
        for span in self.ctx.spans:
            frame = find_frame(span, self.ctx)
            frame.subject = speaking(frame.subject, frame.cue, self.ctx)
            if (mention := self._listed(span) or classify(span, self.ctx, frame.cue)) is not None:
                self._mention(span, mention)
                continue
            kind = quote_kind(span, self.ctx)
            words = len(self.ctx.text[span.start : span.end].split())
            prev = next((q for q in reversed(out) if q.speaker is not None), None)
            near = prev is not None and (
                self.ctx.paragraph_of(span.start) - self.ctx.paragraph_of(prev.end) <= 1
            )
            # `The side "expressed …"`: quoted words that describe a party (not a named
            # person or body) belong to the document quoted just before
            relayed = (
                frame.how == "inner"
                and near
                and prev.speaker.type == "document"
                and mention_of(frame.subject, self.ctx).type == "group"
            )
            if frame.subject is None:  # a cue with no subject names no one either
                lead = self._lead_in(lead_ins, span.start, prev)
                if lead is not None:
                    out.append(
                        self._quote(span.start, span.end, kind, "inherited", lead.cue, lead.subject)
                    )
                    continue
            if frame.subject is None or relayed:
                if near and (kind == "direct" or relayed) and prev.speaker is not None:
                    q = self._quote(span.start, span.end, kind, "inherited", None, None)
                    q.speaker, q.via, q.evidence = prev.speaker, prev.via, prev.evidence
                    q.confidence = min(q.confidence, prev.confidence)
                    out.append(q)
                elif (intro := intro_subject(span, self.ctx)) is not None:
                    out.append(self._quote(span.start, span.end, kind, "intro", None, intro))
                elif words >= MIN_UNATTRIBUTED_WORDS:
                    out.append(self._quote(span.start, span.end, kind, "none", None, None))
                    if bare_paragraph(span, self.ctx):
                        bare.add(id(out[-1]))
                else:
                    self._mention(span, "other")
                continue
            q = self._quote(span.start, span.end, kind, frame.how, frame.cue, frame.subject)
            if not span.closed:
                q.confidence *= 0.6
            out.append(q)
        hand_back(out, bare, self.ctx)
        return out

    def _mentioned(self, q: Quote) -> bool:
        """`a sign that said "…"`: reported words that are all a mention (two words aside)."""
        text = self.ctx.text
        for m in self.mentions:
            if _overlap(q, m):
                rest = text[q.start : max(q.start, m.start)] + text[min(q.end, m.end) : q.end]
                if len(_WORDS.findall(rest)) <= 2:
                    return True
        return False

    def _listed(self, span) -> str | None:
        """`placards reading "…" and "…"`: a quotation listed right after a mention is one
        of the same kind."""
        last = self.mentions[-1] if self.mentions else None
        if last is None or last.kind == "other":
            return None
        between = self.ctx.text[last.end : span.start]
        joined = _JOINER.fullmatch(between) and (_WORDS.search(between) or last.text[-1:] == ",")
        return last.kind if joined else None

    def _mention(self, span, kind: str) -> None:
        text = self.ctx.text[span.start : span.end]
        self.mentions.append(QuotedMention(span.start, span.end, text, kind))

    def _lead_in(self, reported, pos: int, prev: Quote | None):
        """`X argued that …\n\n"…"`: a person's reported words ending right before the
        quote, in a later paragraph than the quote before."""
        para = self.ctx.paragraph_of
        for r in reported:
            end = max(r.end, self.ctx.sentence_span(r.cue)[1])  # `…, Schiff said.` included
            if (
                end <= pos
                and not _WORD.search(self.ctx.text, end, pos)
                and (prev is None or para(prev.end) < para(r.start))
            ):
                return r
        return None

    def _indirect(self, reported) -> list[Quote]:
        return [
            self._quote(r.start, r.end, "indirect", "reported", r.cue, r.subject) for r in reported
        ]


def _overlap(a: Quote, b: Quote) -> bool:
    return a.start < b.end and b.start < a.end


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    """Of overlapping reported clauses keep the outer one, unless the outer is a channel
    relaying a person's words (`Kim reaffirmed …, state media reported`)."""
    quotes = sorted(quotes, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quote] = []
    for q in quotes:
        clash = next((k for k in kept if _overlap(k, q)), None)
        if clash is None:
            kept.append(q)
        elif _relays(clash, q):
            q.via = q.via or (clash.speaker.name if clash.speaker else None)
            kept[kept.index(clash)] = q
    return kept


def _relays(outer: Quote, inner: Quote) -> bool:
    return (
        outer.speaker is not None
        and (outer.speaker.type == "document" or is_channel(outer.speaker))
        and inner.speaker is not None
        and inner.speaker.type == "person"
    )
