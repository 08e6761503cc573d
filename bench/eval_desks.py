"""Score extraction on the desk set (bench/desks/, invented articles from ten desks).

    python bench/eval_desks.py [--desks bench/desks] [--json FILE] [--keep PRED.json] [--errors]

Prints, per desk and overall: direct recall and precision, speaker and affiliation accuracy,
via accuracy, indirect recall, traps taken as quotes (and, when the extractor lists
`mentions`, traps it classified right), then confidence bins against speaker accuracy.
The gold format and every rule of the scorer are in bench/desks/README.md.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESKS = ROOT / "bench" / "desks"
DIRECT = ("direct", "partial")
BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))
_ARTICLE = re.compile(r"^(the|a|an)\s+")
_NON_WORD = re.compile(r"[^\w]+")


def locate(text: str, needle: str, occurrence: int | None, where: str) -> tuple[int, int]:
    """The span of `needle` in `text`: its only occurrence, or the `occurrence`-th (from 0)."""
    starts = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not starts:
        raise ValueError(f"{where}: {needle!r} is not in the article")
    if occurrence is None and len(starts) > 1:
        raise ValueError(f"{where}: {needle!r} occurs {len(starts)} times; give an occurrence")
    start = starts[occurrence or 0]
    return start, start + len(needle)


def load_set(folder: Path = DESKS, read=None) -> list[dict]:
    """Every article of the set with its gold spans located in the text `read(path)` gives."""
    read = read or (lambda p: p.read_text(encoding="utf-8"))
    docs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name.removesuffix(".gold.json")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = read(folder / f"{name}.txt")
        doc = {"id": name, "desk": gold["desk"], "text": text, "quotes": [], "traps": []}
        for key in ("quotes", "traps"):
            for item in gold[key]:
                span = locate(text, item["text"], item.get("occurrence"), f"{name} {key}")
                doc[key].append({**item, "start": span[0], "end": span[1]})
        docs.append(doc)
    return docs


def norm(s: str | None) -> str:
    """Casefolded, diacritics and punctuation removed, a leading article dropped."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = _NON_WORD.sub(" ", s).strip()
    return _ARTICLE.sub("", s)


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _matches(a: dict, b: dict) -> bool:
    """Spans match when they share at least half of the shorter one."""
    shorter = min(a["end"] - a["start"], b["end"] - b["start"])
    return shorter > 0 and _overlap(a, b) * 2 >= shorter


