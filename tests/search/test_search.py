"""The results page: live public pages only, types with counts, pagination, highlighted
snippets, what a screen reader hears, and bad input handled."""

import pytest
from wagtail.models import Page, PageViewRestriction

from search.site_search import PER_PAGE

from .conftest import ResultsPage


@pytest.mark.django_db
def test_search_finds_live_public_pages_only(search, make_page, unique_token):
    make_page("Visible page", intro=f"{unique_token} visible")
    make_page("Draft page", intro=f"{unique_token} draft", live=False)
    make_page("Restricted page", intro=f"{unique_token} restricted", restricted=True)
    private_parent = make_page("Private section", restricted=True)
    make_page("Child of private", intro=f"{unique_token} child", parent=private_parent)
    results = search(q=unique_token)
    assert results.titles == ["Visible page"]
    assert results.soup.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert results.response["X-Robots-Tag"] == "noindex"


@pytest.mark.django_db
def test_a_draft_revision_of_a_live_page_is_not_searched(search, make_page):
    page = make_page("Published words", intro="publishedword")
    page.intro = "draftonlyword"
    page.save_revision()
    draft_words = search(q="draftonlyword")
    assert draft_words.titles == []
    assert "0 results for “draftonlyword”" in draft_words.summary
    assert search(q="publishedword").titles == ["Published words"]


@pytest.mark.django_db
def test_types_with_counts_and_filter(search, make_page, make_profile):
    make_page("Standard one", intro="otterwise")
    make_page("Standard two", intro="otterwise")
    make_profile("Otto Person", summary="otterwise summary")
    results = search(q="otterwise")
    counts = results.type_counts()
    assert counts["All"] == 3 and counts["People"] == 1 and counts["Pages"] == 2
    assert (
        results.soup.select_one('.search-types a[aria-current="page"]').get_text().startswith("All")
    )
    people = search(q="otterwise", type="people")
    assert people.titles == ["Otto Person"]
    assert "1 result for “otterwise” in people" in people.summary
    assert people.type_counts() == counts  # the counts do not change with the filter
    pages = search(q="otterwise", type="pages")
    assert sorted(pages.titles) == ["Standard one", "Standard two"]


@pytest.mark.django_db
def test_unknown_type_is_all(search, make_page):
    make_page("Typed page", intro="quokkaword")
    assert search(q="quokkaword", type="nonsense").titles == ["Typed page"]


@pytest.mark.django_db
def test_types_without_a_model_are_left_out(search, make_page, monkeypatch):
    from search import types

    declared = types.result_types()
    monkeypatch.setattr(
        types,
        "result_types",
        lambda: [*declared, types.ResultType("podcasts", "Podcasts", "nowhere.PodcastPage")],
    )
    make_page("Plain", intro="wombatword")
    counts = search(q="wombatword").type_counts()
    assert "Podcasts" not in counts and counts["Pages"] == 1


@pytest.mark.django_db
def test_pagination_ten_a_page_and_out_of_range_pages(search, make_page):
    for n in range(PER_PAGE + 3):
        make_page(f"Numbat page {n:02d}", intro="numbatword")
    first = search(q="numbatword")
    assert len(first.titles) == PER_PAGE
    assert "13 results" in first.summary and "showing 1 to 10" in first.summary
    second = search(q="numbatword", page="2")
    assert len(second.titles) == 3
    assert not set(first.titles) & set(second.titles)
    assert second.soup.select_one(".search-results")["start"] == "11"
    assert "page 2" in second.soup.title.get_text()
    # Out of range, negative or nonsense: the last or the first page, never an error.
    assert search(q="numbatword", page="99").titles == second.titles
    assert search(q="numbatword", page="-1").titles == second.titles
    assert search(q="numbatword", page="abc").titles == first.titles


@pytest.mark.django_db
def test_count_is_announced(search, make_page):
    make_page("Announced", intro="kakapoword")
    results = search(q="kakapoword")
    status = results.soup.select_one('[role="status"]')
    assert "1 result for “kakapoword”" in status.get_text()
    assert results.soup.title.get_text().startswith("1 result for “kakapoword”")
    none = search(q="nothingmatcheskakapo")
    assert "0 results" in none.soup.select_one('[role="status"]').get_text()


