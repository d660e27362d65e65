"""Shared fixtures: the demo site, anonymous and signed-in clients, helpers to make pages."""

import fcntl
import io
import os
import tempfile
import uuid
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from wagtail.models import Page, PageViewRestriction, Site

from home.models import HomePage

from .clock import SUITE_NOW
from .factories import StandardPageFactory


# The suite's clock (tests/clock.py): every test starts at SUITE_NOW and time runs on from it.
# A test that needs another moment moves it (`clock.move_to(...)`). Browser tests and tests
# that start a server in another process keep the real clock (marker `real_clock`), since the
# other side cannot share a pinned one.
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


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """`make mutate` runs mutants side by side, each in a forked process reusing a test
    database; two at once on one database would race building the demo below. Each takes a
    database of its own: the first free slot, held by a lock until the process ends."""
    slot = mutation_slot()
    if slot is not None:
        database = settings.DATABASES["default"]
        database.setdefault("TEST", {})["NAME"] = f"test_{database['NAME']}_slot{slot}"


def mutation_slot(slots=8):
    """None outside a mutmut run; else a slot number no other running process holds."""
    if not os.environ.get("MUTANT_UNDER_TEST"):
        return None
    for slot in range(slots):
        lock = open(Path(tempfile.gettempdir()) / f"lead-mutant-db-{slot}.lock", "w")  # noqa: SIM115
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            continue
        _held_locks.append(lock)  # released when this process exits
        return slot
    raise RuntimeError(f"More than {slots} mutmut processes at once")


_held_locks = []


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, with the core of the demo site committed once per worker: most
    tests start from it, and building it for each test was most of the suite's time. Tests
    still run in transactions rolled back after each, so none sees another's changes."""
    with django_db_blocker.unblock(), time_machine.travel(SUITE_NOW, tick=True):
        call_command("load_demo_content", "--core-only", stdout=io.StringIO())
        # Transactional tests with serialized_rollback restore this snapshot: include the demo.
        for connection in connections.all():
            if hasattr(connection, "_test_serialized_contents"):
                connection._test_serialized_contents = (
                    connection.creation.serialize_db_to_string()
                )


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
