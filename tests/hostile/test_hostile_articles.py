"""Hostile article files: each gets one clear `ArticleError` line or a sane article, quickly."""

from __future__ import annotations

import os
import re
import sys

import make_corpus
import pytest

from onrecord.articles import article_from_text, read_article
from onrecord.articles import reader as reader_mod
from onrecord.errors import ArticleError

REFUSED = {
    "binary.txt": "binary file",
    "png-renamed.txt": "binary file",
    "all-nul.txt": "only zero bytes",
    "docx-not-a-zip.docx": "not a Word document",
    "docx-empty.docx": "not a Word document",
    "docx-truncated.docx": "not a Word document",
    "docx-zip-not-word.docx": "zip archive but not a Word document",
    "docx-zip-bomb.docx": "zip bomb",
    "docx-lying-sizes.docx": "could not be read as a Word document",
    "docx-billion-laughs.docx": "could not be read as a Word document",
}
_UNSHOWABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def assert_sane(article) -> None:
    """What every article read from anything must satisfy."""
    assert not _UNSHOWABLE.search(article.text)
    assert "\n" not in article.title and len(article.title) <= 200
    assert 0 <= article.body_start <= len(article.text)
    assert len(article.content_hash) == 64  # the text encodes as UTF-8


def assert_clear(error: ArticleError) -> None:
    message = str(error)
    assert message and len(message) < 300 and "\n" not in message
    assert not _UNSHOWABLE.search(message)
    assert "Traceback" not in message


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_with_a_clear_message(corpus, deadline, name):
    with deadline(10), pytest.raises(ArticleError, match=REFUSED[name]) as info:
        read_article(corpus[name])
    assert_clear(info.value)


def read(corpus, deadline, name):
    with deadline(10):
        article = read_article(corpus[name])
    assert_sane(article)
    return article


def test_encodings_and_line_ends(corpus, deadline):
    prose = make_corpus._text(4000)
    for name in ("utf16le-no-bom.txt", "utf16be-no-bom.txt"):
        article = read(corpus, deadline, name)
        assert article.text == prose
        assert article.warnings == ["No byte-order mark: read as UTF-16."]
    assert read(corpus, deadline, "utf16-bom.txt").text == prose
    latin = read(corpus, deadline, "invalid-utf8.txt")
    assert latin.text.startswith('"Café crème," she said \u201cpolitely\u201d.')
    assert "Windows-1252" in latin.warnings[0]
    mixed = read(corpus, deadline, "mixed-line-endings.txt")
    assert mixed.text == 'One.\nTwo "quoted,"\nshe said.\nThree.\n\n\nFour.'


def test_empty_file_is_an_empty_article_with_a_warning(corpus, deadline):
    article = read(corpus, deadline, "zero-byte.txt")
    assert article.text == "" and article.warnings == ["The article is empty."]


def test_nul_and_control_characters_are_dropped(corpus, deadline):
    article = read(corpus, deadline, "nul-bytes.txt")
    assert article.text.startswith('"We will not yield to pressure," the minister said')
    controls = read(corpus, deadline, "control-chars.txt")
    assert "Tues[31mday]52;c;cm0gLXJmIH4=" in controls.text  # escapes disarmed, words kept


def test_mixed_scripts_and_emoji_are_kept_exactly(corpus, deadline):
    article = read(corpus, deadline, "rtl-mixed-scripts.txt")
    assert article.text == corpus["rtl-mixed-scripts.txt"].read_text(encoding="utf-8")
    assert article.date == "2025-07-13" and article.title == "Mixed scripts and directions"


def test_quote_mark_floods_are_read(corpus, deadline):
    for name in ("quotes-unbalanced.txt", "quotes-only.txt"):
        assert read(corpus, deadline, name).text == corpus[name].read_text(encoding="utf-8")


def test_one_line_of_5_mb(corpus, deadline):
    article = read(corpus, deadline, "one-line-5mb.txt")
    assert len(article.text) == 5 * 2**20 // 13 * 13 and article.title.startswith('word "quoted')


def test_a_50_mb_text_is_read_quickly(tmp_path, deadline):
    path = make_corpus.write_big_text(tmp_path / "big.txt", 50 * 2**20)
    with deadline(15):
        article = read_article(path)
    assert (
        len(article.text) == 50 * 2**20
        and article.warnings == []
        and article.title.startswith('"We will not yield')
    )


def test_over_64_mb_is_refused_without_reading_it(tmp_path, deadline):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: nothing is written
        fh.truncate(65 * 2**20)
    with deadline(2), pytest.raises(ArticleError, match="over 64 MB") as info:
        read_article(path)
    assert_clear(info.value)


def test_docx_good_and_entities(corpus, deadline):
    good = read(corpus, deadline, "docx-good.docx")
    assert good.title == "A test article" and good.format == "docx"
    assert good.text == '"We will not yield," the minister said.\n\nSecond paragraph.'
    xxe = read(corpus, deadline, "docx-xxe.docx")  # the entity is not resolved: nothing read
    assert "SECRET" not in xxe.text and xxe.text.startswith("Before")


def _path_cases(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    (tmp_path / "folder.docx").mkdir()
    return {
        "missing": (tmp_path / "nope.txt", "No such file"),
        "directory": (tmp_path, "is a folder"),
        "directory named .docx": (tmp_path / "folder.docx", "is a folder"),
        "fifo (would block)": (fifo, "not a regular file"),
        "/dev/zero (never ends)": ("/dev/zero", "not a regular file"),
        "symlink loop": (loop, "No such file"),
        "name too long": (tmp_path / ("x" * 5000 + ".txt"), "Cannot read .*too long"),
        "NUL in the name": (str(tmp_path / "a\x00b.txt"), r"No such file: .*a\\x00b\.txt"),
    }


def test_paths_that_are_not_articles(tmp_path, deadline):
    for case, (path, message) in _path_cases(tmp_path).items():
        with deadline(5), pytest.raises(ArticleError, match=message) as info:
            read_article(path)
        assert_clear(info.value), case


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="Linux /proc only")
def test_a_file_that_fails_to_read(deadline):
    with deadline(5), pytest.raises(ArticleError, match="Cannot read .*Input/output error"):
        read_article("/proc/self/mem")  # a regular file whose read fails, even for root


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("secret")
    path.chmod(0)
    with pytest.raises(ArticleError, match="permission denied"):
        read_article(path)


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("text")

    def deny(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(reader_mod.Path, "open", deny)
    with pytest.raises(ArticleError, match="permission denied"):
        read_article(path)


def test_pasted_text_with_lone_surrogates_and_controls():
    article = article_from_text('He said "\ud800ok\x1b[2J" \x00\x0cthen\x85left.')
    assert article.text == 'He said "\ufffdok[2J" \nthen\nleft.'
    assert_sane(article)


def test_a_file_name_with_a_line_break_gives_one_line(tmp_path):
    path = tmp_path / "two\nlines.docx"
    path.write_text("not a zip")
    with pytest.raises(ArticleError, match=r"two\\nlines\.docx is not a Word document") as info:
        read_article(path)
    assert_clear(info.value)
