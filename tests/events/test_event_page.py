"""An event page: the rules editors meet, what visitors see, its structured data, and the
occurrence rows and calendar sequence kept in step with the live version."""

import json
from datetime import UTC, date, timedelta

import pytest
from bs4 import BeautifulSoup
from dateutil import rrule
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from events.models import CalendarSequence, EventIndexPage, EventOccurrence, EventPage
from home.models import HomePage, StandardPage

from ..factories import days_from_now, local_datetime, png


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def jsonld(response):
    script = soup(response).find("script", type="application/ld+json")
    return json.loads(script.string)


class EventTreeRules(WagtailPageTestCase):
    def test_events_live_only_in_the_events_section(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, EventPage)


# --- editor rules ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_an_end_before_the_start_is_refused(make_event):
    event = make_event("Backwards", live=False)
    event.end = event.start - timedelta(minutes=30)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "must end after it starts" in error.value.message_dict["end"][0]


@pytest.mark.django_db
def test_other_rules(make_event):
    event = make_event("Rules", live=False)
    event.repeat_until, event.repeat_count = date(2030, 1, 1), 3  # a repeat without a rule
    event.is_free, event.price = False, None
    event.image = get_image_model().objects.create(title="x", file=png("event-rules"))
    event.event_format, event.venue_name, event.address = "in_person", "", ""
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert set(error.value.message_dict) >= {"repeat", "price", "image_alt_text", "venue_name"}
    event.repeat = "weekly"
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "not both" in error.value.message_dict["repeat_count"][0]


def edit_form_data(event, **changes):
    """The event editor's form, as the admin posts it."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    local = {
        "start": timezone.localtime(event.start).strftime("%Y-%m-%d %H:%M"),
        "end": timezone.localtime(event.end).strftime("%Y-%m-%d %H:%M"),
    }
    data = {
        "title": event.title,
        "slug": event.slug,
        "summary": event.summary,
        "status": "scheduled",
        "start": local["start"],
        "end": local["end"],
        "repeat": "",
        "event_format": "in_person",
        "venue_name": "A hall",
        "address": "1 Street",
        "joining_link_sharing": "after_booking",
        "is_free": "on",
        "body": streamfield([]),
        "speakers": inline_formset([]),
        "cancelled_dates": inline_formset([]),
        "comments": inline_formset([]),
        "action-publish": "yes",
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.mark.django_db
def test_the_admin_explains_an_end_before_the_start(client, admin_user, make_event):
    event = make_event("Admin check")
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{event.pk}/edit/",
        edit_form_data(event, end=(event.start - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")),
    )
    assert response.status_code == 200
    assert "The event must end after it starts" in response.content.decode()


@pytest.mark.django_db
def test_the_admin_refuses_a_cancelled_date_the_series_does_not_meet(
    client, admin_user, make_event
):
    from wagtail.test.utils.form_data import inline_formset

    start = local_datetime(date(2030, 1, 7), 18)  # the first Monday
    event = make_event("Monday series", start=start, end=start + timedelta(hours=1))
    client.force_login(admin_user)
    data = edit_form_data(
        event,
        start="2030-01-07 18:00",
        end="2030-01-07 19:00",
        repeat="monthly",
        repeat_count="6",
        cancelled_dates=inline_formset([{"date": "2030-02-05", "note": ""}]),
    )
    response = client.post(f"/admin/pages/{event.pk}/edit/", data)
    assert response.status_code == 200
    assert "does not happen on Tuesday 5 February 2030" in response.content.decode()
    data = edit_form_data(
        event,
        start="2030-01-07 18:00",
        end="2030-01-07 19:00",
        repeat="monthly",
        repeat_count="6",
        cancelled_dates=inline_formset([{"date": "2030-02-04", "note": ""}]),
    )
    assert client.post(f"/admin/pages/{event.pk}/edit/", data).status_code == 302
    rows = EventOccurrence.objects.filter(event=event)
    assert rows.count() == 6 and list(rows.filter(cancelled=True).values_list("start", flat=True))


EVENT_FIELDS = (
    "title",
    "summary",
    "status",
    "start",
    "end",
    "repeat",
    "event_format",
    "venue_name",
    "joining_link_sharing",
    "is_free",
    "step_free",
    "access_notes",
)


def editor_form(response, url):
    """The page editor's heading, tabs and form fields (name: value) as an editor sees them."""
    page = soup(response)
    form = page.find("form", id="page-edit-form")
    assert form["action"] == url
    tabs = [next(tab.stripped_strings) for tab in page.select('[role="tab"]')]
    fields = {
        field["name"]: field.get("value")
        for field in form.find_all(["input", "select", "textarea"])
        if field.get("name")
    }
    return page.h1.get_text(" ", strip=True), tabs, fields


