"""Hypothesis: whatever an editor types as a note or a speaker is saved and read back."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from onrecord.model import Article
from onrecord.review import ReviewLog


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    log = ReviewLog(tmp_path_factory.mktemp("review") / "w.db")
    yield log.for_article(Article(text="An article with a quote."))
    log.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(note=st.text(max_size=300), speaker=st.text(max_size=40), key=st.text(max_size=12))
@example(note="a\x00b", speaker="\u202eevil", key="0-1")
@example(note="x" * 100_000, speaker=" ", key="")
def test_notes_and_speakers_round_trip(review, note, speaker, key):
    review.set_note(key, note)
    review.set_speaker(key, speaker)
    saved = review.get(key)
    expected = (note.strip() or None, speaker.strip() or None)
    if expected == (None, None):
        assert saved is None or saved.decision is not None
    else:
        assert (saved.note, saved.speaker_override) == expected
