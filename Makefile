# LEAD: every target is documented in README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
# Two workers: the machines have two cores. PYTEST_ARGS= runs the suite in one process.
PYTEST_ARGS ?= -n 2

# Creates the PostgreSQL database in $DATABASE_URL if it does not exist (make bench).
define CREATE_DATABASE
import os, dj_database_url, psycopg
db = dj_database_url.parse(os.environ["DATABASE_URL"])
params = {k: db[k.upper()] for k in ("host", "port", "user", "password") if db.get(k.upper())}
with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
    if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [db["NAME"]]).fetchone():
        conn.execute(f'CREATE DATABASE "{db["NAME"]}"')
        print(f"Created database {db['NAME']}")
endef
export CREATE_DATABASE

.PHONY: help install install-dev lock demo run test lint test-browser chromium clean bench check-deploy
.PHONY: serve loadcheck mutate mutate-resume bench-compare

help:
	@echo "make run           set everything up and serve the demo site on http://$(HOST):$(PORT), with its mail worker"
	@echo "make test          lint, system checks, migration check and the whole test suite"
	@echo "make install       create .venv and install the site's dependencies from requirements.txt"
	@echo "make lock          refresh the lock files (requirements.txt, requirements-dev.txt) from pyproject.toml"
	@echo "make demo          migrate the database and load the demo content"
	@echo "make test-browser  only the real-browser tests (installs Debian's chromium if missing)"
	@echo "make bench-compare REF=<git ref>  this tree against REF, interleaved, as ratios"
	@echo "make bench         seed synthetic content and benchmark it under gunicorn (BENCH_SCALE=small|default|large)"
	@echo "make check-deploy  Django's deployment checks under production settings, with your environment"
	@echo "make clean         remove .venv, the SQLite database and generated files"
	@echo "make serve         production: migrate, collectstatic and gunicorn on $(HOST):$(PORT) (needs SECRET_KEY, ALLOWED_HOSTS)"
	@echo "make loadcheck     load and fault checks under gunicorn (needs DATABASE_URL=postgres://..., REDIS_URL)"
	@echo "make mutate        mutation testing of the privacy-critical code, and its score per module"
	@echo "make mutate-resume resume or update the last mutation run (changed functions, mutants not reached)"

$(VENV)/.python-ok:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "LEAD needs Python 3.11 or newer: set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	@touch $@

# The lock files pin every package with its hashes (docs/deployment.md, "Installing"): pip
# installs exactly those files, then the site itself without its dependencies. A changed lock
# file or pyproject.toml installs again.
$(VENV)/.installed: $(VENV)/.python-ok requirements.txt pyproject.toml
	$(PY) -m pip install --quiet --require-hashes -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet --require-hashes -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

# Resolves pyproject.toml's dependencies (with the s3 extra) into requirements.txt, then the dev
# extra into requirements-dev.txt held to the same versions, for Python 3.11 and newer on any
# platform. LOCK_UPGRADE= keeps today's pins and only adds or changes what pyproject.toml asks.
LOCK_UPGRADE ?= --upgrade
UV_COMPILE = $(VENV)/bin/uv pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --quiet $(LOCK_UPGRADE) --custom-compile-command "make lock"
lock: install-dev
	$(UV_COMPILE) --extra s3 -o requirements.txt
	$(UV_COMPILE) --extra dev -c requirements.txt -o requirements-dev.txt

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content

# The mail worker runs beside the server (emails are tasks: lead/mail.py), printing each email
# to this terminal, and stops with it.
run: demo
	$(MANAGE) ensure_admin
	@$(MANAGE) db_worker --backend mail --no-reload & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

lint: install-dev
	$(VENV)/bin/ruff check .

# Browser tests run inside `make test` whenever Chromium is installed.
test: install-dev lint
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	@if [ -x $(CHROMIUM) ]; then \
		$(VENV)/bin/pytest $(PYTEST_ARGS) --durations=25; \
	else \
		echo "Chromium not found at $(CHROMIUM): browser tests left out (make test-browser installs it)"; \
		$(VENV)/bin/pytest $(PYTEST_ARGS) --durations=25 -m "not browser"; \
	fi

chromium:
	@[ -x $(CHROMIUM) ] || (apt-get update && apt-get install -y chromium)

test-browser: install-dev chromium
	$(VENV)/bin/pytest -m browser

