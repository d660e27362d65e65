"""Calendar files: every one parsed with icalendar and checked against RFC 5545's rules as the
issue lists them."""

from datetime import UTC, date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from events.models import EventOccurrence, EventPage

from ..factories import days_from_now, local_datetime


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return calendar


def events_in(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def check_event_rules(event, page):
    """What every VEVENT must carry."""
    assert str(event["UID"]) == str(page.uid)
    assert "/" not in str(event["UID"])  # never the address
    assert event["DTSTAMP"].dt.utcoffset() == timedelta(0)
    assert event["DTSTAMP"].to_ical().decode().endswith("Z")
    assert str(event["URL"]) == f"http://testserver{page.url}"
    assert str(event["SUMMARY"]) == page.title
    assert page.summary in str(event["DESCRIPTION"])
    assert int(event["SEQUENCE"]) >= 0
    if page.all_day:
        assert type(event["DTSTART"].dt) is date and type(event["DTEND"].dt) is date
    else:
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert event["DTEND"].params["TZID"] == "Europe/London"


@pytest.mark.django_db
def test_one_event_file(client, make_event):
    page = make_event(
        "Board morning",
        start=local_datetime(date(2030, 7, 2), 10),
        end=local_datetime(date(2030, 7, 2), 13),
    )
    response = client.get(f"{page.url}event.ics")
    assert response["Content-Disposition"] == f'attachment; filename="{page.slug}.ics"'
    calendar = parse(response)
    timezones = calendar.walk("VTIMEZONE")
    assert [str(zone["TZID"]) for zone in timezones] == ["Europe/London"]
    event = events_in(calendar)["Board morning"]
    check_event_rules(event, page)
    assert event["DTSTART"].dt == datetime(2030, 7, 2, 10, tzinfo=event["DTSTART"].dt.tzinfo)
    assert event["DTSTART"].dt.utcoffset() == timedelta(hours=1)  # BST
    assert str(event["STATUS"]) == "CONFIRMED"
    assert "Brindle Community Centre" in str(event["LOCATION"])
    assert "RRULE" not in event and "EXDATE" not in event


@pytest.mark.django_db
def test_repeat_rule_with_until_inside_and_exdates(client, make_event):
    first = local_datetime(date(2030, 1, 1), 18, 30)  # the first Tuesday
    page = make_event(
        "Circle",
        start=first,
        end=first + timedelta(minutes=90),
        repeat="monthly",
        repeat_until=date(2030, 6, 4),
        cancelled=[date(2030, 3, 5)],
    )
    event = events_in(parse(client.get(f"{page.url}event.ics")))["Circle"]
    check_event_rules(event, page)
    rule = event["RRULE"]
    assert rule["FREQ"] == ["MONTHLY"] and rule["BYDAY"] == ["1TU"]
    (until,) = rule["UNTIL"]
    assert until.utcoffset() == timedelta(0) and until.date() == date(2030, 6, 4)
    assert "UNTIL=20300604T225959Z" in event.to_ical().decode()
    exdates = [value.dt for exdate in [event["EXDATE"]] for value in exdate.dts]
    assert [(d.date(), d.hour, d.minute) for d in exdates] == [(date(2030, 3, 5), 18, 30)]
    assert event["EXDATE"].params["TZID"] == "Europe/London"
    # The rule a calendar app expands gives the same dates the site lists.
    expanded = rrulestr(event["RRULE"].to_ical().decode(), dtstart=event["DTSTART"].dt)
    listed = EventOccurrence.objects.filter(event=page).order_by("start")
    assert [d.astimezone(UTC) for d in expanded] == [row.start for row in listed]
    assert [row.cancelled for row in listed] == [False, False, True, False, False, False]


@pytest.mark.django_db
def test_a_count_rule_and_a_fortnightly_interval(client, make_event):
    page = make_event("Induction", repeat="fortnightly", repeat_count=4)
    rule = events_in(parse(client.get(f"{page.url}event.ics")))["Induction"]["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [2] and rule["COUNT"] == [4]
    assert "UNTIL" not in rule


@pytest.mark.django_db
def test_all_day_events_use_dates(client, make_event):
    page = make_event(
        "Retreat",
        all_day=True,
        start=local_datetime(date(2030, 5, 4), 0),
        end=local_datetime(date(2030, 5, 5), 0),
        repeat="weekly",
        repeat_until=date(2030, 5, 25),
        cancelled=[date(2030, 5, 11)],
    )
    event = events_in(parse(client.get(f"{page.url}event.ics")))["Retreat"]
    check_event_rules(event, page)
    assert event["DTSTART"].dt == date(2030, 5, 4)
    assert event["DTEND"].dt == date(2030, 5, 6)  # exclusive
    assert event["RRULE"]["UNTIL"] == [date(2030, 5, 25)]
    assert [value.dt for value in event["EXDATE"].dts] == [date(2030, 5, 11)]


@pytest.mark.django_db
def test_cancelled_events_and_hidden_joining_links(client, make_event):
    page = make_event(
        "Called off",
        status="cancelled",
        status_note="The venue flooded.",
        event_format="online",
        joining_link="https://meet.example/secret-room",
        joining_link_sharing="after_booking",
    )
    response = client.get(f"{page.url}event.ics")
    event = events_in(parse(response))["Called off"]
    assert str(event["STATUS"]) == "CANCELLED"
    assert "The venue flooded." in str(event["DESCRIPTION"])
    assert "secret-room" not in response.content.decode()
    feed = client.get("/events/calendar.ics")
    assert str(events_in(parse(feed))["Called off"]["STATUS"]) == "CANCELLED"
    assert "secret-room" not in feed.content.decode()
    public = make_event(
        "Open webinar",
        event_format="online",
        joining_link="https://meet.example/open-room",
        joining_link_sharing="public",
    )
    event = events_in(parse(client.get(f"{public.url}event.ics")))["Open webinar"]
    assert "https://meet.example/open-room" in str(event["DESCRIPTION"])


@pytest.mark.django_db
def test_sequence_rises_when_details_change(client, make_event):
    page = make_event("Moving")
    assert int(events_in(parse(client.get(f"{page.url}event.ics")))["Moving"]["SEQUENCE"]) == 0
    page.start += timedelta(days=1)
    page.end += timedelta(days=1)
    page.save_revision().publish()
    event = events_in(parse(client.get(f"{page.url}event.ics")))["Moving"]
    assert int(event["SEQUENCE"]) == 1 and str(event["UID"]) == str(page.uid)


@pytest.mark.django_db
def test_the_feed_holds_upcoming_and_recent_live_public_events(client, make_event):
    pages = [
        make_event("Upcoming"),
        make_event("Last week", start=days_from_now(-7), end=days_from_now(-7, 20)),
        make_event("Online", event_format="online", venue_name="", address=""),
        make_event("Cancelled one", status="cancelled"),
    ]
    make_event("Two months ago", start=days_from_now(-60), end=days_from_now(-60, 20))
    make_event("Draft", live=False)
    make_event("Private", restricted=True)
    live = make_event("Live with a draft")
    pages.append(live)
    live.title = "Draft title"
    live.save_revision()
    withdrawn = make_event("Withdrawn")
    withdrawn.unpublish()
    calendar = parse(client.get("/events/calendar.ics"))
    assert str(calendar["X-WR-CALNAME"]) == "LEAD events"
    found = events_in(calendar)
    assert set(found) == {"Upcoming", "Last week", "Online", "Cancelled one", "Live with a draft"}
    for page in pages:
        stored = EventPage.objects.get(pk=page.pk)  # the live version
        check_event_rules(found[stored.title], stored)
    assert str(found["Cancelled one"]["STATUS"]) == "CANCELLED"
    assert str(found["Online"]["LOCATION"]) == "Online"
    uids = [str(event["UID"]) for event in found.values()]
    assert len(set(uids)) == len(uids)


@pytest.mark.django_db
def test_draft_and_private_event_files_are_not_served(client, make_event):
    live = make_event("Live")
    draft = make_event("Draft", live=False)
    private = make_event("Private", restricted=True)
    # The control: a live public event's file is at the same kind of address.
    assert set(events_in(parse(client.get(f"/events/{live.slug}/event.ics")))) == {"Live"}
    response = client.get(f"{private.url}event.ics")
    assert response.status_code == 302 and "/account/login/" in response["Location"]
    for url in (
        f"/events/{draft.slug}/event.ics",
        "/events/no-such-event/event.ics",
        "/about/event.ics",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Page not found" in response.content.decode(), url


@pytest.mark.django_db
def test_the_feed_costs_the_same_queries_for_3_or_15_events(client, make_event):
    def queries():
        client.get("/events/calendar.ics")
        with CaptureQueriesContext(connection) as context:
            response = client.get("/events/calendar.ics")
        assert response.status_code == 200
        return len(context)

    for n in range(3):
        make_event(f"Few {n}", repeat="weekly", repeat_count=3, cancelled=[])
    few = queries()
    for n in range(12):
        make_event(f"Many {n}", repeat="weekly", repeat_count=3)
    assert queries() == few <= 12


@pytest.mark.django_db
def test_links_to_the_calendar_files(client, make_event):
    page = make_event("Linked")
    index_html = client.get("/events/").content.decode()
    assert 'href="/events/calendar.ics"' in index_html
    assert f'href="{page.url}event.ics"' in index_html
    assert 'type="text/calendar"' in index_html
    assert f'href="{page.url}event.ics"' in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_the_cached_feed_follows_publishing_and_privacy(client, make_event):
    from wagtail.models import PageViewRestriction

    first = make_event("First")
    assert set(events_in(parse(client.get("/events/calendar.ics")))) == {"First"}
    make_event("Second")
    assert set(events_in(parse(client.get("/events/calendar.ics")))) == {"First", "Second"}
    PageViewRestriction.objects.create(page=first, restriction_type=PageViewRestriction.LOGIN)
    assert set(events_in(parse(client.get("/events/calendar.ics")))) == {"Second"}
    PageViewRestriction.objects.filter(page=first).delete()
    first.unpublish()
    assert set(events_in(parse(client.get("/events/calendar.ics")))) == {"Second"}
    EventPage.objects.get(title="Second").delete()
    assert set(events_in(parse(client.get("/events/calendar.ics")))) == set()


@pytest.mark.django_db
@pytest.mark.parametrize("feed", [False, True], ids=["event file", "calendar feed"])
def test_a_calendar_app_with_the_current_file_gets_304(client, make_event, clock, feed):
    page = make_event("Polled event")
    make_event("Another event")
    url = "/events/calendar.ics" if feed else f"{page.url}event.ics"
    first = client.get(url)
    etag, modified = first["ETag"], first["Last-Modified"]
    unchanged = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304

    clock.shift(60)
    page.status, page.status_note = "cancelled", "The venue flooded."
    page.save_revision().publish()
    for headers in ({"HTTP_IF_NONE_MATCH": etag}, {"HTTP_IF_MODIFIED_SINCE": modified}):
        changed = client.get(url, **headers)
        assert changed.status_code == 200
        assert str(events_in(parse(changed))["Polled event"]["STATUS"]) == "CANCELLED"