@pytest.mark.django_db
def test_the_editor_pages_render(client, admin_user, events_index, make_event):
    event = make_event("Editable")
    client.force_login(admin_user)
    edit = f"/admin/pages/{event.pk}/edit/"
    heading, tabs, fields = editor_form(client.get(edit), edit)
    assert heading == "Editing Event: Editable"
    assert tabs == ["Event", "Booking and access", "Promote"]
    assert set(EVENT_FIELDS) <= set(fields)
    assert fields["title"] == "Editable" and fields["venue_name"] == "Brindle Community Centre"
    add = f"/admin/pages/add/events/eventpage/{events_index.pk}/"
    heading, tabs, fields = editor_form(client.get(add), add)
    assert heading == "New: Event"
    assert tabs == ["Event", "Booking and access", "Promote"]
    assert set(EVENT_FIELDS) <= set(fields)
    assert not fields["title"]  # a blank form


# --- what visitors see -------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_event_page_shows_the_details(client, make_event):
    event = make_event(
        "Board morning",
        start=local_datetime(date(2030, 7, 2), 10),
        end=local_datetime(date(2030, 7, 2), 13),
        step_free="yes",
        hearing_loop="no",
        access_notes="Two parking spaces at the door.",
        contributors_paid=True,
        capacity=30,
        is_free=False,
        price="15.00",
    )
    page = soup(client.get(event.url))
    facts = page.select_one(".event-facts").get_text(" ", strip=True)
    assert "Tuesday 2 July 2030, 10am to 1pm BST" in facts
    assert "£15.00" in facts and "30 places" in facts
    times = page.select(".event-facts time")
    assert times[0]["datetime"] == "2030-07-02T10:00:00+01:00"
    access = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in page.select(".event-access dt")
    }
    assert access == {"Step-free access": "Yes", "Hearing loop": "No"}
    assert "Two parking spaces" in page.get_text()
    assert "contributors are paid" in page.get_text()
    assert page.find("a", href=f"{event.url}event.ics")


@pytest.mark.django_db
def test_a_cancelled_event_says_so_in_words(client, make_event):
    event = make_event("Called off", status="cancelled", status_note="The venue flooded.")
    page = soup(client.get(event.url))
    status = page.select_one(".event__header .event-status")
    assert status.get_text(" ", strip=True).startswith("Cancelled")
    assert "The venue flooded." in status.get_text()
    assert not page.find(string="Book a place")


@pytest.mark.django_db
def test_the_joining_link_is_shown_only_when_editors_publish_it(client, make_event):
    private = make_event(
        "Closed circle",
        event_format="online",
        joining_link="https://meet.example/secret-room",
        joining_link_sharing="after_booking",
    )
    public = make_event(
        "Open webinar",
        event_format="online",
        joining_link="https://meet.example/open-room",
        joining_link_sharing="public",
    )
    private_html = client.get(private.url).content.decode()
    assert "secret-room" not in private_html
    assert "We send the joining link to everyone who books" in private_html
    assert "open-room" in client.get(public.url).content.decode()


