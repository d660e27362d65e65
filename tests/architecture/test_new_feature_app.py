"""Adding a page type is a new app, its one declaration and INSTALLED_APPS: a throwaway feature
app (tests/throwaway/podcasts) is installed in a separate pytest run and is cleared from the page
cache, found by search and covered by the quality harnesses without any core code naming it."""

import os
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.core import checks

from lead.checks import feature_declared

ROOT = Path(__file__).resolve().parents[2]


def test_a_throwaway_feature_app_joins_the_site_by_its_declaration_alone():
    # The harness tests pick the podcasts entries (-k): the bad-input corpus on its parameter,
    # its listing's query budget; the leak check runs with every planter, the podcasts one too.
    selection = "podcast or test_planted_token_appears_in_no_public_output"
    run = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:xdist",
            "-p",
            "no:randomly",
            "-q",
            "--create-db",
            "--ds=tests.throwaway.settings",
            "-m",
            "not browser",
            "-k",
            selection,
            "tests/throwaway/check_podcasts.py",
            "tests/quality/test_bad_input.py",
            "tests/quality/test_query_budgets.py",
            "tests/quality/test_leaks.py",
        ],  # fmt: skip
        cwd=ROOT,
        # A run of its own: not one of this run's xdist workers (their Redis databases and
        # test database names follow PYTEST_XDIST_WORKER), and none of this run's options.
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")},
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = run.stdout + run.stderr
    assert run.returncode == 0, output[-4000:]
    passed = int(output.split(" passed")[0].split()[-1])
    # its checks; bad input (the corpus, repeated parameters, bad Host headers); budget; leaks
    assert passed == 4 + 3 + 1 + 2, output[-2000:]


def test_an_app_with_models_and_no_declaration_fails_the_checks(monkeypatch):
    assert feature_declared() == []
    monkeypatch.delattr(type(apps.get_app_config("events")), "feature")
    errors = feature_declared()
    assert [(e.id, e.obj) for e in errors] == [("lead.E001", "events")]
    assert errors[0].level == checks.ERROR
