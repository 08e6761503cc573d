"""Review menu: move between quotes, decide, fix the speaker, note."""

from __future__ import annotations

from onrecord.gui.actions.registry import action
from onrecord.gui.widgets.dialogs import LineDialog
from onrecord.gui.widgets.speaker_dialog import MISREAD, WRONG_CREDIT, SpeakerDialog


@action("review.next", "Next quote", "Review")
def next_quote(win) -> None:
    win.reviewer.move(1)


@action("review.previous", "Previous quote", "Review")
def previous_quote(win) -> None:
    win.reviewer.move(-1)


@action("review.first", "First quote", "Review")
def first_quote(win) -> None:
    win.reviewer.jump(last=False)


@action("review.last", "Last quote", "Review")
def last_quote(win) -> None:
    win.reviewer.jump(last=True)


@action("review.verify", "Verify quote", "Review")
def verify(win) -> None:
    win.reviewer.change("decision", "verified")


@action("review.flag", "Flag quote", "Review")
def flag(win) -> None:
    win.reviewer.change("decision", "flagged")


@action("review.dismiss", "Dismiss: not a quote", "Review")
def dismiss(win) -> None:
    win.reviewer.change("decision", "dismissed")


@action("review.clear", "Clear decision", "Review")
def clear(win) -> None:
    win.reviewer.change("decision", None)


@action("review.speaker", "Edit speaker…", "Review")
def edit_speaker(win) -> None:
    """Ask which act: OnRecord misread the article, or the article credits the wrong person."""
    quote = win.reviewer.current()
    if quote is None:
        return
    session = win.reviewer.session
    speaker = session.speaker(quote)
    credit = speaker.name if speaker and speaker.resolved else "nobody OnRecord could tell"
    said_by = session.said_by(quote.key)
    wrong = bool(said_by) or session.credited_in_text(quote)
    names = {
        MISREAD: speaker.name if speaker and speaker.resolved else "",
        WRONG_CREDIT: said_by or session.store_speaker(quote) or "",
    }
    choices = dict.fromkeys(session.speaker_names() + win.store_speaker_names())
    dialog = SpeakerDialog(
        win, quote.text, credit, names, WRONG_CREDIT if wrong else MISREAD, choices
    )
    dialog.accepted.connect(lambda: _save_speaker(win, quote.key, dialog.act(), dialog.value()))
    dialog.open()


def _save_speaker(win, key: str, act: str, name: str) -> None:
    session = win.reviewer.session
    if act == MISREAD:
        fields = {"speaker": name or None, "said_by": None}
    else:  # a correction naming this same person was the wrong act: the credit comes back
        override = session.speaker_override(key)
        fields = {"said_by": name or None, "speaker": None if override == name else override}
    win.reviewer.change_many(key, fields)


@action("review.note", "Note…", "Review")
def edit_note(win) -> None:
    quote = win.reviewer.current()
    if quote is None:
        return
    dialog = LineDialog(
        win,
        "Note",
        "A note on this quote (saved with the review):",
        win.reviewer.session.note(quote.key),
    )
    dialog.accepted.connect(lambda: win.reviewer.change("note", dialog.value() or None))
    dialog.open()


@action("review.auto_advance", "Move to the next quote after a decision", "Review", checkable=True)
def auto_advance(win) -> None:
    win.settings.auto_advance = win.actions["review.auto_advance"].isChecked()