@pytest.mark.django_db
def test_snippet_highlights_terms_and_is_escaped(search, make_page):
    make_page("Marked", intro='Before <b>bold</b> "pangolin" & after')
    results = search(q="pangolin")
    snippet = results.soup.select_one(".search-result__snippet")
    assert snippet.select_one("mark").get_text() == "pangolin"
    assert snippet.find("b") is None  # the page's text is shown as text, never as markup
    assert "<b>bold</b>" in snippet.get_text()


@pytest.mark.django_db
def test_snippet_shows_body_text_around_the_match(search, make_page):
    import json

    words = " ".join(f"filler{n}" for n in range(80))
    body = json.dumps(
        [{"type": "paragraph", "value": f"<p>{words} the axolotl sentence {words}</p>"}]
    )
    make_page("Long page", intro="An introduction", body=body)
    snippet = search(q="axolotl").soup.select_one(".search-result__snippet")
    assert snippet.select_one("mark").get_text() == "axolotl"
    assert snippet.get_text().startswith("…") and snippet.get_text().endswith("…")


@pytest.mark.django_db
def test_person_card_shows_headline_and_public_region_only(search, make_profile):
    make_profile("Rhea Public", headline="Board member", region="wales", summary="tapirword")
    make_profile(
        "Sol Private",
        headline="Trainer",
        region="london",
        region_visibility="members",
        summary="tapirword",
    )
    results = search(q="tapirword")
    cards = {
        card.select_one("h2").get_text(strip=True): card.get_text(" ", strip=True)
        for card in results.soup.select(".search-result--person")
    }
    assert "Board member" in cards["Rhea Public"] and "Wales" in cards["Rhea Public"]
    assert "Trainer" in cards["Sol Private"] and "London" not in cards["Sol Private"]


@pytest.mark.django_db
def test_profiles_are_not_found_by_hidden_or_members_only_words(search, make_profile):
    make_profile("Open Olu", organisation="Narwhalish Trust", organisation_visibility="public")
    make_profile("Hidden Hana", organisation="Dugongish Trust", organisation_visibility="hidden")
    make_profile("Member Mo", organisation="Manateeish Trust", organisation_visibility="members")
    make_profile(
        "Private Pat",
        experience=["psychosis-and-hearing-voices"],
        lived_experience_visibility="members",
        contact_email="pat@example.com",
        editor_notes="Belugaish notes",
    )
    assert search(q="Narwhalish").titles == ["Open Olu"]
    # The profiles are live and indexed: their public words (the name) find them.
    assert search(q="Private Pat").titles == ["Private Pat"]
    for word in ("Dugongish", "Manateeish", "Belugaish", "pat@example.com", "psychosis"):
        results = search(q=word)
        assert results.titles == [], word
        assert f"0 results for “{word}”" in results.summary, word


@pytest.mark.django_db
def test_empty_query_shows_a_helpful_page(search):
    results = search(q="   ")
    assert "Type a word or two" in results.text
    assert results.soup.select(".search-results") == []
    assert results.soup.title.get_text().startswith("Search |")


