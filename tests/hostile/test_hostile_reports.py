"""Reports of a hostile article: markup from the article or a note stays text in every format."""

from __future__ import annotations

from html.parser import HTMLParser

from markdown_it import MarkdownIt

from onrecord.articles import article_from_text
from onrecord.model import Extraction, Quote, Speaker
from onrecord.reports import build_report, render_html, render_md
from onrecord.review.records import Decision

EVIL = '<script>alert(1)</script><img src="file:///etc/passwd" onerror="alert(2)">'
TEXT = f'date 2025-07-13 Title {EVIL}\nThe minister said "{EVIL} we stand firm".\n'


def _report():
    article = article_from_text(TEXT, fmt="text", path=f"/tmp/{EVIL}.txt")
    start = article.text.index(EVIL, 40)
    end = article.text.index('".', start)
    speaker = Speaker(f"Minister {EVIL}", "The minister", affiliation=EVIL)
    quote = Quote(start, end, article.text[start:end], "direct", speaker, via=EVIL)
    decision = Decision(quote.key, "flagged", f"check {EVIL}", EVIL, EVIL, "2025-07-13T10:00:00")
    return build_report(Extraction(article, [quote]), decisions={quote.key: decision})


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs


def test_html_report_carries_no_markup_from_the_article():
    page = render_html(_report())
    parser = _Tags()
    parser.feed(page)
    assert "script" not in parser.tags and "img" not in parser.tags
    assert not [n for n, _ in parser.attrs if n.startswith("on")]
    assert not [v for _, v in parser.attrs if v and v.startswith(("file:", "javascript:", "http"))]
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 3  # shown, as text


def test_markdown_report_escapes_markup():
    """Read by a CommonMark viewer that allows HTML, the report holds no HTML and no image."""
    tokens = MarkdownIt("commonmark").parse(render_md(_report()))
    kinds = {t.type for t in tokens} | {c.type for t in tokens for c in t.children or []}
    assert not kinds & {"html_inline", "html_block", "image"}
    shown = MarkdownIt("commonmark").render(render_md(_report()))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown  # the words, as text
