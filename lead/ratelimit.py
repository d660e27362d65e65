"""Rate limits for the core (the site search), in Django's shared cache (Redis in production),
so every server counts together.

The same fixed-window counting as `membership/ratelimit.py`, which the core may not import
(docs/architecture.md); keys have the same form, a keyed hash of the visitor's address and never
the address itself. Allowances are `LEAD_RATE_LIMITS[scope] = (requests, seconds)`.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string

PREFIX = "lead-ratelimit"


def client_address(request):
    """The visitor's address: REMOTE_ADDR, set from X-Forwarded-For by lead.client_ip only for
    requests from TRUSTED_PROXIES."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(scope, value, seconds):
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{scope}:{value}".encode(), hashlib.sha256
    ).hexdigest()[:32]
    return f"{PREFIX}:{scope}:{digest}:{int(time.time() // seconds)}"


def period(scope):
    """The length of `scope`'s window, in seconds: how long a visitor over the limit waits."""
    return settings.LEAD_RATE_LIMITS[scope][1]


def allow(scope, request):
    """Count one request from the visitor for `scope`; False once this window's allowance is
    used up (the request over the limit is counted too, so a flood does not get a fresh start)."""
    limit, seconds = settings.LEAD_RATE_LIMITS[scope]
    key = _key(scope, client_address(request), seconds)
    cache.add(key, 0, seconds)
    try:
        used = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, seconds)
        used = 1
    return used <= limit


def first_in_window(scope, value, seconds):
    """True the first time `value` is seen for `scope` in this window of `seconds`."""
    return cache.add(_key(scope, value, seconds), 1, seconds)


def too_many_requests(scope, what):
    """The 429 page (fixed text on the error pages' base: cheap to send to a flood), saying what
    was asked for too often and how long to wait; Retry-After says it to machines."""
    seconds = period(scope)
    minutes = max(1, round(seconds / 60))
    body = render_to_string("429.html", {"what": what, "minutes": minutes})
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(seconds)
    return response
