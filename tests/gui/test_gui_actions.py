"""The action registry feeds menus, keymap, palette and the ? overlay; keys are overridable."""

import json

from PySide6.QtCore import Qt
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


def test_keymap_overrides_in_settings(open_window, seed_copy, press):
    from onrecord.gui.settings import Settings

    Settings().q.setValue("keymap/review.flag", "B;Ctrl+B")
    win = open_window(seed_copy)
    first = win.reviewer.current()
    assert [k.toString() for k in win.actions["review.flag"].shortcuts()] == ["B", "Ctrl+B"]
    press("b")
    assert win.reviewer.session.decision(first.key) == "flagged"
