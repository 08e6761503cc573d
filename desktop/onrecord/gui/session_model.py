"""The open article's review session, for the window: every change goes through here and is
announced, so each view (quote cards, people, article, evidence, actions) follows on its own."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SessionModel(QObject):
    session_changed = Signal(object)  # ReviewSession or None (no article open)
    # quote key; "decision", "note", "speaker", "said_by" or "verdict"
    quote_changed = Signal(str, str)
    sources_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session = None

    def set_session(self, session) -> None:
        self.session = session
        self.session_changed.emit(session)

    def set_field(self, key: str, field: str, value) -> None:
        """Write one field of a quote's review; raises OnRecordError when it cannot be saved."""
        setter = {
            "decision": self.session.set_decision,
            "note": self.session.set_note,
            "speaker": self.session.set_speaker,
            "said_by": self.session.set_said_by,
        }[field]
        setter(key, value)
        self.quote_changed.emit(key, field)

    def reload(self, key: str) -> None:
        """Read a quote's review again: another editor changed it on the shared archive."""
        self.session.reload(key)
        for field in ("decision", "note", "speaker"):
            self.quote_changed.emit(key, field)

    def recheck(self, key: str, matcher) -> None:
        """Match the quote against the store again (after its speaker changed)."""
        self.session.recheck(key, matcher)
        self.quote_changed.emit(key, "verdict")

    def attach_source(self, source) -> None:
        self.session.attach_source(source)
        self.sources_changed.emit()

    def detach_sources(self) -> None:
        self.session.detach_sources()
        self.sources_changed.emit()
