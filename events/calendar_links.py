"""Links that open an event's next date in Google Calendar or Outlook.com, beside the .ics file.

Plain links to each service's documented "add an event" address, with the times in UTC (the
services read a trailing Z as UTC and show it in the visitor's own zone): no script, no call to
the service until the visitor follows the link. They carry what the calendar file carries (the
same description, built by calendars.description(), so a joining link kept for people who book
is never in them), for one date: the services' address formats cannot skip cancelled dates of a
series, so a series gets its next date going ahead and the page says the .ics file has them all.
"""

from datetime import timedelta
from urllib.parse import urlencode

from . import recurrence
from .calendars import description

GOOGLE = "https://calendar.google.com/calendar/render"
OUTLOOK = "https://outlook.live.com/calendar/0/deeplink/compose"


def _utc_stamp(value):
    return f"{recurrence.utc(value):%Y%m%dT%H%M%SZ}"


def google_url(event, span, request=None):
    if span.all_day:
        # Dates only; the end is the day after the last day, as in the calendar file.
        first, after = span.local_start.date(), span.last_day + timedelta(days=1)
        dates = f"{first:%Y%m%d}/{after:%Y%m%d}"
    else:
        dates = f"{_utc_stamp(span.start)}/{_utc_stamp(span.end)}"
    query = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": dates,
        "details": description(event, request),
        "location": event.location_text(),
    }
    return f"{GOOGLE}?{urlencode(query)}"


def outlook_url(event, span, request=None):
    if span.all_day:
        first, after = span.local_start.date(), span.last_day + timedelta(days=1)
        start, end = first.isoformat(), after.isoformat()
    else:
        start = f"{recurrence.utc(span.start):%Y-%m-%dT%H:%M:%SZ}"
        end = f"{recurrence.utc(span.end):%Y-%m-%dT%H:%M:%SZ}"
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.title,
        "startdt": start,
        "enddt": end,
        "allday": "true" if span.all_day else "false",
        "body": description(event, request),
        "location": event.location_text(),
    }
    return f"{OUTLOOK}?{urlencode(query)}"


def calendar_links(event, span, request=None):
    """{"google": url, "outlook": url} for `span`, or None when there is nothing to add (no
    date to come, or it does not go ahead)."""
    if span is None or span.cancelled or event.is_cancelled:
        return None
    return {
        "google": google_url(event, span, request),
        "outlook": outlook_url(event, span, request),
    }
