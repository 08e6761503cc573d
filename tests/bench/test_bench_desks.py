"""The desk set's gold is well-formed and its scorer counts what its README says (no model)."""

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("eval_desks", ROOT / "bench" / "eval_desks.py")
desks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(desks)

TEXT = (
    'date 2026-01-01 Test\n\nAnn Lee, the club\'s chair, said: "We will win." '
    'Fans held a sign reading "GO BLUE". She said the plan was "unworkable" and '
    "that talks would resume soon."
)


def _gold_doc():
    def at(s, **kw):
        start = TEXT.index(s)
        return {"text": s, "start": start, "end": start + len(s), **kw}

    return {
        "id": "t",
        "desk": "sports",
        "text": TEXT,
        "quotes": [
            at("We will win.", kind="direct", speaker="Ann Lee", affiliation="the club's chair"),
            at("unworkable", kind="partial", speaker="Ann Lee", affiliation=None),
            at("talks would resume soon", kind="indirect", speaker=None, affiliation=None),
        ],
        "traps": [at("GO BLUE", kind="sign")],
    }


def _pred(s, kind, name, conf, resolved=True, affiliation=None):
    start = TEXT.index(s)
    speaker = {"name": name, "resolved": resolved, "affiliation": affiliation} if name else None
    return {
        "start": start,
        "end": start + len(s),
        "kind": kind,
        "speaker": speaker,
        "confidence": conf,
    }


def test_scorer_counts_a_hand_made_prediction():
    preds = {
        "t": {
            "quotes": [
                _pred("We will win", "direct", "ANN LÉE", 0.95, affiliation="chair"),
                _pred("GO BLUE", "direct", "Ann Lee", 0.6),  # a trap taken as a quote
                _pred("unworkable", "partial", "Lee", 0.8),  # not the full name
                _pred("talks would resume soon.", "indirect", "She", 0.3, resolved=False),
            ],
            "mentions": [
                {"start": TEXT.index("GO BLUE"), "end": TEXT.index("GO BLUE") + 7, "kind": "sign"}
            ],
        }
    }
    result = desks.score([_gold_doc()], preds)
    f = result["overall"]
    assert f["direct_recall"] == 1.0
    assert f["direct_precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert f["speaker"] == pytest.approx(2 / 3, abs=1e-3)  # Lee wrong, unresolved null right
    assert f["speaker_direct"] == 0.5
    assert f["affiliation"] == 1.0  # "chair" inside "the club's chair"
    assert f["indirect_recall"] == 1.0
    assert (f["traps_taken"], f["traps"], f["traps_classified"]) == (1, 1, 1)
    bins = {row["bin"]: (row["n"], row["speaker"]) for row in result["reliability"]}
    assert bins == {
        "0.0-0.5": (1, 1.0),
        "0.5-0.7": (0, None),
        "0.7-0.9": (1, 0.0),
        "0.9-1.0": (1, 1.0),
    }


def test_scorer_without_mentions_and_with_nothing_found():
    result = desks.score([_gold_doc()], {"t": {"quotes": []}})
    f = result["overall"]
    assert (f["direct_recall"], f["direct_precision"], f["speaker"]) == (0.0, None, None)
    assert "traps_classified" not in f


def test_a_gold_text_that_is_not_unique_needs_an_occurrence():
    with pytest.raises(ValueError, match="occurs 2 times"):
        desks.locate("a b a", "a", None, "x")
    assert desks.locate("a b a", "a", 1, "x") == (4, 5)


def test_the_desk_set_is_complete_and_its_gold_found_in_the_text():
    docs = desks.load_set()  # raises if any gold text is missing or ambiguous
    assert len(docs) >= 26 and len({d["desk"] for d in docs}) >= 9
    assert all(350 <= len(d["text"].split()) <= 900 for d in docs)
    traps = Counter(t["kind"] for d in docs for t in d["traps"])
    assert sum(traps.values()) >= 45
    assert set(traps) == {"title", "nickname", "term", "sign", "idiom", "other"}
    for d in docs:
        for q in d["quotes"]:
            assert q["kind"] in ("direct", "partial", "indirect")
            assert {"speaker", "affiliation", "via"} <= set(q)
