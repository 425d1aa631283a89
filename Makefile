# `make run` opens the app on the demo meeting; `make test` runs ruff, the import contracts,
# the type checker and the tests.
# Each creates or refreshes .venv when needed, so on a fresh machine it is the one command.
# python3 if it is 3.11 or newer, else the newest python3.1x that runs (a Mac's own python3 is
# older); evaluated only when .venv is (re)made.
PYTHON ?= $(or $(shell for p in python3 python3.14 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && echo $$p && break; \
	done),python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench clean catalogues

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "coprod needs Python 3.11 or newer: make run PYTHON=python3.12")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# The translations: every coprod_tui/i18n/locale/*/LC_MESSAGES/coprod.po compiled into the .mo
# the app reads (a missing or older .mo still works: the app then reads the .po, more slowly).
# `make catalogues` after editing a .po; `$(BIN)/python scripts/catalogues.py update` after adding
# English to the source (it extracts coprod.pot and adds the new messages to every .po).
catalogues: $(STAMP)
	$(BIN)/python scripts/catalogues.py compile

run: $(STAMP) catalogues
	@$(BIN)/python -m compileall -q coprod_tui  # as pip would: starts fast even with PYTHONDONTWRITEBYTECODE
	$(BIN)/coprod --home .demo-home demo

test: $(STAMP) catalogues
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(STAMP)
	@for script in bench/[!_]*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) .demo-home
