"""The events listing (/events/), the archive (/events/past/), their filters and pagination, and
the rule that only live, public events appear anywhere."""

import re
from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.listing import PER_PAGE
from network.models import Region

from ..factories import days_from_now, local_datetime
from ..sitemaps import sitemap_text


def titles(response):
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return [h.get_text(strip=True) for h in page.select(".event-card__title")]


def this_month(offset=0):
    today = timezone.localdate()
    index = today.year * 12 + today.month - 1 + offset
    return f"{index // 12}-{index % 12 + 1:02d}"


@pytest.mark.django_db
def test_upcoming_occurrences_in_start_order_with_repeats_interleaved(client, make_event):
    make_event("Later", start=days_from_now(20), end=days_from_now(20, 20))
    make_event("Sooner", start=days_from_now(2), end=days_from_now(2, 20))
    make_event(
        "Weekly", start=days_from_now(1), end=days_from_now(1, 20), repeat="weekly", repeat_count=3
    )
    make_event("Over", start=days_from_now(-3), end=days_from_now(-3, 20))
    assert titles(client.get("/events/")) == ["Weekly", "Sooner", "Weekly", "Weekly", "Later"]


@pytest.mark.django_db
def test_the_listing_is_ordered_by_the_database(events_index, make_event, rf):
    make_event("One")
    with CaptureQueriesContext(connection) as queries:
        from events.listing import EventListing

        listing = EventListing(events_index, rf.get("/events/"))
        assert "One" in listing.cards()
    sql = [q["sql"] for q in queries.captured_queries if "events_eventoccurrence" in q["sql"]]
    assert any(re.search(r'ORDER BY "events_eventoccurrence"\."start" ASC', s) for s in sql)
    assert any("LIMIT" in s for s in sql)  # one page of rows, never every occurrence


@pytest.mark.django_db
def test_an_event_in_progress_is_still_upcoming(client, make_event):
    now = timezone.now()
    make_event("Happening now", start=now - timedelta(hours=1), end=now + timedelta(hours=1))
    assert titles(client.get("/events/")) == ["Happening now"]
    past = client.get("/events/past/")
    assert titles(past) == []
    html = past.content.decode()
    assert "<h1>Past events</h1>" in html and "No past events match" in html


@pytest.mark.django_db
def test_past_archive_most_recent_first(client, make_event):
    make_event("Long ago", start=days_from_now(-40), end=days_from_now(-40, 20))
    make_event("Last week", start=days_from_now(-7), end=days_from_now(-7, 20))
    make_event("Next week", start=days_from_now(7), end=days_from_now(7, 20))
    response = client.get("/events/past/")
    assert titles(response) == ["Last week", "Long ago"]
    html = response.content.decode()
    assert "<h1>Past events</h1>" in html
    assert 'rel="canonical" href="http://testserver/events/past/"' in html
    assert "<title>Past events | Events |" in html


@pytest.mark.django_db
def test_cancelled_dates_and_events_are_marked_in_words(client, make_event):
    first = local_datetime(timezone.localdate() + timedelta(days=7), 18)
    make_event(
        "Series",
        start=first,
        end=first + timedelta(hours=1),
        repeat="weekly",
        repeat_count=2,
        cancelled=[first.date() + timedelta(days=7)],
    )
    make_event("Off", status="cancelled", start=days_from_now(3), end=days_from_now(3, 20))
    page = BeautifulSoup(client.get("/events/").content, "html.parser")
    cards = {
        card.select_one(".event-card__title").get_text(strip=True)
        + card.select_one("time")["datetime"][:10]: card
        for card in page.select(".event-card")
    }
    statuses = [
        (key[:3], card.select_one(".event-status").get_text(" ", strip=True))
        for key, card in sorted(cards.items())
        if card.select_one(".event-status")
    ]
    assert ("Off", "Cancelled") in statuses
    assert ("Ser", "Cancelled : this date only") in statuses
    assert len(statuses) == 2


@pytest.mark.django_db
def test_filters_by_format_region_and_month(client, make_event):
    london, wales = Region.objects.get(slug="london"), Region.objects.get(slug="wales")
    make_event("London online", event_format="online", region=london)
    make_event("Wales in person", region=wales)
    make_event("Next month", region=wales, start=days_from_now(40), end=days_from_now(40, 20))
    assert titles(client.get("/events/", {"format": "online"})) == ["London online"]
    assert titles(client.get("/events/", {"region": "wales"})) == ["Wales in person", "Next month"]
    month = timezone.localtime(days_from_now(40)).strftime("%Y-%m")
    assert titles(client.get("/events/", {"month": month, "region": "wales"})) == ["Next month"]
    response = client.get("/events/", {"format": "online", "region": "london"})
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    assert 'Remove<span class="visually-hidden"> filter</span> region: London' in html


@pytest.mark.django_db
def test_the_filter_form_works_without_javascript(client, make_event):
    make_event("Anything")
    page = BeautifulSoup(client.get("/events/").content, "html.parser")
    form = page.find("form", class_="event-filters")
    assert form["method"] == "get"
    for name in ("format", "region", "month"):
        field = form.find("select", attrs={"name": name})
        assert page.find("label", attrs={"for": field["id"]})
    months = [option["value"] for option in form.find("select", attrs={"name": "month"})("option")]
    assert months[1] == this_month() and len(months) == 13
    assert page.find("button", type="submit")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"month": "2027-13"}, "We could not read that month"),
        ({"month": "13"}, "We could not read that month"),
        ({"month": "99999-01"}, "We could not read that month"),
        ({"format": "xyz"}, "We do not know that format"),
        ({"region": "atlantis"}, "We do not know that region"),
        ({"region": "wales\x00"}, "We do not know that region"),
        ({"region": "<script>"}, "We do not know that region"),
    ],
)
def test_bad_filters_are_explained_not_errors(client, make_event, params, message):
    make_event("Still listed")
    for url in ("/events/", "/events/past/"):
        response = client.get(url, params)
        assert response.status_code == 200
        assert message in response.content.decode()
    assert titles(client.get("/events/", params)) == ["Still listed"]


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["-1", "0", "abc", "99999999999999999999", "2.5", ""])
def test_bad_page_numbers_are_safe(client, make_event, page):
    make_event("Only one")
    response = client.get("/events/", {"page": page})
    assert response.status_code == 200
    assert titles(response) == ["Only one"]


