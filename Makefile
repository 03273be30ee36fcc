# Everything sets itself up on first use: `make serve` and `make test` work on a fresh machine.
# Debian's own Python 3.11 where it can make a venv: built with profile-guided optimisation, it
# checks and builds about a fifth faster than an unoptimised build of the same version.
PYTHON ?= $(shell /usr/bin/python3.11 -c 'import ensurepip' 2>/dev/null && echo /usr/bin/python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup check build serve test test-fast lint messages schemas bench mutation browser-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

check: $(STAMP)
	$(BIN)/partdem check

schemas: $(STAMP)
	$(BIN)/partdem schemas

build: $(STAMP)
	$(BIN)/partdem build

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

# What the browser and HTML checks need: Debian's Chromium and the pinned npm tools.
browser-deps:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }
	@test -d node_modules/axe-core && test -d node_modules/vnu-jar && test -d node_modules/lighthouse || \
	  npm ci --no-audit --no-fund --silent

lint: $(STAMP)
	$(BIN)/ruff check partdem hooks scripts tests
	$(BIN)/lint-imports

# Everything: lint, import contracts, and every tier of tests (fast, site, browser).
test: $(STAMP) browser-deps
	$(BIN)/ruff check partdem hooks scripts tests
	$(BIN)/lint-imports
	$(BIN)/pytest

# The inner loop: the tests that need no built site and no browser (the tiers go by folder,
# tests/conftest.py), in under a minute; no Chromium or npm tools needed.
test-fast: $(STAMP)
	$(BIN)/pytest -m "not site and not browser"

bench: $(STAMP) browser-deps
	$(BIN)/python scripts/bench.py --serve

# Mutation testing of the content stage ([tool.mutmut] in pyproject.toml): each mutant a small
# change of the loader or the rules, run against the fast rule tests; prints every survivor.
mutation: $(STAMP)
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut results

# Extract interface strings into locales/messages.pot and merge them into every language's .po.
messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k _ --no-location --omit-header --sort-output \
	  -o locales/messages.pot .
	for lang in $$($(BIN)/python -c "from partdem.content.languages import TRANSLATED; print(*TRANSLATED)"); do \
	  if [ -f locales/$$lang/LC_MESSAGES/messages.po ]; then \
	    $(BIN)/pybabel update --no-fuzzy-matching --omit-header -i locales/messages.pot -d locales -l $$lang; \
	  else $(BIN)/pybabel init -i locales/messages.pot -d locales -l $$lang; fi; \
	done

clean:
	rm -rf site $(VENV) node_modules .cache
