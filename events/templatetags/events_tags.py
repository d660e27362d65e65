"""Dates and times for events, in UK time with the zone named (GMT or BST)."""

from datetime import timedelta

from django import template
from django.utils import timezone
from django.utils.html import format_html

from .. import recurrence

register = template.Library()


def clock(value):
    """7pm, 7:30pm, midday or midnight: the NHS and GOV.UK style."""
    if value.hour == 12 and value.minute == 0:
        return "midday"
    if value.hour == 0 and value.minute == 0:
        return "midnight"
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"


def _time(value, text, date_only=False):
    if not date_only and value.tzinfo is not None:
        value = timezone.localtime(value, recurrence.site_zone())
    stamp = value.date().isoformat() if date_only else value.isoformat()
    return format_html('<time datetime="{}">{}</time>', stamp, text)


@register.simple_tag
def event_when(span):
    """An occurrence (anything with start, end and all_day) as readable HTML, e.g.
    'Tuesday 3 March 2026, 7pm to 8:30pm GMT', each end in a <time> element."""
    start = recurrence.local(span.start)
    end = recurrence.local(span.end)
    zone_start = recurrence.zone_name(span.start)
    zone_end = recurrence.zone_name(span.end)
    long_date = recurrence.long_date
    if span.all_day:
        last = (end - timedelta(days=1)) if end.date() > start.date() else end
        if last.date() == start.date():
            return format_html("{} (all day)", _time(start, long_date(start), date_only=True))
        same_year = last.year == start.year
        return format_html(
            "{} to {}",
            _time(start, long_date(start, year=not same_year), date_only=True),
            _time(last, long_date(last), date_only=True),
        )
    if end.date() == start.date():
        if zone_start == zone_end:
            first, last = f"{long_date(start)}, {clock(start)}", f"{clock(end)} {zone_end}"
        else:  # the clocks change during the event
            first = f"{long_date(start)}, {clock(start)} {zone_start}"
            last = f"{clock(end)} {zone_end}"
    else:
        first = f"{long_date(start)}, {clock(start)} {zone_start}"
        last = f"{long_date(end)}, {clock(end)} {zone_end}"
    return format_html("{} to {}", _time(span.start, first), _time(span.end, last))


@register.simple_tag
def event_day(span):
    """The day an occurrence starts, short, for a listing's date tile: ('Tue', '3', 'Mar')."""
    start = recurrence.local(span.start)
    return {"weekday": f"{start:%a}", "day": start.day, "month": f"{start:%b}"}


@register.filter
def pounds(value):
    return f"£{value:,.2f}" if value is not None else ""
