"""Fixtures for driving the real review window: isolated settings, keymap and store."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

SEED = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Each test gets its own settings, user keymap folder and workspace database."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    monkeypatch.setenv("ONRECORD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ONRECORD_STORE", str(tmp_path / "workspace.db"))
    return tmp_path


@pytest.fixture
def seed_copy(tmp_path):
    path = tmp_path / SEED.name
    shutil.copy(SEED, path)
    return path


@pytest.fixture
def windows():
    return []


@pytest.fixture
def open_window(qtbot, tmp_path, windows):
    """open_window(article) -> a shown window whose quotes are listed."""
    from onrecord.gui import create_window

    def make(article=None, wait=True):
        win = create_window(article, tmp_path / "workspace.db")
        qtbot.addWidget(win)
        if wait and article is not None:
            with qtbot.waitSignal(win.quotes_loaded, timeout=60_000):
                win.show()
        else:
            win.show()
        qtbot.waitExposed(win)
        qtbot.waitUntil(lambda: win.built)  # the panes come after the first paint
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        windows.append(win)
        return win

    return make


@pytest.fixture
def press(qtbot, windows):
    """press(key, ..., modifier=...): type keys into whatever has the keyboard focus."""

    def send(*keys, modifier=None):
        from PySide6.QtCore import Qt

        for key in keys:
            active = QApplication.activeWindow()
            if windows and (active is None or not active.isVisible()):
                # offscreen Qt gives no window the focus back after a dialog closes
                windows[-1].activateWindow()
                qtbot.waitUntil(windows[-1].isActiveWindow)
            # an open popup (name suggestions) has the keyboard, as under a real display
            target = (
                QApplication.activePopupWidget()
                or QApplication.focusWidget()
                or QApplication.activeWindow()
            )
            assert target is not None, "no widget has the keyboard focus"
            qtbot.keyClick(target, key, modifier or Qt.KeyboardModifier.NoModifier)

    return send


@pytest.fixture
def choose_file(qtbot):
    """choose_file(win, path): in the window's open file dialog, go to the folder of `path`,
    type its name and press Return. (A whole path typed into a dialog showing another folder
    that holds a file of the same name selects both.)"""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    def choose(win, path):
        qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(QFileDialog)))
        dialog = next(d for d in win.findChildren(QFileDialog) if d.isVisible())
        dialog.setDirectory(str(Path(path).parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setText(Path(path).name)
        qtbot.keyClick(name, Qt.Key.Key_Return)

    return choose
