"""Events on the nights the clocks change: the hour that happens twice (last Sunday of October)
and the hour that never happens (last Sunday of March), through the admin form, revisions,
publishing, reverting, the page, listings, calendar files and structured data."""

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from icalendar import Calendar

from events import recurrence
from events.models import EventOccurrence, EventPage

from ..factories import local_datetime
from .test_event_page import edit_form_data

pytestmark = pytest.mark.django_db

# 25 October 2026: 01:00-02:00 happens twice. 00:30 UTC is 1:30am BST, 01:30 UTC is 1:30am GMT.
FIRST_0130 = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
SECOND_0130 = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


def online_event(make_event, title, start, end, **fields):
    fields = {"event_format": "online", "venue_name": "", "address": "", "postcode": "", **fields}
    return make_event(title, start=start, end=end, **fields)


def jsonld(response):
    soup = BeautifulSoup(response.content, "html.parser")
    for script in soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data.get("@type") == "Event":
            return data
    raise AssertionError("no Event JSON-LD")


def vevent(response):
    return Calendar.from_ical(response.content).walk("VEVENT")[0]


def test_a_one_hour_event_in_the_repeated_hour_publishes_with_its_exact_times(client, make_event):
    event = online_event(make_event, "Night shift peer call", FIRST_0130, SECOND_0130)
    event.full_clean()
    assert (event.start, event.end) == (FIRST_0130, SECOND_0130)
    # Through a revision and back: the same two instants, one hour apart.
    restored = event.get_latest_revision().as_object()
    assert restored.end - restored.start == timedelta(hours=1)
    restored.full_clean()
    [row] = EventOccurrence.objects.filter(event=event)
    assert (row.start, row.end) == (FIRST_0130, SECOND_0130)

    html = client.get(event.url).content.decode()
    assert "1:30am BST</time> to" in html and "1:30am GMT" in html
    assert 'datetime="2026-10-25T01:30:00+01:00"' in html
    assert 'datetime="2026-10-25T01:30:00+00:00"' in html
    data = jsonld(client.get(event.url))
    assert data["startDate"] == "2026-10-25T01:30:00+01:00"
    assert data["endDate"] == "2026-10-25T01:30:00+00:00"

    component = vevent(client.get(f"{event.url}event.ics"))
    start, end = component.decoded("dtstart"), component.decoded("dtend")
    assert start.astimezone(UTC) == FIRST_0130 and end.astimezone(UTC) == SECOND_0130
    # The second 1:30am cannot be named in local time, so it is written in UTC.
    ics = client.get(f"{event.url}event.ics").content.decode()
    assert "DTSTART;TZID=Europe/London:20261025T013000" in ics
    assert "DTEND:20261025T013000Z" in ics


def test_the_listing_card_shows_both_zones(client, make_event, clock):
    clock.move_to(datetime(2026, 10, 20, 12, tzinfo=UTC))
    online_event(make_event, "Night shift peer call", FIRST_0130, SECOND_0130)
    html = client.get("/events/").content.decode()
    assert "Night shift peer call" in html
    assert "1:30am BST" in html and "1:30am GMT" in html


def test_editing_and_reverting_keep_the_instants(client, admin_user, make_event):
    event = online_event(make_event, "Night shift peer call", FIRST_0130, SECOND_0130)
    first_revision = event.get_latest_revision()
    event = EventPage.objects.get(pk=event.pk)
    event.title = "Night shift peer call (renamed)"
    event.end = SECOND_0130 + timedelta(minutes=15)
    event.save_revision().publish()
    # Revert: publish the first revision again.
    first_revision.publish()
    live = EventPage.objects.get(pk=event.pk)
    assert live.title == "Night shift peer call"
    assert (live.start, live.end) == (FIRST_0130, SECOND_0130)
    [row] = EventOccurrence.objects.filter(event=live)
    assert (row.start, row.end) == (FIRST_0130, SECOND_0130)

    # The editor's form shows which of the two times each one is, and saving it unchanged
    # keeps both.
    client.force_login(admin_user)
    page = client.get(f"/admin/pages/{live.pk}/edit/").content.decode()
    assert 'name="start_clock"' in page and 'name="end_clock"' in page
    soup = BeautifulSoup(page, "html.parser")
    assert soup.select_one('select[name="start_clock"] option[selected]')["value"] == "first"
    assert soup.select_one('select[name="end_clock"] option[selected]')["value"] == "second"
    data = edit_form_data(
        live,
        start="2026-10-25 01:30",
        end="2026-10-25 01:30",
        start_clock="first",
        end_clock="second",
        event_format="online",
    )
    assert client.post(f"/admin/pages/{live.pk}/edit/", data).status_code == 302
    live = EventPage.objects.get(pk=event.pk)
    assert (live.start, live.end) == (FIRST_0130, SECOND_0130)


