from onrecord.matching.diff import word_diff


def test_diff_keeps_original_wording_and_ignores_folding():
    diff = word_diff("Russia’s “firm” support, they said", "russia's firm SUPPORT, as they said")
    assert diff == [
        {"op": "equal", "quote": "Russia’s “firm” support", "statement": "russia's firm SUPPORT"},
        {"op": "insert", "quote": "", "statement": "as"},
        {"op": "equal", "quote": "they said", "statement": "they said"},
    ]


def test_diff_ops_cover_both_texts_in_order():
    quote = "we will never give up our deterrent"
    statement = "we shall never ever give up the deterrent"
    diff = word_diff(quote, statement)
    assert {d["op"] for d in diff} == {"equal", "replace", "insert"}
    assert " ".join(d["quote"] for d in diff if d["quote"]) == quote
    assert " ".join(d["statement"] for d in diff if d["statement"]) == statement


def test_a_word_hyphenated_across_a_line_end_is_one_word():
    from onrecord.matching.diff import word_diff

    diff = word_diff("the inter-\nnational treaty", "the international treaty")
    assert [d["op"] for d in diff] == ["equal"]
