"""What gunicorn's master loads before it forks the workers (preload_app): the application,
with its URL patterns already built (lead/warmup.py), and nothing a fork must not share."""

from ..production_python import run_in_production

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


def test_the_master_builds_the_url_patterns_without_opening_a_connection(tmp_path):
    """A worker's first request no longer builds the patterns (hundreds, with the admin's),
    and the master holds no database connection for its forks to share. A site without Redis
    never loads the Redis client (several MB in every worker)."""
    started = run_in_production(SCRIPT, tmp_path)
    assert started == {"patterns_built": True, "open_connections": [], "redis_loaded": False}