# Production: gunicorn with production settings; lead/gunicorn.conf.py reads WEB_CONCURRENCY
# and the rest from the environment. Needs SECRET_KEY and ALLOWED_HOSTS (never made up here);
# a trial over plain http, without a TLS proxy in front, also needs SECURE_SSL_REDIRECT=false.
serve: export DJANGO_SETTINGS_MODULE := lead.settings.production
serve: install
	@[ -n "$$SECRET_KEY" ] || { echo "make serve: SECRET_KEY is not set. Set a long random value, kept secret and the same on every server, e.g. from: $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))'"; exit 2; }
	@[ -n "$$ALLOWED_HOSTS" ] || { echo "make serve: ALLOWED_HOSTS is not set. List the site's host names, comma-separated (ALLOWED_HOSTS=127.0.0.1 for a local trial)."; exit 2; }
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput --verbosity 0
	env HOST=$(HOST) PORT=$(PORT) $(VENV)/bin/gunicorn --config lead/gunicorn.conf.py

# Load and fault checks (devtools/loadcheck.py): on its own database (lead_load) on the PostgreSQL
# server in DATABASE_URL, with REDIS_URL. LOAD_SECONDS (60) and LOAD_CLIENTS (8) tune phase a.
loadcheck: install
	$(PY) devtools/loadcheck.py

# Benchmark on its own SQLite database per scale (unless DATABASE_URL is set), so db.sqlite3 is
# left alone; results go to bench/results/. BENCH_DATABASE_URL=postgres://... benchmarks on
# PostgreSQL instead (the database is created if missing; use one per scale). collectstatic runs
# with production settings, as gunicorn does, so the hashed file names and manifest exist;
# seed_scale and bench are devtools' commands, so they run under the development settings.
BENCH_SCALE ?= default
BENCH_DATABASE_URL ?=
bench: export DATABASE_URL := $(or $(BENCH_DATABASE_URL),$(DATABASE_URL),sqlite:///$(CURDIR)/bench/bench-$(BENCH_SCALE).sqlite3)
bench: install
	@case "$(BENCH_SCALE)" in small|default|large) ;; \
		*) echo "BENCH_SCALE must be small, default or large, not '$(BENCH_SCALE)'"; exit 2 ;; esac
	@mkdir -p bench/results
	@case "$$DATABASE_URL" in postgres*) $(PY) -c "$$CREATE_DATABASE" ;; esac
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content
	DJANGO_SETTINGS_MODULE=lead.settings.production SECRET_KEY=bench-collectstatic-only \
		ALLOWED_HOSTS=127.0.0.1 $(MANAGE) collectstatic --noinput --verbosity 0
	DJANGO_SETTINGS_MODULE=lead.settings.dev $(MANAGE) seed_scale --scale $(BENCH_SCALE)
	DJANGO_SETTINGS_MODULE=lead.settings.dev $(MANAGE) bench --scale $(BENCH_SCALE)

# This tree against another revision (default: main), side by side on one seeded database, in
# interleaved rounds; prints each page type's two server medians and their ratio
# (devtools/bench_compare.py). BENCH_SCALE and BENCH_DATABASE_URL as for make bench.
REF ?= main
bench-compare: install
	@case "$(BENCH_SCALE)" in small|default|large) ;; \
		*) echo "BENCH_SCALE must be small, default or large, not '$(BENCH_SCALE)'"; exit 2 ;; esac
	$(PY) devtools/bench_compare.py --ref "$(REF)" --scale "$(BENCH_SCALE)"

# Django's deployment checklist (HTTPS, cookies, HSTS, secret key...) under production settings,
# read from the caller's environment (SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, REDIS_URL...):
# run it on the server, or with the same variables, before going live. Any warning fails it.
check-deploy: install
	DJANGO_SETTINGS_MODULE=lead.settings.production $(MANAGE) check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles *.egg-info

# Mutation testing (docs/testing.md): mutmut changes the privacy-critical modules listed in
# pyproject.toml one small change at a time and runs the tests that cover each change; then
# devtools/mutation_score.py prints the score per module and every surviving mutant. It runs on
# PostgreSQL (MUTATE_DATABASE_URL, created if missing), which lets mutants run side by side on
# one reused test database. Always a fresh run: results never come from an older tree.
MUTATE_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/lead_mutate
mutate: export DATABASE_URL := $(MUTATE_DATABASE_URL)
mutate: install-dev
	@$(PY) -c "$$CREATE_DATABASE"
	rm -rf mutants
	$(PY) -m devtools.mutate run --max-children 2 > mutants.log 2>&1 || { tail -40 mutants.log; exit 1; }
	$(PY) devtools/mutation_score.py

# Resume a stopped or outdated run: refresh mutmut's copy of the tree, then test only the
# mutants of changed functions and those not reached yet (results of the rest are kept).
mutate-resume: export DATABASE_URL := $(MUTATE_DATABASE_URL)
mutate-resume: install-dev
	$(PY) devtools/mutation_refresh.py
	$(PY) -m devtools.mutate run --max-children 2 > mutants.log 2>&1 || { tail -40 mutants.log; exit 1; }
	$(PY) devtools/mutation_score.py
