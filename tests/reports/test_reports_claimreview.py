"""ClaimReview JSON-LD: flagged, altered or misattributed quotes with the editor's rating."""

import json

from onrecord.reports import build_report, render_claimreview


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
    assert reviews["we will further intensify cooperation"]["author"]["name"] == "ana"
    pending = reviews["the sea is calm"]["reviewRating"]
    assert "ratingValue" not in pending and "not yet reviewed" in pending["alternateName"]
    assert pending["alternateName"].startswith("Said by someone else")


def test_nothing_to_export_without_findings(extraction):
    assert json.loads(render_claimreview(build_report(extraction)))["@graph"] == []
