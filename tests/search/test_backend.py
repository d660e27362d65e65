"""The search backend (search/backend.py) on SQLite and on PostgreSQL: ranking, the index kept
current, and the machinery the directory shares."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from wagtail.models import Page, PageViewRestriction

from search.query import clean_query, matching, ranked
from search.site_search import public_pages


def titles(query):
    return [page.title for page in ranked(public_pages(), clean_query(query))]


@pytest.mark.django_db
def test_the_configured_backend_is_the_sites(settings):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backend"
    assert (
        type(backend).__name__
        == {
            "sqlite": "LeadSQLiteSearchBackend",
            "postgresql": "LeadPostgresSearchBackend",
        }[connection.vendor]
    )


@pytest.mark.django_db
def test_a_title_match_ranks_above_a_body_only_match(make_page):
    import json

    body = json.dumps([{"type": "paragraph", "value": "<p>All about the heron today.</p>"}])
    make_page("Notes from the week", intro="A short intro", body=body)
    make_page("Heron watching", intro="A short intro")
    make_page("Other notes", intro="Heron mentioned once in the intro")
    found = titles("heron")
    assert found[0] == "Heron watching", found
    assert set(found) == {"Heron watching", "Notes from the week", "Other notes"}


@pytest.mark.django_db
def test_every_word_must_match(make_page):
    make_page("Gull and tern", intro="seabirds")
    make_page("Gull only", intro="seabirds")
    assert titles("gull tern") == ["Gull and tern"]


@pytest.mark.django_db
def test_index_follows_publish_unpublish_move_and_delete(make_page, home_page):
    from wagtail.search.backends import get_search_backend  # noqa: F401 - the live backend

    page = make_page("Lifecycle page", intro="firstword")
    assert titles("firstword") == ["Lifecycle page"]

    # Publish new words: found by the new ones, not the old.
    page.intro = "secondword"
    page.save_revision().publish()
    assert titles("secondword") == ["Lifecycle page"]
    assert titles("firstword") == []

    # Unpublish: gone.
    page.unpublish()
    assert titles("secondword") == []

    # Publish again, then move under a login-restricted section: gone; move back: found, with
    # its new address.
    Page.objects.get(pk=page.pk).specific.save_revision().publish()
    private = make_page("Members area")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    Page.objects.get(pk=page.pk).move(private, pos="last-child")
    assert titles("secondword") == []
    open_section = make_page("Open section")
    Page.objects.get(pk=page.pk).move(open_section, pos="last-child")
    assert titles("secondword") == ["Lifecycle page"]
    assert ranked(public_pages(), clean_query("secondword"))[0].url == (
        "/open-section/lifecycle-page/"
    )

    # Delete: gone, and its index entry too.
    from modelsearch.conf import get_app_config

    # (By content type too: other indexed rows, such as taxonomy terms, share the page's id.)
    entries = (
        get_app_config()
        .get_model("IndexEntry")
        .objects.filter(
            content_type=ContentType.objects.get_for_model(page), object_id=str(page.pk)
        )
    )
    assert entries.exists()
    Page.objects.get(pk=page.pk).delete()
    assert titles("secondword") == []
    assert not entries.exists()


@pytest.mark.django_db
def test_matching_is_a_queryset_for_listings(make_profile, directory):
    make_profile("Alpha Peer", summary="kingfisher work")
    make_profile("Beta Peer", summary="kingfisher and heron")
    make_profile("Gamma Peer", summary="heron only")
    profiles = directory.profiles()
    found = matching(profiles, clean_query("kingfisher"))
    assert sorted(found.values_list("title", flat=True)) == ["Alpha Peer", "Beta Peer"]
    # Usable inside other queries (the directory's facet counts do this).
    from network.models import ProfilePage

    assert ProfilePage.objects.filter(pk__in=found.values("pk")).count() == 2
    assert matching(profiles, clean_query("!!!")).count() == 0


@pytest.mark.django_db
def test_directory_keyword_search_uses_the_same_machinery(client, make_profile, monkeypatch):
    import search.query

    calls = []
    original = search.query.matching

    def spy(queryset, query):
        calls.append(query.terms)
        return original(queryset, query)

    monkeypatch.setattr("network.directory.matching", spy)
    make_profile("Kite Flyer", summary="harrierword")
    response = client.get("/network/", {"q": "harrierword"})
    assert b"Kite Flyer" in response.content
    assert calls == [["harrierword"]]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_sqlite_search_is_driven_by_the_fts_match(make_page):
    """The slow plan this backend replaces reached the FTS table once per matching row; the
    FTS match must drive the join (checked on SQLite's own plan, not by timing)."""
    from django.contrib.contenttypes.models import ContentType

    from network.models import ProfilePage

    make_page("Planned", intro="plannedword")
    scopes = [
        public_pages(),
        public_pages().filter(content_type=ContentType.objects.get_for_model(ProfilePage)),
        ProfilePage.objects.live(),
    ]
    for scope in scopes:
        queryset = ranked(scope, clean_query("plannedword"))[:10].as_queryset()
        sql, params = queryset.query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = [row[-1] for row in cursor.fetchall()]
        first = next(step for step in plan if step.startswith(("SCAN", "SEARCH")))
        assert "_fts VIRTUAL TABLE" in first, plan
        assert not any("M3=" in step or "rowid=" in step and "_fts" in step for step in plan), plan


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgres_has_the_combined_gin_index_and_trigram():
    from search.spelling import trigram_available

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_indexes WHERE indexname = 'search_indexentry_title_body_gin'"
        )
        assert cursor.fetchone()
    assert trigram_available()
