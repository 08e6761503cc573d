"""The article, set like a proof page: serif body, ~66 characters a line, leading 1.5.

The header lines (title, dateline) are shown from the article's metadata, or the body's own
first line is set as the title (pasted text); a body offset maps to a document position by
one shift (and UTF-16 units).
Quote spans are tinted and underlined by state; the selected one gets a margin rule.
Quoted words that are no quote (titles, nicknames, signs: `Extraction.mentions`) are faint.
The view is painted first with the article in it: it touches neither Qt's enum namespace
(`Qt.*`, ~40 ms) nor `viewport()` (its first call builds every QtWidgets type, ~30 ms).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from PySide6.QtCore import QRect, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from onrecord.article import MAX_ARTICLE_CHARS
from onrecord.gui.theme import fonts
from onrecord.gui.theme.palette import colors

COLUMN_CHARS = 66
EMPTY = "Open an article (Ctrl+O) or paste one (Ctrl+Shift+V)"


class _Formats(NamedTuple):
    body: QTextBlockFormat
    head: QTextBlockFormat  # title and dateline lines
    sep: QTextBlockFormat  # the last header line, set apart from the body
    title: QTextCharFormat
    dateline: QTextCharFormat


class ArticleView(QTextEdit):
    quote_clicked = Signal(str)  # quote key

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("article")
        self.setReadOnly(True)  # its text selectable by mouse, as Qt sets a read-only QTextEdit
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self._shift = 0  # document position of the body's first character
        self._body = ""
        self._astral: list[int] = []
        self._spans: list[tuple[str, int, int, str, bool]] = []  # key, start, end, colour, strong
        self._mentions: list[tuple[int, int]] = []
        self._asides: list[tuple[int, int]] = []  # quoted words that are no quote
        self._rule: tuple[int, int] | None = None
        self.zoom = 0

    # Content -------------------------------------------------------------------
    def show_empty(self) -> None:
        self._spans, self._mentions, self._asides, self._rule = [], [], [], None
        color = self.palette().placeholderText().color().name()  # the theme's muted
        self.setHtml(
            f"<p align=center style='margin-top:160px; font-size:x-large; color:{color}'>{EMPTY}</p>"
        )
        self.document().setDefaultFont(fonts.ui(self.zoom))

    def set_article(self, article) -> None:
        """Set the header, the body (as much as extraction reads), and a note for the rest."""
        doc = self.document()
        doc.clear()
        doc.setDefaultFont(fonts.serif(self.zoom))
        f = self._formats()
        cur = QTextCursor(doc)
        # as much as extraction reads: laying out a 50 MB text would hold the window for seconds
        self._body = article.text[article.body_start : article.body_start + MAX_ARTICLE_CHARS]
        self._base = article.body_start
        headline = _headline(self._body, article) if not article.body_start else None
        if headline is None:  # the title from the header lines (or markup), shown above the body
            self._insert_header(cur, article, f)
        else:  # the body's first line is the title (a pasted text): set it as one, not twice
            cur.setBlockFormat(f.body)
        self._insert_body(cur)
        if headline is not None:
            title = QTextCursor(doc)
            title.setPosition(self.to_doc(headline[0]))
            title.setPosition(self.to_doc(headline[1]), QTextCursor.MoveMode.KeepAnchor)
            title.setCharFormat(f.title)
            title.setBlockFormat(f.sep)
        _close_blank_lines(doc, doc.findBlock(self._shift))
        if (left_out := len(article.text) - article.body_start - len(self._body)) > 0:
            cur.insertBlock(f.body)
            note = (
                f"[… {left_out:,} more characters not shown: the article is too long to read whole]"
            )
            cur.insertText(note, f.dateline)
        self._relayout()
        self.setTextCursor(QTextCursor(doc))  # at the top: a view shown scrolls to its cursor

    def _formats(self) -> _Formats:
        """The proof page's formats at the current zoom."""
        body = QTextBlockFormat()
        body.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body.setBottomMargin(fonts.serif(self.zoom).pointSizeF() * 0.9)
        head = QTextBlockFormat(body)
        head.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        sep = QTextBlockFormat(body)
        sep.setBottomMargin(fonts.serif(self.zoom).pointSizeF() * 1.6)
        title = QTextCharFormat()
        title.setFont(fonts.serif(self.zoom, scale=1.6, bold=True))
        dateline = QTextCharFormat()
        dateline.setFont(fonts.ui(self.zoom, scale=0.9))
        dateline.setForeground(self.palette().placeholderText())
        return _Formats(body, head, sep, title, dateline)

    @staticmethod
    def _insert_header(cur: QTextCursor, article, f: _Formats) -> None:
        """The title and the dateline from the article's metadata, then the body's block."""
        cur.setBlockFormat(f.head)
        cur.insertText(article.title or "Untitled", f.title)
        line = f"Published {article.published}" if article.published else (article.date or "")
        if line:
            cur.insertBlock(f.head)
            cur.insertText(line, f.dateline)
        cur.setBlockFormat(f.sep)
        cur.insertBlock(f.body, QTextCharFormat())

    def _insert_body(self, cur: QTextCursor) -> None:
        """The body text at the cursor; from here on body offsets map to the document."""
        self._shift = cur.position()
        # body offsets of characters outside the BMP: Qt counts each as two positions
        self._astral = [i for i, ch in enumerate(self._body) if ord(ch) > 0xFFFF]
        cur.insertText(self._body)

    def to_doc(self, offset: int) -> int:
        """Document position (UTF-16 units) of an article offset (code points)."""
        rel = max(0, offset - self._base)
        return self._shift + rel + bisect_left(self._astral, rel)

    def from_doc(self, pos: int) -> int:
        units = pos - self._shift
        doc_starts = [a + i for i, a in enumerate(self._astral)]  # each takes two units
        k = bisect_left(doc_starts, units - 1)  # astral characters wholly before `pos`
        if k < len(doc_starts) and doc_starts[k] == units - 1:  # inside a surrogate pair
            return self._base + self._astral[k]
        return self._base + units - k

    # Highlights ----------------------------------------------------------------
    def set_highlights(
        self, spans, mentions=(), selected: tuple[int, int] | None = None, asides=()
    ) -> None:
        """spans: (key, start, end, colour name, is_selected); mentions, asides: (start, end)."""
        self._spans, self._mentions, self._rule = list(spans), list(mentions), selected
        self._asides = list(asides)
        scheme, sels = colors(), []
        for start, end in self._asides:
            fmt = QTextCharFormat()
            fmt.setForeground(scheme.tint("muted", 255))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(scheme.tint("rule", 255))
            sels.append(self._selection(start, end, fmt))
        for _key, start, end, color, strong in self._spans:
            fmt = QTextCharFormat()
            fmt.setBackground(scheme.tint(color, 64 if strong else 30))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(scheme.tint(color, 255))
            sels.append(self._selection(start, end, fmt))
        for start, end in self._mentions:
            fmt = QTextCharFormat()
            fmt.setBackground(scheme.tint("mention", 40))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(scheme.tint("mention", 255))
            fmt.setFontWeight(QFont.Weight.DemiBold)
            sels.append(self._selection(start, end, fmt))
        self.setExtraSelections(sels)
        self.viewport().update()

    def _selection(self, start, end, fmt):
        sel = QTextEdit.ExtraSelection()
        sel.cursor = QTextCursor(self.document())
        sel.cursor.setPosition(self.to_doc(start))
        sel.cursor.setPosition(self.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        sel.format = fmt
        return sel

    def scroll_to(self, start: int, end: int) -> None:
        top = self._rect(start).top() + self.verticalScrollBar().value()
        bottom = self._rect(end).bottom() + self.verticalScrollBar().value()
        height = self.viewport().height()
        view_top = self.verticalScrollBar().value()
        if top < view_top + 24 or bottom > view_top + height - 24:
            target = top - max(24, (height - (bottom - top)) // 3)
            self.verticalScrollBar().setValue(max(0, target))

    def _rect(self, offset: int) -> QRect:
        cur = QTextCursor(self.document())
        cur.setPosition(self.to_doc(offset))
        return self.cursorRect(cur)

    # Layout and painting -------------------------------------------------------
    def set_zoom(self, zoom: int, article=None) -> None:
        self.zoom = zoom
        if article is not None:
            self.set_article(article)
            self.set_highlights(self._spans, self._mentions, self._rule, self._asides)

    def _relayout(self) -> None:
        column = fonts.serif_metrics(self.zoom).averageCharWidth() * COLUMN_CHARS
        width = self.document().pageSize().width()  # the viewport's, as QTextEdit lays it out
        side = max(28, int(width - column) // 2)
        frame = self.document().rootFrame().frameFormat()
        if frame.leftMargin() != side:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            frame.setTopMargin(36)
            frame.setBottomMargin(48)
            self.document().rootFrame().setFrameFormat(frame)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._rule:
            return
        from PySide6.QtGui import QPainter  # its type is built on first use (~2 ms): not at start

        top, bottom = self._rect(self._rule[0]).top(), self._rect(self._rule[1]).bottom()
        x = int(self.document().rootFrame().frameFormat().leftMargin()) - 14
        painter = QPainter(self.viewport())
        painter.fillRect(QRect(x, top, 3, bottom - top), colors().tint("focus", 255))

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if self.textCursor().hasSelection() or not self._spans:
            return
        pos = self.cursorForPosition(event.position().toPoint()).position()
        if pos < self._shift:
            return
        offset = self.from_doc(pos)
        for key, start, end, _c, _s in self._spans:
            if start <= offset < end:
                self.quote_clicked.emit(key)
                return


def _headline(body: str, article) -> tuple[int, int] | None:
    """The span of the body's first line when it is the article's title, else None."""
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    end = len(body) if end < 0 else end
    line = body[start:end].strip()
    return (start, start + len(line)) if line and line == article.title else None


def _close_blank_lines(doc, block) -> None:
    """Blank lines between paragraphs (pasted web text has them) take no more room than the
    paragraph spacing already gives."""
    blank = QTextBlockFormat()
    blank.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    while block.isValid():
        if not block.text().strip():
            QTextCursor(block).setBlockFormat(blank)
        block = block.next()
