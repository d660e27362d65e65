"""Conditional GET for feeds and calendar files, which feed readers and calendar apps poll: an
unchanged file costs them (and the site) a 304 and no body.

A view gives its response validators with `add_validators()`: a strong ETag, the hash of the
body, and a Last-Modified that can be trusted. The newest item's date (what Django's feeds send)
cannot: it stays the same when a post is unpublished, an event cancelled or a calendar's window
moves on, and a reader asking "changed since?" would be told no. Instead Last-Modified is the
moment this exact body was first served at this address, kept in the shared cache; when the
record is lost it is "now", which costs a reader one full download and never hides a change.

`ConditionalGetMiddleware` answers If-None-Match / If-Modified-Since for any 200 answer that
carries validators. It sits above the page cache (lead/pagecache.py), so a stored copy, which
keeps its validators, is answered the same way as one straight from the view; and the page cache
below it still stores the full answer when the reader's copy was current.
"""

import hashlib
import time

from django.core.cache import cache
from django.utils.cache import get_conditional_response
from django.utils.http import http_date, parse_http_date_safe

# How long the first-seen record of a body is kept; after that, a reader downloads it once more.
FIRST_SEEN_SECONDS = 30 * 24 * 60 * 60


def add_validators(request, response):
    """Give a 200 answer its ETag and Last-Modified (see the module docstring)."""
    if response.status_code != 200 or response.streaming:
        return response
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    key = "lead:first-seen:" + hashlib.sha256(request.path.encode()).hexdigest()
    seen = cache.get(key)
    if seen and seen[0] == etag:
        first_seen = seen[1]
    else:
        # Later than the body it replaces, even within the same second (HTTP dates count
        # whole seconds): a reader holding that one must not be told nothing changed.
        first_seen = max(int(time.time()), seen[1] + 1 if seen else 0)
        cache.set(key, (etag, first_seen), FIRST_SEEN_SECONDS)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(first_seen)
    return response


class ConditionalGetMiddleware:
    """304 Not Modified when the reader's copy is current. Unlike Django's own middleware it
    computes no ETag itself: only answers that carry validators (feeds, calendars) take part,
    so pages are never hashed on every request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        etag = response.get("ETag")
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        if not (etag or last_modified):
            return response
        return get_conditional_response(
            request, etag=etag, last_modified=last_modified, response=response
        )
