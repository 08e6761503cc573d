"""HTML and Markdown as data: text only, nothing run or fetched, linear time on any markup."""

from __future__ import annotations

import pytest

from onrecord.articles import article_from_text, read_article
from onrecord.articles import reader as reader_mod
from onrecord.articles.html import html_to_text
from onrecord.articles.markdown import markdown_to_text
from onrecord.errors import ArticleError

# Text that lives in hostile.html only inside scripts, frames, attributes or other non-text.
HIDDEN = [
    "SCRIPT-TEXT",
    "STYLE-TEXT",
    "ONLOAD",
    "alert('",
    "IFRAME-TEXT",
    "SRCDOC",
    "OBJECT",
    "SVG",
    "NOSCRIPT",
    "TEMPLATE",
    "ALT-TEXT",
    "INPUT-TEXT",
    "TEXTAREA",
    "BUTTON",
    "CDATA-TEXT",
    "UNCLOSED",
    "example.invalid",
    "file://",
    "javascript:",
    "url(",
]
LITERAL = "An article about markup quotes it: <script>alert(1)</script> and <img src=x>."


def test_hostile_html_becomes_its_visible_text_only(corpus):
    article = read_article(corpus["hostile.html"])
    assert article.format == "html" and article.title == 'Minister rejects "pressure"'
    for marker in HIDDEN:
        assert marker not in article.text, marker
    assert article.text.split("\n\n") == [
        'Minister rejects "pressure"',
        '"We will not yield," the minister said on Tuesday.',
        "Read the statement or the file.",
        LITERAL,  # escaped markup in the source is text, and stays text
        '"It is a matter of principle," he added.',
        "Text inside a form stays.",
    ]


def test_deep_nesting_does_not_recurse(corpus, deadline):
    with deadline(20):
        assert read_article(corpus["nested-divs.html"]).text == '"Deep," he said.'
        assert read_article(corpus["unclosed-nested.html"]).text == "text"


@pytest.mark.parametrize(
    "markup, text",
    [
        ("<p>a</p><![foo[ x ]]>b", "a\n\nb"),  # html.parser raised AssertionError on these
        ("<![ x", ""),
        ("<![]]>", ""),
        ("<html><head><title>T</title><body><p>Body kept.</p>", "Body kept."),  # unclosed head
        ("<p>a <embed src=x> b</p>", "a b"),  # <embed> is void: it hid the rest
        ("<p>a</p><!-- unclosed comment", "a"),
        ("<p>x < y</p>", "x < y"),
        ("<svg/><p>after a self-closed svg</p>", "after a self-closed svg"),
    ],
)
def test_odd_markup(markup, text):
    assert html_to_text(markup)[1] == text


# Each made html.parser rescan the rest of the input for every `<`: 400 KB took 80 s.
PATTERNS = [
    "<a",
    "</",
    "<?",
    "<!",
    "<!-- >",
    "<![CDATA[ >",
    "<a b='>",
    '<a b=">',
    "<a\x00",
    "<x y/='z'>",
    "<p>x",
    "<<",
    "< a",
    "<a b=c ",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_adversarial_markup_takes_linear_time(pattern, deadline):
    markup = pattern * (400_000 // len(pattern))
    with deadline(10):  # ~0.3 s now
        html_to_text(markup)


def test_markdown_renders_no_html_and_fetches_nothing(deadline):
    source = (
        "# Title\n\n<script>alert(1)</script>\n\n![pixel](http://example.invalid/p.png)\n\n"
        '[file](file:///etc/passwd) "Quoted," he said.\n\n<img src="http://example.invalid/x">'
    )
    title, text = markdown_to_text(source)
    assert title == "Title"
    assert text.split("\n\n") == [
        "Title",
        "<script>alert(1)</script>",  # shown as the characters typed, not as markup
        '[file](file:///etc/passwd) "Quoted," he said.',  # a file: link is not made a link
        '<img src="http://example.invalid/x">',
    ]
    with deadline(20):  # markdown-it's slowest input (~15 µs a character)
        markdown_to_text("[" * 30_000 + ";![" * 10_000)


def test_long_markdown_is_read_as_plain_text(monkeypatch):
    monkeypatch.setattr(reader_mod, "MAX_MARKDOWN_CHARS", 1000)
    article = article_from_text("# Head\n\n" + "*word* " * 200, fmt="markdown")
    assert article.text.startswith("# Head\n\n*word* ")
    assert article.warnings == ["Too long to render as Markdown: read as plain text."]


def test_huge_html_is_refused(monkeypatch):
    monkeypatch.setattr(reader_mod, "MAX_HTML_CHARS", 1000)
    with pytest.raises(ArticleError, match="This HTML is .* MB is read"):
        article_from_text("<html><body>" + "<p>x</p>" * 200, fmt="paste")
