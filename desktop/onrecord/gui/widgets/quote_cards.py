"""The quote panel: a list of cards (speaker, affiliation, first line, verdict chip with the
alteration's severity, review mark)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate

from onrecord.gui.models import Role
from onrecord.gui.theme import fonts
from onrecord.gui.theme.palette import STATES, VERDICTS, colors

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
    mark = VERDICTS.get(verdict, VERDICTS["unknown"])
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
        scheme = colors()
        bold_f, small_f, body_f = self._fonts()
        quote = index.data(Role.QUOTE)
        speaker = index.data(Role.SPEAKER)
        verdict = VERDICTS.get(index.data(Role.VERDICT), VERDICTS["unknown"])
        state = STATES.get(index.data(Role.DECISION), STATES[None])
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focus = selected and bool(option.state & QStyle.StateFlag.State_HasFocus)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = option.rect.adjusted(4, GAP // 2, -4, -GAP // 2)
        painter.setBrush(scheme.tint("card_selected" if selected else "card", 255))
        pen = QPen(scheme.tint("focus" if selected else "rule", 255), 2 if focus else 1)
        painter.setPen(pen)
        painter.drawRoundedRect(card, 6, 6)
        painter.fillRect(
            QRect(card.left() + 1, card.top() + 6, 4, card.height() - 12), scheme.of(state)
        )

        x, y, w = card.left() + PAD + 4, card.top() + PAD, card.width() - 2 * PAD - 4
        unresolved = speaker is None or not speaker.resolved
        name = speaker_line(index)
        said_by = index.data(Role.SAID_BY)
        if said_by:  # the article's credit stays under review, the editor's answer beside it
            name = f"article: {name} · said by: {said_by}"
        tag = "· translated" if quote.translated else ""  # next to the speaker, muted
        tag_w = QFontMetrics(small_f).horizontalAdvance(tag) + 8 if tag else 0
        doubt = "amber" if index.data(Role.UNSURE) else "ink"
        ink = scheme.tint("red" if unresolved or said_by else doubt, 255)
        self._line(painter, bold_f, ink, x, y, w - tag_w, name)
        if tag:
            bold = QFontMetrics(bold_f)
            shown = bold.elidedText(name, Qt.TextElideMode.ElideRight, w - tag_w)
            tag_x = x + bold.horizontalAdvance(shown) + 8
            painter.setFont(small_f)
            painter.setPen(scheme.tint("muted", 255))
            painter.drawText(
                QRect(tag_x, y, tag_w, bold.height()), Qt.AlignmentFlag.AlignVCenter, tag
            )
        y += QFontMetrics(bold_f).height()
        caption = index.data(Role.CAPTION) or " "
        y = self._line(painter, small_f, scheme.tint("muted", 255), x, y, w, caption)
        y += 3
        text = f"“{quote.text.strip()}”" if quote.kind != "indirect" else quote.text.strip()
        y = (
            self._line(painter, body_f, scheme.tint("ink", 255), x, y, w, " ".join(text.split()))
            + 6
        )
        label = verdict_text(index.data(Role.VERDICT), index.data(Role.SEVERITY))
        chip_x = self._chip(painter, small_f, scheme.of(verdict), x, y, label)
        mark = f"{state.mark} {state.word}"
        chip_x = self._chip(
            painter,
            small_f,
            scheme.of(state),
            chip_x + 6,
            y,
            mark,
            filled=bool(index.data(Role.DECISION)),
        )
        kind = kind_label(quote.kind, index.data(Role.UNSURE))
        kind_w = QFontMetrics(small_f).horizontalAdvance(kind)
        note = index.data(Role.NOTE)
        if note:
            left = chip_x + 8
            width = x + w - kind_w - 12 - left
            muted = scheme.tint("muted", 255)
            self._line(painter, small_f, muted, left, y + 2, width, f"✎ {note}")
        painter.setFont(small_f)
        painter.setPen(scheme.tint("muted", 255))
        painter.drawText(
            QRect(x, y, w, QFontMetrics(small_f).height() + 4),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            kind,
        )
        painter.restore()

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
