"""The review session's rules: progress, what comes next, filters, store rows and aliases."""

import pytest

from onrecord.articles import article_from_text
from onrecord.model import Extraction, Person, Quote, Speaker
from onrecord.review import ReviewLog
from onrecord.workspace import ReviewSession

TEXT = "date 2025-07-13 Talks\nKim said “alpha”. He added “beta”. Lee said “gamma”. Someone said “delta”."


class FakeMatch:
    def __init__(self, verdict):
        self.verdict, self.score, self.statement, self.diff = verdict, 0.9, {}, []


def quote(word, name, mention=None, resolved=True):
    start = TEXT.index(word)
    speaker = Speaker(name=name, mention=mention or name, start=TEXT.index(mention or name),
                      end=TEXT.index(mention or name) + len(mention or name), resolved=resolved)  # fmt: skip
    return Quote(start=start, end=start + len(word), text=word, kind="direct", speaker=speaker,
                 confidence=0.9)  # fmt: skip


@pytest.fixture
def session(tmp_path):
    article = article_from_text(TEXT, "text", path=str(tmp_path / "a.txt"))
    quotes = [quote("alpha", "Kim Jong-un", "Kim"), quote("beta", "Kim Jong-un", "He"),
              quote("gamma", "Lee Jae-myung", "Lee"), quote("delta", "Someone", resolved=False)]  # fmt: skip
    kim = TEXT.index("Kim")
    people = [Person(name="Kim Jong-un", aliases={"Kim"}, affiliation="North Korean leader",
                     mentions=[(kim, kim + 3)]),
              Person(name="Lee Jae-myung", aliases={"Lee"})]  # fmt: skip
    matches = {quotes[0].key: [FakeMatch("altered")], quotes[2].key: [FakeMatch("verbatim")]}
    review = ReviewLog(tmp_path / "w.db").for_article(article)
    return ReviewSession(Extraction(article, quotes, people), matches, review)


def test_progress_and_next_to_review_stops_at_the_end(session):
    q = session.quotes
    assert session.progress() == (0, 4)
    session.set_decision(q[1].key, "verified")
    session.set_decision(q[2].key, "dismissed")
    assert session.progress() == (2, 4)
    assert session.next_to_review(0) == 3
    assert session.next_to_review(3) is None  # the end of the list: no wrapping to the top
    assert session.next_to_review(0, listed=[0, 1, 2]) is None  # 3 is not listed
    assert session.empty_message("problems").startswith("Nothing altered or misattributed")
    for x in q:
        session.set_decision(x.key, "flagged")
    assert session.next_to_review(0) is None


def test_filters(session):
    q = session.quotes
    session.set_decision(q[0].key, "flagged")
    shown = lambda **kw: [x.text for x in q if session.shows(x, **kw)]  # noqa: E731
    assert shown(mode="all") == ["alpha", "beta", "gamma", "delta"]
    assert shown(mode="to_review") == ["beta", "gamma", "delta"]
    assert shown(mode="flagged") == ["alpha"]
    assert shown(mode="problems") == ["alpha"]  # altered
    assert shown(person="Kim Jong-un") == ["alpha", "beta"]
    assert shown(text="GAMM") == ["gamma"]
    session.set_note(q[3].key, "ask the desk")
    assert shown(text="desk") == ["delta"]


def test_verdict_defaults_to_unknown(session):
    assert session.verdict(session.quotes[0].key) == "altered"
    assert session.verdict(session.quotes[1].key) == "unknown"


def test_speaker_correction_feeds_people_store_row_and_aliases(session):
    q = session.quotes
    assert session.aliases_for(q[0]) is None  # no correction, nothing to learn
    assert not session.speaker(q[3]).resolved
    assert session.statement_for(q[3])["speaker"] is None  # never store a guess as a name
    session.set_speaker(q[0].key, "Lee Jae-myung")
    assert session.speaker(q[0]).name == "Lee Jae-myung"
    assert session.quote_counts() == {"Lee Jae-myung": 2, "Kim Jong-un": 1, "Someone": 1}
    row = session.statement_for(q[0])
    assert row["speaker"] == "Lee Jae-myung" and row["text"] == "alpha"
    assert row["date"] == "2025-07-13"
    assert row["url"] is None and row["outlet"] is None  # not the draft's path nor its title
    assert session.statement_for(q[0], outlet="The Daily")["outlet"] == "The Daily"
    assert session.aliases_for(q[0]) is None  # another person's name is no alias
    session.set_speaker(q[1].key, "Kim Yo-jong")  # "He": a pronoun teaches nothing
    assert session.aliases_for(q[1]) is None
    session.set_speaker(q[3].key, "Someone Else")  # the unresolved name was a short form
    assert session.aliases_for(q[3]) == ("Someone Else", ["Someone"])
    session.set_speaker(q[2].key, "Lee Jae-myung")  # unchanged name: nothing new
    assert session.aliases_for(q[2]) == ("Lee Jae-myung", ["Lee"])


