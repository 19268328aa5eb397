# Every target sets up .venv from pyproject.toml first, so each is the only command needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

TS := resources/translations/stillroom_ru.ts
QM := resources/translations/stillroom_ru.qm

.PHONY: run test lint bench translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The compiled Russian messages are built from the .ts kept in git.
$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $(QM)

run: $(STAMP) $(QM)
	$(PY) main.py

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m mypy

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	$(PY) -m benchmarks.run

# After changing any text in ui/ or services/: refresh the .ts, translate what is new
# (pyside6-linguist), and the next build compiles it.
translations: $(STAMP)
	$(PY) -m ui.collect_error_texts
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $$(git ls-files -co --exclude-standard 'ui/*.py') -ts $(TS)

clean:
	rm -rf $(VENV) build *.egg-info
