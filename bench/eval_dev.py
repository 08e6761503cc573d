"""Score extraction on the dev set: runs `onrecord extract --jsonl` and the shared scorer.

    python bench/eval_dev.py [--gold ../shared/eval/dev.jsonl] [--limit N]

Prints the scorer's table; its last line is `quote_f1_exact=… quote_f1_overlap=… speaker_acc=…`.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evaldata import EVAL


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--gold", type=Path, default=EVAL / "dev.jsonl")
    ap.add_argument("--scorer", type=Path, default=EVAL / "score.py")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--keep", type=Path, help="also keep the predictions here")
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"no dev set at {args.gold}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        with args.gold.open(encoding="utf-8") as src, gold.open("w", encoding="utf-8") as dst:
            for n, line in enumerate(src):
                if args.limit and n >= args.limit:
                    break
                dst.write(line)
        inputs = Path(tmp) / "in.jsonl"
        with gold.open(encoding="utf-8") as src, inputs.open("w", encoding="utf-8") as dst:
            for line in src:
                doc = json.loads(line)
                dst.write(json.dumps({"id": doc["id"], "text": doc["text"]}) + "\n")
        pred = args.keep or Path(tmp) / "pred.jsonl"
        t0 = time.perf_counter()
        with pred.open("w", encoding="utf-8") as out:
            subprocess.run(
                [sys.executable, "-m", "onrecord", "extract", "--jsonl", str(inputs)],
                stdout=out,
                check=True,
            )
        print(f"extracted in {time.perf_counter() - t0:.1f} s")
        cmd = [sys.executable, str(args.scorer), str(gold), str(pred)]
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main())
