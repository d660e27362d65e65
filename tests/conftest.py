"""Shared fixtures: the demo site, anonymous and signed-in clients, helpers to make pages."""

import io
import os
import uuid
from datetime import UTC, datetime

import pytest
import time_machine
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage

from .factories import StandardPageFactory

# The suite's clock. Every test starts at this moment and time runs on from it, so no test
# depends on the day the suite is run (data built "40 days ago" once crossed the October
# clock change on some days of the year). A test that needs another moment moves the clock
# itself (`clock.move_to(...)`); tests/test_clock_changes.py runs the data builders at the
# awkward moments. Browser tests and tests that start a server in another process keep the
# real clock (mark them `real_clock`), since the other side cannot share a pinned one.
# LEAD_TEST_NOW=2027-03-28T01:05:00Z runs the suite at another moment (docs/testing.md).
SUITE_NOW = (
    datetime.fromisoformat(os.environ["LEAD_TEST_NOW"])
    if os.environ.get("LEAD_TEST_NOW")
    else datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
)


@pytest.fixture(autouse=True)
def clock(request):
    if request.node.get_closest_marker("browser") or request.node.get_closest_marker(
        "real_clock"
    ):
        yield None
        return
    with time_machine.travel(SUITE_NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture(autouse=True)
def _one_rate_limit_window(monkeypatch):
    """Rate limits count per clock window (an hour, a day): a test that ran across a window's
    end would see its count start again. Pin the limiter's clock for every test."""
    from types import SimpleNamespace

    from membership import ratelimit

    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: 1_800_000_000.0))


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache (local memory, or Redis in CI)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def demo_site(db):
    """The core of the demo site (home, standard pages, settings) as `load_demo_content
    --core-only` builds it; returns the home page. Feature tests add their sections."""
    call_command("load_demo_content", "--core-only", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


@pytest.fixture
def full_demo_site(db):
    """The whole demo site, every feature's section and content included."""
    call_command("load_demo_content", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def home_page(demo_site):
    assert isinstance(demo_site, HomePage)
    return demo_site


@pytest.fixture
def unique_token():
    return f"leaktoken{uuid.uuid4().hex}"


@pytest.fixture
def make_page(home_page):
    """Make a standard page under the home page: live, draft-only, or login-restricted."""

    def _make(title=None, *, live=True, restricted=False, parent=None, **fields):
        parent = parent or home_page
        page = StandardPageFactory.build(title=title or f"Page {uuid.uuid4().hex[:8]}", **fields)
        page.live = live
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        if restricted:
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.LOGIN
            )
        return Page.objects.get(pk=page.pk).specific

    return _make
