# LEAD: every target is documented in README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

.PHONY: help install install-dev demo run test lint test-browser chromium clean

help:
	@echo "make run           set everything up and serve the demo site on http://$(HOST):$(PORT)"
	@echo "make test          lint, system checks, migration check and the whole test suite"
	@echo "make install       create .venv and install the site's dependencies"
	@echo "make demo          migrate the database and load the demo content"
	@echo "make test-browser  only the real-browser tests (installs Debian's chromium if missing)"
	@echo "make clean         remove .venv, the SQLite database and generated files"

$(VENV)/.python-ok:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "LEAD needs Python 3.11 or newer: set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	@touch $@

$(VENV)/.installed: $(VENV)/.python-ok pyproject.toml
	$(PY) -m pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content

run: demo
	$(MANAGE) ensure_admin
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-dev
	$(VENV)/bin/ruff check .

# Browser tests run inside `make test` whenever Chromium is installed.
test: install-dev lint
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	@if [ -x $(CHROMIUM) ]; then \
		$(VENV)/bin/pytest; \
	else \
		echo "Chromium not found at $(CHROMIUM): browser tests left out (make test-browser installs it)"; \
		$(VENV)/bin/pytest -m "not browser"; \
	fi

chromium:
	@[ -x $(CHROMIUM) ] || (apt-get update && apt-get install -y chromium)

test-browser: install-dev chromium
	$(VENV)/bin/pytest -m browser

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles *.egg-info
