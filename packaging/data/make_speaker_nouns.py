"""Write desktop/onrecord/extraction/speaker_nouns.txt from WordNet 3.0 (Debian's
wordnet-base, /usr/share/wordnet; WordNet licence, which allows redistribution).

    apt-get install wordnet-base && python packaging/data/make_speaker_nouns.py

A noun can name a speaker when one of its three most frequent senses is a person
(lexicographer file noun.person) or a group of people (noun.group): "scholar",
"admiral", "magazine" (a publisher), "star"; not "loophole", "figure", "plan".
"""

from __future__ import annotations

import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parents[2] / "desktop/onrecord/extraction/speaker_nouns.txt"
LEXFILES = {"14": "group", "18": "person"}  # lexnames: noun.group, noun.person
SENSES = 3


def lexfiles() -> dict[str, str]:
    """synset offset -> lexicographer file number, from data.noun."""
    out = {}
    with (WORDNET / "data.noun").open(encoding="latin-1") as fh:
        for line in fh:
            if not line.startswith(" "):
                offset, lexfile = line.split(" ", 2)[:2]
                out[offset] = lexfile
    return out


def main() -> int:
    if not (WORDNET / "index.noun").exists():
        print("install wordnet-base first", file=sys.stderr)
        return 2
    lex = lexfiles()
    words = {}
    with (WORDNET / "index.noun").open(encoding="latin-1") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            parts = line.split()
            lemma, synset_count = parts[0], int(parts[2])
            offsets = parts[-synset_count:][:SENSES]  # index.noun lists senses by frequency
            kinds = [LEXFILES[lex[o]] for o in offsets if lex[o] in LEXFILES]
            if "_" not in lemma and kinds:
                words[lemma] = kinds[0]  # the kind of its most frequent speaker sense
    header = "# Nouns that can name a speaker, with their kind (WordNet 3.0, noun.person /\n"
    header += "# noun.group among the three most frequent senses, the kind of the first);\n"
    header += "# written by packaging/data/make_speaker_nouns.py, do not edit.\n"
    OUT.write_text(
        header + "\n".join(f"{w} {k}" for w, k in sorted(words.items())) + "\n", encoding="utf-8"
    )
    print(f"{len(words)} nouns -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
