"""An event marked "moved online" is online everywhere a visitor meets it: its listing card, the
format filter, its search card, its calendar file and its structured data. An event still in
person beside it stays "In person" in each (the positive control on the same responses)."""

import itertools
import json

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from events.choices import EventFormat, EventStatus
from events.formats import current_format, current_format_expression
from events.models import EventPage

from ..factories import RegionFactory

pytestmark = pytest.mark.django_db


def cards(response):
    """{title: the card's "where" line} on an events listing."""
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    return {
        card.select_one(".event-card__title").get_text(strip=True): card.select_one(
            ".event-card__where"
        ).get_text(" ", strip=True)
        for card in page.select(".event-card")
    }


@pytest.fixture
def two_events(make_event):
    london = RegionFactory(name="London")
    moved = make_event("Quokka forum moved", region=london, status="moved_online")
    kept = make_event("Quokka forum kept", region=london)
    return moved, kept


def test_the_listing_card_shows_the_format_now(client, two_events):
    shown = cards(client.get("/events/"))
    assert shown["Quokka forum moved"].startswith("Online")
    assert "In person" not in shown["Quokka forum moved"]
    assert shown["Quokka forum kept"].startswith("In person")


def test_the_format_filter_reads_the_format_now(client, two_events):
    assert list(cards(client.get("/events/", {"format": "online"}))) == ["Quokka forum moved"]
    assert list(cards(client.get("/events/", {"format": "in_person"}))) == ["Quokka forum kept"]
    # Hybrid holds neither: an in-person event moved online is no longer hybrid either.
    assert cards(client.get("/events/", {"format": "hybrid"})) == {}


def test_the_search_card_shows_the_format_now(client, two_events):
    page = BeautifulSoup(client.get("/search/", {"q": "quokka"}).content, "html.parser")
    meta = {
        card.select_one(".search-result__title").get_text(strip=True): card.select_one(
            ".search-result__meta"
        ).get_text(" ", strip=True)
        for card in page.select(".search-result--event")
    }
    assert meta["Quokka forum moved"].endswith("Online")
    assert "In person" not in meta["Quokka forum moved"]
    assert meta["Quokka forum kept"].endswith("In person")


def test_calendar_file_and_structured_data_place_it_online(client, two_events):
    moved, kept = two_events
    for event, online in ((moved, True), (kept, False)):
        ics = Calendar.from_ical(client.get(f"{event.url}event.ics").content)
        location = str(ics.walk("VEVENT")[0]["LOCATION"])
        page = BeautifulSoup(client.get(event.url).content, "html.parser")
        data = json.loads(page.find("script", type="application/ld+json").string)
        facts = page.select_one(".event-facts").get_text(" ", strip=True)
        if online:
            assert location == "Online" and "Brindle" not in location
            assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
            assert "Online (moved online)" in facts and "Mill Lane" not in facts
        else:
            assert location.startswith("Brindle Community Centre")
            assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
            assert "In person" in facts and "Mill Lane" in facts


def test_the_database_rule_agrees_with_the_python_rule(make_event):
    """Every planned format with every status: the filter and the pages never disagree."""
    expected = {}
    for planned, status in itertools.product(EventFormat.values, EventStatus.values):
        event = make_event(f"{planned} {status}", event_format=planned, status=status)
        expected[event.pk] = current_format(planned, status)
        assert event.current_format == expected[event.pk]
    found = dict(
        EventPage.objects.filter(pk__in=expected)
        .annotate(now=current_format_expression())
        .values_list("pk", "now")
    )
    assert found == expected
    assert expected[EventPage.objects.get(title="in_person moved_online").pk] == "online"
    assert expected[EventPage.objects.get(title="hybrid scheduled").pk] == "hybrid"
