"""Review menu: move between quotes, decide, fix the speaker, note."""

from __future__ import annotations

from onrecord.gui.actions.registry import action
from onrecord.gui.widgets.dialogs import LineDialog


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
    quote = win.reviewer.current()
    if quote is None:
        return
    session = win.reviewer.session
    speaker = session.speaker(quote)
    names = session.speaker_names() + win.store_speaker_names()
    dialog = LineDialog(
        win,
        "Speaker",
        f"Who said “{quote.text[:60]}…”?",
        speaker.name if speaker and speaker.resolved else "",
        dict.fromkeys(names),
    )
    dialog.accepted.connect(lambda: win.reviewer.change("speaker", dialog.value() or None))
    dialog.open()


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
