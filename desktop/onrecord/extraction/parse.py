"""Running spaCy over an article in paragraph-aligned chunks, merged into one Doc."""

from __future__ import annotations

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


def parse(nlp, text: str):
    from spacy.tokens import Doc

    docs = list(nlp.pipe(chunks(text)))
    if len(docs) == 1:
        return docs[0]
    return Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc("")
