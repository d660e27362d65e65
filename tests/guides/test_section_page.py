"""A guide section (/for-organisations/) lists its live, public guides with their intro and
review date, then the section's other pages (the pay calculator, the pledge) whatever app
they come from."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from ..factories import StandardPageFactory, add_page, make_guide

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_section_lists_live_public_guides_with_intro_and_last_reviewed(client, section):
    make_guide(
        section,
        "Paying people fairly",
        intro="Rates, routes and paying on time.",
        last_reviewed=date(2026, 11, 3),
    )
    make_guide(section, "Co-production basics")
    make_guide(section, "Unfinished guide", live=False)
    make_guide(section, "Staff-only guide", restricted=True)
    html = soup(client.get("/for-organisations/"))
    assert html.h1.get_text() == "For organisations"
    assert "Guides for organisations" in html.select_one(".lead").get_text()
    cards = html.select(".guide-section__part .guide-card")
    titles = [card.select_one(".guide-card__title").get_text() for card in cards]
    assert titles == ["Paying people fairly", "Co-production basics"]
    first = cards[0].get_text(" ", strip=True)
    assert "Rates, routes and paying on time." in first
    assert "Last reviewed 3 November 2026" in first
    assert cards[0].select_one("a")["href"] == "/for-organisations/paying-people-fairly/"
    page_text = html.get_text()
    assert "Unfinished guide" not in page_text and "Staff-only guide" not in page_text


def test_section_lists_its_other_pages_after_the_guides(client, section):
    make_guide(section, "Paying people fairly")
    calculator = StandardPageFactory.build(
        title="Fair-pay calculator",
        slug="pay-calculator",
        intro="Not shown on the card.",
        search_description="Work out what to budget.",
    )
    add_page(section, calculator)
    hidden = StandardPageFactory.build(title="Hidden tool", slug="hidden-tool", intro="Not yet.")
    add_page(section, hidden, live=False)
    html = soup(client.get("/for-organisations/"))
    more = html.find("h2", string="More in this section").parent
    cards = more.select(".guide-card")
    assert [c.select_one("a").get_text() for c in cards] == ["Fair-pay calculator"]
    assert cards[0].select_one("a")["href"] == "/for-organisations/pay-calculator/"
    # The card describes the page as its Promote tab does (read from the page tree alone).
    assert "Work out what to budget." in cards[0].get_text()
    assert "Not shown on the card." not in html.get_text()
    assert "Hidden tool" not in html.get_text()
    guides = html.find("h2", string="Guides").parent
    assert "Fair-pay calculator" not in guides.get_text()
    assert "Paying people fairly" in guides.get_text()


def test_an_empty_section_says_so(client, section):
    html = soup(client.get("/for-organisations/"))
    assert "There are no guides here yet." in html.get_text()
    assert html.find("h2", string="More in this section") is None


@pytest.mark.parametrize("number", ["2", "0", "-1", "abc", "99999999999999999999"])
def test_any_page_number_is_safe(client, section, number):
    make_guide(section, "Paying people fairly")
    response = client.get("/for-organisations/", {"page": number})
    assert response.status_code == 200
    assert "Paying people fairly" in response.content.decode()
