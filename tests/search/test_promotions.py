"""Editors' promoted results: first, labelled, live public pages only."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion


@pytest.mark.django_db
def test_promoted_results_come_first_and_are_labelled(search, make_page):
    make_page("Organic match", intro="bursaryword")
    promoted = make_page("Fair pay guide", intro="nothing in common")
    SearchPromotion.objects.create(
        query=Query.get("bursaryword"), page=promoted, description="How we pay people."
    )
    SearchPromotion.objects.create(
        query=Query.get("bursaryword"),
        external_link_url="https://example.org/pay",
        external_link_text="Payment guidance",
    )
    results = search(q="BursaryWord")
    assert results.titles == ["Fair pay guide", "Payment guidance", "Organic match"]
    recommended = results.soup.select(".search-results--recommended .search-result")
    assert all("Recommended" in card.get_text() for card in recommended)
    assert results.soup.select_one(".search-results--recommended")["aria-label"] == "Recommended"
    assert "How we pay people." in results.text
    # Only on the first page of all types.
    assert search(q="bursaryword", type="pages").titles == ["Organic match"]


@pytest.mark.django_db
def test_promotions_of_unpublished_or_private_pages_are_not_shown(search, make_page):
    draft = make_page("Draft promoted", live=False)
    private = make_page("Private promoted", restricted=True)
    withdrawn = make_page("Withdrawn promoted")
    withdrawn.unpublish()
    for page in (draft, private, withdrawn):
        SearchPromotion.objects.create(query=Query.get("gannetword"), page=page)
    make_page("Gannet page", intro="gannetword")
    results = search(q="gannetword")
    assert results.titles == ["Gannet page"]
    assert results.soup.select(".search-results--recommended") == []
