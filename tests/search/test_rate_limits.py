"""The search and its suggestions answer a person typing and paging, not a script: each address
has an allowance a minute, and a search repeated by one visitor feeds the reports once."""

from types import SimpleNamespace

import pytest
from django.conf import settings
from wagtail.contrib.search_promotions.models import Query

from lead import ratelimit
from search.models import ZeroResultQuery

ONE, OTHER = "192.0.2.10", "198.51.100.20"


def hits(text):
    query = Query.objects.filter(query_string=text).first()
    return query.hits if query else 0


@pytest.mark.django_db
def test_searches_are_limited_per_address(client, home_page):
    limit, seconds = settings.LEAD_RATE_LIMITS["search"]
    assert limit >= 60 and seconds == 60  # a person paging through results never meets it
    for _ in range(limit):
        assert client.get("/search/", {"q": ""}, REMOTE_ADDR=ONE).status_code == 200
    over = client.get("/search/", {"q": "peer support"}, REMOTE_ADDR=ONE)
    assert over.status_code == 429
    assert over["Retry-After"] == "60"
    html = over.content.decode()
    assert "Please wait a minute" in html and "a lot of searches" in html
    assert "Need urgent help?" in html
    assert not Query.objects.exists()  # the refused search is not logged
    # Another address has its own allowance.
    assert client.get("/search/", {"q": "peer support"}, REMOTE_ADDR=OTHER).status_code == 200


@pytest.mark.django_db
def test_suggestions_are_limited_per_address(client, make_page):
    make_page("Peregrine falcons")
    limit, seconds = settings.LEAD_RATE_LIMITS["search-suggest"]
    assert limit >= 120 and seconds == 60  # one a keystroke pause, for a minute of typing
    for _ in range(limit):
        response = client.get("/search/suggest/", {"q": "peregr"}, REMOTE_ADDR=ONE)
        assert response.status_code == 200
    assert [r["title"] for r in response.json()["results"]] == ["Peregrine falcons"]
    over = client.get("/search/suggest/", {"q": "peregr"}, REMOTE_ADDR=ONE)
    assert over.status_code == 429 and over["Retry-After"] == "60"
    assert over.json() == {"query": "peregr", "results": []}
    other = client.get("/search/suggest/", {"q": "peregr"}, REMOTE_ADDR=OTHER)
    assert [r["title"] for r in other.json()["results"]] == ["Peregrine falcons"]


@pytest.mark.django_db
def test_the_searches_and_suggestions_are_counted_apart(client, home_page):
    limit, _ = settings.LEAD_RATE_LIMITS["search-suggest"]
    for _ in range(limit + 1):
        client.get("/search/suggest/", {"q": "pe"}, REMOTE_ADDR=ONE)
    assert client.get("/search/suggest/", {"q": "pe"}, REMOTE_ADDR=ONE).status_code == 429
    assert client.get("/search/", {"q": "peer"}, REMOTE_ADDR=ONE).status_code == 200


@pytest.mark.django_db
def test_one_visitor_repeating_a_search_is_logged_once_a_minute(client, home_page, monkeypatch):
    for _ in range(3):
        client.get("/search/", {"q": "repeatedword"}, REMOTE_ADDR=ONE)
    assert hits("repeatedword") == 1
    assert ZeroResultQuery.objects.get().hits == 1  # it found nothing: counted once there too
    # Two visitors are two searches.
    client.get("/search/", {"q": "Repeatedword"}, REMOTE_ADDR=OTHER)
    assert hits("repeatedword") == 2
    # A minute on, the first visitor's search counts again.
    later = ratelimit.time.time() + 60  # the suite pins the limiters' clock (tests/conftest.py)
    monkeypatch.setattr(ratelimit, "time", SimpleNamespace(time=lambda: later))
    client.get("/search/", {"q": "repeatedword"}, REMOTE_ADDR=ONE)
    assert hits("repeatedword") == 3
