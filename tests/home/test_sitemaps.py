"""The sitemap index and the sections' sitemaps (lead/sitemaps.py): what a search engine is
told, in pages it can read, and never a page it may not see or a stale copy."""

import re

import pytest
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from lead import sitemaps as sitemap_views

from ..factories import publish
from ..sitemaps import LOC, local, sitemap_locations, sitemap_text


def locations(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    return [local(loc) for loc in LOC.findall(response.content.decode())]


@pytest.fixture
def section(make_page):
    """A section ("Guides") with five live pages, a draft and a restricted page under it."""
    guides = make_page("Guides", slug="guides")
    pages = [make_page(f"Guide {n}", slug=f"guide-{n}", parent=guides) for n in range(1, 6)]
    make_page("Unfinished guide", slug="unfinished-guide", parent=guides, live=False)
    make_page("Members guide", slug="members-guide", parent=guides, restricted=True)
    return guides, pages


@pytest.mark.django_db
def test_the_index_lists_the_home_sitemap_and_one_per_section(client, section):
    listed = locations(client, "/sitemap.xml")
    assert listed[0] == "/sitemap-home.xml"
    assert "/sitemap-guides.xml" in listed
    # A top-level page with nothing under it is in the home sitemap, not a sitemap of its own.
    assert "/sitemap-about.xml" not in listed
    home = locations(client, "/sitemap-home.xml")
    assert home[0] == "/" and "/about/" in home and "/guides/" in home
    assert "/guides/guide-1/" not in home  # listed in its section's sitemap instead
    guides = locations(client, "/sitemap-guides.xml")
    assert guides == [f"/guides/guide-{n}/" for n in range(1, 6)]


@pytest.mark.django_db
def test_every_page_is_listed_once_with_its_last_published_date(client, section):
    every = sitemap_locations(client)
    assert len(every) == len(set(every))
    text = sitemap_text(client)
    published = section[1][0].last_published_at.date().isoformat()
    assert re.search(
        rf"<loc>http://testserver/guides/guide-1/</loc><lastmod>{published}</lastmod>", text
    )
    assert "unfinished-guide" not in text and "members-guide" not in text


@pytest.mark.django_db
def test_large_sections_are_split_into_pages(client, section, monkeypatch):
    monkeypatch.setattr(sitemap_views, "PER_PAGE", 2)
    listed = locations(client, "/sitemap.xml")
    assert [url for url in listed if "guides" in url] == [
        "/sitemap-guides.xml",
        "/sitemap-guides.xml?p=2",
        "/sitemap-guides.xml?p=3",
    ]
    assert locations(client, "/sitemap-guides.xml") == ["/guides/guide-1/", "/guides/guide-2/"]
    assert locations(client, "/sitemap-guides.xml?p=3") == ["/guides/guide-5/"]
    assert client.get("/sitemap-guides.xml?p=4").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/sitemap-nowhere.xml",
        "/sitemap-guides.xml?p=0",
        "/sitemap-guides.xml?p=two",
        "/sitemap-guides.xml?p=%C2%B2",  # a superscript two: a digit to str.isdigit
        "/sitemap-guides.xml?p=99999999999",
        "/sitemap-home.xml?p=2",
        "/sitemap.xml?p=2",
        "/sitemap-unfinished-guide.xml",
    ],
)
def test_addresses_of_no_sitemap_answer_404(client, section, path):
    assert client.get(path).status_code == 404
    assert client.get("/sitemap-guides.xml").status_code == 200  # positive control


@pytest.mark.django_db
def test_a_built_sitemap_is_served_from_the_cache(client, section):
    from django.db import connection

    client.get("/sitemap-guides.xml")
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/sitemap-guides.xml")
    assert "/guides/guide-1/" in again.content.decode()
    # Only the site is looked up (for its address); no page is read.
    assert not [q for q in queries if 'FROM "wagtailcore_page"' in q["sql"]]
    assert len(queries) <= 1


@pytest.mark.django_db
def test_publishing_unpublishing_moving_deleting_and_restricting_clear_it(
    client, django_capture_on_commit_callbacks, make_page, section
):
    guides, pages = section
    assert "/guides/guide-1/" in locations(client, "/sitemap-guides.xml")  # now cached

    with django_capture_on_commit_callbacks(execute=True):
        new = make_page("Guide 6", slug="guide-6", parent=guides)
    assert "/guides/guide-6/" in locations(client, "/sitemap-guides.xml")

    with django_capture_on_commit_callbacks(execute=True):
        new.unpublish()
    assert "/guides/guide-6/" not in locations(client, "/sitemap-guides.xml")

    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=pages[1], restriction_type=PageViewRestriction.LOGIN
        )
    listed = locations(client, "/sitemap-guides.xml")
    assert "/guides/guide-2/" not in listed and "/guides/guide-1/" in listed

    with django_capture_on_commit_callbacks(execute=True):
        pages[2].move(guides.get_parent(), pos="last-child")
    assert "/guides/guide-3/" not in locations(client, "/sitemap-guides.xml")
    assert "/guide-3/" in locations(client, "/sitemap-home.xml")

    with django_capture_on_commit_callbacks(execute=True):
        pages[3].delete()
    listed = locations(client, "/sitemap-guides.xml")
    assert listed == ["/guides/guide-1/", "/guides/guide-5/"]

    with django_capture_on_commit_callbacks(execute=True):
        pages[4].title = "Guide five, revised"
        pages[4].save_revision()
        publish(pages[4])
    assert "/guides/guide-5/" in locations(client, "/sitemap-guides.xml")
