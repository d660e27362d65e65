"""Snippets, the result types registry and the card contract."""

import pytest

from search import types
from search.highlight import snippet


def test_snippet_marks_terms_and_escapes_text():
    html = snippet('A <script>"peer"</script> & Peer-led support', ["peer", "support"])
    assert html == (
        "A &lt;script&gt;&quot;<mark>peer</mark>&quot;&lt;/script&gt; &amp; "
        "<mark>Peer</mark>-led <mark>support</mark>"
    )


def test_snippet_marks_word_starts_only():
    assert snippet("leaders and misleading", ["lead"]) == "<mark>leaders</mark> and misleading"


def test_snippet_window_and_ellipses():
    text = " ".join(f"w{n}" for n in range(100))
    html = snippet(text, ["w50"])
    assert html.startswith("… w42") and html.endswith("…") and "<mark>w50</mark>" in html
    assert snippet(text, ["absent"]).startswith("w0 ")
    assert snippet("", ["x"]) == ""


def test_types_resolve_lazily_and_skip_missing_models():
    available = {t.key for t in types.available_types()}
    assert {"people", "pages"} <= available
    missing = types.ResultType("podcasts", "Podcasts", "nowhere.PodcastPage")
    assert missing.get_model() is None


@pytest.mark.django_db
def test_card_templates(make_profile, make_page, monkeypatch):
    profile = make_profile("Card Person")
    page = make_page("Card page")
    assert types.card_template(profile) == "search/includes/result_person.html"
    assert types.card_template(page) == types.DEFAULT_TEMPLATE

    # A model's own card wins (set on the model for this test only: a proxy model defined
    # here would stay in the app registry and join every later "all page types" check).
    monkeypatch.setattr(
        type(page), "search_result_template", "blog/includes/search_result.html", raising=False
    )
    assert types.card_template(page) == "blog/includes/search_result.html"


@pytest.mark.django_db
def test_a_model_card_template_is_used(search, make_page, monkeypatch, tmp_path, settings):
    from home.models import StandardPage

    card = tmp_path / "search" / "custom_card.html"
    card.parent.mkdir()
    card.write_text(
        '<article class="custom">{{ page.title }}|{{ snippet }}|{{ query }}'
        "<h2>{{ page.title }}</h2></article>"
    )
    import copy

    templates = copy.deepcopy(settings.TEMPLATES)
    templates[0]["DIRS"] = [tmp_path, *templates[0]["DIRS"]]
    settings.TEMPLATES = templates  # assigned, so Django rebuilds its template engines
    monkeypatch.setattr(
        StandardPage, "search_result_template", "search/custom_card.html", raising=False
    )
    make_page("Custom card page", intro="dingoword here")
    results = search(q="dingoword")
    custom = results.soup.select_one(".custom")
    assert custom is not None
    assert "Custom card page|" in custom.get_text()
    assert custom.select_one("mark").get_text() == "dingoword"
    assert custom.get_text().endswith("|dingowordCustom card page")
