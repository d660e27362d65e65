"""The search page's type filter: a type with no results is not offered unless chosen, and the
filter sits in a panel sent closed (js/filter-panel.js opens it on wide screens), whose summary
names the chosen type."""

import pytest

pytestmark = pytest.mark.django_db


def summary(results):
    return " ".join(results.soup.select_one(".search-types summary").get_text().split())


def test_a_type_with_no_results_is_not_offered(search, make_page, make_profile):
    make_page("Standard one", intro="otterwise")
    make_profile("Otto Person", summary="otterwise summary")
    results = search(q="otterwise")
    assert results.type_counts() == {"All": 2, "People": 1, "Pages": 1}  # no Posts (0)
    assert "Posts" not in results.soup.select_one(".search-types").get_text()
    assert summary(results) == "Filter by type"
    assert not results.soup.select_one(".search-types details").has_attr("open")


def test_a_chosen_type_with_no_results_stays_offered(search, make_page):
    make_page("Standard one", intro="otterwise")
    results = search(q="otterwise", type="posts")
    assert results.type_counts() == {"All": 1, "Posts": 0, "Pages": 1}
    chosen = results.soup.select_one('.search-types a[aria-current="page"]')
    assert chosen.get_text(" ", strip=True) == "Posts (0)"
    assert summary(results) == "Filter by type (Posts)"