@pytest.mark.django_db
def test_speakers_link_only_to_live_public_profiles(client, make_profile, make_event):
    live = make_profile("Live Speaker")
    draft = make_profile("Draft Speaker", live=False)
    event = make_event(
        "Talks", speakers=[("Live Speaker", live), ("Draft Speaker", draft), ("Guest", None)]
    )
    page = soup(client.get(event.url))
    names = page.select(".event-speakers__name")
    assert [name.get_text(strip=True) for name in names] == [
        "Live Speaker",
        "Draft Speaker",
        "Guest",
    ]
    assert names[0].find("a")["href"] == live.url
    assert names[1].find("a") is None and names[2].find("a") is None
    # The credit survives the profile's deletion.
    Page.objects.get(pk=live.pk).delete()
    assert "Live Speaker" in client.get(event.url).content.decode()


# --- structured data and metadata --------------------------------------------------------------


@pytest.mark.django_db
def test_structured_data_for_an_in_person_event(client, make_profile, make_event):
    speaker = make_profile("Sam Speaker")
    event = make_event(
        "Place event",
        speakers=[("Sam Speaker", speaker)],
        is_free=False,
        price="12.50",
        fully_booked=True,
        organiser="Brindle Trust",
    )
    data = jsonld(client.get(event.url))
    assert data["@type"] == "Event" and data["name"] == "Place event"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["postalCode"] == "LS1 1AA"
    assert data["offers"]["price"] == "12.50" and data["offers"]["priceCurrency"] == "GBP"
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"
    assert data["organizer"]["name"] == "Brindle Trust"
    assert data["performer"] == [
        {"@type": "Person", "name": "Sam Speaker", "url": f"http://testserver{speaker.url}"}
    ]
    assert (
        data["startDate"] == event.start.astimezone(event.spans()[0].local_start.tzinfo).isoformat()
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("event_format", "status", "mode", "schema_status", "locations"),
    [
        ("online", "scheduled", "OnlineEventAttendanceMode", "EventScheduled", ["VirtualLocation"]),
        (
            "hybrid",
            "postponed",
            "MixedEventAttendanceMode",
            "EventPostponed",
            ["Place", "VirtualLocation"],
        ),
        (
            "in_person",
            "moved_online",
            "OnlineEventAttendanceMode",
            "EventMovedOnline",
            ["VirtualLocation"],
        ),
        ("in_person", "cancelled", "OfflineEventAttendanceMode", "EventCancelled", ["Place"]),
    ],
)
def test_structured_data_modes_and_statuses(
    client, make_event, event_format, status, mode, schema_status, locations
):
    event = make_event(
        f"{event_format} {status}",
        event_format=event_format,
        status=status,
        joining_link="https://meet.example/private-link",
    )
    data = jsonld(client.get(event.url))
    assert data["eventAttendanceMode"] == f"https://schema.org/{mode}"
    assert data["eventStatus"] == f"https://schema.org/{schema_status}"
    found = data["location"] if isinstance(data["location"], list) else [data["location"]]
    assert [location["@type"] for location in found] == locations
    assert data["offers"]["price"] == "0" and data["isAccessibleForFree"] is True
    assert "private-link" not in json.dumps(data)


@pytest.mark.django_db
def test_metadata_and_canonical(client, make_event):
    image = get_image_model().objects.create(title="Room", file=png("event-room"))
    event = make_event("Shared event", image=image, image_alt_text="A bright meeting room")
    page = soup(client.get(event.url))
    assert page.find("link", rel="canonical")["href"] == f"http://testserver{event.url}"
    assert page.find("meta", property="og:description")["content"] == event.summary
    assert "fill-1200x630" in page.find("meta", property="og:image")["content"]
    assert page.find("img", alt="A bright meeting room")
    assert page.find("link", rel="alternate", type="text/calendar")


# --- occurrences and sequence follow the live version ------------------------------------------


