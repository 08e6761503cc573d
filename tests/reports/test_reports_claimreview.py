"""ClaimReview JSON-LD: flagged, altered or misattributed quotes with the editor's rating."""

import json

from onrecord.reports import build_report, render_claimreview
from onrecord.review import ReviewLog


def test_claimreview_has_the_required_fields(report):
    doc = json.loads(render_claimreview(report))
    assert doc["@context"] == "https://schema.org"
    reviews = {r["claimReviewed"]: r for r in doc["@graph"]}
    # flagged+altered, and misattributed undecided; not the verified one, not the dismissed one
    assert set(reviews) == {"we will further intensify cooperation", "the sea is calm"}
    for r in reviews.values():
        assert r["@type"] == "ClaimReview"
        assert r["itemReviewed"]["@type"] == "Claim"
        assert r["itemReviewed"]["author"] == {
            "@type": "Person",
            "name": "Kim Jong-un",
            "jobTitle": "North Korean leader",
        }
        assert r["datePublished"][:4].isdigit() and len(r["datePublished"]) == 10
        assert r["reviewRating"]["@type"] == "Rating" and r["reviewRating"]["alternateName"]
    flagged = reviews["we will further intensify cooperation"]["reviewRating"]
    assert (flagged["ratingValue"], flagged["alternateName"]) == (1, "Altered wording")
    assert "author" not in reviews["the sea is calm"]  # no editor configured, nor the OS user
    pending = reviews["the sea is calm"]["reviewRating"]
    assert "ratingValue" not in pending and "not yet reviewed" in pending["alternateName"]
    assert pending["alternateName"].startswith("Said by someone else")


def test_nothing_to_export_without_findings(extraction):
    assert json.loads(render_claimreview(build_report(extraction)))["@graph"] == []


def test_the_author_is_the_configured_editor_and_organisation(extraction, tmp_path):
    from onrecord.config import Identity, save_identity

    decided = ReviewLog(tmp_path / "w.db", editor="jdoe42").for_article(extraction.article)
    key = extraction.quotes[0].key
    decided.set_decision(key, "flagged")
    save_identity(Identity("Ana Ruiz", "The Daily"))
    report = build_report(extraction, {}, decided.all(), [])
    [review] = json.loads(render_claimreview(report))["@graph"]
    assert review["author"] == {
        "@type": "Person",
        "name": "Ana Ruiz",
        "worksFor": {"@type": "Organization", "name": "The Daily"},
    }
    assert "jdoe42" not in render_claimreview(report)
    only_org = build_report(extraction, {}, decided.all(), [], identity=Identity(None, "The Daily"))
    [review] = json.loads(render_claimreview(only_org))["@graph"]
    assert review["author"] == {"@type": "Organization", "name": "The Daily"}
