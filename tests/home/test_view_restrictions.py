"""View restrictions are read once per request (lead/view_restrictions.py), and a restricted
page stays out of every `.public()` listing all the same."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from lead import view_restrictions
from lead.view_restrictions import ViewRestrictionsMiddleware

# A read of the whole table (no WHERE), as Wagtail's `.public()` makes (and ours, once per
# request, with each restriction's groups); not the serving check of one page's own
# restrictions, nor subqueries.
WHOLE_TABLE = re.compile(r'^SELECT [^()]* FROM "wagtailcore_pageviewrestriction" (?!.* WHERE )')


def restriction_reads(queries):
    return [q for q in queries if WHOLE_TABLE.search(q["sql"])]


@pytest.mark.django_db
def test_a_page_with_many_listings_reads_the_restrictions_once(client, home_page, make_page):
    make_page("Members corner", slug="members-corner", restricted=True)
    client.get("/")  # warm per-process caches
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert response.status_code == 200
    assert len(restriction_reads(queries)) == 1
    assert "Members corner" not in response.content.decode()
    assert "About" in response.content.decode()  # positive control: the page has its content
    # Then from the shared cache, until a restriction changes.
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/")
    assert restriction_reads(queries) == []
    assert "Members corner" not in again.content.decode()
    assert "About" in again.content.decode()


@pytest.mark.django_db
def test_a_new_restriction_is_read_at_once_whatever_was_kept(client, home_page, make_page):
    page = make_page("Members corner", slug="members-corner", show_in_menus=True)
    assert "Members corner" in client.get("/").content.decode()  # listed, and the list kept
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/")
    assert "Members corner" not in response.content.decode()
    assert "About" in response.content.decode()
    assert client.get("/members-corner/").status_code == 302  # to sign in


@pytest.mark.django_db
def test_a_restriction_added_during_a_request_applies_at_once(home_page, make_page):
    page = make_page("Soon private", slug="soon-private")

    def view(request):
        assert Page.objects.public().filter(pk=page.pk).exists()  # read and held
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
        assert not Page.objects.public().filter(pk=page.pk).exists()
        assert Page.objects.not_public().filter(pk=page.pk).exists()
        return "done"

    assert ViewRestrictionsMiddleware(view)(object()) == "done"


@pytest.mark.django_db
def test_outside_a_request_nothing_is_held(home_page, make_page):
    page = make_page("Open page", slug="open-page")
    below = make_page("Below it", slug="below-it", parent=page)
    assert Page.objects.public().filter(pk=below.pk).exists()
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD,
                                       password="x")  # fmt: skip
    # The restricted page and everything under it; its siblings stay public.
    assert not Page.objects.public().filter(pk__in=[page.pk, below.pk]).exists()
    assert Page.objects.public().filter(pk=home_page.pk).exists()
    assert view_restrictions.restricted_sections() == ((page.path, page.depth),)
