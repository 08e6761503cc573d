"""schema.org ClaimReview JSON-LD for fact-checkers.

Exported: quotes the editor flagged, and quotes with a problem verdict (onrecord.verdicts:
store altered or misattributed, source drift) unless the editor
dismissed them. The rating is the editor's: flagged 1 of 5, verified 5 of 5; a quote not
yet decided carries no rating value, only the machine's finding, saying so. The rating's
explanation says how much the wording differs (the alteration's severity and its changes).
"""

from __future__ import annotations

import json

from onrecord.reports import labels
from onrecord.reports.build import Report
from onrecord.verdicts import SOURCE, STORE


def _finding(q: dict) -> str | None:
    """What was found that a reader should know, in the reports' words."""
    if q["said_by"]:  # the editor's answer: the article credits the wrong person
        return f"{STORE['misattributed'].word.capitalize()}: said by {q['said_by']}"
    found = [
        STORE[q["store"]["verdict"]],
        *([SOURCE[q["source"]["verdict"]]] if q["source"] else []),
    ]
    problem = next((term for term in found if term.problem), None)
    return problem.label.capitalize() if problem else None


def _explanation(q: dict) -> str | None:
    """How much the quote differs: 'Substantive: hedge “clearly” for “likely”' (store first)."""
    for found in (q["store"], q["source"] or {}):
        line = labels.alteration_line(found.get("alteration"), q["translated"])
        if line:
            return line[0].upper() + line[1:]
    return None


def _rating(q: dict, finding: str | None) -> dict:
    rating = {"@type": "Rating", "bestRating": 5, "worstRating": 1}
    if explanation := _explanation(q):
        rating["ratingExplanation"] = explanation
    if q["decision"] == "flagged":
        return rating | {"ratingValue": 1, "alternateName": finding or "Inaccurate quote"}
    if q["decision"] == "verified":
        return rating | {"ratingValue": 5, "alternateName": "Accurate quote"}
    return rating | {"alternateName": f"{finding} (not yet reviewed by the editor)"}


def _author(speaker: dict | None) -> dict:
    if not speaker:
        return {"@type": "Person", "name": "Unknown"}
    if speaker.get("type", "person") != "person":
        return {
            "@type": "Organization",
            "name": speaker["name"],
            "description": speaker.get("affiliation"),
        }
    person = {"@type": "Person", "name": speaker["name"]}
    if speaker.get("affiliation"):
        person["jobTitle"] = speaker["affiliation"]
    return person


def _reviewer(report: Report) -> dict | None:
    """The configured editor (working for the organisation), else the organisation; never a
    name recorded with a decision, which older workspaces took from the OS login."""
    org = {"@type": "Organization", "name": report.organisation} if report.organisation else None
    if not report.editor:
        return org
    return {"@type": "Person", "name": report.editor} | ({"worksFor": org} if org else {})


def claim_reviews(report: Report) -> list[dict]:
    reviews = []
    for q in report.quotes:
        finding = _finding(q)
        if q["decision"] == "dismissed" or (q["decision"] != "flagged" and not finding):
            continue
        appearance = {"@type": "CreativeWork", "headline": report.article["title"]}
        if report.article["date"]:
            appearance["datePublished"] = report.article["date"]
        item = {"@type": "Claim", "author": _author(q["speaker"]), "appearance": appearance}
        if report.article["date"]:
            item["datePublished"] = report.article["date"]
        review = {
            "@type": "ClaimReview",
            "claimReviewed": q["text"],
            "itemReviewed": item,
            "datePublished": (q["decided_at"] or report.generated_at)[:10],
            "reviewRating": _rating(q, finding),
        }
        if reviewer := _reviewer(report):
            review["author"] = reviewer
        body = [f"Said by {q['said_by']}, not by whom the article credits."] if q["said_by"] else []
        if q["note"]:
            body.append(q["note"])
        if body:
            review["reviewBody"] = " ".join(body)
        reviews.append(review)
    return reviews


def render_claimreview(report: Report) -> str:
    doc = {"@context": "https://schema.org", "@graph": claim_reviews(report)}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
