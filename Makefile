# The README's commands, and what they need.
#   make site   set up, then build the site into site/ (strict: any broken figure fails)
#   make test   set up (browser included), then run every test
#   make serve  set up, then preview the site, rebuilt on every saved change (README, "Preview")
# and, for maintainers: make release records today's numbers (releases/<date>.json);
# make engine-check checks ENGINE.md's criteria for moving off MkDocs and Material.
# Set-up is idempotent and only reruns when requirements.txt or pyproject.toml change.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# cffconvert (which validates CITATION.cff) pins an old jsonschema: it lives in a virtualenv of its own.
CFF_STAMP := .venv-cff/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve bench bench-builds bench-phases bench-preview bench-engines bench-cards screenshots engine-check release system-packages clean

site: $(STAMP)
	$(BIN)/mkdocs build --strict

test: $(STAMP) $(CFF_STAMP) system-packages
	$(BIN)/pytest

# `python -m`: the project's own macros/ come first on the import path, even when the virtualenv's
# editable install points at another checkout (the preview re-imports them after an edit).
serve: $(STAMP)
	$(BIN)/python -m mkdocs serve --livereload

bench: $(STAMP) system-packages
	$(BIN)/python bench/run.py

# The cold build beside the two stock baselines, without Lighthouse (a few minutes).
bench-builds: $(STAMP)
	$(BIN)/python bench/run.py --builds-only

bench-phases: $(STAMP)
	$(BIN)/python bench/build_phases.py

bench-preview: $(STAMP)
	$(BIN)/python bench/preview.py

bench-engines: $(STAMP)
	$(BIN)/python bench/engines.py

bench-cards: $(STAMP)
	$(BIN)/python bench/share_cards.py

# Every page's first screen (390 and 1280 px, light and dark), the embed pages and the share cards,
# as PNGs in bench/out/screenshots/, to look at before a release.
screenshots: $(STAMP) system-packages
	$(BIN)/python bench/screenshots.py

# ENGINE.md's decision: the engine versions offered beside the pins, and the engine tests.
# `make engine-check ENGINE_CHECK=--try-newest` also tests the newest Zensical when it installs.
engine-check: $(STAMP) system-packages
	$(BIN)/python scripts/engine_check.py $(ENGINE_CHECK)

system-packages:
	@scripts/ensure-system-packages

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	$(BIN)/pip install --quiet --no-deps -e .
	touch $(STAMP)

$(CFF_STAMP): requirements-cff.txt
	$(PYTHON) -m venv .venv-cff
	.venv-cff/bin/pip install --quiet -r requirements-cff.txt
	touch $(CFF_STAMP)

release: $(STAMP)
	$(BIN)/python -m macros.published.releases record

clean:
	rm -rf site .cache $(VENV) .venv-cff
