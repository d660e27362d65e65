"""Redis down: the site keeps serving (lead.cache.ResilientRedisCache answers as a miss).

The cache points at a closed port, so every Redis call fails to connect, as it would with Redis
stopped. Pages, forms and sign-in must answer normally: never a 500."""

import fnmatch
import logging
import os
import re
import uuid

import pytest
from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.models import Group
from django.core.cache import cache, caches
from redis.exceptions import ConnectionError as RedisConnectionError

from blog.models import BlogPage
from lead import cache as lead_cache
from lead.cache import ResilientRedisCache, clear_site_cache
from membership.models import Membership
from network.models import ProfilePage

from ..factories import JOIN_ANSWERS, build_showcase

pytestmark = pytest.mark.django_db

DEAD_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def dead_cache(settings):
    """The default cache (and django-axes' cache handler) on a Redis that is not there."""
    settings.CACHES = {
        "default": {
            "BACKEND": "lead.cache.ResilientRedisCache",
            "LOCATION": DEAD_REDIS,
            "KEY_PREFIX": "lead-dead",
        }
    }  # pytest-django's settings fixture resets django.core.cache.caches on change
    settings.AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
    settings.LEAD_PAGE_CACHE_SECONDS = 600  # the page cache on, as in production
    AxesProxyHandler.get_implementation(force=True)
    assert isinstance(caches["default"], ResilientRedisCache)
    yield caches["default"]
    settings.AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
    AxesProxyHandler.implementation = None  # made again from the restored settings


@pytest.fixture
def showcase(home_page):
    """A page of every type (a post, a profile, an event...) for a visitor to reach."""
    return build_showcase(home_page)


def test_every_cache_operation_answers_as_a_miss_and_warns_once(dead_cache, caplog):
    caplog.set_level(logging.WARNING, logger="lead.cache")
    assert cache.get("k") is None and cache.get("k", "fallback") == "fallback"
    assert cache.set("k", 1) is False  # a lost write says so (the page cache retries it)
    assert cache.add("k", 1) is False
    assert cache.get_many(["a", "b"]) == {}
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]  # the keys not stored
    assert cache.has_key("k") is False
    assert cache.touch("k") is False
    assert cache.delete("k") is False
    assert cache.delete_many(["a"]) is None
    assert cache.incr("k") == 1 and cache.decr("k") == -1  # counting starts afresh
    assert cache.get_or_set("k", "computed") == "computed"
    assert cache.clear() is False
    warnings = [r for r in caplog.records if r.name == "lead.cache"]
    assert len(warnings) == 1, "one warning per outage, not one per call"
    assert "Cache unavailable" in warnings[0].getMessage()


def test_the_public_site_serves_without_redis(dead_cache, showcase, client):
    post = BlogPage.objects.live().public().first()
    profile = ProfilePage.objects.live().public().first()
    for url in (
        "/",
        "/blog/",
        post.url,
        "/network/",
        "/network/?region=london&sort=name",
        profile.url,
        "/events/",
        "/search/?q=peer",
        "/join/",
        "/account/login/",
        "/sitemap.xml",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.get("X-Lead-Cache") != "hit", url  # nothing can come from a dead cache


def test_healthz_says_degraded_but_keeps_the_server_in_rotation(dead_cache, db, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "database": "ok", "cache": "unavailable"}


def test_a_join_application_is_stored_once_without_redis(dead_cache, join_page, client):
    html = client.get("/join/").content.decode()
    key = re.search(r'name="submission_key" value="([^"]+)"', html).group(1)
    data = {**JOIN_ANSWERS, "display_name": "Cache Down", "submission_key": key}
    response = client.post("/join/", data)
    assert response.status_code == 302 and response["Location"].endswith("/join/thanks/")
    # The same form sent again (a double-click) is still stored once: the key is in the database.
    assert client.post("/join/", data).status_code == 302
    assert ProfilePage.objects.filter(title="Cache Down").count() == 1


def test_sign_in_works_and_a_wrong_password_is_a_form_error(dead_cache, showcase, client):
    user = _member(client)
    # A wrong password: django-axes counts failures in the cache (add, then incr): no 500.
    response = client.post(
        "/account/login/", {"username": user.username, "password": "not-the-password"}
    )
    assert response.status_code == 200
    assert b"Please enter a correct" in response.content
    response = client.post("/account/login/", {"username": user.username, "password": "pw-9876"})
    assert response.status_code == 302
    assert client.get("/account/").status_code == 200


def _member(client):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user("cachedown", "cd@example.com", "pw-9876")
    user.groups.add(Group.objects.get(name="Members"))
    profile = ProfilePage.objects.live().first()
    Membership.objects.update_or_create(profile=profile, defaults={"member": user})
    return user


@pytest.fixture
def owed_clear_forgotten():
    yield
    lead_cache._lost_clear.clear()


class ReturnedRedis:
    """The Redis client's two calls clear_site_cache makes, over a set of keys: Redis answering
    again, still holding what it held before the outage."""

    def __init__(self, keys):
        self.keys = set(keys)

    def scan_iter(self, match, count):
        return [key for key in sorted(self.keys) if fnmatch.fnmatchcase(key, match)]

    def delete(self, *keys):
        self.keys -= set(keys)

    def __getattr__(self, name):  # any other call (the health check's own keys): still failing
        raise RedisConnectionError(f"{name}: not in this stand-in")


def test_a_clearing_owed_from_an_outage_is_done_once_redis_answers(
    dead_cache, client, monkeypatch, owed_clear_forgotten
):
    """An erasure (or a stricter visibility) clears the cache; with Redis unreachable that
    cannot happen then, and must not be forgotten: the next request after Redis is back does it."""
    clear_site_cache()  # what the erasure calls: no error, though nothing could be cleared
    assert lead_cache._lost_clear.is_set()
    assert client.get("/healthz").status_code == 200  # still down: still owed, no error
    assert lead_cache._lost_clear.is_set()

    held = ReturnedRedis({"lead-dead:1:lead:page:abc", "lead-dead:1:profile", "other-site:1:x"})
    monkeypatch.setattr(dead_cache._cache, "get_client", lambda key=None, write=False: held)
    dead_cache._down_until = 0.0  # its retry pause is over
    client.get("/healthz")
    assert held.keys == {"other-site:1:x"}  # this site's keys only
    assert not lead_cache._lost_clear.is_set()


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a real Redis to come back")
def test_a_clearing_owed_from_an_outage_reaches_the_real_redis(
    settings, client, owed_clear_forgotten
):
    live = {
        "BACKEND": "lead.cache.ResilientRedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": f"lead-owed-{uuid.uuid4().hex[:8]}",
    }
    settings.CACHES = {"default": live}
    caches["default"].set("story", "Robin Example's story", None)
    settings.CACHES = {"default": {**live, "LOCATION": DEAD_REDIS}}
    clear_site_cache()  # Redis unreachable from this server at the moment of the erasure
    settings.CACHES = {"default": live}  # reachable again, still holding the story
    assert caches["default"].get("story") == "Robin Example's story"
    client.get("/healthz")
    assert caches["default"].get("story") is None
