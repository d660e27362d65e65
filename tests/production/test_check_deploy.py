"""`manage.py check --deploy` under production settings: passes with a realistic environment,
and stops with a plain message (no traceback) when a required setting is missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# What an operator sets on a real server (nothing here needs the services to be running:
# `check` reads the settings, it does not connect).
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lead.settings.production",
    "SECRET_KEY": "k3Vq-8ZtRw1mXc0Lp9Yb_N4sGh7Jd2Fa6Ue5Oi-TyQrWxEzCv1BnMlKjHgF",
    "ALLOWED_HOSTS": "lead.example,www.lead.example",
    "CSRF_TRUSTED_ORIGINS": "https://lead.example,https://www.lead.example",
    "DATABASE_URL": "postgres://lead:a-password@127.0.0.1:5432/lead",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def check_deploy(env):
    """Run the check in a fresh process with only `env` (and PATH), as `make check-deploy` does."""
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_check_deploy_passes_with_a_realistic_production_environment():
    result = check_deploy(PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_check_deploy_fails_clearly_without_a_required_setting(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = check_deploy(env)
    assert result.returncode != 0
    assert f"{missing} is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_deploy_warns_when_hsts_is_switched_off():
    """Turning HSTS off is allowed, but the deployment check says so and fails."""
    result = check_deploy({**PRODUCTION_ENV, "SECURE_HSTS_SECONDS": "0"})
    assert result.returncode != 0
    assert "security.W004" in result.stderr
    assert "Traceback" not in result.stderr
