"""Acceptance on the seed article: every quote of the annotated gold, with its speaker."""

import itertools
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
GOLD = json.loads((ROOT / "tests" / "fixtures" / "seed-gold.json").read_text(encoding="utf-8"))
WORD = re.compile(r"\w+")


def _words(start, end, text):
    return {m.start() for m in WORD.finditer(text, start, end)}


def _overlaps(gold, quote, text):
    g, p = _words(gold["start"], gold["end"], text), _words(quote.start, quote.end, text)
    return bool(g) and bool(p) and len(g & p) / min(len(g), len(p)) >= 0.5


def _norm(s):
    return " ".join(WORD.findall((s or "").lower().replace("’", "'")))


def _match(gold, quotes, text):
    found = [q for q in quotes if _overlaps(gold, q, text)]
    assert found, f"not found: {gold['text'][:60]!r}"
    return found[0]


def test_gold_offsets_index_the_seed_file():
    text = SEED.read_text(encoding="utf-8")
    for g in GOLD["quotes"]:
        assert text[g["start"] : g["end"]] == g["text"]


@pytest.mark.parametrize(
    "gold", [g for g in GOLD["quotes"] if g["kind"] == "direct"], ids=lambda g: g["text"][:30]
)
def test_direct_and_partial_quotes_with_speaker_and_affiliation(seed_extraction, gold):
    text = seed_extraction.article.text
    quote = _match(gold, seed_extraction.quotes, text)
    assert quote.kind in ("direct", "partial")
    speaker = quote.speaker
    assert speaker is not None and speaker.resolved
    assert _norm(speaker.name) == _norm(gold["speaker"])  # the full name, not a part of it
    if speaker.type == "person":  # people's affiliations are the article's own words
        assert _norm(speaker.affiliation) == _norm(gold["affiliation"])
    else:  # bodies and documents: the gold describes them editorially; share the key words
        key = set(_norm(gold["affiliation"]).split()) - {"of", "the", "on", "a"}
        assert key & set(_norm(f"{speaker.name} {speaker.affiliation}").split())


@pytest.mark.parametrize(
    "gold", [g for g in GOLD["quotes"] if g["kind"] == "indirect"], ids=lambda g: g["text"][:30]
)
def test_indirect_quotes_with_speaker(seed_extraction, gold):
    quote = _match(gold, seed_extraction.quotes, seed_extraction.article.text)
    assert quote.speaker is not None and quote.speaker.resolved
    assert _norm(quote.speaker.name) == _norm(gold["speaker"])  # documents by their name too


def test_quote_text_is_the_article_text_at_its_span(seed_extraction):
    text = seed_extraction.article.text
    for q in seed_extraction.quotes:
        assert text[q.start : q.end] == q.text
    spans = sorted((q.start, q.end) for q in seed_extraction.quotes)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_header_is_metadata(seed_extraction):
    article = seed_extraction.article
    assert article.date == "2025-07-13"
    assert article.title.startswith("North Korean leader, top Russian diplomat")
    assert article.published == "13 Jul. 2025, 17:25"
    assert article.text[article.body_start :].startswith("North Korean leader Kim Jong-un")
    assert all(q.start >= article.body_start for q in seed_extraction.quotes)


def test_channels(seed_extraction):
    by_text = {q.text[:20]: q for q in seed_extraction.quotes}
    assert by_text["that the two countri"].via == "Korean Central News Agency"  # "the report said"
    assert "video" in by_text["I thought it would b"].via  # "In that video, Kim told Lavrov"
    kcna = by_text["opinions of the lead"]
    assert kcna.speaker.name == "Korean Central News Agency" and kcna.speaker.type == "organization"


def test_people_registry_merges_short_names(seed_extraction):
    people = {p.name: p for p in seed_extraction.people}
    kim = people["Kim Jong-un"]
    assert {"Kim", "Kim Jong-un"} <= kim.aliases
    assert kim.affiliation == "North Korean leader"
    lim = people["Lim Eul-chul"]
    assert (lim.role, lim.organization) == (
        "professor",
        "Institute for Far Eastern Studies at Kyungnam University",
    )
