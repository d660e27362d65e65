"""/search/suggest/: JSON for as-you-type suggestions, prefix matching on titles, live public
pages only, capped."""

import pytest

from search.views import SUGGESTIONS


def suggest(client, q):
    response = client.get("/search/suggest/", {"q": q})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["X-Robots-Tag"] == "noindex"
    return response.json()


@pytest.mark.django_db
def test_prefix_matching_on_titles(client, make_page, make_profile):
    page = make_page("Peregrine falcons", intro="birds")
    make_profile("Peregrina Jones")
    make_page("Other page", intro="Peregrine in the body only")
    data = suggest(client, "peregr")
    assert data["query"] == "peregr"
    assert {r["title"] for r in data["results"]} == {"Peregrine falcons", "Peregrina Jones"}
    by_title = {r["title"]: r for r in data["results"]}
    assert by_title["Peregrine falcons"] == {"title": "Peregrine falcons", "url": page.url,
                                             "type": "Page"}  # fmt: skip
    assert by_title["Peregrina Jones"]["type"] == "Person"
    # Several words: the last may be a prefix, the others whole words.
    assert [r["title"] for r in suggest(client, "peregrine fal")["results"]] == [
        "Peregrine falcons"
    ]


@pytest.mark.django_db
def test_never_drafts_private_or_hidden(client, make_page, make_profile):
    make_page("Lapwing public")
    make_page("Lapwing draft", live=False)
    make_page("Lapwing private", restricted=True)
    make_profile("Lapwing Draftperson", live=False)
    make_profile("Quiet One", organisation="Lapwing Org", organisation_visibility="hidden")
    assert [r["title"] for r in suggest(client, "lapw")["results"]] == ["Lapwing public"]


@pytest.mark.django_db
def test_capped_and_short_queries(client, make_page):
    for n in range(SUGGESTIONS + 4):
        make_page(f"Puffin {n}")
    assert len(suggest(client, "puff")["results"]) == SUGGESTIONS
    # Too short to suggest from (though every page starts with "p"): an answer, with nothing.
    assert suggest(client, "p") == {"query": "p", "results": []}
    assert suggest(client, "") == {"query": "", "results": []}
    assert suggest(client, "!!") == {"query": "!!", "results": []}


@pytest.mark.django_db
def test_markup_is_escaped_in_the_json(client, home_page):
    response = client.get("/search/suggest/", {"q": "<img src=x onerror=alert(1)>"})
    assert b"<img" not in response.content
    assert response.json()["query"] == "<img src=x onerror=alert(1)>"


@pytest.mark.django_db
def test_suggestions_are_not_logged(client, make_page):
    from wagtail.contrib.search_promotions.models import Query

    page = make_page("Guillemot")
    assert suggest(client, "guill")["results"] == [
        {"title": "Guillemot", "url": page.url, "type": "Page"}
    ]
    assert not Query.objects.exists()


@pytest.mark.django_db
def test_the_search_boxes_are_enhanced_progressively(client, home_page):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get("/search/").content, "html.parser")
    forms = soup.select("form[role=search]")
    assert len(forms) == 2  # the header's box and the search page's own
    for form in forms:
        assert form["action"] == "/search/" and form["method"] == "get"
        assert form["data-search-suggest"] == "/search/suggest/"
        assert form.select_one('input[type="search"][name="q"]')
        # The combobox roles are added by the script, never by the server.
        assert not form.select('[role="combobox"]')
    script = soup.select_one('script[src*="search-suggest"]')
    assert script is not None and script.has_attr("defer")
