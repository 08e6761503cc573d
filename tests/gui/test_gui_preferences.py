"""Preferences: the editor's name and organisation, recorded with decisions and in exports."""

import json

from onrecord.gui.widgets.preferences import PreferencesDialog


def test_preferences_name_the_editor_in_decisions_and_exports(open_window, seed_copy, press):
    from onrecord.config import config_path
    from onrecord.reports import RENDERERS

    win = open_window(seed_copy)
    win.actions["edit.preferences"].trigger()
    dialog = win.findChild(PreferencesDialog)
    assert dialog.isVisible() and dialog.editor.text() == ""
    dialog.editor.setText("Ana Ruiz")
    dialog.organisation.setText("The Daily")
    dialog.accept()
    saved = json.loads(config_path().read_text(encoding="utf-8"))
    assert (saved["editor_name"], saved["organisation"]) == ("Ana Ruiz", "The Daily")

    first = win.reviewer.current()
    press("f")  # flagged: a claim ClaimReview lists
    assert win.reviewer.session.review.get(first.key).decided_by == "Ana Ruiz"
    claims = json.loads(RENDERERS["claimreview"](win.reviewer.session.report()))
    reviewer = next(item["author"] for item in claims["@graph"] if "author" in item)
    assert reviewer == {"@type": "Person", "name": "Ana Ruiz",
                        "worksFor": {"@type": "Organization", "name": "The Daily"}}  # fmt: skip

    win.actions["edit.preferences"].trigger()  # shows what is set
    again = [d for d in win.findChildren(PreferencesDialog) if d.isVisible()][0]
    assert (again.editor.text(), again.organisation.text()) == ("Ana Ruiz", "The Daily")
    again.reject()
