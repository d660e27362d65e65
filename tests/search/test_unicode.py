"""One name, two spellings: "Ciarán" typed with a precomposed "á" (NFC) or as "a" plus a
combining accent (NFD, what some keyboards and copied text give) finds the same pages."""

import unicodedata

import pytest
from bs4 import BeautifulSoup
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

COMPOSED = "Ciar\u00e1n"
DECOMPOSED = "Ciara\u0301n"


def suggested(client, q):
    return [r["title"] for r in client.get("/search/suggest/", {"q": q}).json()["results"]]


def directory_names(client, q):
    soup = BeautifulSoup(client.get("/network/", {"q": q}).content, "html.parser")
    return [h.get_text(strip=True) for h in soup.select(".profile-card__name")]


def test_the_two_spellings_differ():
    assert COMPOSED != DECOMPOSED
    assert unicodedata.normalize("NFC", DECOMPOSED) == COMPOSED


@pytest.mark.django_db
def test_a_composed_name_is_found_by_decomposed_input(client, search, make_profile):
    make_profile(f"{COMPOSED} Byrne", summary="Peer trainer in Galway")
    assert search(q=DECOMPOSED).titles == [f"{COMPOSED} Byrne"]
    assert suggested(client, DECOMPOSED[:-1]) == [f"{COMPOSED} Byrne"]
    assert directory_names(client, DECOMPOSED) == [f"{COMPOSED} Byrne"]
    # The control: the composed spelling finds it too.
    assert search(q=COMPOSED).titles == [f"{COMPOSED} Byrne"]


@pytest.mark.django_db
def test_a_title_saved_decomposed_is_found_by_composed_input(client, search, make_page):
    page = make_page(f"{DECOMPOSED}'s story", intro="A page about peer leadership")
    assert Page.objects.get(pk=page.pk).title == f"{DECOMPOSED}'s story"  # stored as typed
    assert search(q=COMPOSED).titles == [f"{DECOMPOSED}'s story"]
    assert suggested(client, COMPOSED[:-1]) == [f"{DECOMPOSED}'s story"]
    assert search(q=DECOMPOSED).titles == [f"{DECOMPOSED}'s story"]


@pytest.mark.django_db
def test_both_spellings_count_as_one_search_in_the_reports(client, home_page):
    client.get("/search/", {"q": COMPOSED}, REMOTE_ADDR="192.0.2.1")
    client.get("/search/", {"q": DECOMPOSED}, REMOTE_ADDR="192.0.2.2")
    assert [(q.query_string, q.hits) for q in Query.objects.all()] == [(COMPOSED.lower(), 2)]


@pytest.mark.django_db
def test_the_word_is_marked_in_a_snippet_saved_decomposed(search, make_page):
    make_page("Peer stories", intro=f"How {DECOMPOSED} became a peer trainer")
    marked = search(q=COMPOSED).soup.select(".search-result__snippet mark")
    assert [mark.get_text() for mark in marked] == [COMPOSED]
