"""A Redis cache that degrades instead of crashing.

Everything LEAD keeps in the cache can be rebuilt (pages, fragments) or may be lost for a while
(rate-limit and sign-in failure counts), so when Redis is down or slow every operation answers
as a cache miss and the site keeps serving from the database. Short socket timeouts keep a dead
Redis cheap, and after a failure the cache is skipped for a few seconds (RETRY_AFTER) rather
than waiting on it again in every request. One warning is logged per outage, not one per call.

What a miss means elsewhere: rate limits (membership/ratelimit.py) and django-axes' sign-in
lockouts count nothing while Redis is down, so they fail open until it is back; sessions live in
the database and are unaffected.

clear_site_cache() empties this site's keys (after an erasure or a stricter visibility); when
Redis cannot be reached it is owed, and done with the first request once Redis answers.
"""

import logging
import threading
import time

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _failures():
    """What a Redis outage raises. Imported only here, on first use: the redis client is a
    large library (tens of modules, several MB in every worker), and a site without Redis
    (SQLite and the local-memory cache) never needs it. Django's Redis backend defers it too."""
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    return (RedisConnectionError, RedisTimeoutError, OSError)


class ResilientRedisCache(RedisCache):
    # Seconds; OPTIONS in CACHES can override them.
    SOCKET_CONNECT_TIMEOUT = 0.25
    SOCKET_TIMEOUT = 0.5
    # After a failure, operations answer as misses without trying Redis for this long.
    RETRY_AFTER = 5.0

    def __init__(self, server, params):
        params = {**params, "OPTIONS": dict(params.get("OPTIONS") or {})}
        params["OPTIONS"].setdefault("socket_connect_timeout", self.SOCKET_CONNECT_TIMEOUT)
        params["OPTIONS"].setdefault("socket_timeout", self.SOCKET_TIMEOUT)
        super().__init__(server, params)
        self._down_until = 0.0
        self._lock = threading.Lock()
        self._failures = _failures()

    @property
    def available(self):
        """False while a recent failure says Redis is down (operations are skipped)."""
        return time.monotonic() >= self._down_until

    def _attempt(self, operation, fallback, *args, **kwargs):
        if not self.available:
            return fallback()
        try:
            return operation(*args, **kwargs)
        except self._failures as error:
            self._failed(error)
            return fallback()

    def _failed(self, error):
        with self._lock:
            first = self.available  # not already known to be down: a new outage
            self._down_until = time.monotonic() + self.RETRY_AFTER
        if first:
            logger.warning(
                "Cache unavailable (%s: %s); serving without it, retrying in %ss.",
                type(error).__name__,
                error,
                self.RETRY_AFTER,
            )

    # Each operation: Django's own, or what a miss (or a failed write) would answer.

    def get(self, key, default=None, version=None):
        return self._attempt(super().get, lambda: default, key, default, version)

    def get_many(self, keys, version=None):
        return self._attempt(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._attempt(super().has_key, lambda: False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().add, lambda: False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # False when the write was lost (Django's backends answer None): callers that must not
        # lose a write, such as the page cache's invalidation, can try it again later.
        return self._attempt(super().set, lambda: False, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's answer lists the keys that failed to be stored: all of them.
        return self._attempt(super().set_many, lambda: list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(super().touch, lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._attempt(super().delete, lambda: False, key, version)

    def delete_many(self, keys, version=None):
        return self._attempt(super().delete_many, lambda: None, keys, version)

    def clear(self):
        return self._attempt(super().clear, lambda: False)

    def incr(self, key, delta=1, version=None):
        # As if the count had started again from nothing. Not Django's ValueError for a missing
        # key: django-axes calls incr() after a failed add() without catching it, so raising
        # would turn a mistyped password into a server error while Redis is down.
        return self._attempt(super().incr, lambda: delta, key, delta, version)

    # decr() calls incr(); get_or_set() calls get() and add(); the async methods call these.


# Set while a clearing that must happen (after an erasure or a stricter visibility) is owed
# because Redis could not be reached: the page cache middleware retries it on every request
# (retry_lost_clear), so the erased data leaves Redis as soon as Redis answers again.
_lost_clear = threading.Event()


def clear_site_cache():
    """Clear the default cache. Django's RedisCache.clear() flushes the whole Redis database,
    other sites' keys included: on Redis, delete only the keys under this site's prefix."""
    backend = caches["default"]
    if not isinstance(backend, RedisCache) or not backend.key_prefix:
        if backend.clear() is False:  # only ResilientRedisCache answers False: not cleared
            _lost_clear.set()
        else:
            _lost_clear.clear()
        return
    if not getattr(backend, "available", True):  # known to be down: owe it, try it later
        _lost_clear.set()
        return
    from redis.exceptions import RedisError  # only with Redis: see _failures()

    try:
        client = backend._cache.get_client(write=True)
        keys = list(client.scan_iter(match=f"{backend.key_prefix}:*", count=500))
        for start in range(0, len(keys), 500):
            client.delete(*keys[start : start + 500])
    except (RedisError, OSError) as error:
        # Nothing is served from a Redis that cannot be reached; what it holds is cleared once
        # it answers. The erasure itself must not fail.
        _lost_clear.set()
        if isinstance(backend, ResilientRedisCache):
            backend._failed(error)
        logger.warning("Could not clear the cache (%s); clearing it once Redis answers.", error)
    else:
        _lost_clear.clear()


def retry_lost_clear():
    if _lost_clear.is_set():
        clear_site_cache()
