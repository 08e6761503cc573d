"""Reading articles of every supported kind into one canonical text with its metadata."""

import codecs

import pytest

from onrecord.articles import article_from_text, read_article

BODY = "“We will reopen the port,” said Ana Ruiz, the harbour master."


@pytest.mark.parametrize(
    "encode, warned",
    [
        (lambda s: s.encode("utf-8"), False),
        (lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), False),
        (lambda s: s.encode("utf-16"), False),  # with its byte-order mark
        (lambda s: s.encode("utf-16-le"), True),  # no mark: guessed, and said so
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom"],
)
def test_plain_text_encodings(tmp_path, encode, warned):
    path = tmp_path / "a.txt"
    path.write_bytes(encode(BODY))
    article = read_article(path)
    assert article.text == BODY and article.format == "text"
    assert bool(article.warnings) == warned


def test_windows_1252_fallback_warns(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Caf\xe9 owners said “no” to the plan.".encode("cp1252"))
    article = read_article(path)
    assert article.text.startswith("Café owners")
    assert any("Windows-1252" in w for w in article.warnings)


def test_line_ends_are_unified(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"First line.\r\nSecond line.\rThird.")
    assert read_article(path).text == "First line.\nSecond line.\nThird."


def test_html_keeps_paragraphs_and_drops_scripts(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>Port reopens</title><style>p{}</style></head><body>"
        "<script>alert('x')</script><h1>Port reopens</h1><p>" + BODY + "</p>"
        "<p>Ships <b>wait</b> outside.</p></body></html>",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "Port reopens" and article.format == "html"
    assert article.text == f"Port reopens\n\n{BODY}\n\nShips wait outside."


def test_markdown_becomes_plain_text_with_its_heading_as_title(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(
        f"# Port reopens\n\n{BODY} *Really* — see [the notice](http://x).\n", encoding="utf-8"
    )
    article = read_article(path)
    assert article.title == "Port reopens" and article.format == "markdown"
    assert article.text.endswith("Really — see the notice.")
    assert "*" not in article.text and "http" not in article.text


def test_docx_paragraphs_and_title(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Port reopens", level=1)
    document.add_paragraph(BODY)
    path = tmp_path / "a.docx"
    document.save(path)
    article = read_article(path)
    assert article.format == "docx" and article.title == "Port reopens"
    assert article.text == f"Port reopens\n\n{BODY}"


def test_pasted_text_and_pasted_html():
    assert article_from_text(BODY).text == BODY
    pasted = article_from_text("<!DOCTYPE html><html><body><p>Hello there.</p></body></html>")
    assert pasted.text == "Hello there."


def test_seed_header_convention_is_metadata_and_offsets_stay_exact():
    text = " date 2025-07-13 Talks in Wonsan\nPublished: 13 Jul. 2025, 17:25\nKim met Lavrov."
    article = article_from_text(text, "text")
    assert (article.date, article.title, article.published) == (
        "2025-07-13",
        "Talks in Wonsan",
        "13 Jul. 2025, 17:25",
    )
    assert article.text == text  # the header stays, so every offset matches the file
    assert article.text[article.body_start :] == "Kim met Lavrov."


def test_other_files_take_the_first_line_as_title():
    article = article_from_text("Port reopens\n\nShips wait outside.", "text")
    assert article.title == "Port reopens" and article.body_start == 0