@pytest.mark.django_db
def test_publishing_writes_occurrences_and_drafts_do_not(make_event):
    event = make_event("Weekly", repeat="weekly", repeat_count=4)
    rows = EventOccurrence.objects.filter(event=event)
    assert rows.count() == 4
    assert rows.first().start.tzinfo == UTC  # stored in UTC
    draft = EventPage.objects.get(pk=event.pk)
    draft.repeat_count = 10
    draft.title = "Draft title"
    draft.save_revision()
    assert rows.count() == 4
    assert EventPage.objects.get(pk=event.pk).title == "Weekly"
    draft.get_latest_revision().publish()
    assert rows.count() == 10


@pytest.mark.django_db
def test_unpublishing_removes_occurrences(make_event):
    event = make_event("Going away")
    staying = make_event("Staying")
    assert EventOccurrence.objects.filter(event=event).exists()
    event.unpublish()
    assert not EventOccurrence.objects.filter(event=event).exists()
    assert EventOccurrence.objects.filter(event=staying).count() == 1  # only that event's rows


@pytest.mark.django_db
def test_never_published_events_have_no_occurrences(make_event):
    published = make_event("Published", repeat="weekly", repeat_count=3)
    draft = make_event("Draft", live=False, repeat="weekly", repeat_count=3)
    assert EventOccurrence.objects.filter(event=published).count() == 3  # the control
    assert EventPage.objects.get(pk=draft.pk).repeat_count == 3  # the draft was saved
    assert not EventOccurrence.objects.filter(event=draft).exists()


@pytest.mark.django_db
def test_sequence_rises_only_when_published_details_change(make_event):
    event = make_event("Sequenced")
    assert CalendarSequence.objects.get(event=event).sequence == 0
    event = EventPage.objects.get(pk=event.pk)
    event.save_revision().publish()  # nothing changed
    assert CalendarSequence.objects.get(event=event).sequence == 0
    event.start += timedelta(hours=1)
    event.end += timedelta(hours=1)
    event.save_revision().publish()
    assert CalendarSequence.objects.get(event=event).sequence == 1
    event = EventPage.objects.get(pk=event.pk)
    event.status = "cancelled"
    event.save_revision().publish()
    assert CalendarSequence.objects.get(event=event).sequence == 2


@pytest.mark.django_db
def test_the_uid_is_stable_and_not_copied(make_event, events_index):
    event = make_event("Original", start=days_from_now(3))
    uid = event.uid
    event.title = "Renamed"
    event.slug = "renamed"
    event.save_revision().publish()
    assert EventPage.objects.get(pk=event.pk).uid == uid
    copy = event.copy(update_attrs={"slug": "copied", "title": "Copied"})
    assert copy.specific.uid != uid


def expand(schedule, horizon):
    """The dates a schema.org reader makes of an eventSchedule (its weekday, which one of the
    month, the skipped dates), up to `horizon`."""
    weekday = getattr(rrule, schedule["byDay"].removeprefix("https://schema.org/")[:2].upper())
    frequency = {"P1W": (rrule.WEEKLY, 1), "P2W": (rrule.WEEKLY, 2), "P1M": (rrule.MONTHLY, 1)}
    freq, interval = frequency[schedule["repeatFrequency"]]
    if "byMonthWeek" in schedule:
        weekday = weekday(schedule["byMonthWeek"])
    limit = {"count": schedule["repeatCount"]} if "repeatCount" in schedule else {}
    until = date.fromisoformat(schedule.get("endDate", horizon.isoformat()))
    days = rrule.rrule(
        freq,
        interval=interval,
        byweekday=weekday,
        dtstart=date.fromisoformat(schedule["startDate"]),
        **(limit or {"until": until}),
    )
    skipped = set(schedule.get("exceptDate", []))
    return [day.date() for day in days if day.date().isoformat() not in skipped]