@pytest.mark.django_db
def test_no_results_page_helps(search, make_page):
    make_page("Something", intro="elsewhere")
    results = search(q="zyzzyvaword")
    assert "0 results" in results.summary
    assert "Check the spelling" in results.text
    filtered = search(q="zyzzyvaword", type="people")
    assert "Search all types instead" in filtered.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"q": ""}, "Type a word or two"),
        ({"q": "x" * 10_000}, f"0 results for “{'x' * 200}”"),
        ({"q": "peer\x00support"}, "0 results for “peersupport”"),
        ({"q": "<script>alert(1)</script>"}, "0 results for “<script>alert(1)</script>”"),
        ({"q": "' OR 1=1 --"}, "0 results for “' OR 1=1 --”"),
        ({"q": '"unbalanced AND ( NEAR'}, '0 results for “"unbalanced AND ( NEAR”'),
        ({"q": "peer", "page": "-1"}, "results for “peer”"),
        ({"q": "peer", "page": "abc"}, "results for “peer”"),
        ({"q": "peer", "page": "99999999999999999999"}, "results for “peer”"),
        ({"q": "peer", "type": "<b>"}, "results for “peer”"),
    ],
)
def test_bad_input_is_handled(client, home_page, params, shown):
    response = client.get("/search/", params)
    assert response.status_code == 200
    # The page answers the search as a visitor typed it, shown as text...
    results = ResultsPage(response)
    assert results.soup.h1.get_text() == "Search"
    assert shown in results.text
    if params["q"] == "peer":
        assert results.titles  # the demo pages that mention peers
    # ...and never echoed as markup.
    assert b"<script>alert(1)</script>" not in response.content
    assert b"<b>" not in response.content


@pytest.mark.django_db
def test_long_query_is_capped_with_a_notice(search):
    results = search(q="peer " * 100)
    assert "shortened to its first 200 characters" in results.text
    assert len(results.soup.select_one("#search-page-q")["value"]) <= 200


@pytest.mark.django_db
def test_a_very_long_query_answers_quickly(client, home_page):
    import time

    started = time.monotonic()
    response = client.get("/search/", {"q": "word " * 2_000})
    assert response.status_code == 200
    assert time.monotonic() - started < 2  # generous: well under a second in practice


@pytest.mark.django_db
def test_did_you_mean_offers_a_correction_that_finds_something(search, make_page):
    make_page("Recovery colleges explained", intro="How they work")
    results = search(q="recovry colleges")
    suggestion = results.soup.select_one(".search-suggestion a")
    assert suggestion is not None and suggestion.get_text() == "recovery colleges"
    assert search(q=suggestion.get_text()).titles == ["Recovery colleges explained"]


@pytest.mark.django_db
def test_did_you_mean_never_suggests_words_from_private_pages(search, make_page):
    make_page("Secretive quokkas", restricted=True)
    make_page("Drafted quokkas", live=False)
    results = search(q="quokkass")
    assert "0 results for “quokkass”" in results.summary
    assert "Check the spelling" in results.text  # the no-results help, without a suggestion
    assert results.soup.select_one(".search-suggestion") is None


@pytest.mark.django_db
def test_result_links_are_the_pages(search, make_page):
    page = make_page("Linked", intro="ocelotword")
    link = search(q="ocelotword").soup.select_one(".search-result__title a")
    assert link["href"] == Page.objects.get(pk=page.pk).url


@pytest.mark.django_db
def test_the_tree_root_is_never_a_result(search, make_page):
    from django.core.management import call_command

    make_page("Root causes", intro="Looking under the surface.")
    call_command("update_index", stdout=__import__("io").StringIO())
    results = search(q="root")
    assert results.titles == ["Root causes"]  # the word finds pages, but never the tree's root
    assert "1 result for “root”" in results.summary


@pytest.mark.django_db
def test_a_kept_search_changes_with_what_is_published(search, make_page, unique_token):
    """Counts, results and "did you mean" are kept per search until published content next
    changes: a page published, withdrawn or restricted shows on the very next search."""
    assert search(q=unique_token).titles == []
    page = make_page("Newly published", intro=f"{unique_token} words")
    found = search(q=unique_token)
    assert found.titles == ["Newly published"] and "1 result for" in found.summary
    page.unpublish()
    assert search(q=unique_token).titles == []
    page.save_revision().publish()
    assert search(q=unique_token).titles == ["Newly published"]
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert search(q=unique_token).titles == []


@pytest.mark.django_db
def test_nothing_found_points_to_the_directory_while_it_is_public(search, directory):
    def directory_link(results):
        return results.soup.find("a", string="browse the network directory")

    link = directory_link(search(q="zzqxnothing"))
    assert link is not None and link["href"] == directory.url
    PageViewRestriction.objects.create(page=directory, restriction_type=PageViewRestriction.LOGIN)
    assert directory_link(search(q="zzqxnothing")) is None
