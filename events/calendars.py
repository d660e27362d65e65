"""iCalendar (RFC 5545) files, built with the icalendar library: one per event and a feed.

Each event is one VEVENT: a stable UID (the page's own UUID, never its address), DTSTAMP,
DTSTART/DTEND in Europe/London with a VTIMEZONE (DATE values for all-day events), the repeat
rule with its UNTIL inside the RRULE, an EXDATE per cancelled date, and a SEQUENCE raised each
time the published details change. A joining link kept for people who booked is never written.
"""

import contextlib
from datetime import UTC, date, datetime, timedelta

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, Timezone
from wagtail.models import Site

from lead.conditional import add_validators

from . import recurrence
from .choices import EventStatus

PRODID = "-//LEAD//Events//EN"
# The feed is the same for every visitor (live, public events only) and calendar apps poll it:
# it is kept for ten minutes, and dropped at once when an event is published, unpublished,
# moved, deleted or made private (signals.py).
FEED_CACHE_SECONDS = 10 * 60
STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
STATUS_WORDS = {
    EventStatus.POSTPONED: "Postponed",
    EventStatus.CANCELLED: "Cancelled",
    EventStatus.MOVED_ONLINE: "Moved online",
}


def new_calendar(name=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", recurrence.site_zone().key)
        calendar.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    return calendar


def description(event, request):
    lines = []
    if event.status != EventStatus.SCHEDULED:
        note = f": {event.status_note}" if event.status_note else ""
        lines.append(f"{STATUS_WORDS[event.status]}{note}")
    lines.append(event.summary)
    if event.public_joining_link:
        lines.append(f"Join online: {event.public_joining_link}")
    elif event.joining_link_after_booking:
        lines.append("The joining link is sent to people who book.")
    if event.booking_url and not event.is_cancelled:
        lines.append(f"Book: {event.booking_url}")
    lines.append(f"Details and access information: {event.get_full_url(request)}")
    return "\n\n".join(line for line in lines if line)


def instant(value):
    """A timed DTSTART or DTEND: UK time with its TZID, except the second time round of the
    hour the clocks go back, which a local time cannot name (RFC 5545 reads a repeated local
    time as the first), so it is written in UTC."""
    if recurrence.is_second_of_repeated(value):
        return recurrence.utc(value)
    return timezone.localtime(value, recurrence.site_zone())


def vevent(event, request):
    start_local, end_local = recurrence.local_bounds(event.start, event.end, event.all_day)
    component = Event()
    component.add("uid", str(event.uid))
    stamp = event.last_published_at or event.latest_revision_created_at or timezone.now()
    component.add("dtstamp", stamp.astimezone(UTC))
    component.add("last-modified", stamp.astimezone(UTC))
    if event.first_published_at:
        component.add("created", event.first_published_at.astimezone(UTC))
    component.add("sequence", event.sequence)
    if event.all_day:
        component.add("dtstart", start_local.date())
        component.add("dtend", end_local.date())  # exclusive: the day after the last day
    else:
        component.add("dtstart", instant(event.start))
        component.add("dtend", instant(event.end))
    component.add("summary", event.title)
    component.add("description", description(event, request))
    location = event.location_text()
    if location:
        component.add("location", location)
    component.add("url", event.get_full_url(request))
    component.add("status", STATUS[event.status])
    if event.region_id:
        component.add("categories", [event.region.name])
    rule = recurrence.rule_parts(event)
    if rule:
        component.add("rrule", rule)
        cancelled = sorted({row.date for row in event.cancelled_dates.all() if row.date})
        if cancelled:
            if event.all_day:
                component.add("exdate", cancelled)
            else:
                clock = start_local.time()
                days = [recurrence.aware(datetime.combine(day, clock)) for day in cancelled]
                component.add("exdate", days)
    return component


def timezone_span(events):
    """The first and last dates the VTIMEZONE of these events covers: from the year the first
    starts to past the furthest repeat (recurrence.HORIZON_DAYS), and no more."""
    years = [recurrence.local(event.start).year for event in events]
    horizon = timezone.now() + timedelta(days=recurrence.HORIZON_DAYS + 366)
    return date(min(years), 1, 1), date(horizon.year + 1, 1, 1)


def finish(calendar, events):
    """Add the VTIMEZONE the events need, covering the years they span and no more."""
    if any(not event.all_day for event in events):
        first, last = timezone_span(events)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def event_calendar(event, request):
    calendar = new_calendar()
    calendar.add_component(vevent(event, request))
    return finish(calendar, [event])


def feed_ical(index, request):
    """The feed's bytes, written one event at a time: each VEVENT is made, written and let go
    before the next, so building a feed of hundreds of events holds one event's icalendar
    objects at a time rather than all of them (20 MB at the large scale, a peak a worker kept as
    memory it could not give back).
    The same file as one Calendar of every event would write: the VTIMEZONE first."""
    site = Site.find_for_request(request)
    site_name = (site.site_name if site else "") or "LEAD"
    calendar = new_calendar(f"{site_name} {index.title.lower()}")
    written, tzids, earliest, timed = [], set(), None, False
    for event in index.feed_events():  # with their cancelled dates: two queries in all
        component = vevent(event, request)
        tzids |= {
            value.params.get("TZID")
            for _name, value in component.property_items(sorted=False)
            if hasattr(value, "params")
        }
        written.append(component.to_ical())
        earliest = earliest or event  # the feed is in order of start
        timed = timed or not event.all_day
    if timed:
        first, last = timezone_span([earliest])
        for tzid in sorted(tzids - {None, "UTC"}):
            with contextlib.suppress(ValueError):  # a zone icalendar does not know
                calendar.add_component(
                    Timezone.from_tzid(tzid, first_date=first, last_date=last)
                )
    head = calendar.to_ical()
    end = b"END:VCALENDAR\r\n"
    return head.removesuffix(end) + b"".join(written) + end


def feed_cache_key(index_id):
    return f"lead:events:calendar-feed:{index_id}"


def feed_response(index, request):
    body = cache.get(feed_cache_key(index.pk))
    if body is None:
        body = feed_ical(index, request)
        cache.set(feed_cache_key(index.pk), body, FEED_CACHE_SECONDS)
    return calendar_response(request, body)


def calendar_response(request, calendar, filename=None):
    """`calendar`: an icalendar Calendar, or its bytes."""
    body = calendar if isinstance(calendar, bytes) else calendar.to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Calendar apps poll the feed; a signed-in editor's copy is never shared cache material.
    scope = "private" if request.user.is_authenticated else "public"
    response["Cache-Control"] = f"{scope}, max-age=900"
    return add_validators(request, response)
