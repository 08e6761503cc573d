# OnRecord: `make run` opens the demo draft in the default workspace, `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := seeds/2025-07-13_kim-jong-un-lavrov-wonsan-meeting.demo-draft.txt

.PHONY: run test lint screenshot eval package package-test clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The default workspace, as `.venv/bin/onrecord review|check ARTICLE` read it; the demo store
# (the seed article's own quotes) is built into it when it is created.
run: $(STAMP)
	$(BIN)/onrecord gui $(DEMO)

lint: $(STAMP)
	$(BIN)/ruff check desktop tests bench packaging
	$(BIN)/ruff format --check desktop tests bench packaging
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Extraction figures: the PolNeAR dev set, then the desk set (bench/desks/README.md).
eval: $(STAMP)
	$(BIN)/python bench/eval_dev.py
	$(BIN)/python bench/eval_desks.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/screenshot.py docs/screenshot.png

# Installers: the PyInstaller bundle and the .deb (build/dist/); package-test installs and runs it.
package: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --distpath build/dist --workpath build/pyinstaller packaging/onrecord.spec
	packaging/linux/build_deb.sh

package-test: $(STAMP)
	packaging/smoke.sh

clean:
	rm -rf $(VENV) build dist .pytest_cache
