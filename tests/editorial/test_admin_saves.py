"""What made admin saves fail in the browser's console: autosave sending a new page that could
not be stored yet (400 on every keystroke), and SQLite refusing two writers at once (503)."""

import threading
from contextlib import contextmanager

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.db import OperationalError, connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.urls import reverse

from events.models import EventIndexPage
from home.editorial.roles import EDITORS

from ..factories import make_event

pytestmark = pytest.mark.django_db


def edit_form(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_new_page_is_not_autosaved_until_it_is_first_saved(client, user_in):
    index = EventIndexPage.objects.get()
    event = make_event(index, "Peer leadership circle")
    client.force_login(user_in(EDITORS))

    add = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    new = edit_form(client, add)
    form = new.find("form", id="page-edit-form")
    assert "w-autosave" not in form["data-controller"].split()
    assert "w-autosave" not in form["data-action"]
    assert new.find(id="w-autosave-indicator") is None
    assert "w-unsaved" in form["data-controller"].split()  # leaving unsaved work still warns

    # Control: once stored, the page autosaves as Wagtail intends.
    existing = edit_form(client, reverse("wagtailadmin_pages:edit", args=[event.pk]))
    form = existing.find("form", id="page-edit-form")
    assert "w-autosave" in form["data-controller"].split()
    assert existing.find(id="w-autosave-indicator") is not None


@contextmanager
def sqlite_connection(alias, path):
    """A connection of its own (in this thread) to the SQLite file `path`, with the site's
    database options, used as `transaction.atomic(using=alias)` uses the site's."""
    database = settings.DATABASES["default"]
    connections[alias] = DatabaseWrapper({**database, "NAME": str(path)}, alias=alias)
    try:
        yield connections[alias]
    finally:
        connections[alias].close()
        del connections[alias]


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's locking only",
)
def test_two_requests_that_read_then_write_both_succeed_on_sqlite(tmp_path):
    """One request reads then writes (an autosave) while another writes (the image chooser's
    thumbnails): with SQLite's default transactions the first failed at once with "database is
    locked"."""
    path = tmp_path / "site.sqlite3"
    with sqlite_connection("setup", path) as setup, setup.cursor() as cursor:
        cursor.execute("CREATE TABLE saved (what TEXT)")
    errors, started = [], threading.Event()

    def make_thumbnails():
        with sqlite_connection("thumbnails", path) as thumbnails:
            started.set()
            try:
                with transaction.atomic(using="thumbnails"), thumbnails.cursor() as cursor:
                    cursor.execute("INSERT INTO saved VALUES ('thumbnail')")
            except OperationalError as error:
                errors.append(error)

    other = threading.Thread(target=make_thumbnails)
    with sqlite_connection("autosave", path) as autosave:
        try:
            with transaction.atomic(using="autosave"), autosave.cursor() as cursor:
                cursor.execute("SELECT COUNT(*) FROM saved")  # the autosave reads first...
                other.start()
                started.wait()
                other.join(timeout=0.5)  # ...the thumbnails try to write meanwhile...
                cursor.execute("INSERT INTO saved VALUES ('autosave')")  # ...then it writes
        except OperationalError as error:
            errors.append(error)
    other.join(timeout=30)

    assert errors == []
    with sqlite_connection("check", path) as check, check.cursor() as cursor:
        cursor.execute("SELECT what FROM saved ORDER BY what")
        assert [row[0] for row in cursor.fetchall()] == ["autosave", "thumbnail"]
