"""Settings come from the environment; production refuses to start without a secret key."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

ROOT = Path(__file__).resolve().parents[2]


def run_with_settings(module, **env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    clean.update(DJANGO_SETTINGS_MODULE=module, **env)
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_production_without_secret_key_fails_with_a_clear_message():
    result = run_with_settings("lead.settings.production", ALLOWED_HOSTS="lead.example")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    assert "Production needs a long random SECRET_KEY" in result.stderr


def test_production_starts_with_its_environment():
    result = run_with_settings(
        "lead.settings.production", SECRET_KEY="x" * 60, ALLOWED_HOSTS="lead.example"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_bad_boolean_is_refused_clearly():
    result = run_with_settings("lead.settings.dev", DEBUG="perhaps")
    assert result.returncode != 0
    assert "DEBUG must be true or false" in result.stderr


def test_locale_and_time_zone():
    assert settings.LANGUAGE_CODE == "en-gb"
    assert settings.TIME_ZONE == "Europe/London"
    assert settings.USE_TZ


def test_cache_backend_follows_redis_url():
    backend = settings.CACHES["default"]["BACKEND"]
    if os.environ.get("REDIS_URL"):
        assert backend == "lead.cache.ResilientRedisCache"  # Redis, degrading on failure
    else:
        assert backend == "django.core.cache.backends.locmem.LocMemCache"
    cache.set("lead-settings-check", "round trip", 30)
    assert cache.get("lead-settings-check") == "round trip"


@pytest.mark.django_db
def test_database_follows_database_url():
    from django.db import connection

    url = os.environ.get("DATABASE_URL", "")
    expected = "postgresql" if url.startswith("postgres") else "sqlite"
    assert connection.vendor == expected