def test_mentions_of_the_selected_speaker(session):
    kim = TEXT.index("Kim")
    he = TEXT.index("He")
    assert session.mentions(session.quotes[1]) == [(he, he + 2), (kim, kim + 3)]


def test_decisions_survive_a_new_session(session, tmp_path):
    q = session.quotes
    session.set_decision(q[0].key, "verified")
    session.set_note(q[0].key, "ok")
    again = ReviewSession(
        session.extraction, {}, ReviewLog(tmp_path / "w.db").for_article(session.article)
    )
    assert again.decision(q[0].key) == "verified" and again.note(q[0].key) == "ok"


def test_unsure_until_the_editor_names_the_speaker(session):
    q = session.quotes[1]
    q.confidence = 0.3
    assert session.unsure(q) and not session.unsure(session.quotes[0])
    session.set_speaker(q.key, "Kim Jong-un")
    assert not session.unsure(q)


def test_attached_sources_are_checked_remembered_and_detached(session, tmp_path):
    from onrecord.sources import read_source

    source = tmp_path / "statement.txt"
    source.write_text("In the statement Kim said alpha and then gamma.", encoding="utf-8")
    session.attach_source(read_source(source))
    alpha = session.quotes[0].key
    assert session.source_match(alpha).verdict == "found"
    assert session.review.sources() == [str(source.resolve())]
    session.attach_source(read_source(source))  # attached again: still one source
    assert len(session.sources) == 1 and len(session.review.sources()) == 1

    reopened = ReviewSession(session.extraction, session.matches, session.review,
                             [read_source(p) for p in session.review.sources()])  # fmt: skip
    assert reopened.source_match(alpha).verdict == "found"
    assert reopened.source_match(session.quotes[1].key).verdict == "absent"

    reopened.detach_sources()
    assert reopened.source_match(alpha) is None and session.review.sources() == []


def test_caption_gives_the_affiliation_as_written_and_the_channel(session):
    alpha, beta, gamma, delta = session.quotes
    alpha.speaker.affiliation = "North Korean leader"
    assert session.caption(alpha) == "North Korean leader"
    session.set_speaker(beta.key, "Kim")  # a correction takes what the article says of Kim
    assert session.caption(beta) == "North Korean leader"
    alpha.via = "Korean Central News Agency"
    assert session.caption(alpha) == "North Korean leader · via Korean Central News Agency"
    gamma.speaker.role, gamma.speaker.organization = "professor", "Kyungnam University"
    assert session.caption(gamma) == "Kyungnam University"  # no affiliation phrase: the body
    assert session.caption(delta) == ""


def test_an_article_not_read_to_its_end_is_told(session):
    from dataclasses import replace

    cut = replace(session.extraction, read_to=40)
    told = ReviewSession(cut, session.matches, session.review)
    assert told.notices == [cut.notice] and "first 40 characters" in cut.notice
    assert session.notices == []


def test_a_quote_added_to_the_store_never_cites_the_draft_file(session, store, tmp_path):
    from onrecord.matching import Matcher

    quote = session.quotes[0]
    store.add_statements([(1, session.statement_for(quote))], "review", "onrecord-gui")
    [match] = Matcher(store).match(quote.text)
    cited = {k: v for k, v in match.statement.items() if isinstance(v, str)}
    assert not any(str(tmp_path) in v for v in cited.values()), cited
    assert match.statement["url"] is None


def test_the_credit_stands_in_the_attribution_only_when_named_there(session):
    alpha, beta, _, delta = session.quotes
    for q, sentence in ((alpha, "Kim said “alpha”."), (beta, "He added “beta”."),
                        (delta, "Someone said “delta”.")):  # fmt: skip
        q.evidence = (TEXT.index(sentence), TEXT.index(sentence) + len(sentence))
    assert session.credited_in_text(alpha)  # "Kim", an alias of Kim Jong-un
    assert not session.credited_in_text(beta)  # a pronoun: OnRecord may have misread it
    assert not session.credited_in_text(delta)  # unresolved
    session.set_said_by(alpha.key, "Choe Son-hui")
    assert session.said_by(alpha.key) == "Choe Son-hui"
    assert session.speaker(alpha).name == "Kim Jong-un"  # the article's credit stays
    session.set_speaker(beta.key, "Jane Roe")
    assert session.caption(beta) == "named by the editor"
