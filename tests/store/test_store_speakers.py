import pytest

from onrecord.errors import StoreError


def test_spellings_of_one_name_are_one_speaker(fill, store):
    fill(
        {"text": "We will build the bridge this year.", "speaker": "Kim Jong-un"},
        {"text": "The harbour is ready for visitors.", "speaker": "Kim Jong Un"},
        {"text": "Talks went well today, very well.", "speaker": "KIM JONG UN"},
    )
    people = store.speakers()
    assert len(people) == 1 and people[0]["statements"] == 3
    assert store.speaker_id("kim jong-un") == store.speaker_id("Kim Jong Un") is not None


def test_merge_a_speaker_into_another(fill, store):
    fill(
        {"text": "We will build the bridge this year.", "speaker": "Kim Jong-un"},
        {"text": "The harbour is ready for visitors.", "speaker": "Kim"},
        {"text": "An unrelated remark about the weather.", "speaker": "Jane Roe"},
    )
    assert len(store.speakers()) == 3
    assert store.merge_speaker("Kim", "Kim Jong Un") == 1
    people = {p["name"]: p for p in store.speakers()}
    assert set(people) == {"Kim Jong-un", "Jane Roe"}
    assert people["Kim Jong-un"]["aliases"] == ["Kim", "Kim Jong-un"]
    assert people["Kim Jong-un"]["statements"] == 2
    assert len(store.search("harbour", speaker="Kim Jong-un")) == 1
    assert store.merge_speaker("Kim", "Kim Jong-un") == 0  # already one


def test_merge_a_new_name_becomes_an_alias(fill, store):
    fill({"text": "We will build the bridge this year.", "speaker": "Kim Jong-un"})
    store.merge_speaker("Chairman Kim", "Kim Jong-un")
    assert store.speaker_id("Chairman Kim") == store.speaker_id("Kim Jong-un")
    with pytest.raises(StoreError, match="no speaker named"):
        store.merge_speaker("Kim", "Nobody Known")


def test_add_aliases_never_steals_another_persons_name(fill, store):
    fill(
        {"text": "We will build the bridge this year.", "speaker": "Kim Jong-un"},
        {"text": "The harbour is ready for visitors.", "speaker": "Kim Yo-jong"},
    )
    store.add_aliases("Kim Jong-un", ["Kim", "Kim Yo-jong"])
    assert store.speaker_id("Kim") == store.speaker_id("Kim Jong-un")
    assert store.speaker_id("Kim Yo-jong") != store.speaker_id("Kim Jong-un")