@pytest.mark.django_db
def test_pagination(client, make_event):
    for n in range(PER_PAGE + 3):
        make_event(f"Event {n:02d}", start=days_from_now(n + 1), end=days_from_now(n + 1, 20))
    first = titles(client.get("/events/"))
    second = titles(client.get("/events/", {"page": 2}))
    assert len(first) == PER_PAGE and len(second) == 3
    assert second == ["Event 20", "Event 21", "Event 22"]
    assert "Page 1 of 2" in client.get("/events/").content.decode()


@pytest.mark.django_db
def test_drafts_and_private_events_never_listed(client, make_event, unique_token):
    make_event(f"Draft {unique_token}", live=False)
    make_event(f"Private {unique_token}", restricted=True)
    make_event(
        f"Private past {unique_token}",
        restricted=True,
        start=days_from_now(-3),
        end=days_from_now(-3, 20),
    )
    live = make_event("Live one")
    live_start = live.start
    live.title = f"Draft title {unique_token}"
    live.summary = f"Draft summary {unique_token}"
    live.start = days_from_now(60)
    live.end = days_from_now(60, 20)
    live.save_revision()
    withdrawn = make_event(f"Withdrawn {unique_token}")
    withdrawn.unpublish()
    earlier = make_event("Earlier meeting", start=days_from_now(-5), end=days_from_now(-5, 20))
    for url, shown in (
        ("/events/", "Live one"),
        ("/events/past/", "Earlier meeting"),
        ("/", "Live one"),
        ("/sitemap-events.xml", f"http://testserver{earlier.url}"),
    ):
        html = client.get(url).content.decode()
        assert shown in html, url  # the live, public events are there
        assert unique_token not in html, url
    assert titles(client.get("/events/")) == ["Live one"]
    # The live version's date, not the draft's.
    shown = BeautifulSoup(client.get("/events/").content, "html.parser").select_one(
        ".event-card time"
    )
    assert shown["datetime"] == timezone.localtime(live_start).isoformat()


@pytest.mark.django_db
def test_sitemap_lists_the_archive_and_live_events_only(client, make_event):
    live = make_event("In the sitemap")
    draft = make_event("Not in the sitemap", live=False)
    private = make_event("Private", restricted=True)
    sitemap = sitemap_text(client)
    assert "http://testserver/events/past/" in sitemap
    assert f"http://testserver{live.url}" in sitemap
    assert draft.slug not in sitemap and private.slug not in sitemap


@pytest.mark.django_db
def test_no_events_state(client, events_index):
    html = client.get("/events/").content.decode()
    assert "No upcoming events match" in html
    assert "0 event dates" in html


@pytest.mark.django_db
def test_month_options_of_the_archive_look_back(client, make_event):
    make_event("Past", start=days_from_now(-3), end=days_from_now(-3, 20))
    page = BeautifulSoup(client.get("/events/past/").content, "html.parser")
    months = [o["value"] for o in page.find("select", attrs={"name": "month"})("option")][1:]
    assert months[0] == this_month() and months[1] == this_month(-1)
    # A valid month outside the list is added and selected.
    page = BeautifulSoup(client.get("/events/past/", {"month": "2001-02"}).content, "html.parser")
    selected = page.find("select", attrs={"name": "month"}).find("option", selected=True)
    assert selected["value"] == "2001-02" and selected.get_text() == "February 2001"


def test_month_helpers():
    from events.listing import month_bounds, parse_month

    assert parse_month("2027-12") == (2027, 12) and parse_month("2027-00") is None
    first, following = month_bounds(2027, 12)
    assert (first.date(), following.date()) == (date(2027, 12, 1), date(2028, 1, 1))


@pytest.mark.django_db
def test_a_kept_listing_moves_an_event_to_the_past_when_it_ends(client, make_event, clock):
    """Kept pages of the listing last until the first event date shown ends, not an hour."""
    now = timezone.now()
    make_event("Ends soon", start=now - timedelta(hours=1), end=now + timedelta(minutes=30))
    make_event("Next week", start=days_from_now(7), end=days_from_now(7, 20))
    assert titles(client.get("/events/")) == ["Ends soon", "Next week"]
    assert titles(client.get("/events/past/")) == []
    clock.shift(timedelta(minutes=31))
    assert titles(client.get("/events/")) == ["Next week"]
    assert titles(client.get("/events/past/")) == ["Ends soon"]
    counts = BeautifulSoup(client.get("/events/").content, "html.parser")
    assert counts.select_one(".events-listing__count").get_text(strip=True) == "1 event date"


@pytest.mark.django_db
def test_a_kept_listing_changes_with_what_is_published(client, make_event):
    first = make_event("First", start=days_from_now(3), end=days_from_now(3, 20))
    assert titles(client.get("/events/")) == ["First"]
    make_event("Second", start=days_from_now(5), end=days_from_now(5, 20))
    assert titles(client.get("/events/")) == ["First", "Second"]
    first.unpublish()
    assert titles(client.get("/events/")) == ["Second"]
