"""schema.org Event data for search engines, from the event's public details only."""

from lead.addresses import absolute
from lead.renditions import SHARE_IMAGE
from network.models import link_credits

from . import recurrence
from .choices import EventFormat, EventStatus

SCHEMA = "https://schema.org/"
ATTENDANCE = {
    EventFormat.IN_PERSON: "OfflineEventAttendanceMode",
    EventFormat.ONLINE: "OnlineEventAttendanceMode",
    EventFormat.HYBRID: "MixedEventAttendanceMode",
}
STATUS = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.CANCELLED: "EventCancelled",
    EventStatus.POSTPONED: "EventPostponed",
    EventStatus.MOVED_ONLINE: "EventMovedOnline",
}
REPEAT_FREQUENCY = {"weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M"}


def place(event):
    address = {"@type": "PostalAddress", "addressCountry": "GB"}
    lines = event.address_lines()
    if lines:
        address["streetAddress"] = ", ".join(lines[:-1] or lines)
        if len(lines) > 1:
            address["addressLocality"] = lines[-1]
    if event.postcode:
        address["postalCode"] = event.postcode
    if event.region_id:
        address["addressRegion"] = event.region.name
    data = {"@type": "Place", "address": address}
    if event.venue_name:
        data["name"] = event.venue_name
    return data


def virtual_location(event, request):
    # Without a public joining link, the event page (where people book) is the address.
    return {
        "@type": "VirtualLocation",
        "url": event.public_joining_link or event.get_full_url(request),
    }


def event_jsonld(event, request, now=None, speakers=None):
    """`speakers`: the event's credits after network.link_credits(), when already read."""
    page_url = event.get_full_url(request)
    span = event.next_span(now)
    attendance = event.current_format
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.summary,
        "url": page_url,
        "eventAttendanceMode": SCHEMA + ATTENDANCE[attendance],
        # A series whose every date still to come is cancelled is cancelled too.
        "eventStatus": SCHEMA + STATUS[event.status if event.goes_ahead else EventStatus.CANCELLED],
    }
    if span is not None:
        local_start, local_end = span.local_start, span.local_end
        if event.all_day:
            data["startDate"] = local_start.date().isoformat()
            data["endDate"] = span.last_day.isoformat()
        else:
            data["startDate"] = local_start.isoformat()
            data["endDate"] = local_end.isoformat()
    locations = []
    if attendance in (EventFormat.IN_PERSON, EventFormat.HYBRID):
        locations.append(place(event))
    if attendance in (EventFormat.ONLINE, EventFormat.HYBRID):
        locations.append(virtual_location(event, request))
    data["location"] = locations[0] if len(locations) == 1 else locations
    offer = {
        "@type": "Offer",
        "price": "0" if event.is_free else f"{event.price or 0:.2f}",
        "priceCurrency": "GBP",
        "url": event.booking_url or page_url,
        "availability": SCHEMA + ("SoldOut" if event.fully_booked else "InStock"),
    }
    data["offers"] = offer
    data["isAccessibleForFree"] = event.is_free
    organiser = {"@type": "Organization", "name": event.organiser_name(request)}
    if event.organiser_url:
        organiser["url"] = event.organiser_url
    elif not event.organiser:
        organiser["url"] = absolute("/", request)
    data["organizer"] = organiser
    if speakers is None:
        speakers = link_credits(event.speakers.all(), request)
    if speakers:
        data["performer"] = [_person(speaker, request) for speaker in speakers]
    if event.image_id:
        data["image"] = absolute(event.image.get_rendition(SHARE_IMAGE).url, request)
    if event.repeat and span is not None:
        data["eventSchedule"] = schedule(event)
    return data


def schedule(event):
    """The series as schema.org reads it: the rule's weekday (and, monthly, which one of the
    month), the dates it skips, and its wall-clock times with the exact length, so a reader
    can expand it to the dates the site and the calendar file list."""
    start_local = recurrence.local(event.start)
    data = {
        "@type": "Schedule",
        "repeatFrequency": REPEAT_FREQUENCY[event.repeat],
        "byDay": SCHEMA + f"{start_local:%A}",
        "startDate": start_local.date().isoformat(),
        "scheduleTimezone": recurrence.site_zone().key,
    }
    if event.repeat == recurrence.Repeat.MONTHLY:
        data["byMonthWeek"] = recurrence.weekday_position(start_local.date())
    if event.repeat_until:
        data["endDate"] = event.repeat_until.isoformat()
    if event.repeat_count:
        data["repeatCount"] = event.repeat_count
    skipped = sorted({row.date for row in event.cancelled_rows})
    if skipped:
        data["exceptDate"] = [day.isoformat() for day in skipped]
    if not event.all_day:
        # Each meeting starts at the rule's wall-clock time and lasts exactly as long as the
        # first (RFC 5545's DTEND): the end is that time plus the length, as on an ordinary
        # day, whichever meeting comes next (even one across a clock change).
        length = recurrence.utc(event.end) - recurrence.utc(event.start)
        data["startTime"] = f"{start_local:%H:%M}"
        data["endTime"] = f"{start_local + length:%H:%M}"
        data["duration"] = iso_duration(length)
    return data


def iso_duration(length):
    """An exact length in ISO 8601 hours and minutes, e.g. PT1H30M (an event lasts at least a
    minute: clean() refuses an end at or before the start)."""
    hours, minutes = divmod(int(length.total_seconds()) // 60, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def _person(speaker, request):
    person = {"@type": "Person", "name": speaker.name}
    url = getattr(speaker, "profile_url", None)
    if url:
        person["url"] = absolute(url, request)
    return person
