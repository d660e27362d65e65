"""Fixtures shared by more than one folder of tests: the suite's clock, the tests' site and the
sections, pages and people tests add to it. A fixture one folder uses lives in that folder's
conftest; data is made with tests/factories/."""

import fcntl
import io
import os
import tempfile
import uuid
from functools import partial
from pathlib import Path

import pytest
import time_machine
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections, transaction
from wagtail.models import Site

from home.models import HomePage
from membership.models import Membership
from network.models import ProfilePage

from . import factories
from .clock import SUITE_NOW
from .factories.site import build_site, restore_welcome_page, site_is_built


# The suite's clock (tests/clock.py): every test starts at SUITE_NOW and time runs on from it.
# A test that needs another moment moves it (`clock.move_to(...)`). Browser tests and tests
# that start a server in another process keep the real clock (marker `real_clock`), since the
# other side cannot share a pinned one.
@pytest.fixture(autouse=True)
def clock(request):
    if request.node.get_closest_marker("browser") or request.node.get_closest_marker("real_clock"):
        yield None
        return
    with time_machine.travel(SUITE_NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture(autouse=True, scope="session")
def _mail_through_the_queue(django_test_environment):
    """Django's test set-up sends mail straight to its outbox; the site queues every email
    (lead/mail.py). Put the queue back, so tests send mail as production does: the test
    settings' immediate queue runs each task at once, into the outbox."""
    settings.EMAIL_BACKEND = "lead.mail.QueuedEmailBackend"


@pytest.fixture
def mail_queue(settings, monkeypatch):
    """The mail queue as production has it: tasks wait in the database until
    `mail_queue.run()` works them (tests/mail.py)."""
    from .mail import MailQueue

    return MailQueue(settings, monkeypatch)


@pytest.fixture(autouse=True)
def _one_rate_limit_window(monkeypatch):
    """Rate limits count per clock window (a minute, an hour, a day): a test that ran across a
    window's end would see its count start again. Pin the limiters' clock for every test."""
    from types import SimpleNamespace

    from lead import ratelimit as core_ratelimit
    from membership import ratelimit

    pinned = SimpleNamespace(time=lambda: 1_800_000_000.0)
    monkeypatch.setattr(ratelimit, "time", pinned)
    monkeypatch.setattr(core_ratelimit, "time", pinned)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache (local memory, or Redis in CI)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """`make mutate` runs mutants side by side, each in a forked process reusing a test
    database; two at once on one database would race building the site below. Each takes a
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
    """The test database with the tests' site (tests/factories/site.py) committed once per
    worker: every test starts from it, reading it or changing it inside its own transaction,
    rolled back after it, so none sees another's changes. A reused database (--reuse-db) keeps
    the site it has when it is this one."""
    with django_db_blocker.unblock(), time_machine.travel(SUITE_NOW, tick=True):
        with transaction.atomic():
            if not site_is_built():
                build_site()
        # Transactional tests with serialized_rollback restore this snapshot: include the site.
        for connection in connections.all():
            if hasattr(connection, "_test_serialized_contents"):
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


# --- The demo loader's tests only --------------------------------------------------------------
# Every other test makes its data with tests/factories/ and the fixtures below.


@pytest.fixture
def freshly_migrated(db):
    """The database as `migrate` leaves it (Wagtail's welcome page, no settings, no terms), so
    the demo loader builds the demo from nothing. The tests' site is back for the next test:
    it is removed inside this test's transaction."""
    restore_welcome_page()


@pytest.fixture
def demo_site(freshly_migrated):
    """The core of the demo site as `load_demo_content --core-only` builds it (home, standard
    pages, settings); returns its home page."""
    call_command("load_demo_content", "--core-only", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def full_demo_site(freshly_migrated):
    """The whole demo site, every feature's section and content included."""
    call_command("load_demo_content", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True).root_page.specific


# --- The tests' site and what tests add to it --------------------------------------------------


@pytest.fixture
def home_page(db):
    home = Site.objects.get(is_default_site=True).root_page.specific
    assert isinstance(home, HomePage)
    return home


@pytest.fixture
def unique_token():
    return f"leaktoken{uuid.uuid4().hex}"


@pytest.fixture
def make_page(db):
    """make_page(title, live=True, restricted=False, parent=home page, **fields): a standard
    page, live, a never-published draft, or restricted to signed-in people."""

    def _make(title=None, *, parent=None, **kwargs):
        parent = parent or Site.objects.get(is_default_site=True).root_page
        return factories.make_page(parent, title, **kwargs)

    return _make


@pytest.fixture
def directory(home_page):
    """The network directory at /network/, with the brief's taxonomies."""
    return factories.directory(home_page)


@pytest.fixture
def make_profile(directory):
    """make_profile(title, live=True, region="london", experience=[...], expertise=[...],
    roles=[...], routes=[...], **fields): a profile in the directory (terms by slug)."""
    return partial(factories.make_profile, directory)


@pytest.fixture
def blog(home_page):
    """The blog at /blog/."""
    return factories.blog_index(home_page)


@pytest.fixture
def join_page(home_page):
    """The join page at /join/."""
    return factories.join_page(home_page)


@pytest.fixture
def application(client, join_page):
    """application(**changes): the join form's answers, with a fresh key from the join page."""

    def _make(**changes):
        key = factories.submission_key(client, "/join/")
        data = {**factories.JOIN_ANSWERS, "submission_key": key, **changes}
        return {name: value for name, value in data.items() if value is not None}

    return _make


@pytest.fixture
def member_user(db):
    """An account in the Members group, without a profile."""
    return factories.UserFactory(
        username="member", email="member@example.com", password="pw-member-1", groups=["Members"]
    )


@pytest.fixture
def moderator(db):
    return factories.UserFactory(
        username="mod", email="mod@example.com", password="pw-mod-12345", groups=["Moderators"]
    )


@pytest.fixture
def other_member(make_profile, django_user_model):
    user = django_user_model.objects.create_user(
        "sam@example.com", "sam@example.com", "pw-sam-5678"
    )
    user.groups.add(Group.objects.get(name="Members"))
    profile = make_profile(
        "Sam Other",
        organisation="Sam's secret org",
        organisation_visibility="members",
        contact_email="sam@example.com",
    )
    Membership.objects.filter(profile=profile).update(member=user, accepts_messages=True)
    return ProfilePage.objects.get(pk=profile.pk)


# `make mutate`: the client-address and page-cache middleware run under every test, so each
# surviving mutant of theirs would re-run the whole selection (20 minutes and more apiece). Their
# mutants run the tests written for them instead (docs/testing.md, "Mutation testing").
MUTANT_TESTS = {
    "lead.client_ip.": (
        "tests/production/test_client_address.py",
        "tests/membership/test_rate_limit_rules.py",
        "tests/membership/test_join.py",
    ),
    "lead.pagecache.": (
        "tests/production/test_page_cache.py",
        "tests/production/test_cache_failure.py",
        "tests/quality/test_leaks.py",
        "tests/network/test_members_directory.py",
        "tests/members/",
    ),
}
# Profiles' saving, checking and photo code runs under some 210 tests: a mutant the tests miss
# would re-run them all (eight minutes and more apiece). Its mutants run the tests written for
# profiles, their photos, the member's choices, erasure and what search and the leak scans see.
PROFILE_TESTS = (
    "tests/network/test_profiles.py",
    "tests/membership/test_member_choices.py",
    "tests/network/test_private_photos.py",
    "tests/membership/test_account_photo.py",
    "tests/network/test_hidden_values.py",
    "tests/network/test_visibility_rules.py",
    "tests/membership/test_file_cleanup.py",
    "tests/membership/test_erasure.py",
    "tests/network/test_profile_terms.py",
    "tests/network/test_photo_library.py",
    "tests/network/test_profile_updated.py",
    "tests/network/test_payment_and_language_filters.py",  # a save's language rows
    "tests/membership/test_consent_time.py",
    "tests/search/test_search.py",
    "tests/quality/test_leaks.py",
)
MUTANT_TESTS.update(
    {
        f"network.models.profiles.{function}": PROFILE_TESTS
        for function in (
            "xǁProfilePageǁsave",  # and save_revision
            "xǁProfilePageǁclean",
            "xǁProfilePageǁstored_photo",
            "xǁProfilePageǁsecure_photo",
            "xǁProfilePageǁapply_member_choices",
            "xǁProfilePageǁwith_content_json",
            "xǁProfilePageǁpublic_",
            "x_exposes_old_files",
        )
    }
)
# The rest of profiles' mutants take the whole selection, handed over by mutmut in no useful
# order; a mutant stops at its first failing test, so the tests written for profiles go first.
MUTANT_TESTS_FIRST = {"network.models.profiles.": PROFILE_TESTS}


def _in_order(items, paths):
    """Items under `paths`, in the order of `paths` (then the order they came in)."""
    rank = {}
    for item in items:
        rank[item] = next(
            (n for n, path in enumerate(paths) if item.nodeid.startswith(path)), len(paths)
        )
    return sorted(items, key=rank.__getitem__)


def pytest_collection_modifyitems(config, items):
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    for prefix, paths in MUTANT_TESTS.items():
        if mutant.startswith(prefix):
            kept = [item for item in items if item.nodeid.startswith(paths)]
            config.hook.pytest_deselected(items=[item for item in items if item not in kept])
            items[:] = _in_order(kept, paths)
    for prefix, paths in MUTANT_TESTS_FIRST.items():
        if mutant.startswith(prefix):
            items[:] = _in_order(items, paths)
