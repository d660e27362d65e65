"""Finding guides: site search (with a Guides filter and a guide's own card), the sitemap,
and "For organisations" in the header's navigation."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from ..factories import guide_section, make_guide
from ..sitemaps import sitemap_locations

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_search_finds_a_guide_and_shows_its_card(client, section, make_page):
    make_guide(
        section,
        "Paying people fairly",
        intro="Rates, routes and paying on time.",
        body=[("paragraph", "<p>Quokkaword appears in the guide.</p>")],
        last_reviewed=date(2026, 11, 3),
    )
    make_page("A standard page", intro="Quokkaword on a standard page.")
    html = soup(client.get("/search/", {"q": "quokkaword"}))
    cards = html.select(".search-result--guide")
    assert len(cards) == 1
    card = cards[0]
    assert card.select_one(".search-result__type").get_text() == "Guide"
    link = card.select_one(".search-result__title a")
    assert (link.get_text(), link["href"]) == (
        "Paying people fairly",
        "/for-organisations/paying-people-fairly/",
    )
    assert "Last reviewed 3 November 2026" in card.get_text()
    assert "Rates, routes and paying on time." in card.get_text()
    # The standard page is a plain card, and the filter offers Guides.
    assert "A standard page" in html.select_one(".search-results").get_text()
    filters = html.select_one(".search-types").get_text(" ", strip=True)
    assert "Guides (1)" in filters
    only = soup(client.get("/search/", {"q": "quokkaword", "type": "guides"}))
    titles = [a.get_text() for a in only.select(".search-result__title a")]
    assert titles == ["Paying people fairly"]


def test_search_leaves_out_draft_and_restricted_guides(client, section):
    make_guide(section, "Draft wallabyword guide", live=False)
    make_guide(section, "Private wallabyword guide", restricted=True)
    make_guide(section, "Live wallabyword guide")
    html = soup(client.get("/search/", {"q": "wallabyword"}))
    titles = [a.get_text() for a in html.select(".search-result__title a")]
    assert titles == ["Live wallabyword guide"]


def test_the_sitemap_lists_the_sections_and_their_live_public_guides(client, home_page):
    section = guide_section(home_page)
    members = guide_section(home_page, slug="for-members", title="For members")
    make_guide(section, "Paying people fairly")
    make_guide(members, "Payments and benefits", slug="payments-and-benefits")
    make_guide(section, "Unfinished", slug="unfinished", live=False)
    make_guide(section, "Private", slug="private", restricted=True)
    locations = sitemap_locations(client)
    for path in (
        "/for-organisations/",
        "/for-organisations/paying-people-fairly/",
        "/for-members/",
        "/for-members/payments-and-benefits/",
    ):
        assert f"http://testserver{path}" in locations, path
    assert not [loc for loc in locations if loc.endswith(("/unfinished/", "/private/"))]


def test_the_header_navigation_shows_for_organisations(client, home_page):
    guide_section(home_page)
    guide_section(home_page, slug="for-members", title="For members", show_in_menus=False)
    nav = soup(client.get("/about/")).select_one("nav.main-nav")
    links = {a.get_text(strip=True): a["href"] for a in nav.select("a")}
    assert links["For organisations"] == "/for-organisations/"
    assert "About LEAD" in links  # the control: the rest of the menu is there
    assert "For members" not in links
    # On the section and its guides, the item is marked as the current section.
    guide = make_guide(guide_section(home_page), "Paying people fairly")
    nav = soup(client.get(guide.url)).select_one("nav.main-nav")
    current = nav.select_one('a[href="/for-organisations/"]')
    assert current["aria-current"] == "true"
