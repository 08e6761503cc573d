"""The extractor through its other doors: the spaCy component and the command line."""

import json
import subprocess
import sys
from pathlib import Path

SEED = (
    Path(__file__).resolve().parents[2]
    / "seeds"
    / "2025-07-13_kim-jong-un-lavrov-wonsan-meeting.txt"
)
TEXT = '"The bridge will open in May," said Rosa Lind, the city engineer.'


def test_spacy_component_puts_quotes_on_the_doc():
    from onrecord.extraction.pipeline import load_pipeline

    nlp = load_pipeline()
    import spacy

    own = spacy.blank("en")  # a user's own pipeline: reuse the loaded components
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        own.add_pipe(name, source=nlp)
    own.add_pipe("onrecord_quotes")
    doc = own(TEXT)
    assert [q.text for q in doc._.quotes] == ["The bridge will open in May,"]
    assert doc._.quotes[0].speaker.name == "Rosa Lind"


def run_cli(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "onrecord", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_extract_json_on_the_seed():
    out = run_cli("extract", str(SEED), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["article"]["date"] == "2025-07-13"
    assert len(data["quotes"]) >= 19
    q = data["quotes"][0]
    assert set(q) >= {"id", "start", "end", "text", "kind", "speaker", "cue", "via", "confidence"}
    assert set(q["speaker"]) >= {
        "name",
        "mention",
        "start",
        "end",
        "affiliation",
        "role",
        "organization",
        "type",
    }


def test_extract_jsonl_streams_one_line_per_document():
    lines = "\n".join(json.dumps({"id": f"d{i}", "text": TEXT}) for i in range(3))
    out = run_cli("extract", "--jsonl", "-", stdin=lines)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["d0", "d1", "d2"]
    assert rows[0]["quotes"][0]["speaker"]["name"] == "Rosa Lind"


def test_missing_file_is_one_clear_line_and_exit_2(tmp_path):
    out = run_cli("extract", str(tmp_path / "nope.txt"))
    assert out.returncode == 2
    assert out.stderr.strip().startswith("onrecord: No such file")
    assert "Traceback" not in out.stderr


def test_asking_whether_the_model_is_loaded_imports_no_spacy():
    """The window asks while another thread loads the model: the module must be whole at once."""
    code = (
        "import sys; from onrecord.extraction.pipeline import is_loaded; "
        "assert not is_loaded() and 'spacy' not in sys.modules"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
