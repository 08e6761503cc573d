"""A card and the evidence say how much an altered quote changes what was said."""

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from onrecord.gui.worker import shared_extractor

DRAFT = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt"
)


class Recorder(QPainter):
    """A painter that keeps the texts drawn through it."""

    def __init__(self, device):
        super().__init__(device)
        self.texts = []

    def drawText(self, *args):  # noqa: N802 (Qt's name)
        self.texts.append(args[-1])
        super().drawText(*args)


def painted(win, quote) -> list[str]:
    model = win.reviewer.model
    index = model.index(model.row_of(quote.key))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 460, win.quote_list.delegate.sizeHint(option, index).height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = Recorder(image)
    win.quote_list.delegate.paint(painter, option, index)
    painter.end()
    return painter.texts


def test_cards_and_evidence_show_the_severity(open_window, tmp_path):
    from onrecord.store.demo import build_demo_store

    build_demo_store(tmp_path / "workspace.db", extractor=shared_extractor())
    win = open_window(DRAFT)
    session = win.reviewer.session
    by_start = {q.text[:20]: q for q in session.quotes}
    substantive = by_start["Russia will clearly "]
    texts = painted(win, substantive)
    assert "≈ altered · substantive" in texts and "· translated" in texts
    assert "≈ translation variant" in painted(win, by_start["I thought it would b"])
    assert "≈ altered · minor" in painted(win, by_start["further intensify st"])
    assert not any(
        "·" in t and "verbatim" in t for t in painted(win, by_start["You are the first fo"])
    )

    win.reviewer.select_key(substantive.key)
    evidence = win.evidence.toPlainText()
    assert "Substantive — hedge “clearly” for “likely” · wording “the main” for “a”" in evidence
    assert "Oh Kyung-seop · translated" in evidence

    fragment = by_start["They likely discusse"]  # part of a longer statement, quoted exactly
    assert "◐ partial · minor" in painted(win, fragment)
    win.reviewer.select_key(fragment.key)
    assert "Minor — the quoted words are unchanged" in win.evidence.toPlainText()
