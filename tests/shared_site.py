"""Data built once for a whole test module and thrown away after it.

Growing listings is the slow part of the quality harnesses; doing it once per module instead of
once per test keeps the suite fast. The data is written inside a transaction that is rolled
back when the module ends, and each test runs in its own savepoint inside it (pytest-django's
usual per-test transaction), so tests still cannot see each other's changes and nothing
outlives the module.
"""

from contextlib import contextmanager

import time_machine
from django.db import transaction
from wagtail.models import Site


@contextmanager
def module_site(django_db_blocker, now):
    """The tests' site, inside a transaction rolled back on exit, with the clock at `now` while
    the module builds on it (each test's own `clock` fixture starts from the same moment).
    Yields the home page."""
    with django_db_blocker.unblock(), transaction.atomic(), time_machine.travel(now, tick=True):
        try:
            yield Site.objects.get(is_default_site=True).root_page.specific
        finally:
            transaction.set_rollback(True)


@contextmanager
def rolled_back():
    """Changes made inside are undone on exit (a savepoint within the module's transaction)."""
    with transaction.atomic():
        try:
            yield
        finally:
            transaction.set_rollback(True)