def test_the_admin_asks_which_repeated_time_was_meant(client, admin_user, make_event):
    event = make_event("Evening group")
    before = (event.start, event.end)
    client.force_login(admin_user)
    url = f"/admin/pages/{event.pk}/edit/"
    # Most events never see the question: the editor shows the times alone.
    editor = BeautifulSoup(client.get(url).content, "html.parser")
    form = editor.find("form", id="page-edit-form")
    assert form.find("input", attrs={"name": "title"})["value"] == "Evening group"
    assert form.find("input", attrs={"name": "start"}) and form.find("input", attrs={"name": "end"})
    assert editor.find(attrs={"name": "start_clock"}) is None

    data = edit_form_data(event, start="2026-10-25 01:30", end="2026-10-25 01:30")
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "1:30am on Sunday 25 October 2026 happens twice" in html
    assert 'name="start_clock"' in html and 'name="end_clock"' in html
    assert (EventPage.objects.get(pk=event.pk).start, event.end) == before  # nothing saved

    data = edit_form_data(
        event,
        start="2026-10-25 01:30",
        end="2026-10-25 01:30",
        start_clock="first",
        end_clock="second",
    )
    assert client.post(url, data).status_code == 302
    live = EventPage.objects.get(pk=event.pk)
    assert (live.start, live.end) == (FIRST_0130, SECOND_0130)


def test_a_new_event_in_the_repeated_hour_through_the_add_form(client, admin_user, events_index):
    client.force_login(admin_user)
    page = EventPage(title="Added at night", slug="added-at-night", summary="A late one.")
    data = edit_form_data(
        page,
        start="2026-10-25 01:45",
        end="2026-10-25 01:15",
        start_clock="first",
        end_clock="second",
        event_format="online",
    )
    add = f"/admin/pages/add/events/eventpage/{events_index.pk}/"
    assert client.post(add, data).status_code == 302
    live = EventPage.objects.get(slug="added-at-night")
    assert live.live
    assert live.start == datetime(2026, 10, 25, 0, 45, tzinfo=UTC)
    assert live.end == datetime(2026, 10, 25, 1, 15, tzinfo=UTC)


