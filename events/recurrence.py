"""Repeating events: the rule an editor picks, expanded with dateutil's rrule.

Everything here works in the site's wall-clock time (Europe/London), so a circle that meets at
7pm keeps meeting at 7pm when the clocks change; times are made aware only at the end.

Two things about the clock changes are easy to get wrong, and both are handled here:
- Python compares and subtracts two datetimes that share a tzinfo by their wall-clock fields,
  ignoring `fold` (PEP 495). 01:30 BST and 01:30 GMT on the night the clocks go back are then
  "equal", and an event between them lasts "no time". Instants are compared and subtracted in
  UTC (`utc()`), never in local time.
- An event's own start and end are exact instants. A length is the exact time between them, as
  RFC 5545 keeps it for calendars; only the repeats of a series are wall-clock times (and a
  wall-clock time in the repeated hour means the first of the two, as RFC 5545 says).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from dateutil import rrule
from django.db import models
from django.utils import timezone

# Occurrences are worked out up to two years ahead (or the rule's end, if sooner);
# `manage.py refresh_event_occurrences` moves the horizon on as time passes.
HORIZON_DAYS = 2 * 365
# However long a series runs, only this many of its occurrences are kept (the latest ones).
MAX_OCCURRENCES = 520
MAX_COUNT = 520

ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", -1: "last"}


class Repeat(models.TextChoices):
    NEVER = "", "Does not repeat"
    WEEKLY = "weekly", "Every week"
    FORTNIGHTLY = "fortnightly", "Every two weeks"
    MONTHLY = "monthly", "Every month, on the same weekday (for example the first Tuesday)"


def site_zone():
    return timezone.get_default_timezone()


def local(value):
    """An aware datetime as naive wall-clock time in the site's zone."""
    return timezone.localtime(value, site_zone()).replace(tzinfo=None)


def aware(value):
    """Naive wall-clock time in the site's zone made aware (its `fold` picks which of the two
    repeated times it is; a time in the missing hour gets the offset before the gap)."""
    return timezone.make_aware(value, site_zone())


def utc(value):
    """The same instant in UTC: what comparisons and lengths are worked out in."""
    return value.astimezone(UTC)


class WallClock(models.TextChoices):
    """What a wall-clock time is on its day in the site's zone."""

    NORMAL = "normal"
    REPEATED = "repeated"  # 01:00-02:00 on the night the clocks go back: it happens twice
    MISSING = "missing"  # 01:00-02:00 on the night the clocks go forward: it never happens


def wall_clock(value):
    """Whether naive local time `value` happens once, twice or never in the site's zone."""
    zone = site_zone()
    first = value.replace(tzinfo=zone, fold=0)
    second = value.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return WallClock.NORMAL
    # In a gap, the time does not survive a round trip through UTC.
    if utc(first).astimezone(zone).replace(tzinfo=None, fold=0) != value.replace(fold=0):
        return WallClock.MISSING
    return WallClock.REPEATED


def is_second_of_repeated(value):
    """Whether aware `value` is the second time round of the repeated hour (GMT, fold 1)."""
    return timezone.localtime(value, site_zone()).fold == 1 and (
        wall_clock(local(value)) == WallClock.REPEATED
    )


def zone_name(value):
    """GMT or BST (the site zone's abbreviation at that moment)."""
    return timezone.localtime(value, site_zone()).tzname()


def weekday_position(day):
    """1-4 for the first to fourth such weekday of its month; -1 for a fifth (the last)."""
    position = (day.day - 1) // 7 + 1
    return -1 if position == 5 else position


@dataclass(frozen=True)
class Span:
    """One occurrence: aware start and end (for all-day events, midnight to midnight)."""

    start: datetime
    end: datetime
    all_day: bool = False
    cancelled: bool = False

    def __post_init__(self):
        # Kept in UTC, so spans compare and sort by instant whatever zone they came in.
        object.__setattr__(self, "start", utc(self.start))
        object.__setattr__(self, "end", utc(self.end))

    @property
    def local_start(self):
        return timezone.localtime(self.start, site_zone())

    @property
    def local_end(self):
        return timezone.localtime(self.end, site_zone())

    @property
    def last_day(self):
        """The last calendar day the occurrence covers (all-day ends are exclusive)."""
        end = self.local_end
        if self.all_day or (end.time() == time.min and end.date() > self.local_start.date()):
            return end.date() - timedelta(days=1)
        return end.date()


def local_bounds(start, end, all_day):
    """Naive local start and end; all-day events run from midnight to the midnight after the
    last day."""
    start_local, end_local = local(start), local(end)
    if all_day:
        start_local = datetime.combine(start_local.date(), time.min)
        end_local = datetime.combine(max(end_local.date(), start_local.date()), time.min)
        end_local += timedelta(days=1)
    return start_local, end_local


