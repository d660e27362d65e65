"""What every page tells search engines and link previews. The sitemap lists only addresses
search engines should keep: each one answers, names itself as its canonical address and is not
marked noindex; listings name their own address as canonical, without the filters a visitor
chose. Every page has a description, and every share image is described in words."""

import pytest
from bs4 import BeautifulSoup

from ..factories import build_showcase
from ..sitemaps import sitemap_locations
from .registry import SITE_BUILDERS


def head(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").head


def canonical(response):
    return head(response).find("link", rel="canonical")["href"]


@pytest.mark.django_db
def test_every_sitemap_address_is_its_own_canonical_and_indexable(client, home_page):
    build_showcase(home_page)
    for build in SITE_BUILDERS:
        build(home_page)
    locations = sitemap_locations(client)
    assert "http://testserver/blog/category/leadership/" in locations
    assert "http://testserver/events/past/" in locations
    assert len(locations) >= 15
    for location in locations:
        response = client.get(location)
        page = head(response)
        assert canonical(response) == location, location
        assert page.find("meta", property="og:url")["content"] == location, location
        robots = page.find("meta", attrs={"name": "robots"})
        assert robots is None or "noindex" not in robots["content"], location
        assert "noindex" not in response.get("X-Robots-Tag", ""), location


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("/blog/category/leadership/?page=1&utm_source=x", "/blog/category/leadership/"),
        ("/blog/?page=2", "/blog/?page=2"),
        ("/events/?format=online&region=wales&month=2026-12", "/events/"),
        ("/events/past/?format=online", "/events/past/"),
        ("/network/?region=wales&q=board&sort=name", "/network/"),
        ("/opportunities/?region=remote&page=2", "/opportunities/?page=2"),
    ],
)
def test_a_filtered_listing_names_its_unfiltered_address(client, home_page, address, expected):
    for build in SITE_BUILDERS:
        build(home_page)
    response = client.get(address)
    assert canonical(response) == f"http://testserver{expected}"


def meta(page, prop):
    tag = page.find("meta", property=prop)
    return tag["content"] if tag else None


@pytest.mark.django_db
def test_every_share_image_is_described(client, home_page):
    showcase = build_showcase(home_page)
    locations = sitemap_locations(client)
    assert len(locations) >= 15
    described = 0
    for location in locations:
        page = head(client.get(location))
        description = page.find("meta", attrs={"name": "description"})
        if description is not None:  # an editor wrote one, or the page type has a summary
            assert meta(page, "og:description") == description["content"], location
            described += 1
        assert meta(page, "og:image"), location
        assert meta(page, "og:image:alt"), location
    assert described >= 10
    # A page's own image is described by its editor's words; otherwise the site's default
    # image by its description in the library (or its title).
    own = {
        showcase["post"].url: "An abstract pattern of overlapping circles.",
        showcase["profile"].url: "Illustrated portrait of Rowan Hale",
        "/": "LEAD share image",
    }
    for url, alt in own.items():
        assert meta(head(client.get(url)), "og:image:alt") == alt, url


@pytest.mark.django_db
def test_the_past_events_archive_describes_itself(client, home_page):
    build_showcase(home_page)
    page = head(client.get("/events/past/"))
    description = (
        "Past events from LEAD: Lived Experience Advisory Directory: talks, workshops and peer "
        "sessions that have already taken place."
    )
    assert meta(page, "og:title") == "Past events"
    assert meta(page, "og:description") == description
    assert page.find("meta", attrs={"name": "description"})["content"] == description
    assert meta(page, "og:image").startswith("http://testserver/media/")
    assert meta(page, "og:image:alt") == "LEAD share image"
    assert canonical(client.get("/events/past/")) == "http://testserver/events/past/"


@pytest.mark.django_db
def test_a_category_page_shares_its_own_title_and_description(client, home_page):
    showcase = build_showcase(home_page)
    category = showcase["post"].categories.get()
    category.description = "Posts about leading from lived experience."
    category.save()
    page = head(client.get(f"/blog/category/{category.slug}/"))
    assert meta(page, "og:title") == category.name
    assert meta(page, "og:description") == "Posts about leading from lived experience."
    tag = head(client.get("/blog/tag/boards/"))
    assert meta(tag, "og:title") == "Posts tagged boards"
    assert canonical(client.get("/blog/tag/boards/")) == "http://testserver/blog/tag/boards/"