def test_the_admin_explains_the_hour_that_never_happens(client, admin_user, make_event):
    event = make_event("Evening group")
    before = (event.start, event.end)
    client.force_login(admin_user)
    data = edit_form_data(event, start="2027-03-28 01:30", end="2027-03-28 03:00")
    response = client.post(f"/admin/pages/{event.pk}/edit/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is no 1:30am on Sunday 28 March 2027" in html
    assert "the clocks go forward from 1am to 2am" in html
    live = EventPage.objects.get(pk=event.pk)
    assert (live.start, live.end) == before  # no silent shift, nothing saved


def test_an_event_across_the_march_gap_keeps_its_exact_length(client, make_event):
    # 12:30am GMT to 3am BST is an hour and a half, not two and a half.
    start = datetime(2027, 3, 28, 0, 30, tzinfo=UTC)
    end = datetime(2027, 3, 28, 2, 0, tzinfo=UTC)
    event = online_event(make_event, "Overnight listening line", start, end)
    event.get_latest_revision().as_object().full_clean()
    [span] = event.spans()
    assert span.end - span.start == timedelta(minutes=90)
    html = client.get(event.url).content.decode()
    assert "12:30am GMT</time> to" in html and "3am BST" in html
    component = vevent(client.get(f"{event.url}event.ics"))
    length = recurrence.utc(component.decoded("dtend")) - recurrence.utc(
        component.decoded("dtstart")
    )
    assert length == timedelta(minutes=90)


def test_a_repeating_event_keeps_its_uk_time_across_both_changes(client, make_event):
    # Every week at 10am from early October 2026 to mid April 2027.
    start = local_datetime(date(2026, 10, 6), 10)
    event = make_event(
        "Tuesday drop-in",
        start=start,
        end=start + timedelta(hours=1),
        repeat="weekly",
        repeat_until=date(2027, 4, 13),
    )
    spans = event.spans()
    assert {span.local_start.hour for span in spans} == {10}
    assert {span.end - span.start for span in spans} == {timedelta(hours=1)}
    zones = [recurrence.zone_name(span.start) for span in spans]
    assert zones[0] == "BST" and "GMT" in zones and zones[-1] == "BST"
    rows = EventOccurrence.objects.filter(event=event).order_by("start")
    assert {row.start.astimezone(recurrence.site_zone()).hour for row in rows} == {10}
    ics = client.get(f"{event.url}event.ics").content.decode()
    assert "DTSTART;TZID=Europe/London:20261006T100000" in ics
    assert re.search(r"RRULE:FREQ=WEEKLY;UNTIL=20270413T\d{6}Z;BYDAY=TU", ics)


def test_a_repeating_event_cannot_start_in_the_second_repeated_hour(make_event):
    event = EventPage(
        title="Series",
        summary="A series.",
        start=SECOND_0130,
        end=SECOND_0130 + timedelta(hours=1),
        event_format="online",
        repeat="weekly",
        repeat_count=3,
        is_free=True,
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "cannot start in the second 1am to 2am hour" in error.value.message_dict["start"][0]
    event.start, event.end = FIRST_0130, FIRST_0130 + timedelta(hours=1)
    event.clean()  # the first 1:30am is fine: calendars read a repeated time as the first


def test_wall_clock_kinds():
    assert recurrence.wall_clock(datetime(2026, 10, 25, 1, 30)) == "repeated"
    assert recurrence.wall_clock(datetime(2027, 3, 28, 1, 30)) == "missing"
    assert recurrence.wall_clock(datetime(2026, 10, 25, 2, 0)) == "normal"
    assert recurrence.wall_clock(datetime(2027, 3, 28, 0, 59)) == "normal"
    assert recurrence.is_second_of_repeated(SECOND_0130)
    assert not recurrence.is_second_of_repeated(FIRST_0130)


@pytest.mark.parametrize(
    ("first_sunday", "hour", "shown"),
    [
        # 12:30am GMT, then the clocks go forward at 1am: the hour ends at 2:30am BST.
        (date(2027, 3, 21), 0, "Sunday 28 March 2027, 12:30am GMT to 2:30am BST"),
        # 1:30am BST, then the clocks go back at 2am: the hour ends at the second 1:30am.
        (date(2026, 10, 18), 1, "Sunday 25 October 2026, 1:30am BST to 1:30am GMT"),
    ],
)
def test_a_meeting_across_a_clock_change_lasts_what_the_calendar_says(
    client, make_event, clock, first_sunday, hour, shown
):
    start = local_datetime(first_sunday, hour, 30)
    event = online_event(
        make_event,
        "Small hours circle",
        start,
        start + timedelta(hours=1),
        repeat="weekly",
        repeat_count=3,
    )
    clock.move_to(recurrence.utc(start) + timedelta(days=1))  # the next meeting is the night
    # A calendar app gives every meeting the first one's exact length (RFC 5545's DTEND).
    component = vevent(client.get(f"{event.url}event.ics"))
    length = recurrence.utc(component.decoded("dtend")) - recurrence.utc(
        component.decoded("dtstart")
    )
    assert length == timedelta(hours=1)

    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    when = page.select_one(".event-facts dd")
    assert when.get_text(" ", strip=True) == shown
    begin, end = (datetime.fromisoformat(tag["datetime"]) for tag in when.find_all("time"))
    assert end - begin == length
    listing = BeautifulSoup(client.get("/events/").content, "html.parser")
    cards = [card.get_text(" ", strip=True) for card in listing.select(".event-card__when")]
    assert cards[0] == shown

    data = jsonld(client.get(event.url))
    assert (
        datetime.fromisoformat(data["endDate"]) - datetime.fromisoformat(data["startDate"])
        == length
    )
    # The schedule's times are the series' own (as on any other Sunday) with the exact length,
    # not the night's wall clock: a reader gets one hour, never none or two.
    schedule = data["eventSchedule"]
    assert (schedule["startTime"], schedule["duration"]) == (f"{hour:02d}:30", "PT1H")
    assert schedule["endTime"] == f"{hour + 1:02d}:30"
