"""Review menu: move between quotes, decide, fix the speaker, note."""

from __future__ import annotations

from onrecord.gui.actions.registry import action
from onrecord.gui.widgets.dialogs import LineDialog
from onrecord.gui.widgets.speaker_dialog import MISREAD, WRONG_CREDIT, SpeakerDialog


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
    """Ask which act: OnRecord misread the article, or the article credits the wrong person."""
    speaker = session.speaker(quote)
    credit = speaker.name if speaker and speaker.resolved else "nobody OnRecord could tell"
    said_by = session.said_by(quote.key)
    wrong = bool(said_by) or session.credited_in_text(quote)
    names = {
        MISREAD: speaker.name if speaker and speaker.resolved else "",
        WRONG_CREDIT: said_by or session.store_speaker(quote) or "",
    }
    choices = dict.fromkeys(session.speaker_names() + window.store_speaker_names())
    dialog = SpeakerDialog(
        window, quote.text, credit, names, WRONG_CREDIT if wrong else MISREAD, choices
    )
    dialog.accepted.connect(
        lambda: _save_speaker(reviewer, session, quote.key, dialog.act(), dialog.value())
    )
    dialog.open()


def _save_speaker(reviewer, session, key: str, act: str, name: str) -> None:
    if act == MISREAD:
        fields = {"speaker": name or None, "said_by": None}
    else:  # a correction naming this same person was the wrong act: the credit comes back
        override = session.speaker_override(key)
        fields = {"said_by": name or None, "speaker": None if override == name else override}
    reviewer.change_many(key, fields)


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
