"""`onrecord extract`: list the quotes of an article (table or JSON), or of a JSONL stream."""

from __future__ import annotations

import json
import sys

from onrecord.articles import article_from_text
from onrecord.cli.output import print_json, print_table
from onrecord.cli.reading import extract_article
from onrecord.errors import ArticleError


def register(subparsers) -> None:
    p = subparsers.add_parser("extract", help="find the quotes in an article and who said them")
    p.add_argument(
        "file", help="article file (.txt .html .md .docx), or with --jsonl a JSONL file or -"
    )
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"id", "text"} per line, write {"id", "quotes"} per line',
    )
    p.set_defaults(func=run)


def run(args) -> int:
    from onrecord.extraction import Extractor

    extractor = Extractor()
    if args.jsonl:
        return _run_jsonl(args.file, extractor)
    result = extract_article(args.file, extractor)
    if args.format == "json":
        print_json(result.to_dict())
        return 0
    rows = [
        [
            q.speaker.name if q.speaker else "(unresolved)",
            (q.speaker.affiliation or "") if q.speaker else "",
            q.kind,
            q.text,
        ]
        for q in result.quotes
    ]
    print_table(["speaker", "affiliation", "kind", "quote"], rows, [22, 30, 8, 60])
    print(f"\n{len(result.quotes)} quotes" + (" (article truncated)" if result.truncated else ""))
    return 0


def _lines(path: str):
    """(line number, line) of the non-blank lines; unreadable input is an ArticleError."""
    stdin = path == "-"
    try:
        with open(sys.stdin.fileno() if stdin else path, encoding="utf-8", closefd=not stdin) as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    yield n, line
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not UTF-8 text ({exc.reason}).") from None
    except OSError as exc:
        raise ArticleError(f"Cannot read {path}: {exc.strerror or exc}.") from None


def _document(n: int, line: str) -> dict:
    try:
        doc = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ArticleError(f"line {n}: not JSON ({exc.msg}).") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise ArticleError(f'line {n}: expected {{"id": …, "text": "…"}}.')
    return doc


def _run_jsonl(path: str, extractor) -> int:
    from tqdm import tqdm

    lines = _lines(path)
    for n, line in tqdm(lines, unit="doc", disable=not sys.stderr.isatty(), file=sys.stderr):
        doc = _document(n, line)
        article = article_from_text(doc["text"], fmt="text")
        result = extractor.extract(article)
        out = {"id": doc.get("id"), "quotes": [q.to_dict() for q in result.quotes]}
        out["truncated"] = result.truncated
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 0
