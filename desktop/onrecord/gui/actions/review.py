"""Review menu: move between quotes, decide, fix the speaker, note."""

from __future__ import annotations

from onrecord.gui.actions.registry import action
from onrecord.gui.widgets.dialogs import LineDialog


@action("review.next", "Next quote", "Review", when="article")
def next_quote(reviewer) -> None:
    reviewer.move(1)


@action("review.previous", "Previous quote", "Review", when="article")
def previous_quote(reviewer) -> None:
    reviewer.move(-1)


@action("review.first", "First quote", "Review", when="article")
def first_quote(reviewer) -> None:
    reviewer.jump(last=False)


@action("review.last", "Last quote", "Review", when="article")
def last_quote(reviewer) -> None:
    reviewer.jump(last=True)


@action("review.verify", "Verify quote", "Review", when="quote")
def verify(reviewer) -> None:
    reviewer.change("decision", "verified")


@action("review.flag", "Flag quote", "Review", when="quote")
def flag(reviewer) -> None:
    reviewer.change("decision", "flagged")


@action("review.dismiss", "Dismiss: not a quote", "Review", when="quote")
def dismiss(reviewer) -> None:
    reviewer.change("decision", "dismissed")


@action("review.clear", "Clear decision", "Review", when="quote")
def clear(reviewer) -> None:
    reviewer.change("decision", None)


@action("review.speaker", "Edit speaker…", "Review", when="quote")
def edit_speaker(window, reviewer, session, quote) -> None:
    speaker = session.speaker(quote)
    names = session.speaker_names() + window.store_speaker_names()
    dialog = LineDialog(
        window,
        "Speaker",
        f"Who said “{quote.text[:60]}…”?",
        speaker.name if speaker and speaker.resolved else "",
        dict.fromkeys(names),
    )
    dialog.accepted.connect(lambda: reviewer.change("speaker", dialog.value() or None))
    dialog.open()


@action("review.note", "Note…", "Review", when="quote")
def edit_note(window, reviewer, session, quote) -> None:
    dialog = LineDialog(
        window, "Note", "A note on this quote (saved with the review):", session.note(quote.key)
    )
    dialog.accepted.connect(lambda: reviewer.change("note", dialog.value() or None))
    dialog.open()


@action("review.auto_advance", "Move to the next quote after a decision", "Review", checkable=True)
def auto_advance(window, settings) -> None:
    settings.auto_advance = window.actions["review.auto_advance"].isChecked()
