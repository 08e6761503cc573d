"""`onrecord review`: the saved review of an article, quote by quote (table or JSON)."""

from __future__ import annotations

from onrecord.cli.output import print_json, print_table
from onrecord.cli.reading import extract_article, workspace
from onrecord.config import load_identity
from onrecord.review import credited, reviewed_quotes


def register(subparsers) -> None:
    p = subparsers.add_parser("review", help="show the saved review decisions of an article")
    p.add_argument("file", help="article file (.txt .html .md .docx)")
    p.add_argument("--store", help="workspace database (default: $ONRECORD_STORE or user data)")
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.set_defaults(func=run)


def run(args) -> int:
    from onrecord.workspace.shared_review import saved_decisions_at

    extraction = extract_article(args.file)
    article = extraction.article
    db = workspace(args.store, creates=False)  # read only: an absent workspace holds no review
    quotes = reviewed_quotes(extraction, saved_decisions_at(db, article))
    editor = load_identity().editor
    for q in quotes:  # never an OS login name (onrecord.review.records.credited)
        q["decided_by"] = credited(q["decided_by"], editor)
    if args.format == "json":
        print_json({"article": article.to_dict(), "quotes": quotes})
        return 0
    rows = [
        [
            q["decision"] or "—",
            (q["speaker"] or {}).get("name", "(unresolved)")
            + (" *" if q["speaker_corrected"] else "")
            + (f" · said by: {q['said_by']}" if q["said_by"] else ""),
            q["text"],
            q["note"] or "",
            q["decided_by"] or "",
        ]
        for q in quotes
    ]
    print_table(["decision", "speaker", "quote", "note", "by"], rows, [9, 22, 50, 24, 10])
    done = sum(1 for q in quotes if q["decision"])
    print(
        f"\n{done} of {len(quotes)} quotes reviewed (* speaker corrected by the editor; "
        "said by: the editor's answer where the article credits the wrong person)"
    )
    return 0
