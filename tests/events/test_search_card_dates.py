"""A repeating event's search card gives its next date, not the first (past) one, so a series
still meeting never looks over; a series that is over gives its last date."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.recurrence import long_date

from ..factories import days_from_now

pytestmark = pytest.mark.django_db


def search_meta(client, query):
    """{title: the card's date line} for the event cards a search finds."""
    page = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
    return {
        card.select_one(".search-result__title").get_text(strip=True): card.select_one(
            ".search-result__meta"
        ).get_text(" ", strip=True)
        for card in page.select(".search-result--event")
    }


def weekly(make_event, title, first_day, **fields):
    return make_event(
        title,
        start=days_from_now(first_day),
        end=days_from_now(first_day) + timedelta(hours=2),
        repeat="weekly",
        **fields,
    )


def test_a_series_still_meeting_shows_its_next_date(client, make_event):
    weekly(make_event, "Wombat circle", -20)  # met 20, 13 and 6 days ago; next in a day
    meta = search_meta(client, "wombat")["Wombat circle"]
    assert meta.startswith(f"Next date: {long_date(days_from_now(1))}, 6pm to 8pm")
    assert long_date(days_from_now(-20)) not in meta and "From" not in meta
    assert "Every week on" in meta


def test_a_cancelled_next_meeting_is_skipped(client, make_event):
    weekly(make_event, "Wombat skipping", -20, cancelled=[days_from_now(1).date()])
    meta = search_meta(client, "wombat")["Wombat skipping"]
    assert meta.startswith(f"Next date: {long_date(days_from_now(8))}")
    assert long_date(days_from_now(1)) not in meta


def test_a_series_that_is_over_shows_its_last_date(client, make_event):
    weekly(make_event, "Wombat ended", -30, repeat_count=3)  # 30, 23 and 16 days ago
    one_off = make_event("Wombat evening", start=days_from_now(3), end=days_from_now(3, 20))
    meta = search_meta(client, "wombat")
    assert meta["Wombat ended"].startswith(f"Last date: {long_date(days_from_now(-16))}")
    assert "Next date" not in meta["Wombat ended"]
    # A one-off event just gives its date.
    assert meta[one_off.title].startswith(long_date(days_from_now(3)))


def test_next_dates_cost_no_query_per_card(client, make_event):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/search/", {"q": "wombat", "type": "events"})
        return len(captured), len(BeautifulSoup(response.content, "html.parser").select("time"))

    weekly(make_event, "Wombat series 0", -20)
    queries()  # a first search after a publish fills caches (menus, restrictions)
    one, times = queries()
    for n in range(1, 7):
        weekly(make_event, f"Wombat series {n}", -20 - n)
    queries()
    seven, more_times = queries()
    assert more_times > times  # the cards are there, each with its date
    assert seven == one


def test_a_kept_search_moves_the_next_date_on_when_a_meeting_ends(client, make_event, clock):
    """Search answers are kept, but only until the first event date not yet over ends (well
    within the hour a kept answer may last otherwise)."""
    now = timezone.now()
    start = now - timedelta(minutes=90)
    make_event("Wombat weekly", start=start, end=now + timedelta(minutes=30), repeat="weekly")
    assert search_meta(client, "wombat")["Wombat weekly"].startswith(
        f"Next date: {long_date(start)}"
    )
    clock.shift(timedelta(minutes=31))  # that meeting is over
    later = search_meta(client, "wombat")["Wombat weekly"]
    assert later.startswith(f"Next date: {long_date(start + timedelta(days=7))}")
