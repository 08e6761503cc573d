"""Quotes checked against source documents: found, drift with the source's words, absent."""

import pytest

from onrecord.errors import ArticleError
from onrecord.model import Quote, Speaker
from onrecord.sources import (
    check_against_sources,
    check_text,
    in_context,
    read_source,
    source_from_text,
)

STATEMENT = source_from_text(
    "PYONGYANG, July 12 (KCNA) -- Kim Jong Un said: “We won’t back down from the eﬃcient\n"
    'recon-\nstruction of the Wonsan coast, and the so-called "peace plan" of the hostile\n'
    "forces is a lie.” He told the guest: “I thought it would be better to meet here rather\n"
    "than in Pyongyang. You are the first foreign guest to visit this resort.”\n"
    "The Russian side said it would further strengthen the strategic and tactical cooperation.",
    name="kcna.txt",
)


@pytest.mark.parametrize(
    "quote",
    [
        "We won't back down",  # straight apostrophe against a curly one
        "the so-called “peace plan” of the hostile forces is a lie.",  # curly against straight
        "the efficient reconstruction of the Wonsan coast,",  # ligature, hyphen at a line break
        "I thought it would be better to meet here [in Wonsan] rather than in Pyongyang,",
        "[Kim] won't back down",  # insertion standing for a word of the source
        "WE WON’T BACK DOWN … the so-called peace plan",  # an elision
    ],
)
def test_found_after_folding(quote):
    m = check_text(quote, [STATEMENT])
    assert m.verdict == "found", m
    assert m.source == "kcna.txt"
    assert STATEMENT.text[m.start : m.end] == m.passage


def test_found_passage_is_the_sources_own_words():
    m = check_text("efficient reconstruction", [STATEMENT])
    assert m.passage == "eﬃcient\nrecon-\nstruction"


def test_drift_shows_the_sources_words_with_the_differences_marked():
    m = check_text(
        "The Russian side said it would further intensify the strategic and tactical cooperation",
        [STATEMENT],
    )
    assert m.verdict == "drift"
    assert m.passage.endswith("further strengthen the strategic and tactical cooperation")
    changes = [d for d in m.diff if d["op"] != "equal"]
    assert changes == [{"op": "replace", "quote": "intensify", "source": "strengthen"}]
    assert 60 <= m.score < 100


def test_drift_with_dropped_and_added_words():
    m = check_text("You are the first guest to ever visit this resort", [STATEMENT])
    assert m.verdict == "drift"
    ops = {(d["op"], d["quote"], d["source"]) for d in m.diff if d["op"] != "equal"}
    assert ops == {("insert", "", "foreign"), ("delete", "ever", "")}


def test_absent_and_no_sources():
    assert (
        check_text("We will build a bridge to the moon by spring", [STATEMENT]).verdict == "absent"
    )
    assert check_text("We won't back down", []).verdict == "absent"
    assert check_text("[sic]", [STATEMENT]).verdict == "absent"


def test_best_source_wins():
    other = source_from_text(
        "Kim said the peace plan of the hostile forces is a trick.", "other.txt"
    )
    m = check_text("peace plan of the hostile forces is a lie", [other, STATEMENT])
    assert (m.verdict, m.source) == ("found", "kcna.txt")
    assert check_text("peace plan of the hostile forces is a lie", [other]).verdict == "drift"


def _quotes(article, *parts):
    kim = Speaker("Kim Jong-un", "Kim")
    out = []
    for part in parts:
        start = article.index(part)
        out.append(Quote(start, start + len(part), part, "direct", kim))
    return out


def test_a_quote_split_by_its_attribution_is_checked_whole_and_per_part():
    article = (
        'Kim told Lavrov, "I thought it would be better to meet here rather than in Pyongyang,"'
        ' adding, "You are the first foreign guest to visit this resort."'
    )
    quotes = _quotes(
        article,
        "I thought it would be better to meet here rather than in Pyongyang,",
        "You are the first foreign guest to visit this resort.",
    )
    results = check_against_sources(quotes, [STATEMENT], article)
    first, second = (results[q.key] for q in quotes)
    assert first.verdict == second.verdict == "found"
    assert first.whole is second.whole and first.whole.verdict == "found"
    assert first.whole.parts == [q.key for q in quotes]

    # The source has the attribution between the parts too: still found as a whole.
    attributed = source_from_text(
        '"I thought it would be better to meet here rather than in Pyongyang," Kim Jong Un'
        ' told the guest, "you are the first foreign guest to visit this resort."'
    )
    results = check_against_sources(quotes, [attributed], article)
    assert results[quotes[0].key].whole.verdict == "found"

    # The article joined two passages the source has apart and the other way round.
    apart = source_from_text(
        "You are the first foreign guest to visit this resort. We talked for hours.\n"
        "I thought it would be better to meet here rather than in Pyongyang."
    )
    results = check_against_sources(quotes, [apart], article)
    assert [results[q.key].verdict for q in quotes] == ["found", "found"]
    assert results[quotes[0].key].whole.verdict != "found"


