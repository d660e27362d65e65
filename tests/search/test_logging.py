"""Query logging (Wagtail's query hits) and the editors' reports."""

import pytest
from wagtail.contrib.search_promotions.models import Query

from search.models import ZeroResultQuery


def hits(text):
    query = Query.objects.filter(query_string=text).first()
    return query.hits if query else 0


@pytest.mark.django_db
def test_real_searches_are_logged(client, make_page):
    make_page("Logged", intro="loggedword")
    client.get("/search/", {"q": "  LoggedWord "}, REMOTE_ADDR="192.0.2.1")
    client.get("/search/", {"q": "loggedword"}, REMOTE_ADDR="192.0.2.2")
    assert hits("loggedword") == 2
    assert not ZeroResultQuery.objects.exists()


@pytest.mark.django_db
def test_filters_pages_and_empty_queries_are_not_logged(client, make_page):
    make_page("Paged", intro="pagedword")
    # Each still answers: a later page (out of range: the last, here the only one), a type
    # filter, and the search page's help for an empty query.
    for params, shown in (
        ({"q": "pagedword", "page": "2"}, "1 result for “pagedword”"),
        ({"q": "pagedword", "type": "people"}, "0 results for “pagedword” in people"),
        ({"q": ""}, "Type a word or two"),
        ({"q": "   "}, "Type a word or two"),
        ({}, "Type a word or two"),
    ):
        assert shown in client.get("/search/", params).content.decode(), params
    assert not Query.objects.exists()
    # The control: a plain first-page search of all types is logged.
    client.get("/search/", {"q": "pagedword"})
    assert hits("pagedword") == 1


@pytest.mark.django_db
def test_searches_that_found_nothing_are_recorded(client, home_page):
    client.get("/search/", {"q": "nothingfoundword"}, REMOTE_ADDR="192.0.2.1")
    client.get("/search/", {"q": "nothingfoundword"}, REMOTE_ADDR="192.0.2.2")
    record = ZeroResultQuery.objects.get()
    assert record.query.query_string == "nothingfoundword" and record.hits == 2
    assert hits("nothingfoundword") == 2


@pytest.mark.django_db
def test_garbage_collection_removes_old_days(home_page):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    query = Query.get("oldword")
    old = timezone.localdate() - datetime.timedelta(days=30)
    ZeroResultQuery.record(query, date=old)
    new = Query.get("newword")
    new.add_hit()
    ZeroResultQuery.record(new)
    call_command("search_garbage_collect", stdout=__import__("io").StringIO())
    assert list(ZeroResultQuery.objects.values_list("query__query_string", flat=True)) == [
        "newword"
    ]


@pytest.mark.django_db
def test_reports_for_editors(client, admin_user, django_user_model, make_page):
    make_page("Reported", intro="reportedword")
    for _ in range(3):
        client.get("/search/", {"q": "reportedword"})
    client.get("/search/", {"q": "missingword"})
    client.force_login(admin_user)
    popular = client.get("/admin/reports/searches/popular/")
    assert popular.status_code == 200
    html = popular.content.decode()
    assert "reportedword" in html and "missingword" in html
    nothing = client.get("/admin/reports/searches/nothing-found/")
    assert nothing.status_code == 200
    html = nothing.content.decode()
    assert "missingword" in html and "reportedword" not in html
    menu = client.get("/admin/").content.decode()
    assert "Popular searches" in menu and "Searches that found nothing" in menu

    # Editors without the promoted-results permissions do not see them.
    from django.contrib.auth.models import Permission

    editor = django_user_model.objects.create_user("search-editor", "se@example.com", "pw-editor-1")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    # Wagtail turns them away to the dashboard, with its "permission" message.
    response = client.get("/admin/reports/searches/popular/")
    assert response.status_code == 302 and response["Location"] == "/admin/"
    editor.user_permissions.add(Permission.objects.get(codename="add_searchpromotion"))
    editor = django_user_model.objects.get(pk=editor.pk)
    client.force_login(editor)
    response = client.get("/admin/reports/searches/nothing-found/")
    assert response.status_code == 200 and "missingword" in response.content.decode()


@pytest.mark.django_db
def test_each_search_is_counted_on_its_own_day(client, home_page, django_assert_max_num_queries):
    """A day with no row yet, for words searched before, starts at one; the days before keep
    their counts. Counting takes one statement per count, whatever the day."""
    import datetime

    from django.utils import timezone
    from wagtail.contrib.search_promotions.models import QueryDailyHits

    from search.models import count_search

    count_search("dayword", found=False)
    query = Query.objects.get(query_string="dayword")
    yesterday = timezone.now().date() - datetime.timedelta(days=1)
    QueryDailyHits.objects.filter(query=query).update(date=yesterday)
    earlier = timezone.localdate() - datetime.timedelta(days=1)
    ZeroResultQuery.objects.filter(query=query).update(date=earlier)
    with django_assert_max_num_queries(2):
        count_search("  DayWord ", found=False)
    with django_assert_max_num_queries(1):
        count_search("dayword", found=True)
    days = dict(QueryDailyHits.objects.filter(query=query).values_list("date", "hits"))
    assert days == {yesterday: 1, timezone.now().date(): 2}
    zero = sorted(ZeroResultQuery.objects.filter(query=query).values_list("hits", flat=True))
    assert zero == [1, 1]  # yesterday's, and today's one search that found nothing
    assert Query.objects.filter(query_string="dayword").count() == 1


@pytest.mark.django_db
def test_new_words_are_stored_once(home_page):
    from search.models import count_search

    count_search("brandnewword", found=True)
    count_search("brandnewword", found=True)
    assert hits("brandnewword") == 2
    assert Query.objects.filter(query_string="brandnewword").count() == 1
    assert not ZeroResultQuery.objects.exists()


@pytest.mark.django_db
def test_new_words_that_find_nothing_stay_within_the_query_budget(client, home_page):
    """The costliest search to log (words never searched before, which find nothing: their
    Query is stored, then both days counted) keeps within the 12 queries every page has with
    an empty cache."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get("/search/", {"q": "neversearchedword"})
    assert "0 results" in response.content.decode()
    assert len(context) <= 12, [q["sql"][:80] for q in context]
    assert hits("neversearchedword") == 1
    assert ZeroResultQuery.objects.get().hits == 1


@pytest.mark.django_db
def test_a_query_that_lengthens_when_lower_cased_is_still_counted(home_page):
    """Wagtail cuts a query to its column's length, then lower-cases it: "İ" becomes two
    characters, so the stored words are cut again (PostgreSQL refuses a longer value)."""
    from wagtail.search.utils import MAX_QUERY_STRING_LENGTH

    from search.models import count_search

    count_search("İ" * 200, found=False)
    stored = Query.objects.get()
    assert len(stored.query_string) == MAX_QUERY_STRING_LENGTH
    assert stored.hits == 1 and ZeroResultQuery.objects.get().hits == 1
