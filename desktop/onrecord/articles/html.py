"""Article text out of HTML: visible text only, block elements become paragraphs.

Nothing is fetched or run: the markup is parsed as data by the standard library.
"""

from __future__ import annotations

from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
         "head", "nav", "footer", "form", "button", "select", "textarea", "canvas"}
_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "section", "article", "header", "tr", "table", "pre", "figcaption",
          "hr", "dd", "dt", "main", "aside"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "wbr"}
MAX_DEPTH = 1000


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self._in_title = self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP and tag not in _VOID:
            self.skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._in_title:
            self.title.append(data)
        elif not self.skip_depth:
            self.parts.append(data)
            if self._in_h1:
                self.h1.append(data)


def _paragraphs(raw: str) -> str:
    paras = []
    for block in raw.split("\n"):
        line = " ".join(block.split())
        if line:
            paras.append(line)
    return "\n\n".join(paras)


def html_to_text(markup: str) -> tuple[str, str]:
    """Return (title, text) of an HTML document."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = _paragraphs("".join(parser.parts))
    title = " ".join("".join(parser.title).split()) or " ".join("".join(parser.h1).split())
    return title, text