def test_two_sentences_of_one_speaker_are_not_a_split_quote():
    article = '"We will win," said Kim, the leader. "Never give up."'
    quotes = _quotes(article, "We will win,", "Never give up.")
    assert check_against_sources(quotes, [STATEMENT], article)[quotes[0].key].whole is None


def test_partial_quote_inside_a_longer_passage_and_other_speakers_not_joined():
    article = 'Kim spoke of "the hostile forces". Lavrov said "a trick".'
    kim, lavrov = _quotes(article, "the hostile forces", "a trick")
    lavrov.speaker = Speaker("Sergey Lavrov", "Lavrov")
    kim.kind = "partial"
    results = check_against_sources([kim, lavrov], [STATEMENT], article)
    assert results[kim.key].verdict == "found" and results[kim.key].whole is None
    assert results[lavrov.key].verdict == "absent"


def test_reading_sources(tmp_path):
    html = tmp_path / "statement.html"
    html.write_text("<html><body><p>We won&rsquo;t back <b>down</b>.</p></body></html>")
    assert check_text("we won't back down", [read_source(html)]).verdict == "found"
    with pytest.raises(ArticleError, match="No such file"):
        read_source(tmp_path / "missing.pdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    with pytest.raises(ArticleError, match="Cannot read the PDF broken.pdf"):
        read_source(broken)


def test_an_elision_stands_for_a_few_dozen_words_at_most():
    def source(n):
        return source_from_text("We will win the war. " + "blah " * n + "Nobody can stop us now.")

    quote = "We will win the war … Nobody can stop us now"
    assert check_text(quote, [source(10)]).verdict == "found"
    assert check_text(quote, [source(200)]).verdict != "found"


def test_docx_and_textless_pdf_sources(tmp_path):
    import docx
    from pypdf import PdfWriter

    doc = docx.Document()
    doc.add_paragraph("Transcript.")
    doc.add_paragraph("KIM: We won’t back down from the reconstruction.")
    doc.save(tmp_path / "transcript.docx")
    source = read_source(tmp_path / "transcript.docx")
    assert source.name == "transcript.docx"
    assert check_text("we won't back down", [source]).verdict == "found"

    blank = PdfWriter()
    blank.add_blank_page(width=595, height=842)
    blank.write(tmp_path / "scan.pdf")
    scan = read_source(tmp_path / "scan.pdf")
    assert "no text layer" in scan.warnings[0]
    assert check_text("we won't back down", [scan]).verdict == "absent"


def test_damaged_pdfs_give_a_clear_error_or_their_text(tmp_path):
    import random

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.write(tmp_path / "ok.pdf")
    data = (tmp_path / "ok.pdf").read_bytes()
    rng = random.Random(7)
    for i in range(40):
        damaged = bytearray(data)
        for _ in range(5):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        path = tmp_path / f"d{i}.pdf"
        path.write_bytes(bytes(damaged))
        try:
            assert isinstance(read_source(path).text, str)
        except ArticleError as exc:
            assert str(exc).startswith(f"Cannot read the PDF d{i}.pdf")


def test_a_found_passage_comes_with_its_context_in_the_source():
    source = source_from_text(
        "Opening remarks.\nThe minister   said: We will finish the bridge before winter. "
        "Then she left the room without questions."
    )
    quote = Quote(0, 10, "we will finish the bridge before winter", "direct", None)
    match = check_text(quote.text, [source])
    assert match.verdict == "found"
    before, passage, after = in_context(match, [source], width=25)
    assert passage == "We will finish the bridge before winter"
    assert before == "The minister said: "  # whitespace folded; "…ks." cut from "remarks" dropped
    assert after == ". Then she left the room"  # ends before the word the width cuts into
    assert in_context(match, [], width=25) is None
    namesake = source_from_text("A different file that happens to have the same name.")
    namesake.name = source.name
    assert in_context(match, [namesake, source], width=25)[0] == "The minister said: "


def test_a_pdf_statement_is_read_and_its_quotes_found(tmp_path, make_pdf):
    path = tmp_path / "statement.pdf"
    lines = [
        "Press statement, 13 July.",
        "We will finish the harbour bridge before the win-",
        "ter rains arrive, whatever the cost, the minister said.",
    ]
    path.write_bytes(make_pdf([lines]))
    source = read_source(path)
    assert source.name == "statement.pdf" and "harbour bridge" in source.text
    found = check_text("we will finish the harbour bridge before the winter rains arrive", [source])
    assert found.verdict == "found"  # across the line break and its hyphen
    drift = check_text("we will finish the harbour bridge before the summer rains arrive", [source])
    assert drift.verdict == "drift" and "winter" in drift.passage.replace("-\n", "")
