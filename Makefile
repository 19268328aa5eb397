# Every target sets up .venv from pyproject.toml first, so each is the only command needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

TS := resources/translations/stillroom_ru.ts
QM := resources/translations/stillroom_ru.qm

PACKAGE_STAMP := $(VENV)/.installed-package
BUNDLE := dist/stillroom

.PHONY: run test lint bench translations package package-test clean

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

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,package]'
	touch $(PACKAGE_STAMP)

# The desktop bundle: one folder with the app, Python, Qt, SQLCipher and the resources, and
# beside it the freedesktop entry and icons (share/), as a Linux installer would place them.
package: $(PACKAGE_STAMP) $(QM)
	$(PY) packaging/icons.py build/icons
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/stillroom.spec
	mkdir -p $(BUNDLE)/share/applications $(BUNDLE)/share/icons
	cp packaging/stillroom.desktop $(BUNDLE)/share/applications/
	cp -r build/icons/hicolor $(BUNDLE)/share/icons/

# Builds the bundle, then runs it from a folder outside the checkout (slow: minutes).
package-test: package
	$(PY) -m pytest -q -m slow tests/packaging

# After changing any text in ui/ or services/: refresh the .ts, translate what is new
# (pyside6-linguist), and the next build compiles it.
translations: $(STAMP)
	$(PY) -m ui.collect_error_texts
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none $$(git ls-files -co --exclude-standard 'ui/*.py') -ts $(TS)

clean:
	rm -rf $(VENV) build dist *.egg-info
