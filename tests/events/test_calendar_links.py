"""Beside the .ics file, an event page links to Google Calendar and Outlook.com: plain links with
the next date in UTC, the same words as the calendar file, and never a joining link kept for
people who book. A cancelled event or one that is over offers neither."""

from datetime import date, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from ..clock import FIXED_NOW
from ..factories import local_datetime

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fixed_day(clock):
    """The dates below are exact: today is Friday 4 December 2026, whatever LEAD_TEST_NOW says."""
    clock.move_to(FIXED_NOW)


def links(client, event):
    """(Google query, Outlook query) as dicts, or None when the page offers no such links;
    asserts the .ics link is there either way unless the event is cancelled."""
    response = client.get(event.url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    found = {}
    for anchor in page.select(".event__calendar-services a"):
        parts = urlsplit(anchor["href"])
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        found[f"{parts.scheme}://{parts.netloc}{parts.path}"] = query
    if not found:
        return None
    return (
        found["https://calendar.google.com/calendar/render"],
        found["https://outlook.live.com/calendar/0/deeplink/compose"],
    )


def test_a_winter_evening_in_utc(client, make_event):
    start = local_datetime(date(2027, 1, 12), 18, 30)  # GMT: UTC is the same
    event = make_event("Winter circle", start=start, end=start + timedelta(hours=2))
    google, outlook = links(client, event)
    assert google["action"] == "TEMPLATE" and google["text"] == "Winter circle"
    assert google["dates"] == "20270112T183000Z/20270112T203000Z"
    assert outlook["subject"] == "Winter circle" and outlook["allday"] == "false"
    assert (outlook["startdt"], outlook["enddt"]) == (
        "2027-01-12T18:30:00Z",
        "2027-01-12T20:30:00Z",
    )
    for query, words in ((google, "details"), (outlook, "body")):
        assert f"http://testserver{event.url}" in query[words]
        assert query["location"].startswith("Brindle Community Centre, 1 Mill Lane")


def test_a_summer_evening_is_an_hour_earlier_in_utc(client, make_event):
    start = local_datetime(date(2027, 6, 15), 18)  # 6pm BST is 5pm UTC
    event = make_event("Summer circle", start=start, end=start + timedelta(hours=1))
    google, outlook = links(client, event)
    assert google["dates"] == "20270615T170000Z/20270615T180000Z"
    assert outlook["startdt"] == "2027-06-15T17:00:00Z"


def test_an_all_day_event_gives_dates_only(client, make_event):
    first = local_datetime(date(2027, 3, 6), 0)
    event = make_event(
        "Weekend retreat", start=first, end=first + timedelta(days=1, hours=23), all_day=True
    )
    google, outlook = links(client, event)
    assert google["dates"] == "20270306/20270308"  # the end is the day after the last
    assert (outlook["startdt"], outlook["enddt"], outlook["allday"]) == (
        "2027-03-06",
        "2027-03-08",
        "true",
    )


def test_a_series_gives_its_next_date_going_ahead(client, make_event):
    first = local_datetime(date(2026, 11, 3), 19)  # Tuesdays from 3 November; today is 4 December
    event = make_event(
        "Tuesday peer circle",
        start=first,
        end=first + timedelta(hours=1),
        repeat="weekly",
        cancelled=[date(2026, 12, 8)],
    )
    google, outlook = links(client, event)
    assert google["dates"] == "20261215T190000Z/20261215T200000Z"  # not 3 Nov, not 8 Dec
    assert outlook["startdt"] == "2026-12-15T19:00:00Z"
    page = client.get(event.url).content.decode()
    assert "the .ics file has every date" in page


def test_a_joining_link_kept_for_bookers_is_never_in_them(client, make_event):
    common = {"event_format": "online", "venue_name": "", "address": "", "postcode": ""}
    kept = make_event("Kept link", joining_link="https://meet.example/kept-room", **common)
    shown = make_event(
        "Shown link",
        joining_link="https://meet.example/open-room",
        joining_link_sharing="public",
        **common,
    )
    google, outlook = links(client, kept)
    assert "kept-room" not in str(google) + str(outlook)
    assert "sent to people who book" in google["details"]
    google, outlook = links(client, shown)
    assert "https://meet.example/open-room" in google["details"]
    assert "https://meet.example/open-room" in outlook["body"]
    assert google["location"] == "Online"


def test_none_for_a_cancelled_event_or_one_that_is_over(client, make_event):
    ahead = make_event("Going ahead")
    cancelled = make_event("Called off", status="cancelled")
    start = local_datetime(date(2026, 11, 20), 18)
    over = make_event("Been and gone", start=start, end=start + timedelta(hours=1))
    assert links(client, ahead) is not None
    assert links(client, cancelled) is None
    assert links(client, over) is None
    assert "Add to your calendar" in client.get(over.url).content.decode()  # the .ics stays
