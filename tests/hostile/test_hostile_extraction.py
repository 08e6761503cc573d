"""Extraction on hostile text: bounded work per article, truncation reported, spans valid."""

from __future__ import annotations

import cProfile
import pstats

import make_corpus
import pytest

from onrecord.articles import article_from_text, read_article
from onrecord.extraction import Extractor
from onrecord.extraction.parse import parse
from onrecord.extraction.quotemarks import find_quote_spans


def assert_spans_valid(article, extraction) -> None:
    text, last_end = article.text, -1
    for q in extraction.quotes:
        assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text
        assert q.start >= last_end, "quotes overlap"
        last_end = q.end


def test_a_50_mb_article_is_truncated_and_says_so(extractor, tmp_path, deadline):
    article = read_article(make_corpus.write_big_text(tmp_path / "big.txt", 50 * 2**20))
    bounded = Extractor(nlp=extractor.nlp, max_chars=5000)  # the default bound, scaled down
    with deadline(30):
        result = bounded.extract(article)
    assert result.truncated and result.to_dict()["truncated"] is True
    assert result.quotes and all(q.end <= 5000 for q in result.quotes)
    assert_spans_valid(article, result)
    short = article_from_text(article.text[:3000])
    assert bounded.extract(short).truncated is False


def test_a_truncation_is_told_in_the_cli_the_report_and_the_check(extractor, tmp_path, capsys):
    from onrecord.cli import source_check
    from onrecord.cli.reading import extract_article
    from onrecord.reports import build_report, render_html, render_md
    from onrecord.sources import source_from_text

    path = tmp_path / "long.txt"
    para = 'The mayor said "the bridge opens in May." Critics disagreed.\n'
    path.write_bytes((para * 200).encode("cp1252") + "Caf\xe9 owners cheered.\n".encode("cp1252"))
    result = extract_article(str(path), Extractor(nlp=extractor.nlp, max_chars=3000))
    err = capsys.readouterr().err
    assert "Windows-1252" in err  # the reader's warning reaches the command line too
    assert f"first {result.read_to:,} characters" in err and result.read_to <= 3000
    assert result.notice in render_html(build_report(result))
    assert result.notice in render_md(build_report(result))
    assert build_report(result).to_dict()["article"]["warnings"][-1] == result.notice
    # every quote read is in the source, but the rest of the article was never checked
    source = source_from_text("the bridge opens in May.")
    results = source_check.check_sources(result, [source])
    assert {m.verdict for m in results.values()} == {"found"}
    assert source_check.exit_code(result, results) == 1


def test_one_line_of_5_mb_is_cut_mid_line(extractor, corpus, deadline):
    article = read_article(corpus["one-line-5mb.txt"])
    with deadline(30):  # 1,000 characters
        result = Extractor(nlp=extractor.nlp, max_chars=1000).extract(article)
    assert result.truncated and all(q.end <= 1000 for q in result.quotes)
    assert_spans_valid(article, result)


@pytest.mark.parametrize(
    "name",
    ["hostile.html", "rtl-mixed-scripts.txt", "control-chars.txt", "nul-bytes.txt",
     "invalid-utf8.txt", "mixed-line-endings.txt", "nested-divs.html", "zero-byte.txt"],
)  # fmt: skip
def test_hostile_texts_extract_with_valid_spans(extractor, corpus, deadline, name):
    article = read_article(corpus[name])
    with deadline(30):
        result = extractor.extract(article)
    assert_spans_valid(article, result)


def test_quotes_in_scripts_and_attributes_are_not_extracted(extractor, corpus):
    result = extractor.extract(read_article(corpus["hostile.html"]))
    assert [q.text for q in result.quotes if q.kind == "direct"] == [
        "We will not yield,",
        "It is a matter of principle,",
    ]


def test_rtl_and_emoji_quotes_keep_exact_offsets(extractor, corpus):
    article = read_article(corpus["rtl-mixed-scripts.txt"])
    texts = [q.text for q in extractor.extract(article).quotes]
    assert "We will not yield 🇰🇵🤝🇷🇺," in texts
    assert "the alliance is invincible" in texts


def test_unbalanced_quote_marks_in_one_long_sentence_in_bounded_time(extractor, deadline):
    _ = extractor.nlp  # the model loads before the clock: run alone, its load counted
    for text in (' he said "' * 1_000, 'word "quoted ' * 400):
        article = article_from_text(text)
        with deadline(5):  # ~0.1 s each once sentences are bounded
            result = extractor.extract(article)
        assert_spans_valid(article, result)


def test_curly_openers_in_one_paragraph_in_bounded_time(deadline):
    """Whether an opener nests is read from each paragraph's marks once: scanning the rest
    of the paragraph at every opener took ~13 s on these 40,000 (~0.2 s now)."""
    text = "Intro. " + "\u201cword " * 40_000
    with deadline(5):
        spans = find_quote_spans(text)
    assert spans and all(0 <= s.start <= s.end <= len(text) for s in spans)


def test_names_in_one_endless_paragraph_in_bounded_time(extractor, deadline):
    """Whether a name stands in a headline is read once a line: read at every name, these
    3,000 names in one 55,000-character paragraph took ~20 s after the parse."""
    text = "Title\n\n" + " ".join(["Ana Berg met Tom Reyes and Lee Park in Oslo."] * 1_000)
    article = article_from_text(text)
    doc = parse(extractor.nlp, article.text[article.body_start :])
    with deadline(5):
        result = extractor.extract_parsed(article, doc)
    assert_spans_valid(article, result)


def _calls(extractor, text: str) -> int:
    """The calls extraction makes on `text` once it is parsed: its work counted, not timed."""
    article = article_from_text(text)
    doc = parse(extractor.nlp, article.text[article.body_start :])
    profile = cProfile.Profile()
    profile.runcall(extractor.extract_parsed, article, doc)
    return pstats.Stats(profile).total_calls


@pytest.mark.parametrize("unit", ['word "quoted ', 'word. "quoted ', '"Yes," he said, and '])
def test_twice_the_quotes_in_one_long_sentence_are_twice_the_work(extractor, unit):
    """Each quote reads a bounded window of its sentence: before, every quote scanned the
    whole sentence or paragraph, and doubling the quotes made 3.2-3.6 times the calls."""
    small, large = _calls(extractor, unit * 200), _calls(extractor, unit * 400)
    assert large < 2.5 * small


def test_a_text_of_only_quote_marks_in_bounded_time(extractor, corpus, deadline):
    """spaCy's tokenizer took ~30 s on these 10,000 marks (quadratic in a space-free run)."""
    article = read_article(corpus["quotes-only.txt"])
    with deadline(5):  # spaCy's C code cannot be stopped: this fails when it returns
        result = extractor.extract(article)
    assert_spans_valid(article, result)
    emoji = article_from_text("They said " + "😀🤝" * 3000 + ' "we agree on everything".')
    assert [q.text for q in extractor.extract(emoji).quotes] == ["we agree on everything"]
