"""The basic search page: live public pages only, and bad input handled."""

import pytest
from bs4 import BeautifulSoup


def results(client, **params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".search-results h2")], soup


@pytest.mark.django_db
def test_search_finds_live_public_pages_only(client, demo_site, make_page, unique_token):
    make_page("Visible page", intro=f"{unique_token} visible")
    make_page("Draft page", intro=f"{unique_token} draft", live=False)
    make_page("Restricted page", intro=f"{unique_token} restricted", restricted=True)
    titles, soup = results(client, q=unique_token)
    assert titles == ["Visible page"]
    assert soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "x" * 10_000},
        {"q": "peer\x00support"},
        {"q": "<script>alert(1)</script>"},
        {"q": "' OR 1=1 --"},
        {"q": "peer", "page": "-1"},
        {"q": "peer", "page": "abc"},
        {"q": "peer", "page": "99999999999999999999"},
    ],
)
def test_bad_input_is_handled(client, demo_site, params):
    response = client.get("/search/", params)
    assert response.status_code == 200
    assert b"<script>alert(1)</script>" not in response.content


@pytest.mark.django_db
def test_long_query_is_capped_with_a_notice(client, demo_site):
    _, soup = results(client, q="peer " * 100)
    assert "shortened to its first 200 characters" in soup.get_text()
