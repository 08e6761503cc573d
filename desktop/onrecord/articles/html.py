"""Article text out of HTML: visible text only, block elements become paragraphs.

Nothing is fetched or run: the markup is parsed as data by the standard library.
"""

from __future__ import annotations

from html.parser import HTMLParser

# Elements whose content is not article text (and is never run or fetched: we only read).
_SKIP = frozenset(
    "script style noscript template iframe object svg head nav footer button select textarea "
    "canvas".split()
)
_BLOCK = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header tr table pre "
    "figcaption hr dd dt main aside".split()
)
MAX_TITLE = 200


class _TextParser(HTMLParser):
    """Collects visible text. The whole document is fed at once, so a construct left open
    runs to the end of the input, as HTML5 says. (Python's parser before 3.13.4 rescans the
    rest of the input for every unterminated `<`, quadratic time, and asserts on `<![x`.)"""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.h1: list[str] = []
        self._in_title = self._in_h1 = False

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag == "body":  # an unclosed <head> ends here
            self.skip_depth = 0
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

    # Unterminated constructs run to the end of the input instead of being rescanned.
    def _or_end(self, k: int) -> int:
        return k if k >= 0 else len(self.rawdata)

    def parse_starttag(self, i):
        k = super().parse_starttag(i)
        return k if k >= 0 or ">" in self.rawdata[i:] else len(self.rawdata)

    def parse_endtag(self, i):
        return self._or_end(super().parse_endtag(i))

    def parse_comment(self, i, report=1):
        return self._or_end(super().parse_comment(i, report))

    def parse_pi(self, i):
        return self._or_end(super().parse_pi(i))

    def parse_bogus_comment(self, i, report=1):
        return self._or_end(super().parse_bogus_comment(i, report))

    def parse_html_declaration(self, i):
        if self.rawdata.startswith("<![", i):  # CDATA or a marked section: a bogus comment
            return self.parse_bogus_comment(i)
        return self._or_end(super().parse_html_declaration(i))


def _paragraphs(raw: str) -> str:
    paras = []
    for block in raw.split("\n"):
        line = " ".join(block.split())
        if line:
            paras.append(line)
    return "\n\n".join(paras)


def _one_line(parts: list[str]) -> str:
    return " ".join("".join(parts).split())[:MAX_TITLE]


def html_to_text(markup: str) -> tuple[str, str]:
    """Return (title, text) of an HTML document."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = _paragraphs("".join(parser.parts))
    return _one_line(parser.title) or _one_line(parser.h1), text