def build_rule(repeat, start_local, until=None, count=None):
    """A dateutil rrule for the editor's choice, starting at naive local `start_local`."""
    kwargs = {"dtstart": start_local}
    if repeat == Repeat.WEEKLY:
        freq = rrule.WEEKLY
    elif repeat == Repeat.FORTNIGHTLY:
        freq, kwargs["interval"] = rrule.WEEKLY, 2
    elif repeat == Repeat.MONTHLY:
        freq = rrule.MONTHLY
        weekday = rrule.weekdays[start_local.weekday()]
        kwargs["byweekday"] = weekday(weekday_position(start_local.date()))
    else:
        raise ValueError(f"not a repeat rule: {repeat!r}")
    if until:
        kwargs["until"] = datetime.combine(until, time.max)
    elif count:
        kwargs["count"] = count
    return rrule.rrule(freq, **kwargs)


def spans(event, *, now=None, cancelled_dates=None):
    """Every occurrence of `event` (an EventPage, saved or not) up to the horizon, in order.

    `cancelled_dates` is a set of local dates; by default it is read from the event's
    cancelled_dates relation (which, for a page being previewed, holds the draft's rows)."""
    if not (event.start and event.end):
        return []
    start_local, end_local = local_bounds(event.start, event.end, event.all_day)
    if event.all_day:
        duration = max(end_local - start_local, timedelta(0))  # whole days, on the wall clock
    else:
        duration = max(utc(event.end) - utc(event.start), timedelta(0))  # exact, as RFC 5545
    if cancelled_dates is None:
        cancelled_dates = {row.date for row in event.cancelled_dates.all()}
    if event.repeat:
        # Two years from now, or from the first date for a series that starts later.
        horizon = max(local(now or timezone.now()), start_local) + timedelta(days=HORIZON_DAYS)
        rule = build_rule(event.repeat, start_local, event.repeat_until, event.repeat_count)
        starts = []
        for occurrence in rule:
            if occurrence > horizon:
                break
            starts.append(occurrence)
        starts = starts[-MAX_OCCURRENCES:]
    else:
        starts = [start_local]
    result = []
    for start in starts:
        if event.all_day:
            begin, finish = aware(start), aware(start + duration)
        else:
            # The first date is the event's own instant (which of two repeated 01:30s it is).
            begin = event.start if start == start_local else aware(start)
            finish = utc(begin) + duration
        result.append(Span(begin, finish, event.all_day, start.date() in cancelled_dates))
    return result


def occurs_on(event, day):
    """Whether the series has an occurrence starting on local date `day` (any horizon)."""
    start_local, _ = local_bounds(event.start, event.end, event.all_day)
    if not event.repeat:
        return start_local.date() == day
    rule = build_rule(event.repeat, start_local, event.repeat_until, event.repeat_count)
    found = rule.after(datetime.combine(day, time.min), inc=True)
    return found is not None and found.date() == day


def describe(repeat, start, until=None, count=None):
    """The rule in words, e.g. 'Every month on the first Tuesday, until 2 June 2027'."""
    if not repeat:
        return ""
    start_local = local(start)
    weekday = f"{start_local:%A}"
    if repeat == Repeat.WEEKLY:
        text = f"Every week on {weekday}"
    elif repeat == Repeat.FORTNIGHTLY:
        text = f"Every two weeks on {weekday}"
    else:
        text = f"Every month on the {ORDINALS[weekday_position(start_local.date())]} {weekday}"
    if until:
        text += f", until {long_date(until)}"
    elif count:
        text += f", {count} times in all" if count > 1 else ", once"
    return text


def long_date(day, weekday=True, year=True):
    if isinstance(day, datetime):
        day = day.date()
    text = f"{day.day} {day:%B}"
    if weekday:
        text = f"{day:%A} {text}"
    if year:
        text += f" {day.year}"
    return text


def rule_parts(event):
    """The RRULE value for the icalendar library: UNTIL inside the rule, in UTC for timed events
    (RFC 5545 wants UTC when DTSTART carries a TZID) and a DATE for all-day ones."""
    if not event.repeat:
        return None
    start_local = local(event.start)
    parts = {"freq": "WEEKLY"}
    day_code = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][start_local.weekday()]
    if event.repeat == Repeat.FORTNIGHTLY:
        parts["interval"] = 2
    if event.repeat == Repeat.MONTHLY:
        parts = {"freq": "MONTHLY", "byday": f"{weekday_position(start_local.date())}{day_code}"}
    else:
        parts["byday"] = day_code
    if event.repeat_until:
        if event.all_day:
            parts["until"] = event.repeat_until
        else:
            last_moment = aware(datetime.combine(event.repeat_until, time(23, 59, 59)))
            parts["until"] = last_moment.astimezone(UTC)
    elif event.repeat_count:
        parts["count"] = event.repeat_count
    return parts