@pytest.mark.django_db
def test_structured_data_for_a_monthly_first_tuesday(client, make_event):
    first = local_datetime(date(2030, 1, 1), 18, 30)  # the first Tuesday of January
    event = make_event(
        "Circle",
        start=first,
        end=first + timedelta(minutes=90),
        repeat="monthly",
        repeat_until=date(2030, 6, 4),
        cancelled=[date(2030, 1, 1), date(2030, 4, 2)],
    )
    data = jsonld(client.get(event.url))
    assert data["startDate"] == "2030-02-05T18:30:00+00:00"  # the next date going ahead
    assert data["eventSchedule"] == {
        "@type": "Schedule",
        "repeatFrequency": "P1M",
        "byDay": "https://schema.org/Tuesday",
        "byMonthWeek": 1,
        "exceptDate": ["2030-01-01", "2030-04-02"],
        "startDate": "2030-01-01",
        "endDate": "2030-06-04",
        "scheduleTimezone": "Europe/London",
        "startTime": "18:30",
        "endTime": "20:00",
        "duration": "PT1H30M",
    }
    # A reader expands it to the first Tuesdays the page lists as going ahead (not the 1st of
    # every month, as the frequency alone from the first date would give).
    going_ahead = [span.local_start.date() for span in event.spans() if not span.cancelled]
    assert expand(data["eventSchedule"], date(2031, 1, 1)) == going_ahead
    assert going_ahead == [date(2030, 2, 5), date(2030, 3, 5), date(2030, 5, 7), date(2030, 6, 4)]


@pytest.mark.django_db
def test_structured_data_for_the_last_weekday_and_weekly_series(client, make_event):
    last_friday = local_datetime(date(2030, 5, 31), 10)  # the fifth Friday: the last one
    monthly = make_event(
        "Last Fridays",
        start=last_friday,
        end=last_friday + timedelta(hours=2),
        repeat="monthly",
        repeat_count=4,
    )
    schedule = jsonld(client.get(monthly.url))["eventSchedule"]
    assert schedule["byDay"] == "https://schema.org/Friday" and schedule["byMonthWeek"] == -1
    assert "exceptDate" not in schedule and schedule["repeatCount"] == 4
    expected = [span.local_start.date() for span in monthly.spans()]
    assert expand(schedule, date(2031, 1, 1)) == expected

    wednesday = local_datetime(date(2030, 1, 2), 19)
    weekly = make_event(
        "Wednesday drop-in",
        start=wednesday,
        end=wednesday + timedelta(hours=1),
        repeat="fortnightly",
        repeat_until=date(2030, 3, 31),
        cancelled=[date(2030, 1, 30)],
    )
    schedule = jsonld(client.get(weekly.url))["eventSchedule"]
    assert schedule["repeatFrequency"] == "P2W" and "byMonthWeek" not in schedule
    assert schedule["byDay"] == "https://schema.org/Wednesday"
    assert schedule["exceptDate"] == ["2030-01-30"]
    expected = [span.local_start.date() for span in weekly.spans() if not span.cancelled]
    assert expand(schedule, date(2031, 1, 1)) == expected


@pytest.mark.django_db
def test_a_preview_shows_the_draft_and_the_live_page_does_not(client, admin_user, make_event):
    event = make_event(
        "Previewed",
        start=local_datetime(date(2030, 3, 5), 18),
        end=local_datetime(date(2030, 3, 5), 20),
    )
    client.force_login(admin_user)
    data = edit_form_data(event, start="2030-04-02 17:00", end="2030-04-02 19:00")
    preview_url = f"/admin/pages/{event.pk}/edit/preview/"
    assert client.post(preview_url, data).status_code == 200
    preview = client.get(preview_url).content.decode()
    assert "Tuesday 2 April 2030, 5pm" in preview  # the admin reads UK time
    client.logout()
    assert "Tuesday 5 March 2030, 6pm" in client.get(event.url).content.decode()


def test_search_finds_an_event_with_its_date_and_format(client, make_event):
    from bs4 import BeautifulSoup

    make_event("Quokka gathering", event_format="online", summary="A quokka meet-up online.")
    html = BeautifulSoup(client.get("/search/", {"q": "quokka"}).content, "html.parser")
    card = html.select_one(".search-result--event")
    assert card.select_one(".search-result__title a").get_text() == "Quokka gathering"
    meta = card.select_one(".search-result__meta").get_text()
    assert "Online" in meta and card.select_one("time") is not None
