"""/healthz: may a load balancer send visitors to this server?

- The database is essential: without it nothing can be served, so the answer is 503 and a load
  balancer takes this server out of rotation.
- The cache is not: LEAD's cache backend (lead.cache) answers as a miss when Redis is down, so
  the site still serves, only slower and with rate limits failing open. Taking every server out
  of rotation because the shared Redis is down would turn a slowdown into an outage, so that is
  "degraded" with 200, and the body says which part failed for monitoring to alert on.

The body names no version, host or error text, and is never cached.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        logger.exception("Health check: the database did not answer.")
        return False


def cache_ok():
    """Write and read back a key of its own (two servers probed at once never share one)."""
    key, value = f"lead-healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, value, 30)
        ok = cache.get(key) == value
        cache.delete(key)
    except Exception:  # any backend's failure is an answer here, never a 500
        logger.exception("Health check: the cache failed.")
        return False
    return ok


@csrf_exempt  # so anything but GET and HEAD gets a plain 405, not a CSRF page
@require_safe
@never_cache
def healthz(request):
    database = database_ok()
    cache_state = cache_ok()
    if not database:
        status = "unavailable"
    elif not cache_state:
        status = "degraded"
    else:
        status = "ok"
    body = {
        "status": status,
        "database": "ok" if database else "unavailable",
        "cache": "ok" if cache_state else "unavailable",
    }
    return JsonResponse(body, status=200 if database else 503)
