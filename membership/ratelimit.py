"""Small fixed-window rate limits kept in Django's cache, so every server shares the counts
(Redis in production). Keys hold a keyed hash of the visitor's address, never the address."""

import hashlib
import hmac
import time
from contextlib import suppress

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render

PREFIX = "lead-ratelimit"


def client_address(request):
    """The visitor's address: REMOTE_ADDR, which lead.client_ip sets from X-Forwarded-For only
    for requests from TRUSTED_PROXIES (the header itself is never read here)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(scope, value, period):
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{scope}:{value}".encode(), hashlib.sha256
    ).hexdigest()[:32]
    window = int(time.time() // period)
    return f"{PREFIX}:{scope}:{digest}:{window}"


def _limit(scope):
    return settings.LEAD_RATE_LIMITS[scope]


def is_limited(scope, value):
    """True when `value` (an address, a profile id) has used up its allowance for `scope`."""
    limit, period = _limit(scope)
    return (cache.get(_key(scope, value, period)) or 0) >= limit


def count(scope, value):
    """Record one use; returns the number used in this window."""
    limit, period = _limit(scope)
    key = _key(scope, value, period)
    cache.add(key, 0, period)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, period)
        return 1


def uncount(scope, value):
    """Give back one use (a request that turned out to repeat one already counted). Missing
    or expired counts are left alone."""
    limit, period = _limit(scope)
    with suppress(ValueError):
        cache.decr(_key(scope, value, period))


def too_many_requests(request, what="this form"):
    response = render(request, "membership/rate_limited.html", {"what": what}, status=429)
    response["Retry-After"] = "3600"
    return response
