"""A cancelled event, or a series whose every date still to come is cancelled, publishes no
joining link anywhere: the page, its calendar file, the calendar feed, its structured data and
its search card. The same event going ahead shows the link in each (so a blank output fails)."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from icalendar import Calendar

from events.calendars import feed_cache_key

from ..factories import local_datetime

pytestmark = pytest.mark.django_db

LINK = "https://meet.example/open-room"


def online(make_event, title, **fields):
    fields = {
        "event_format": "online",
        "venue_name": "",
        "address": "",
        "postcode": "",
        "joining_link": LINK,
        "joining_link_sharing": "public",
        **fields,
    }
    return make_event(title, **fields)


def outputs(client, event):
    """Each public output that speaks of the event: {name: its text}."""
    page = client.get(event.url)
    soup = BeautifulSoup(page.content, "html.parser")
    [data] = [
        json.loads(script.string)
        for script in soup.find_all("script", type="application/ld+json")
        if json.loads(script.string).get("@type") == "Event"
    ]
    ics = client.get(f"{event.url}event.ics")
    feed = client.get("/events/calendar.ics")
    [entry] = [
        component
        for component in Calendar.from_ical(feed.content).walk("VEVENT")
        if str(component["SUMMARY"]) == event.title
    ]
    search = BeautifulSoup(client.get("/search/", {"q": "Quokka"}).content, "html.parser")
    card = search.select_one(".search-result--event")
    assert card.select_one(".search-result__title a").get_text() == event.title
    return {
        "page": str(soup.select_one("main")),
        "json-ld": json.dumps(data),
        "ics": Calendar.from_ical(ics.content).walk("VEVENT")[0].to_ical().decode(),
        "feed": entry.to_ical().decode(),
        "search card": str(card),
    }, data


def unfolded(text):
    return text.replace("\r\n ", "")


def test_a_cancelled_event_publishes_no_joining_link(client, make_event):
    going_ahead = online(make_event, "Quokka webinar")
    shown, data = outputs(client, going_ahead)
    assert all(LINK in unfolded(shown[name]) for name in ("page", "json-ld", "ics", "feed"))
    assert data["location"]["url"] == LINK

    going_ahead.status = "cancelled"
    going_ahead.save_revision().publish()
    shown, data = outputs(client, going_ahead)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert "Cancelled" in shown["page"] and "CANCELLED" in shown["ics"]
    for name, text in shown.items():
        assert LINK not in unfolded(text), name
    # Where the link was, the page points to itself.
    assert data["location"]["url"] == f"http://testserver{going_ahead.url}"


def test_a_series_with_only_cancelled_dates_left_publishes_no_joining_link(
    client, make_event, clock
):
    first = local_datetime(date(2030, 1, 1), 18, 30)
    series = online(
        make_event,
        "Quokka circle",
        start=first,
        end=first + timedelta(hours=1),
        repeat="monthly",
        repeat_count=3,
        cancelled=[date(2030, 3, 5)],
    )
    clock.move_to(datetime(2030, 2, 1, tzinfo=UTC))  # February's date still goes ahead
    shown, _ = outputs(client, series)
    assert LINK in shown["page"] and LINK in shown["json-ld"]

    clock.move_to(datetime(2030, 2, 10, tzinfo=UTC))  # only March's, cancelled, is left
    # Nine days on, the feed's ten-minute copy has expired (Redis keeps its own clock: drop it).
    cache.delete(feed_cache_key(series.get_parent().pk))
    shown, data = outputs(client, series)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert "(cancelled)" in shown["page"]
    for name, text in shown.items():
        assert LINK not in unfolded(text), name
