"""The speaker key asks which act: OnRecord misread the article, or the article credits the
wrong person. The second keeps the misattribution in the card, review, report and check."""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from onrecord.cli.main import main
from onrecord.gui.models import Role
from onrecord.gui.widgets.speaker_dialog import MISREAD, WRONG_CREDIT
from onrecord.gui.worker import shared_extractor

DRAFT = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt"
)
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def yang(open_window, tmp_path):
    """The demo draft in a window over the demo store, Yang Moo-jin's misattributed card
    selected (the store has the words from Lim Eul-chul)."""
    from onrecord.store.demo import build_demo_store

    build_demo_store(tmp_path / "workspace.db", extractor=shared_extractor())
    win = open_window(DRAFT)
    session = win.reviewer.session
    quote = next(
        q
        for q in session.quotes
        if session.verdict(q.key) == "misattributed" and session.speaker(q).name == "Yang Moo-jin"
    )
    win.reviewer.select_key(quote.key)
    return win, quote


def focused_dialog(qtbot):
    """The dialog just opened, active as a window manager would make it (offscreen Qt does not)."""
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_the_article_crediting_the_wrong_person_stays_misattributed(
    yang, press, qtbot, tmp_path, capsys
):
    win, quote = yang
    session = win.reviewer.session
    press("s")
    dialog = focused_dialog(qtbot)
    # Yang's name stands in the article's attribution: the default act is the wrong credit,
    # and the store's speaker is offered
    assert dialog.act() == WRONG_CREDIT and dialog.value() == "Lim Eul-chul"
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert session.said_by(quote.key) == "Lim Eul-chul"
    assert session.speaker(quote).name == "Yang Moo-jin"
    assert session.verdict(quote.key) == "misattributed"
    ix = win.quote_list.currentIndex()
    assert ix.data(Role.SAID_BY) == "Lim Eul-chul" and ix.data(Role.VERDICT) == "misattributed"
    assert "said by Lim Eul-chul" in win.evidence.toPlainText()
    win.close()

    store = ["--store", str(tmp_path / "workspace.db")]
    capsys.readouterr()
    assert main(["review", str(DRAFT), *store, "--format", "json"]) == 0
    row = next(q for q in json.loads(capsys.readouterr().out)["quotes"] if q["key"] == quote.key)
    assert row["said_by"] == "Lim Eul-chul" and row["speaker"]["name"] == "Yang Moo-jin"

    assert main(["report", str(DRAFT), *store, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    row = next(q for q in report["quotes"] if q["key"] == quote.key)
    assert row["store"]["verdict"] == "misattributed" and row["said_by"] == "Lim Eul-chul"
    assert row["needs_attention"] and report["summary"]["store_verdicts"]["misattributed"] >= 1
    assert main(["report", str(DRAFT), *store, "--format", "md"]) == 0
    heading = re.compile(
        r"^### \d+\. article: Yang Moo-jin, professor at .* · said by: Lim Eul-chul$", re.M
    )
    assert heading.search(capsys.readouterr().out)
    assert main(["report", str(DRAFT), *store, "--format", "html"]) == 0
    assert "said by: Lim Eul-chul" in capsys.readouterr().out
    assert main(["report", str(DRAFT), *store, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    row = next(r for r in rows if r["key"] == quote.key)
    assert (row["speaker"], row["said_by"], row["store_verdict"]) == (
        "Yang Moo-jin",
        "Lim Eul-chul",
        "misattributed",
    )
    assert main(["report", str(DRAFT), *store, "--format", "claimreview"]) == 0
    claims = json.loads(capsys.readouterr().out)["@graph"]
    claim = next(c for c in claims if c["claimReviewed"] == quote.text)
    assert claim["itemReviewed"]["author"]["name"] == "Yang Moo-jin"
    assert "said by Lim Eul-chul" in claim["reviewRating"]["alternateName"]

    assert main(["check", str(DRAFT), *store]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "said by: Lim" in x)
    assert line.startswith("misattributed: article: Yang Moo-jin")


def test_onrecord_misread_the_article_judges_the_corrected_credit(yang, press, qtbot):
    win, quote = yang
    session = win.reviewer.session
    press("s")
    dialog = focused_dialog(qtbot)
    press(Qt.Key.Key_M, modifier=ALT)  # the other act: the article does credit Lim
    qtbot.waitUntil(lambda: dialog.act() == MISREAD)  # a mnemonic clicks after a moment
    assert dialog.value() == "Yang Moo-jin"
    dialog.edit.clear()
    qtbot.keyClicks(dialog.edit, "Lim Eul")
    popup = dialog.edit.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    press(Qt.Key.Key_Down)  # the suggestion highlighted; one Enter takes it and saves
    press(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert session.speaker_override(quote.key) == "Lim Eul-chul"
    assert session.said_by(quote.key) is None
    assert session.verdict(quote.key) == "verbatim"
    press("z", modifier=Qt.KeyboardModifier.ControlModifier)  # one step undoes the act
    assert session.speaker_override(quote.key) is None
    assert session.verdict(quote.key) == "misattributed"


def test_up_and_down_switch_the_act_and_the_offered_name(yang, press, qtbot):
    win, _ = yang
    press("s")
    dialog = focused_dialog(qtbot)
    press(Qt.Key.Key_Down)
    assert dialog.act() == MISREAD and dialog.value() == "Yang Moo-jin"
    press(Qt.Key.Key_Up)
    assert dialog.act() == WRONG_CREDIT and dialog.value() == "Lim Eul-chul"
    press(Qt.Key.Key_Escape)
    assert win.reviewer.session.said_by(win.reviewer.current().key) is None
