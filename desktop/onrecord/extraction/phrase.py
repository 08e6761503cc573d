"""A noun phrase as the parse gives it: its tokens without clauses, the entity a token is
part of, and the hyphen inside a word."""

from __future__ import annotations

from onrecord.extraction import lexicon as lx

_CUT_DEPS = {"appos", "relcl", "advcl", "parataxis", "ccomp", "punct", "cc", "prep", "acl"}
_KEEP_PREP_HEADS = lx.TITLES | {"minister", "ministry", "secretary", "head", "chief", "director"}


def phrase_tokens(head) -> list:
    """The head's noun phrase without appositions, clauses or trailing punctuation."""
    keep = [head]
    for child in head.children:
        if child.dep_ in _CUT_DEPS and not (child.dep_ == "punct" and intra_word(child)):
            # "Minister of Foreign Affairs", "video released by …" belong to the phrase
            # (a bare participle, "the statement issued", does not describe)
            if (
                child.dep_ == "prep"
                and (head.lower_ in _KEEP_PREP_HEADS or head.ent_type_)
                or child.dep_ == "acl"
                and child.i > head.i
                and any(True for _ in child.children)
            ):
                keep.extend(without_channel(child))
            continue
        keep.extend(child.subtree)
    keep.sort(key=lambda t: t.i)
    # contiguous around the head, stopping at a comma or dash on either side
    left = right = keep.index(head)
    while left > 0 and keep[left - 1].i == keep[left].i - 1 and not _stop(keep[left - 1], "("):
        left -= 1
    while right < len(keep) - 1 and keep[right + 1].i == keep[right].i + 1:
        if _stop(keep[right + 1], "()"):
            break
        right += 1
    return keep[left : right + 1]


def _stop(tok, brackets: str) -> bool:
    """A comma or dash ends a phrase (`TOO EARLY - Ann Selzer`), a hyphen inside a word not."""
    if tok.text in ("-", "--"):
        return not intra_word(tok)
    return tok.text in ",—–" or tok.text in brackets


def without_channel(tok) -> list:
    """The subtree of `tok` less a `via …`/`through …` phrase: the channel is no name."""
    skip = {t.i for c in tok.children if c.lower_ in ("via", "through") for t in c.subtree}
    return [t for t in tok.subtree if t.i not in skip]


def entity_of(tok):
    """The named entity `tok` is part of, read from the IOB tags around it (`doc.ents`
    would build every entity of the article on each call)."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def intra_word(tok) -> bool:
    """The hyphen of "Jong-un": punctuation with no space on either side."""
    if tok.i == 0 or tok.whitespace_ or tok.i + 1 == len(tok.doc):
        return False
    before, after = tok.doc[tok.i - 1], tok.doc[tok.i + 1]
    return not (before.whitespace_ or before.is_space or after.is_space)