def pair(golds: list[dict], preds: list[dict]) -> list[tuple[dict, dict]]:
    """One-to-one matching, largest overlaps first."""
    cands = [(_overlap(g, p), gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)]
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in sorted((c for c in cands if _matches(golds[c[1]], preds[c[2]])), reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((golds[gi], preds[pi]))
    return pairs


def _answers(gold) -> list:
    """The accepted answers of a gold field: a value, or a list of them."""
    return gold if isinstance(gold, list) else [gold]


def speaker_right(gold: dict, pred: dict) -> bool:
    sp = pred.get("speaker")
    named = bool(sp) and sp.get("resolved", True)
    return any(
        (not named) if want is None else named and norm(sp.get("name")) == norm(want)
        for want in _answers(gold["speaker"])
    )


def contains_either(gold, got: str | None) -> bool:
    p = norm(got)
    return bool(p) and any(norm(g) in p or p in norm(g) for g in _answers(gold))


def score_doc(doc: dict, pred: dict) -> dict:
    """Counts for one article; `pred` is the extractor's JSON (quotes, maybe mentions)."""
    quotes = pred.get("quotes", [])
    gold_direct = [g for g in doc["quotes"] if g["kind"] in DIRECT]
    gold_indirect = [g for g in doc["quotes"] if g["kind"] == "indirect"]
    pred_direct = [p for p in quotes if p["kind"] in DIRECT]
    direct_pairs = pair(gold_direct, pred_direct)
    taken = {id(p) for _, p in direct_pairs}
    indirect_pairs = pair(gold_indirect, [p for p in quotes if id(p) not in taken])
    matched = direct_pairs + indirect_pairs
    c = defaultdict(int)
    c["gold_direct"], c["pred_direct"] = len(gold_direct), len(pred_direct)
    c["direct_found"] = len(direct_pairs)
    c["pred_direct_right"] = len(direct_pairs) + sum(p["kind"] in DIRECT for _, p in indirect_pairs)
    c["gold_indirect"], c["indirect_found"] = len(gold_indirect), len(indirect_pairs)
    bins = []
    for g, p in matched:
        right = speaker_right(g, p)
        c["speaker_n"] += 1
        c["speaker_right"] += right
        if g["kind"] in DIRECT:
            c["speaker_direct_n"] += 1
            c["speaker_direct_right"] += right
        bins.append((p.get("confidence", 0.0), right))
        if g.get("affiliation"):
            c["affil_n"] += 1
            c["affil_right"] += contains_either(
                g["affiliation"], (p.get("speaker") or {}).get("affiliation")
            )
        if g.get("via"):
            c["via_n"] += 1
            c["via_right"] += contains_either(g["via"], p.get("via") or p.get("channel"))
    c["traps"] = len(doc["traps"])
    c["traps_taken"] = sum(
        any(_overlap(t, p) * 2 >= p["end"] - p["start"] for p in quotes) for t in doc["traps"]
    )
    mentions = pred.get("mentions")
    if mentions is not None:
        c["has_mentions"] = 1
        c["traps_classified"] = sum(
            any(_matches(t, m) and m.get("kind") == t["kind"] for m in mentions)
            for t in doc["traps"]
        )
        c["quotes_as_mentions"] = sum(
            any(_matches(g, m) for m in mentions) for g in doc["quotes"] if g["kind"] in DIRECT
        )
    return {"counts": dict(c), "bins": bins}


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def figures(counts: dict) -> dict:
    f = {
        "direct_recall": _ratio(counts.get("direct_found", 0), counts.get("gold_direct", 0)),
        "direct_precision": _ratio(
            counts.get("pred_direct_right", 0), counts.get("pred_direct", 0)
        ),
        "speaker": _ratio(counts.get("speaker_right", 0), counts.get("speaker_n", 0)),
        "speaker_direct": _ratio(
            counts.get("speaker_direct_right", 0), counts.get("speaker_direct_n", 0)
        ),
        "affiliation": _ratio(counts.get("affil_right", 0), counts.get("affil_n", 0)),
        "via": _ratio(counts.get("via_right", 0), counts.get("via_n", 0)),
        "indirect_recall": _ratio(counts.get("indirect_found", 0), counts.get("gold_indirect", 0)),
        "traps_taken": counts.get("traps_taken", 0),
        "traps": counts.get("traps", 0),
    }
    if counts.get("has_mentions"):
        f["traps_classified"] = counts.get("traps_classified", 0)
        f["quotes_as_mentions"] = counts.get("quotes_as_mentions", 0)
    return f


def reliability(bins: list[tuple[float, bool]]) -> list[dict]:
    rows = []
    for lo, hi in BINS:
        inside = [right for conf, right in bins if lo <= conf < hi]
        rows.append(
            {
                "bin": f"{lo:.1f}-{min(hi, 1.0):.1f}",
                "n": len(inside),
                "speaker": _ratio(sum(inside), len(inside)),
            }
        )
    return rows


def score(docs: list[dict], preds: dict[str, dict]) -> dict:
    """All figures: per desk, overall and the reliability table."""
    per_desk: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    total: dict = defaultdict(int)
    all_bins: list = []
    for doc in docs:
        result = score_doc(doc, preds[doc["id"]])
        for k, v in result["counts"].items():
            per_desk[doc["desk"]][k] += v
            total[k] += v
        per_desk[doc["desk"]]["articles"] += 1
        total["articles"] += 1
        all_bins += result["bins"]
    return {
        "desks": {
            d: {"articles": c["articles"], **figures(c)} for d, c in sorted(per_desk.items())
        },
        "overall": {"articles": total["articles"], **figures(total)},
        "counts": dict(total),
        "reliability": reliability(all_bins),
    }


def _cell(v) -> str:
    return "-" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def print_figures(result: dict) -> None:
    cols = ["direct_recall", "direct_precision", "speaker", "speaker_direct", "affiliation"]
    cols += ["via", "indirect_recall"]
    head = ["desk", "n", "dir R", "dir P", "speaker", "spk dir", "affil", "via", "ind R"]
    head += ["traps taken"]
    has_mentions = "traps_classified" in result["overall"]
    head += ["trap mentions"] if has_mentions else []
    rows = [head]
    for desk, f in [*result["desks"].items(), ("OVERALL", result["overall"])]:
        cells = [desk, str(f["articles"])] + [_cell(f[c]) for c in cols]
        cells.append(f"{f['traps_taken']}/{f['traps']}")
        if has_mentions:
            cells.append(f"{f['traps_classified']}/{f['traps']}")
        rows.append(cells)
    for cells in rows:
        print(
            f"{cells[0]:<18}"
            + "".join(
                f"{c:>{max(8, len(h) + 2)}}" for c, h in zip(cells[1:], head[1:], strict=True)
            )
        )
    c = result["counts"]
    print(
        f"gold: {c.get('gold_direct', 0)} direct+partial, {c.get('gold_indirect', 0)} indirect, "
        f"{c.get('traps', 0)} traps; predicted direct+partial: {c.get('pred_direct', 0)}"
    )
    print("confidence  matched  speaker right")
    for row in result["reliability"]:
        print(f"{row['bin']:<11} {row['n']:>7}  {_cell(row['speaker']):>13}")


def errors(docs: list[dict], preds: dict[str, dict]) -> list[str]:
    """One line per matched quote whose speaker (SPK) or affiliation (AFF) is wrong."""
    spk, aff = [], []
    for doc in docs:
        quotes = preds[doc["id"]].get("quotes", [])
        gold_direct = [g for g in doc["quotes"] if g["kind"] in DIRECT]
        direct = pair(gold_direct, [p for p in quotes if p["kind"] in DIRECT])
        taken = {id(p) for _, p in direct}
        gold_indirect = [g for g in doc["quotes"] if g["kind"] == "indirect"]
        matched = direct + pair(gold_indirect, [p for p in quotes if id(p) not in taken])
        for g, p in matched:
            s = p.get("speaker") or {}
            where = f"{doc['id'][:26]:26} {g['kind'][:3]}"
            if not speaker_right(g, p):
                spk.append(
                    f"SPK {where} gold={g['speaker']!r} got={s.get('name')!r} "
                    f"({s.get('mention')!r}, res={s.get('resolved')}) conf={p.get('confidence')}"
                )
            elif g.get("affiliation") and not contains_either(
                g["affiliation"], s.get("affiliation")
            ):
                aff.append(
                    f"AFF {where} gold={g['affiliation']!r} got={s.get('affiliation')!r} "
                    f"spk={s.get('name')!r}"
                )
    return spk + aff


def extract_all(docs: list[dict]) -> dict[str, dict]:
    from onrecord.articles import read_article
    from onrecord.extraction import Extractor

    extractor = Extractor()
    return {d["id"]: extractor.extract(read_article(d["path"])).to_dict() for d in docs}


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--desks", type=Path, default=DESKS)
    ap.add_argument("--json", type=Path, help="write every figure here")
    ap.add_argument("--keep", type=Path, help="also keep the predictions here")
    ap.add_argument("--errors", action="store_true", help="list each wrong speaker/affiliation")
    args = ap.parse_args()
    from onrecord.articles import read_article

    docs = load_set(args.desks, read=lambda p: read_article(p).text)
    for d in docs:
        d["path"] = args.desks / f"{d['id']}.txt"
    preds = extract_all(docs)
    if args.keep:
        args.keep.write_text(json.dumps(preds, ensure_ascii=False, indent=1), encoding="utf-8")
    result = score(docs, preds)
    print_figures(result)
    if args.errors:
        print("\n".join(errors(docs, preds)))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
