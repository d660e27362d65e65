"""What gunicorn's master loads before it forks the workers (preload_app): the application,
with its URL patterns already built (lead/warmup.py), and nothing a fork must not share."""

import json
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
import lead.wsgi
from django.db import connections
from django.urls import get_resolver

print(json.dumps({
    "patterns_built": get_resolver()._populated,
    "open_connections": [c.alias for c in connections.all() if c.connection is not None],
    "redis_loaded": "redis" in sys.modules,
}))
"""


def start_master(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "lead.settings.production",
        "SECRET_KEY": "worker-start-test-only",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    result = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-c", SCRIPT],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_master_builds_the_url_patterns_without_opening_a_connection(tmp_path):
    """A worker's first request no longer builds the patterns (hundreds, with the admin's),
    and the master holds no database connection for its forks to share. A site without Redis
    never loads the Redis client (several MB in every worker)."""
    started = start_master(tmp_path)
    assert started == {"patterns_built": True, "open_connections": [], "redis_loaded": False}

