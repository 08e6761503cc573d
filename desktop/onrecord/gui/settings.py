"""What the window remembers between runs (QSettings): geometry, splitters, recent files,
theme, zoom, auto-advance and the workspace chosen. (Keys are in keymap.json.)"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 10


class Settings:
    def __init__(self):
        self.q = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "OnRecord", "OnRecord"
        )

    def _get(self, key, default, kind):
        value = self.q.value(key, default)
        try:
            return kind(value) if kind is not bool else value in (True, "true", "1", 1)
        except (TypeError, ValueError):
            return default

    @property
    def zoom(self) -> int:
        return self._get("view/zoom", 0, int)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.q.setValue("view/zoom", int(value))

    @property
    def theme(self) -> str:
        return self._get("view/theme", "system", str)

    @theme.setter
    def theme(self, value: str) -> None:
        self.q.setValue("view/theme", value)

    @property
    def auto_advance(self) -> bool:
        return self._get("review/auto_advance", True, bool)

    @auto_advance.setter
    def auto_advance(self, value: bool) -> None:
        self.q.setValue("review/auto_advance", bool(value))

    @property
    def workspace(self) -> str | None:
        """The workspace database the editor chose (--store and $ONRECORD_STORE come first)."""
        return self._get("store/path", "", str) or None

    @workspace.setter
    def workspace(self, path: str) -> None:
        self.q.setValue("store/path", str(path))

    def recent_files(self) -> list[str]:
        value = self.q.value("file/recent", [])
        return [value] if isinstance(value, str) else list(value or [])

    def add_recent(self, path: str) -> None:
        """Put `path` first; a list left unchanged is not written again (QSettings writes
        any value set, with two fdatasyncs: 10-100 ms on a busy machine)."""
        path = str(Path(path).resolve())  # opened again from any working directory
        recent = self.recent_files()
        changed = [path, *(p for p in recent if p != path)][:MAX_RECENT]
        if changed != recent:
            self.q.setValue("file/recent", changed)

    def sync(self) -> None:
        self.q.sync()

    def save_state(self, key: str, data) -> None:
        """Keep the window's state; an unchanged one is not written again (closing then
        syncs nothing: the write and its fsync took 20-110 ms on a busy machine)."""
        if self.q.value(f"window/{key}") != data:
            self.q.setValue(f"window/{key}", data)

    def state(self, key: str):
        return self.q.value(f"window/{key}")
