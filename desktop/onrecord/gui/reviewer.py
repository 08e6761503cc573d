"""The review of the open article: selection in sync across panes, undoable decisions."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject, QTimer, Signal

from onrecord.errors import OnRecordError, ReviewConflict
from onrecord.gui.commands import SetReviewField
from onrecord.gui.models import PeopleModel, QuoteFilter, QuoteModel
from onrecord.gui.session_model import SessionModel
from onrecord.verdicts import DECISIONS, STORE

if TYPE_CHECKING:
    from onrecord.workspace import ReviewSession

log = logging.getLogger(__name__)
HINT = "j/k move · v verify · f flag · x dismiss · s speaker · n note · ? keys"


def next_keys(session, quote) -> str:
    """What the next key does, for the status bar."""
    done, total = session.progress()
    if total and done == total:
        return "All quotes reviewed · 3 shows the flagged ones · Ctrl+K for every command"
    if quote is None:
        return HINT
    speaker = session.speaker(quote)
    if speaker is None or not speaker.resolved:
        return "s name the speaker · v verify · f flag · x not a quote · j next"
    if session.decision(quote.key):
        return "Space clears the decision · v/f/x change it · j next · Ctrl+Z undo"
    return HINT


class Reviewer(QObject):
    """Selection in sync across the panes, and changes through the undo stack. The session
    itself is in `state` (SessionModel), whose signals the views follow."""

    current_changed = Signal()  # another quote selected, or none

    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self.state = SessionModel(self)
        self._saved_position: str | None = None  # the quote key last saved as the position
        self.model = QuoteModel(self)
        self.proxy = QuoteFilter(self)
        self.proxy.setSourceModel(self.model)
        self.people = PeopleModel(self)
        state = self.state
        state.session_changed.connect(self.model.set_session)
        state.session_changed.connect(self.people.set_session)
        state.quote_changed.connect(lambda key, _field: self.model.quote_changed(key))
        state.quote_changed.connect(
            lambda _key, field: field == "speaker" and self.people.set_session(state.session)
        )
        for signal in (state.session_changed, state.quote_changed, state.sources_changed):
            signal.connect(self.refresh)
        # the position is saved once the editor stops moving (not one fsync per key press)
        self._position = QTimer(self, singleShot=True, interval=400)
        self._position.timeout.connect(self.save_position)
        self._place: str | None = None  # key of the quote selected last
        self._together: dict | None = None  # the fields of one act being written (change_many)
        self.refused = False  # the last change_many was not written whole

    @property
    def session(self) -> ReviewSession | None:
        return self.state.session

    # Session ---------------------------------------------------------------------
    def set_session(self, session: ReviewSession | None) -> None:
        self.save_position()
        self.proxy.held = self._place = None
        self._saved_position = session.review.position() if session else None
        self.win.undo_stack.clear()
        self.state.set_session(session)
        if session and session.quotes:
            position = self._saved_position
            row = self.model.row_of(position) if position else -1
            self.select_row(row if row >= 0 else 0)

    def current(self):
        ix = self.win.quote_list.currentIndex()
        if not ix.isValid() or self.session is None:
            return None
        return self.session.quotes[self.proxy.mapToSource(ix).row()]

    def current_row(self) -> int:
        quote = self.current()
        return self.model.row_of(quote.key) if quote else -1

    # Navigation ------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        if self.session is None or not 0 <= row < len(self.session.quotes):
            return
        ix = self.proxy.mapFromSource(self.model.index(row))
        if not ix.isValid():  # hidden by the filter: show everything, then select
            self.win.filter_bar.set_mode("all")
            self.win.filter_bar.search.clear()
            self.win.filter_person(None)
            ix = self.proxy.mapFromSource(self.model.index(row))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.win.quote_list.selectionModel().setCurrentIndex(ix, flags)
        self.win.quote_list.scrollTo(ix)

    def select_key(self, key: str) -> None:
        self.select_row(self.model.row_of(key))

    def refilter(self, **change) -> None:
        """Change the filter (mode, person, text) and keep the place: the selected quote stays
        selected and in view while listed, else the nearest listed one takes its place; with
        nothing listed, nothing is selected and the list says why."""
        self.proxy.held = None  # a card kept after a decision goes with the filter change
        self.proxy.set_filter(**change)
        if self.session is None:
            return
        self.win.quote_list.placeholder = self.proxy.empty_message()
        listed = self._listed()
        if not listed:
            self.win.quote_list.selectionModel().clear()
        elif self._place is not None:  # the quote selected last, even if the list was empty
            row = self.model.row_of(self._place)
            nearest = min(listed, key=lambda r: (abs(r - row), r < row))  # a tie: the one after
            self.select_row(nearest)
            self.proxy.held = self.session.quotes[nearest].key  # listed: holding changes nothing
        self.refresh()

    def move(self, step: int) -> None:
        count = self.proxy.rowCount()
        if not count:
            return
        ix = self.win.quote_list.currentIndex()
        row = ix.row() + step if ix.isValid() else 0
        target = self.proxy.index(max(0, min(count - 1, row)), 0)
        self.select_row(self.proxy.mapToSource(target).row())

    def jump(self, last: bool) -> None:
        count = self.proxy.rowCount()
        if count:
            self.select_row(
                self.proxy.mapToSource(self.proxy.index(count - 1 if last else 0, 0)).row()
            )

    def on_current_changed(self, *_args) -> None:
        quote = self.current()
        self.proxy.hold(quote.key if quote else None)  # the card left goes if it stopped matching
        if quote is not None:
            self._place = quote.key
        self._position.start()
        self.refresh()
        self.current_changed.emit()

    def save_position(self) -> None:
        self._position.stop()
        quote = self.current()
        if quote is not None and quote.key != self._saved_position:
            try:
                self.session.review.set_position(quote.key)
            except OnRecordError as exc:  # only where to reopen: the review carries on
                log.warning("the review position was not saved: %s", exc)
                return
            self._saved_position = quote.key

    # Changes (all through the undo stack) ------------------------------------------
    def change(self, field: str, value) -> None:
        quote = self.current()
        if quote is None:
            return
        old = self.value(field, quote.key)
        if (old or None) == (value or None):
            return
        advance = field == "decision" and value and self.win.settings.auto_advance
        saved = self.win.undo_stack.index() + 1
        self.win.undo_stack.push(SetReviewField(self, quote.key, field, old, value))
        if self.win.undo_stack.index() != saved:  # not saved (the editor was told): stay
            return
        if advance:
            after = self.session.next_to_review(self.current_row(), self._listed())
            if after is not None:
                self.select_row(after)
            else:  # said, rather than taken back to the top
                left = len(self.session.quotes) - self.session.progress()[0]
                self.win.status.showMessage(f"End of the list — {left} to review", 8000)
        elif self.current() is None:
            self.select_key(quote.key)

    def change_many(self, key: str, fields: dict) -> None:
        """Set several fields of one quote as one undoable step (the speaker dialog's act)."""
        changed = {f: v for f, v in fields.items() if (self.value(f, key) or None) != (v or None)}
        if not changed:
            return
        stack = self.win.undo_stack
        stack.beginMacro(" and ".join(changed))
        self._together, self.refused = changed, False
        try:
            for field, value in changed.items():
                stack.push(SetReviewField(self, key, field, self.value(field, key), value))
                if self.refused:  # the rest is not written without it
                    break
        finally:
            self._together = None
            stack.endMacro()
        made = stack.command(stack.index() - 1)
        if made is not None and not made.childCount():  # nothing saved: no step to undo
            made.setObsolete(True)
            stack.undo()

    def _listed(self) -> list[int]:
        """Rows (of the session's quotes) the list shows, in its order."""
        proxy = self.proxy
        return [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())]

    def value(self, field: str, key: str):
        """One field of the quote's review as the session holds it."""
        s = self.session
        getter = {
            "decision": s.decision,
            "note": s.note,
            "speaker": s.speaker_override,
            "said_by": s.said_by,
        }[field]
        return getter(key)

    def apply(self, key: str, field: str, value) -> bool:
        """Write one field (called by undo commands); the views follow the session's signals.
        False if it could not be saved."""
        try:
            self.state.set_field(key, field, value)
        except ReviewConflict as exc:  # theirs is shown; the editor keeps it or applies ours
            from onrecord.gui.sharing import ask_about_conflict

            self.state.reload(key)
            self.refused = True
            ask_about_conflict(self, exc, self._together or {field: value})
            return False
        except OnRecordError as exc:
            what = f"{field.replace('_', ' ')} {value or 'cleared'}"
            self.win.status.showMessage(f"Not saved ({what}): {exc}", 20000)
            self.refused = True
            return False
        if field == "speaker":  # judged again with the new speaker: misattributed may be verbatim
            self.recheck(key)
        shown = self.proxy.mapFromSource(self.model.index(self.model.row_of(key)))
        if shown.isValid() and (self.current() is None or self.current().key != key):
            self.select_key(key)
        return True

    def recheck(self, key: str) -> bool:
        """Match one quote against the store again (its speaker or the store changed)."""
        try:
            self.state.recheck(key, self.win.loader.matcher())
        except OnRecordError as exc:
            self.win.status.showMessage(f"Could not check the quote again: {exc}", 10000)
            return False
        return True

    # Showing -----------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        """Article highlights, evidence and the status line for the current state."""
        win, s = self.win, self.session
        if s is None:
            return
        quote = self.current()
        spans = []
        for q in s.quotes:
            decision = s.decision(q.key)
            mark = (
                DECISIONS[decision] if decision else STORE.get(s.verdict(q.key), STORE["unknown"])
            )
            spans.append(
                (q.key, q.start, q.end, mark.color, quote is not None and q.key == quote.key)
            )
        mentions = s.mentions(quote) if quote else []
        asides = [(m.start, m.end) for m in s.extraction.mentions]
        win.article_view.set_highlights(
            spans, mentions, (quote.start, quote.end) if quote else None, asides
        )
        if quote:
            win.article_view.scroll_to(quote.start, quote.end)
            win.evidence.show_quote(s, quote)
        elif not s.quotes:
            win.evidence.show_message("No quotes were found in this article.")
        elif not self.proxy.rowCount():  # never the evidence of a quote not listed
            win.evidence.show_message("No quote is listed, so there is no evidence to show.")
        done, total = s.progress()
        win.status.progress.setText(f"{done} of {total} reviewed")
        listed = bool(self.proxy.rowCount()) or not s.quotes
        win.status.hint.setText(next_keys(s, quote) if listed else "1 shows all quotes · ? keys")
