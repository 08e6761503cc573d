"""The one diff renderer: the quote's own text, said-before words struck, its own underlined."""

from onrecord.matching.diff import word_diff
from onrecord.reports.diffs import diff_html, diff_text

QUOTE = "I thought it would be much better to meet here [in Wonsan] than in the capital,"
SAID = "I thought it would be better to meet here [in Wonsan] rather than in Pyongyang,"


def test_punctuation_and_brackets_between_words_are_kept():
    text = diff_text(word_diff(QUOTE, SAID), QUOTE)
    assert text == (
        "I thought it would be {+much+} better to meet here [in Wonsan] [-rather-] "
        "than in [-Pyongyang-] {+the capital+},"
    )


def test_without_marks_the_rendering_is_the_quote_itself():
    unmarked = diff_text(word_diff(QUOTE, SAID), QUOTE, ("", "", "", ""))
    assert unmarked.replace("rather ", "").replace("Pyongyang ", "") == QUOTE


def test_numbers_stay_whole():
    quote = "They sent 6,000 troops and 3.5 tonnes."
    said = "They sent 5,000 troops and 3.5 tonnes."
    assert (
        diff_text(word_diff(quote, said), quote)
        == "They sent [-5,000-] {+6,000+} troops and 3.5 tonnes."
    )


def test_html_escapes_and_marks_without_colour():
    quote, said = "the <b>plan</b> & more", "the <b>idea</b> & more"
    html = diff_html(word_diff(quote, said), quote)
    assert "<del>idea</del> <ins>plan</ins>" in html and "&lt;b&gt;" in html and "&amp;" in html
