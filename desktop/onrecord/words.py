"""The word lists of resources/alteration.json (alterations, translated quotes), read once."""

from __future__ import annotations

import json
import re
from functools import cache
from types import SimpleNamespace

from onrecord.resources import resource_path


@cache
def lists() -> SimpleNamespace:
    data = json.loads(resource_path("alteration.json").read_text(encoding="utf-8"))
    spelling = {uk: us for uk, us in data["spelling_pairs"]}
    listed = [data[k] for k in ("negations", "hedges", "certainty", "quantifiers", "articles")]
    listed += [data["comma_fillers"], data["date_words"], data["number_words"]]
    listed += [data["number_scales"], spelling, spelling.values(), data["contractions"]]
    listed += [[f.split()[0] for f in data["fillers"] + data["percent_words"]]]
    return SimpleNamespace(
        # every word some rule looks at: an op of none of these (and no UK ending,
        # apostrophe, digit or capital) can only be a rewording
        listed=frozenset(w for words in listed for w in words),
        ending_tuple=tuple(uk for uk, _ in data["spelling_endings"]),
        negations=frozenset(data["negations"]),
        hedges=frozenset(data["hedges"]),
        certainty=frozenset(data["certainty"]),
        quantifiers=frozenset(data["quantifiers"]),
        articles=frozenset(data["articles"]),
        fillers=[f.split() for f in sorted(data["fillers"], key=len, reverse=True)],
        filler_starts=frozenset(f.split()[0] for f in data["fillers"]),
        comma_fillers=frozenset(data["comma_fillers"]),
        contractions={k: v.split() for k, v in data["contractions"].items()},
        contraction_suffixes=data["contraction_suffixes"],
        spelling=spelling | {us: us for us in spelling.values()},
        # longest ending first, so "isation" is tried before "ise"
        endings=sorted(data["spelling_endings"], key=lambda p: -len(p[0])),
        number_words=data["number_words"],
        scales=data["number_scales"],
        percent=[p.split() for p in data["percent_words"]],
        dates=frozenset(data["date_words"]),
        languages=data["languages"],
    )


def language_pattern() -> str:
    """Alternation of the language names (capitalised, as written)."""
    return "|".join(re.escape(name) for name in lists().languages)
