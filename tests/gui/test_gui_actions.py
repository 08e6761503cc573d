"""The action registry feeds menus, keymap, palette and the ? overlay; keys are overridable."""

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from onrecord.gui.actions.registry import MENUS, REGISTRY
from onrecord.gui.widgets.help_overlay import HelpOverlay
from onrecord.gui.widgets.palette import CommandPalette, rank
from onrecord.resources import resource_path


def test_keymap_file_names_exactly_the_registered_actions():
    defaults = json.loads(resource_path("keymap.json").read_text(encoding="utf-8"))
    assert {k for k in defaults if not k.startswith("_")} == set(REGISTRY)


def test_every_action_is_in_its_menu_with_its_keys(open_window):
    win = open_window()
    menus = {a.text().replace("&", ""): a.menu() for a in win.menuBar().actions()}
    assert list(menus) == list(MENUS)
    for spec in REGISTRY.values():
        assert win.actions[spec.id] in menus[spec.menu].actions(), spec.id
    assert win.actions["review.verify"].shortcut().toString() == "V"
    assert win.actions["edit.palette"].shortcut().toString() == "Ctrl+K"


def test_palette_ranks_by_fuzzy_name():
    titles = {spec.id: f"{spec.title} · {spec.id.split('.')[-1]}" for spec in REGISTRY.values()}
    assert rank("flag", titles)[0] == "review.flag"
    assert rank("larger", titles)[0] == "view.zoom_in"
    assert rank("undo", titles)[0] == "edit.undo"
    assert rank("", titles) == list(titles)


def test_palette_runs_an_action(open_window, seed_copy, press, qtbot):
    win = open_window(seed_copy)
    first = win.reviewer.current()
    press("k", modifier=Qt.KeyboardModifier.ControlModifier)
    palette = QApplication.activeModalWidget() or win.findChild(CommandPalette)
    assert isinstance(palette, CommandPalette)
    qtbot.keyClicks(palette.search, "flag quo")
    top = palette.list.topLevelItem(0)
    assert (top.text(0), top.text(1)) == ("Flag quote", "F")  # the shortcut beside the name
    qtbot.keyClick(palette.search, Qt.Key.Key_Return)
    assert win.reviewer.session.decision(first.key) == "flagged"


def test_help_overlay_lists_keys_and_any_key_closes_it(open_window, seed_copy, press, qtbot):
    win = open_window(seed_copy)
    first = win.reviewer.current()
    press("?")
    overlay = win.findChild(HelpOverlay)
    assert overlay is not None and overlay.isVisible()
    assert "Verify quote" in overlay.label.text() and "Ctrl+K" in overlay.label.text()
    press("j")  # closes the overlay; does not move
    qtbot.waitUntil(lambda: win.findChild(HelpOverlay) is None or not overlay.isVisible())
    assert win.reviewer.current() == first


def test_user_keymap_overrides_a_default(isolated, open_window, seed_copy, press):
    config = isolated / "config"
    config.mkdir()
    (config / "keymap.json").write_text(json.dumps({"review.verify": ["Y"]}), encoding="utf-8")
    win = open_window(seed_copy)
    first = win.reviewer.current()
    press("v")
    assert win.reviewer.session.decision(first.key) is None
    press("y")
    assert win.reviewer.session.decision(first.key) == "verified"


def test_actions_are_greyed_until_there_is_something_to_act_on(
    open_window, seed_copy, press, qtbot
):
    win = open_window()
    needs_quote = ["review.verify", "review.flag", "review.speaker", "review.note", "store.add"]
    needs_article = ["file.export", "file.attach_source", "review.next", "view.people"]
    for action_id in needs_quote + needs_article + ["edit.undo"]:
        assert not win.actions[action_id].isEnabled(), action_id
    file_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&File")
    assert not next(a for a in file_menu.actions() if a.objectName() == "file.export").isEnabled()
    press("k", modifier=Qt.KeyboardModifier.ControlModifier)
    palette = win.findChild(CommandPalette)
    qtbot.keyClicks(palette.search, "verify")
    top = palette.list.topLevelItem(0)
    assert top.text(0) == "Verify quote" and top.isDisabled()  # listed, greyed, not run
    palette.reject()
    colours = win.palette()  # greyed: the theme gives disabled text its own colour
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        greyed = colours.color(QPalette.ColorGroup.Disabled, role)
        assert greyed != colours.color(QPalette.ColorGroup.Active, role)

    with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
        win.loader.open_path(seed_copy)
    for action_id in needs_quote + needs_article:
        assert win.actions[action_id].isEnabled(), action_id
    assert not win.actions["edit.undo"].isEnabled()
    press("v")
    assert win.actions["edit.undo"].isEnabled()


def test_palette_arrows_pass_over_greyed_commands(open_window, press, qtbot):
    win = open_window()
    press("k", modifier=Qt.KeyboardModifier.ControlModifier)
    palette = win.findChild(CommandPalette)
    seen = [palette.list.currentItem().text(0)]
    for _ in range(6):
        qtbot.keyClick(palette.search, Qt.Key.Key_Down)
        seen.append(palette.list.currentItem().text(0))
    titles = {a.text(): a for a in win.actions.values()}
    assert len(set(seen)) == 7 and all(titles[t].isEnabled() for t in seen)
    qtbot.keyClick(palette.search, Qt.Key.Key_Up)
    assert palette.list.currentItem().text(0) == seen[-2]
    palette.reject()


def test_views_follow_a_change_made_on_the_session(open_window, seed_copy):
    from onrecord.gui.models import Role
    from onrecord.gui.theme.palette import colors
    from onrecord.verdicts import DECISIONS

    win = open_window(seed_copy)
    second = win.reviewer.session.quotes[1]
    win.reviewer.state.set_field(second.key, "decision", "flagged")  # not through a view
    row = win.reviewer.model.index(1)
    assert row.data(Role.DECISION) == "flagged"
    total = len(win.reviewer.session.quotes)
    assert win.status.progress.text() == f"1 of {total} reviewed"
    view = win.article_view
    marks = [
        s for s in view.extraSelections() if s.cursor.selectionStart() == view.to_doc(second.start)
    ]
    assert marks[0].format.underlineColor() == colors().tint(DECISIONS["flagged"].color, 255)
