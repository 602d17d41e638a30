# sakip — the two commands that matter: `make run` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
export SAKIP_VAR_DIR ?= $(CURDIR)/var
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup system-deps system-deps-test run demo test test-sqlite test-postgres lint clean

## setup: create .venv with sakip and its test tools installed
setup: system-deps $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	@test -x $(BIN)/python || $$(command -v python3.11 || command -v python3) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@touch $@

system-deps:
	@bash scripts/system-deps.sh run

system-deps-test:
	@bash scripts/system-deps.sh test

## run: set up, migrate, load the demo data when the database is empty, serve on http://127.0.0.1:8000
run: setup
	$(BIN)/sakip migrate --noinput -v0
	$(BIN)/sakip demo
	@echo "sakip berjalan di http://$(HOST):$(PORT)/ (Ctrl+C untuk berhenti)"
	$(BIN)/sakip runserver $(HOST):$(PORT) --noreload

## test: set up (with Chromium and PostgreSQL), lint, and run every test on SQLite, then on PostgreSQL
test: system-deps-test setup
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory test-sqlite
	$(MAKE) --no-print-directory test-postgres

test-sqlite:
	$(BIN)/pytest -q
	SAKIP_TANPA_DEMO=1 $(BIN)/pytest -q tests/kosong

test-postgres:
	bash scripts/test-postgres.sh sh -c '$(BIN)/pytest -q && SAKIP_TANPA_DEMO=1 $(BIN)/pytest -q tests/kosong'

## lint: style (ruff), the layers (import-linter, .importlinter), types (mypy), no missing migration
lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/sakip makemigrations --check --dry-run -v0

clean:
	rm -rf $(VENV) var test-artifacts .pytest_cache
