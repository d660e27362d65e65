"""Finding career pathway steps: site search, with a "Career pathways" filter and a step's own
card; only live, public steps are found."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_search_finds_a_step_and_shows_its_card(client, make_step):
    make_step(
        "Peer trainer",
        intro="Teaching with lived experience at its heart.",
        competences="<p>Quokkaword: co-producing learning.</p>",
    )
    make_step("Draft trainer", live=False, competences="<p>Quokkaword in a draft.</p>")
    html = soup(client.get("/search/", {"q": "quokkaword", "type": "pathways"}))
    cards = html.select(".search-result--pathway")
    assert len(cards) == 1
    card = cards[0]
    assert card.select_one(".search-result__type").get_text() == "Career step"
    link = card.select_one(".search-result__title a")
    assert (link.get_text(), link["href"]) == ("Peer trainer", "/pathways/peer-trainer/")
    assert "Teaching with lived experience at its heart." in card.get_text()
    assert "Draft trainer" not in html.get_text()
    # The filter is offered beside the others.
    everything = soup(client.get("/search/", {"q": "quokkaword"}))
    assert everything.find("a", href=lambda h: h and "type=pathways" in h) or everything.find(
        "input", attrs={"value": "pathways"}
    )
