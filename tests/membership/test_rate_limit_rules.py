"""The rate limiter's own rules, which every form's abuse protection stands on: counts are per
visitor and per form, reset with their window, never hold an address, and the visitor who hits
a limit is told plainly when to come back."""

import threading
from concurrent.futures import ThreadPoolExecutor
from types import SimpleNamespace

import pytest
from django.core.cache import cache
from django.test import RequestFactory, override_settings

from membership import ratelimit

pytestmark = pytest.mark.django_db

LIMITS = {"join": (3, 3600), "contact-ip": (3, 86400)}


@pytest.fixture
def limits():
    with override_settings(LEAD_RATE_LIMITS=LIMITS):
        yield


def at(monkeypatch, seconds):
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: seconds))


def test_a_visitor_is_limited_only_once_the_allowance_is_used(limits):
    assert ratelimit.count("join", "198.51.100.7") == 1
    assert ratelimit.count("join", "198.51.100.7") == 2
    assert not ratelimit.is_limited("join", "198.51.100.7")
    assert ratelimit.count("join", "198.51.100.7") == 3
    assert ratelimit.is_limited("join", "198.51.100.7")


def test_a_count_that_expires_mid_use_starts_again_at_one(limits, monkeypatch):
    """The window can end between the limiter's add and its increment (the cache drops the
    count): that use is the first of a new window, and the next one counts on from it."""
    with monkeypatch.context() as patched:
        patched.setattr(cache, "add", lambda *args, **kwargs: False)  # as if expired at once
        assert ratelimit.count("join", "198.51.100.7") == 1
    assert ratelimit.count("join", "198.51.100.7") == 2


def test_uses_arriving_together_at_a_windows_start_are_each_counted(limits, monkeypatch):
    """Three sign-ups sent at once, before any count exists, are each counted (1, 2, 3): a
    burst cannot get past the limit by all being "the first". The three are interleaved at
    their worst: all reach the increment together, and one that finds no count waits until
    the others have looked too, before starting the count afresh."""
    at(monkeypatch, 1_800_000_000.0)
    before, after = threading.Barrier(3), threading.Barrier(3)

    class ArrivingTogether:
        def __getattr__(self, name):
            return getattr(cache, name)

        def incr(self, *args, **kwargs):
            before.wait(timeout=10)
            try:
                return cache.incr(*args, **kwargs)
            except ValueError:
                after.wait(timeout=10)
                raise

    monkeypatch.setattr(ratelimit, "cache", ArrivingTogether())
    with ThreadPoolExecutor(max_workers=3) as pool:
        uses = list(pool.map(lambda _: ratelimit.count("join", "198.51.100.7"), range(3)))
    assert sorted(uses) == [1, 2, 3]
    assert ratelimit.is_limited("join", "198.51.100.7")


def test_visitors_and_forms_are_counted_apart(limits):
    for _ in range(3):
        ratelimit.count("join", "198.51.100.7")
    assert ratelimit.is_limited("join", "198.51.100.7")
    # Another address, and the same address on another form, still have their allowance.
    assert not ratelimit.is_limited("join", "198.51.100.8")
    assert not ratelimit.is_limited("contact-ip", "198.51.100.7")
    assert ratelimit.count("join", "198.51.100.8") == 1
    assert ratelimit.count("contact-ip", "198.51.100.7") == 1


def test_the_count_starts_again_in_the_next_window(limits, monkeypatch):
    at(monkeypatch, 1_800_000_000.0)
    for _ in range(3):
        ratelimit.count("join", "198.51.100.7")
    assert ratelimit.is_limited("join", "198.51.100.7")
    # Still limited later in the same hour...
    at(monkeypatch, 1_800_000_000.0 + 3_599)
    assert ratelimit.is_limited("join", "198.51.100.7")
    # ...and free once the hour's window has turned.
    at(monkeypatch, 1_800_000_000.0 + 3_600)
    assert not ratelimit.is_limited("join", "198.51.100.7")
    assert ratelimit.count("join", "198.51.100.7") == 1
    # A day-long allowance keeps counting across the same hour boundary.
    at(monkeypatch, 1_800_000_000.0)
    ratelimit.count("contact-ip", "198.51.100.7")
    at(monkeypatch, 1_800_000_000.0 + 3_600)
    assert ratelimit.count("contact-ip", "198.51.100.7") == 2


def test_the_count_expires_with_its_window(limits, monkeypatch):
    """The stored count is given the window's length, so the cache forgets it by itself."""
    seen = []
    real_add = cache.add
    monkeypatch.setattr(
        cache,
        "add",
        lambda key, value, timeout: seen.append((value, timeout)) or real_add(key, value, timeout),
    )
    ratelimit.count("join", "198.51.100.7")
    ratelimit.count("contact-ip", "198.51.100.7")
    assert seen == [(0, 3600), (0, 86400)]


def test_a_count_that_expired_between_steps_starts_at_one(limits, monkeypatch):
    stored = {}

    def incr(key):
        raise ValueError("expired")

    monkeypatch.setattr(cache, "incr", incr)
    monkeypatch.setattr(
        cache, "set", lambda key, value, timeout: stored.update({key: (value, timeout)})
    )
    assert ratelimit.count("join", "198.51.100.7") == 1
    assert list(stored.values()) == [(1, 3600)]


def test_a_repeated_submission_gives_its_use_back(limits):
    for _ in range(3):
        ratelimit.count("join", "198.51.100.7")
    assert ratelimit.is_limited("join", "198.51.100.7")
    ratelimit.uncount("join", "198.51.100.7")
    assert not ratelimit.is_limited("join", "198.51.100.7")
    assert ratelimit.count("join", "198.51.100.7") == 3
    # Giving back a use never counted is harmless, and gives nothing to anyone else.
    ratelimit.uncount("join", "203.0.113.1")
    assert ratelimit.count("join", "203.0.113.1") == 1


def test_stored_keys_hold_no_address(limits):
    ratelimit.count("join", "198.51.100.7")
    key = ratelimit._key("join", "198.51.100.7", 3600)
    assert "198.51.100.7" not in key
    assert key.startswith("lead-ratelimit:join:")
    assert cache.get(key) == 1
    # The digest depends on the scope, the value and the site's secret.
    assert key != ratelimit._key("join", "198.51.100.8", 3600)
    assert key != ratelimit._key("contact-ip", "198.51.100.7", 3600)
    with override_settings(SECRET_KEY="another-site-secret-key-for-this-test-only"):
        assert key != ratelimit._key("join", "198.51.100.7", 3600)


def test_a_request_without_an_address_is_counted_as_unknown():
    factory = RequestFactory()
    request = factory.get("/", REMOTE_ADDR="")
    assert ratelimit.client_address(request) == "unknown"
    assert ratelimit.client_address(factory.get("/", REMOTE_ADDR="192.0.2.4")) == "192.0.2.4"


def test_the_limited_visitor_is_told_what_was_paused_and_when_to_return(rf, home_page):
    response = ratelimit.too_many_requests(rf.get("/join/"), what="the join form")
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    text = response.content.decode()
    assert "Please try again later" in text
    assert "through the join form recently" in text
    assert "try again in an hour" in text
    # A whole page of the site: its title, its navigation and the urgent-help lines, which
    # someone pausing on a form may need most.
    assert "Please try again later | LEAD: Lived Experience Advisory Directory" in text
    assert '<a href="/network/">Network</a>' in text
    assert "Need urgent help?" in text and "Samaritans" in text
    default = ratelimit.too_many_requests(rf.get("/join/")).content.decode()
    assert "through this form recently" in default
