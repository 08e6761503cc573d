"""An article opened before lists its quotes from the workspace's kept extraction, without
waiting for the language model; a damaged entry is extracted again."""

from onrecord.errors import OnRecordError
from onrecord.gui import worker as worker_module
from onrecord.gui.loader import ModelState


def listed(win) -> list[dict]:
    return [q.to_dict() for q in win.reviewer.session.quotes]


def test_a_reopened_article_lists_its_quotes_without_the_model(
    open_window, seed_copy, monkeypatch, qtbot
):
    first = open_window(seed_copy)
    quotes = listed(first)
    first.close()

    def no_model():
        raise OnRecordError("The English language model is not installed.")

    monkeypatch.setattr(worker_module, "shared_extractor", no_model)
    again = open_window(seed_copy)  # waits for the quotes
    assert listed(again) == quotes and len(quotes) > 10
    assert again.quote_list.model().rowCount() == len(quotes)
    # the model is asked for after the list: its state is told, not hidden
    qtbot.waitUntil(lambda: again.loader.model is ModelState.FAILED, timeout=30_000)


def test_a_damaged_kept_extraction_is_extracted_again(open_window, seed_copy, tmp_path):
    first = open_window(seed_copy)
    quotes = listed(first)
    first.close()
    kept = list((tmp_path / "workspace.db.extractions").glob("*.json"))
    assert kept
    for path in kept:
        path.write_text(path.read_text("utf-8")[:-40], "utf-8")  # cut short
    again = open_window(seed_copy)
    assert listed(again) == quotes
    assert all(p.read_text("utf-8").endswith("}") for p in kept)  # written whole again
