import shutil

import pytest

from onrecord.store import open_store
from onrecord.store.demo import SEED_ARTICLE, SEED_OUTLET, build_demo_store, ensure_demo_store
from onrecord.store.importers import guess_format, import_file

pytestmark = pytest.mark.slow


def test_a_folder_of_articles_becomes_statements(tmp_path, store, extractor):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    (folder / "notes.md").write_text(
        "# Ferry news\n\n“The ferry will run every hour from May,” said Jane Roe, the harbour master.\n"
    )
    (folder / "broken.docx").write_bytes(b"not a zip at all")
    assert guess_format(folder) == "articles"
    result = import_file(store, folder, extractor=extractor)
    assert result.added >= 10 and [reason[:11] for _, reason in result.rejected] == ["broken.docx"]
    ferry = store.search("ferry every hour")[0]
    assert ferry["speaker"] == "Jane Roe" and ferry["outlet"] == "Ferry news"
    said = store.search("first foreign guest", speaker="Kim")[0]  # article's alias recorded
    assert said["date"] == "2025-07-13" and said["speaker"] == "Kim Jong-un"
    assert import_file(store, folder, extractor=extractor).added == 0


def test_demo_store_holds_the_seed_quotes_as_the_article_gives_them(tmp_path, extractor):
    path = tmp_path / "demo.db"
    assert ensure_demo_store(path, extractor=extractor)
    assert not ensure_demo_store(path, extractor=extractor)
    store = open_store(path)
    statements = store.search("Wonsan", limit=50) + store.search("Russia", limit=50)
    assert {s["outlet"] for s in statements} == {SEED_OUTLET}
    assert {s["date"] for s in statements} == {"2025-07-13"}
    lim = store.search("final stages")[0]
    assert lim["speaker"] == "Lim Eul-chul" and lim["text"].startswith("Russia’s remarks")
    assert build_demo_store(path, extractor=extractor).added == 0
    store.close()
