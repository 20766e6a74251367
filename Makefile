# The README's commands, and what they need.
#   make site   set up, then build the site into site/ (strict: any broken figure fails)
#   make test   set up (browser included), then run every test
#   make serve  set up, then preview the site, rebuilt on every saved change (README, "Preview")
# Set-up is idempotent and only reruns when requirements.txt or pyproject.toml change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve bench bench-preview bench-engines system-packages clean

site: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP) system-packages
	$(BIN)/pytest

# `python -m`: the project's own macros/ come first on the import path, even when the virtualenv's
# editable install points at another checkout (the preview re-imports them after an edit).
serve: $(STAMP)
	$(BIN)/python -m mkdocs serve --livereload

bench: $(STAMP) system-packages
	$(BIN)/python bench/run.py

bench-preview: $(STAMP)
	$(BIN)/python bench/preview.py

bench-engines: $(STAMP)
	$(BIN)/python bench/engines.py

system-packages:
	@scripts/ensure-system-packages

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

clean:
	rm -rf site .cache $(VENV)
