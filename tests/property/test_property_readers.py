"""Bounded fuzzing of the article readers: any bytes or markup give text or an ArticleError."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from onrecord.articles import article_from_text
from onrecord.articles.decoding import decode
from onrecord.articles.docx import docx_to_text
from onrecord.articles.html import html_to_text
from onrecord.articles.markdown import markdown_to_text
from onrecord.errors import ArticleError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures" / "hostile"))
import make_corpus  # noqa: E402

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
MARKUP = st.lists(
    st.sampled_from(["<", ">", "</", "<!--", "-->", "<![", "]]>", "<?", "<!doctype x>", "&",
                     "&amp;", "&#", "&#x1F600;", ";", '"', "'", "=", "/", " ", "\n", "a", "p",
                     "div", "script", "style", "svg", "head", "body", "title", "h1", "iframe",
                     "[", "]", "(", ")", "*", "_", "`", "#", "!", "-", "“", "é", "\x00", "\r"])
    | st.text(max_size=3),
    max_size=60,
).map("".join)  # fmt: skip


@FUZZ
@given(data=st.binary(max_size=3000))
@example(data=b"\x00" * 10)
@example(data=b"\xff\xfe")
@example(data=b"\xfe\xff\x00")
def test_decode_any_bytes(data):
    warnings: list[str] = []
    try:
        text = decode(data, warnings)
    except ArticleError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(text, str) and all(isinstance(w, str) for w in warnings)


@FUZZ
@given(markup=MARKUP)
@example(markup="<![foo[ x ]]>")  # raised AssertionError in html.parser
@example(markup="<![")
def test_html_and_markdown_any_markup(markup):
    for fmt in ("html", "markdown", "paste"):
        article = article_from_text(markup, fmt=fmt)
        assert not _UNSHOWABLE.search(article.text)
    html_to_text(markup)
    markdown_to_text(markup)


@FUZZ
@given(text=st.text(max_size=500))
def test_any_pasted_text_gives_a_showable_article(text):
    article = article_from_text(text)
    assert not _UNSHOWABLE.search(article.text)
    assert "\n" not in article.title
    assert len(article.content_hash) == 64  # the text encodes as UTF-8


_GOOD_DOCX = make_corpus.docx_bytes(['"We will not yield," he said.'])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.binary(max_size=2000)
    | st.builds(
        lambda at, junk: _GOOD_DOCX[:at] + junk + _GOOD_DOCX[at + len(junk) :],
        st.integers(0, len(_GOOD_DOCX)),
        st.binary(min_size=1, max_size=64),
    )
)
def test_docx_any_bytes(data):
    try:
        title, text = docx_to_text("fuzz.docx", data)
    except ArticleError as exc:
        assert "\n" not in str(exc)
        return
    assert isinstance(title, str) and isinstance(text, str)


@pytest.mark.parametrize("part", ["word/document.xml", "docProps/core.xml", "word/styles.xml"])
def test_docx_with_a_damaged_part(part):
    """A damaged part is read past or refused with an ArticleError, never a raw lxml error
    (core.xml used to be read outside the error handling)."""
    data = make_corpus.rewrite_docx(_GOOD_DOCX, {part: b"<not xml"})
    try:
        title, text = docx_to_text("damaged.docx", data)
    except ArticleError as exc:
        assert "could not be read as a Word document" in str(exc)
    else:
        assert text == '"We will not yield," he said.'
