"""Running spaCy over an article in paragraph-aligned chunks, merged into one Doc."""

from __future__ import annotations

import re

CHUNK_CHARS = 20_000


def chunks(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most about `size` characters that end at a newline; they join to `text`."""
    out, pos = [], 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            cut = text.rfind("\n", pos, end)
            end = cut + 1 if cut > pos else end
        out.append(text[pos:end])
        pos = end
    return out


# spaCy's tokenizer peels a space-free run of marks one character at a time, searching the
# whole run each time: 4,000 quote marks or emoji in a row take seconds, 10,000 half a
# minute. No word is 64 marks long, so such runs are parsed as spaces of the same length
# (every offset stays; quote marks are found in the article text, not in the parse).
_MARK_RUN = re.compile(r"[^\w\s]{64,}")


def _blank_mark_runs(text: str) -> str:
    return _MARK_RUN.sub(lambda m: " " * len(m.group()), text)


def parse(nlp, text: str):
    from spacy.tokens import Doc

    docs = list(nlp.pipe(chunks(_blank_mark_runs(text))))
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc("")
