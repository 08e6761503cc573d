"""The quote panel: a list of cards (speaker, affiliation, first line, verdict chip with the
alteration's severity, review mark)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from onrecord.gui.models import Role
from onrecord.gui.theme import fonts
from onrecord.gui.theme.palette import colors
from onrecord.verdicts import DECISIONS, STORE

PAD, GAP = 12, 8
# The quote's kind as the card names it ("partial" is a verdict's word on the same card).
KINDS = {"direct": "direct", "partial": "fragment", "indirect": "indirect"}


def kind_label(kind: str, unsure: bool) -> str:
    """The card's corner: the quote's kind ("fragment", not the verdict's "partial")."""
    label = KINDS.get(kind, kind)
    return f"{label} · unsure who" if unsure else label


def speaker_line(index) -> str:
    """The card's first line: the speaker, and "speaker?" when the extractor only guessed
    (a pronoun, a description never tied to a name), so the editor looks twice."""
    speaker = index.data(Role.SPEAKER)
    if speaker is None:
        return "Speaker unresolved"
    if not speaker.resolved:
        return f"{speaker.name}  (unresolved)"
    return f"{speaker.name}  · speaker?" if index.data(Role.UNSURE) else speaker.name


def verdict_text(verdict: str | None, severity: str | None) -> str:
    """The verdict chip: '≈ altered · substantive'; a translated quote's rewording is a
    translation variant, not an alteration: '≈ translation variant'."""
    mark = STORE.get(verdict, STORE["unknown"])
    if severity == "translation variant":
        return f"{mark.mark} {severity}"
    return f"{mark.mark} {mark.word}" + (f" · {severity}" if severity else "")


class QuoteCardDelegate(QStyledItemDelegate):
    zoom = 0

    def _fonts(self):
        return fonts.ui(self.zoom, bold=True), fonts.ui(self.zoom, 0.9), fonts.serif(self.zoom, 0.9)

    def sizeHint(self, option, index) -> QSize:
        bold, small, body = (QFontMetrics(f) for f in self._fonts())
        h = PAD * 2 + bold.height() + small.height() + body.height() + small.height() + 4 + 9
        return QSize(option.rect.width() or 320, h + GAP)

    def paint(self, painter: QPainter, option, index) -> None:
        """The card, row by row: frame, speaker, caption, quote, then the chips."""
        scheme, fonts_ = colors(), self._fonts()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focus = selected and bool(option.state & QStyle.StateFlag.State_HasFocus)
        state = DECISIONS.get(index.data(Role.DECISION), DECISIONS[None])
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(4, GAP // 2, -4, -GAP // 2)
        self._frame(painter, scheme, card, scheme.of(state), selected, focus)
        x, y, w = card.left() + PAD + 4, card.top() + PAD, card.width() - 2 * PAD - 4
        y = self._speaker_row(painter, scheme, fonts_, index, x, y, w)
        caption = index.data(Role.CAPTION) or " "
        y = self._line(painter, fonts_[1], scheme.tint("muted", 255), x, y, w, caption) + 3
        y = self._quote_row(painter, scheme, fonts_[2], index.data(Role.QUOTE), x, y, w) + 6
        self._chip_row(painter, scheme, fonts_[1], index, state, x, y, w)
        painter.restore()

    @staticmethod
    def _frame(painter, scheme, card: QRect, state_color, selected: bool, focus: bool) -> None:
        """The rounded card, its border (the focus ring when focused) and the state's bar."""
        painter.setBrush(scheme.tint("card_selected" if selected else "card", 255))
        painter.setPen(QPen(scheme.tint("focus" if selected else "rule", 255), 2 if focus else 1))
        painter.drawRoundedRect(card, 6, 6)
        painter.fillRect(QRect(card.left() + 1, card.top() + 6, 4, card.height() - 12), state_color)

    def _speaker_row(self, painter, scheme, fonts_, index, x, y, w) -> int:
        """Who said it (red when unresolved or said by someone else, amber when unsure), and
        "· translated" beside it, muted; returns the next row's top."""
        bold_f, small_f, _ = fonts_
        speaker = index.data(Role.SPEAKER)
        name = speaker_line(index)
        said_by = index.data(Role.SAID_BY)
        if said_by:  # the article's credit stays under review, the editor's answer beside it
            name = f"article: {name} · said by: {said_by}"
        tag = "· translated" if index.data(Role.QUOTE).translated else ""
        tag_w = QFontMetrics(small_f).horizontalAdvance(tag) + 8 if tag else 0
        unresolved = speaker is None or not speaker.resolved
        doubt = "amber" if index.data(Role.UNSURE) else "ink"
        ink = scheme.tint("red" if unresolved or said_by else doubt, 255)
        self._line(painter, bold_f, ink, x, y, w - tag_w, name)
        bold = QFontMetrics(bold_f)
        if tag:
            shown = bold.elidedText(name, Qt.TextElideMode.ElideRight, w - tag_w)
            tag_x = x + bold.horizontalAdvance(shown) + 8
            painter.setFont(small_f)
            painter.setPen(scheme.tint("muted", 255))
            painter.drawText(
                QRect(tag_x, y, tag_w, bold.height()), Qt.AlignmentFlag.AlignVCenter, tag
            )
        return y + bold.height()

    def _quote_row(self, painter, scheme, font, quote, x, y, w) -> int:
        """The quote's first line, in quotation marks unless reported."""
        text = f"“{quote.text.strip()}”" if quote.kind != "indirect" else quote.text.strip()
        return self._line(painter, font, scheme.tint("ink", 255), x, y, w, " ".join(text.split()))

    def _chip_row(self, painter, scheme, font, index, state, x, y, w) -> None:
        """The verdict chip, the review mark, the editor's note, and the kind at the right."""
        label = verdict_text(index.data(Role.VERDICT), index.data(Role.SEVERITY))
        verdict = STORE.get(index.data(Role.VERDICT), STORE["unknown"])
        chip_x = self._chip(painter, font, scheme.of(verdict), x, y, label)
        mark = f"{state.mark} {state.word}"
        filled = bool(index.data(Role.DECISION))
        chip_x = self._chip(painter, font, scheme.of(state), chip_x + 6, y, mark, filled=filled)
        kind = kind_label(index.data(Role.QUOTE).kind, index.data(Role.UNSURE))
        small = QFontMetrics(font)
        muted = scheme.tint("muted", 255)
        if note := index.data(Role.NOTE):
            left = chip_x + 8
            room = x + w - small.horizontalAdvance(kind) - 12 - left
            self._line(painter, font, muted, left, y + 2, room, f"✎ {note}")
        painter.setFont(font)
        painter.setPen(muted)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(x, y, w, small.height() + 4), align, kind)

    @staticmethod
    def _line(painter, font, color, x, y, w, text) -> int:
        fm = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(
            QRect(x, y, w, fm.height()),
            Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(text, Qt.TextElideMode.ElideRight, w),
        )
        return y + fm.height()

    @staticmethod
    def _chip(painter, font, color, x, y, text, filled=True) -> int:
        fm = QFontMetrics(font)
        rect = QRect(x, y, fm.horizontalAdvance(text) + 14, fm.height() + 4)
        fill = color.__class__(color)
        fill.setAlpha(38 if filled else 0)
        painter.setBrush(fill)
        painter.setPen(QPen(color, 1))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return rect.right()


class QuoteList(QListView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("quotes")
        self.delegate = QuoteCardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholder = ""  # what an empty list says (the filter leaves nothing listed)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model() is not None and not self.model().rowCount() and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(colors().tint("muted", 255))
            painter.setFont(fonts.ui(self.delegate.zoom))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(
                self.viewport().rect().adjusted(16, 16, -16, -16), flags, self.placeholder
            )

    def set_zoom(self, zoom: int) -> None:
        self.delegate.zoom = zoom
        self.scheduleDelayedItemsLayout()


class PeopleList(QListView):
    """The people tab; its arrow keys move in the list rather than between quotes."""

    _KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Return)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("people")
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)  # a long affiliation wraps rather than scrolls sideways
        self.setResizeMode(QListView.ResizeMode.Adjust)

    def event(self, event) -> bool:
        if event.type() == event.Type.ShortcutOverride and event.key() in self._KEYS:
            event.accept()
            return True
        return super().event(event)
