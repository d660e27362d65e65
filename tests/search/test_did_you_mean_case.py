"""'Did you mean' keeps the case the visitor typed: the words they got right are shown as they
typed them, and a corrected word follows the typed word's capitals."""

import pytest

from search.spelling import in_typed_case


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("Recovry Colleges", "Recovery Colleges"),
        ("NHS recovry", "NHS recovery"),
        ("RECOVRY colleges", "RECOVERY colleges"),
        ("recovry colleges", "recovery colleges"),
    ],
)
def test_the_suggestion_keeps_the_typed_case(search, make_page, typed, offered):
    make_page("NHS recovery colleges explained", intro="How they work")
    results = search(q=typed)
    suggestion = results.soup.select_one(".search-suggestion a")
    assert suggestion is not None, results.text
    assert suggestion.get_text() == offered
    if offered != offered.lower():  # nowhere in lower case (the visitor's words are echoed)
        assert offered.lower() not in results.text
    # The suggestion's link searches for what it shows, and finds the page.
    assert search(q=suggestion.get_text()).titles == ["NHS recovery colleges explained"]


def test_each_word_in_the_typed_case():
    terms = ["nhs", "recovry", "coleges", "peer"]
    corrected = ["nhs", "recovery", "colleges", "peer"]
    typed = "NHS Recovry COLEGES pEEr"
    assert in_typed_case(typed, terms, corrected) == ["NHS", "Recovery", "COLLEGES", "pEEr"]
