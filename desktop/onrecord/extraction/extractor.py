"""The extractor: every quote of an article with its speaker, affiliation, cue and channel."""

from __future__ import annotations

import re

from onrecord.article import MAX_ARTICLE_CHARS, Article
from onrecord.extraction.blockquotes import block_quotes
from onrecord.extraction.capacity import join, split_affiliation
from onrecord.extraction.channel import Channels
from onrecord.extraction.confidence import FRAME, speaker_confidence
from onrecord.extraction.context import DocContext
from onrecord.extraction.cues import cue_span
from onrecord.extraction.descriptions import bare
from onrecord.extraction.direct import find_frame, quote_kind
from onrecord.extraction.discourse import hand_back, intro_subject, lead_in
from onrecord.extraction.frames import speaker_label
from onrecord.extraction.idioms import idioms
from onrecord.extraction.mentioned import listed, mention, mentioned
from onrecord.extraction.mentions import mention_of
from onrecord.extraction.nesting import drop_nested, overlap, relays_party
from onrecord.extraction.nonspeech import classify
from onrecord.extraction.parse import join_hyphenated_names, parse
from onrecord.extraction.quotemarks import find_quote_spans
from onrecord.extraction.registry import Registry
from onrecord.extraction.reported import reported_speech
from onrecord.extraction.speakers import speaking
from onrecord.extraction.translation import mark_translated
from onrecord.model import (
    Cue,
    Extraction,
    Person,
    Quote,
    QuotedMention,
    Speaker,
)

NAMED = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
MIN_UNATTRIBUTED_WORDS = 8  # shorter quoted phrases with no speaker are titles or scare quotes
UNCLOSED = 0.6  # confidence kept by a quote whose closing mark never came
_SENTENCE_END = re.compile(r"[.!?][\"”’']*\s")


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
        text = self.ctx.text
        reported = reported_speech(self.ctx)
        for r in reported:
            r.subject = speaking(r.subject, r.cue, self.ctx)
        direct = self._blocks(self._direct([r for r in reported if r.subject is not None]))
        indirect = [
            self._quote(r.start, r.end, "indirect", "reported", r.cue, r.subject) for r in reported
        ]
        indirect = [
            q
            for q in indirect
            if not any(overlap(q, d) for d in direct) and not mentioned(q, self.mentions, text)
        ]
        quotes = sorted(direct + drop_nested(indirect), key=lambda q: q.start)
        self.mentions += [mention(text, start, end, "idiom") for start, end in idioms(self.ctx)]
        self.mentions.sort(key=lambda m: m.start)
        self._settle(quotes)
        return quotes

    def _blocks(self, direct: list[Quote]) -> list[Quote]:
        """Unmarked block quotes join the quotes; a quote inside one is part of it."""
        blocks = [
            self._quote(start, end, "direct", "colon", cue, subject)
            for start, end, cue, subject in block_quotes(self.ctx)
        ]
        outside = [
            q for q in direct if not any(b.start <= q.start and q.end <= b.end for b in blocks)
        ]
        return outside + blocks

    def _settle(self, quotes: list[Quote]) -> None:
        """What the whole article tells of each speaker, once every quote is read."""
        for q in quotes:  # a transcript's `TAPPER:` speaks its whole paragraph
            label = speaker_label(q.start, self.ctx)
            if label is not None:
                q.speaker = self._speaker(label)
                q.confidence = speaker_confidence("colon", q.speaker)
        for q in quotes:  # a fuller name may have come later ("Bram de Ridder" after "Ridder")
            if q.speaker is not None and id(q.speaker) in self._named:
                q.speaker.name = self._named[id(q.speaker)].name
        last_via: dict[str, str] = {}  # a speaker's words keep coming through the same channel
        for n, q in enumerate(quotes, 1):
            q.id = f"q{n}"
            if q.speaker is not None:
                q.via = q.via or last_via.get(q.speaker.name)
                if q.via:
                    last_via[q.speaker.name] = q.via

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
            aff = bare(m.text)  # "a council official": who it is, unnamed
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
        """Each quoted span as a quote, or as a mention when it is no one's words."""
        out: list[Quote] = []
        for span in self.ctx.spans:
            frame = find_frame(span, self.ctx)
            offered = frame.subject
            frame.subject = speaking(offered, frame.cue, self.ctx)
            kind = listed(self.mentions, span, self.ctx.text) or classify(span, self.ctx, frame.cue)
            prev = next((q for q in reversed(out) if q.speaker is not None), None)
            if frame.how == "parse" and frame.subject is None and _a_thing(offered):
                prev = None  # `The timetable said, "…"`: not the previous speaker's words
            q = None if kind is not None else self._attribute(span, frame, prev, lead_ins)
            if q is None:
                self.mentions.append(mention(self.ctx.text, span.start, span.end, kind or "other"))
            else:
                out.append(q)
        hand_back(out, self.ctx)
        return out

    def _attribute(self, span, frame, prev: Quote | None, lead_ins) -> Quote | None:
        """The speaker the frame names; else one the quotes and paragraphs around give
        (`prev`: the last quote with a speaker). None: a few words of no one's."""
        ctx, kind = self.ctx, quote_kind(span, self.ctx)
        near = prev is not None and ctx.paragraph_of(span.start) - ctx.paragraph_of(prev.end) <= 1
        relayed = frame.how == "inner" and near and relays_party(prev, frame.subject, ctx)
        if frame.subject is not None and not relayed:
            q = self._quote(span.start, span.end, kind, frame.how, frame.cue, frame.subject)
            if not span.closed:
                q.confidence *= UNCLOSED
            return q
        lead = lead_in(lead_ins, span.start, prev, ctx) if frame.subject is None else None
        if lead is not None:  # a cue with no subject names no one: the lead-in does
            return self._quote(span.start, span.end, kind, "inherited", lead.cue, lead.subject)
        if near and (kind == "direct" or relayed or _continues(span, prev, ctx)):
            q = self._quote(span.start, span.end, kind, "inherited", None, None)
            q.speaker, q.via, q.evidence = prev.speaker, prev.via, prev.evidence
            q.confidence = min(FRAME["inherited"], prev.confidence)  # not the no-one 0.25
            return q
        if (intro := intro_subject(span, ctx)) is not None:
            return self._quote(span.start, span.end, kind, "intro", None, intro)
        if _long(span, ctx):
            return self._quote(span.start, span.end, kind, "none", None, None)
        return None


def _a_thing(subject) -> bool:
    """A subject read as a common noun that cannot speak (not one the tagger misread, as
    "the US daily" taken for a date)."""
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_


def _long(span, ctx) -> bool:
    return len(ctx.text[span.start : span.end].split()) >= MIN_UNATTRIBUTED_WORDS


def _continues(span, prev: Quote, ctx) -> bool:
    """`"It's a big moment," said Schmidt. Unless rivals quit, "it is very hard to see…"`:
    a long quoted passage in the sentence after a quote of the same paragraph, with no
    one named for it, goes on in the same voice."""
    between = ctx.text[prev.end : span.start]
    return (
        _long(span, ctx)
        and ctx.paragraph_of(span.start) == ctx.paragraph_of(prev.end)
        and len(_SENTENCE_END.findall(between)) <= 1
    )
