"""Repeat rules, expanded with dateutil: weekly, fortnightly, monthly by weekday, until a date
or for a count, cancelled dates, the horizon, and UK wall-clock time across the clock change."""

from datetime import UTC, date, timedelta

import pytest
from django.utils import timezone

from events import recurrence
from events.models import EventPage
from events.templatetags.events_tags import clock, event_when

from ..factories import local_datetime

pytestmark = pytest.mark.django_db  # a page instance reads the default locale


def event(start, hours=2, **fields):
    return EventPage(title="Series", start=start, end=start + timedelta(hours=hours), **fields)


def local_days(spans):
    return [span.local_start.date() for span in spans]


def test_a_single_event_has_one_occurrence():
    spans = recurrence.spans(event(local_datetime(date(2027, 3, 2))), cancelled_dates=set())
    assert len(spans) == 1 and spans[0].end - spans[0].start == timedelta(hours=2)


def test_weekly_until_a_date_includes_that_date():
    series = event(
        local_datetime(date(2027, 3, 2)), repeat="weekly", repeat_until=date(2027, 3, 23)
    )
    days = local_days(recurrence.spans(series, cancelled_dates=set()))
    assert days == [date(2027, 3, 2), date(2027, 3, 9), date(2027, 3, 16), date(2027, 3, 23)]


def test_fortnightly_for_a_count():
    series = event(local_datetime(date(2027, 3, 2)), repeat="fortnightly", repeat_count=3)
    days = local_days(recurrence.spans(series, cancelled_dates=set()))
    assert days == [date(2027, 3, 2), date(2027, 3, 16), date(2027, 3, 30)]


def test_monthly_on_the_first_tuesday():
    series = event(local_datetime(date(2027, 1, 5)), repeat="monthly", repeat_count=4)
    days = local_days(recurrence.spans(series, cancelled_dates=set()))
    assert days == [date(2027, 1, 5), date(2027, 2, 2), date(2027, 3, 2), date(2027, 4, 6)]
    assert all(day.weekday() == 1 and day.day <= 7 for day in days)
    assert series.repeat_text() == "Every month on the first Tuesday, 4 times in all"


def test_a_fifth_weekday_repeats_on_the_last():
    series = event(local_datetime(date(2027, 3, 30)), repeat="monthly", repeat_count=3)
    days = local_days(recurrence.spans(series, cancelled_dates=set()))
    assert days == [date(2027, 3, 30), date(2027, 4, 27), date(2027, 5, 25)]
    assert "last Tuesday" in series.repeat_text()


def test_the_time_stays_the_same_in_uk_time_across_the_clock_change():
    # The clocks go forward on 28 March 2027: 7pm stays 7pm, GMT then BST.
    series = event(local_datetime(date(2027, 3, 16), 19), repeat="weekly", repeat_count=3)
    spans = recurrence.spans(series, cancelled_dates=set())
    assert [span.local_start.hour for span in spans] == [19, 19, 19]
    assert [recurrence.zone_name(span.start) for span in spans] == ["GMT", "GMT", "BST"]
    assert spans[2].start.astimezone(UTC).hour == 18


def test_cancelled_dates_are_marked_not_dropped():
    series = event(local_datetime(date(2027, 1, 5)), repeat="monthly", repeat_count=3)
    spans = recurrence.spans(series, cancelled_dates={date(2027, 2, 2)})
    assert [span.cancelled for span in spans] == [False, True, False]


def test_an_endless_series_stops_at_the_horizon():
    series = event(timezone.now() - timedelta(days=7), repeat="weekly")
    spans = recurrence.spans(series, cancelled_dates=set())
    horizon = timezone.now() + timedelta(days=recurrence.HORIZON_DAYS)
    assert spans[-1].start <= horizon < spans[-1].start + timedelta(days=8)
    assert len(spans) <= recurrence.MAX_OCCURRENCES


def test_a_very_long_series_keeps_its_latest_occurrences():
    series = event(local_datetime(date(2005, 1, 4)), repeat="weekly")
    spans = recurrence.spans(series, cancelled_dates=set())
    assert len(spans) == recurrence.MAX_OCCURRENCES
    assert spans[-1].start > timezone.now()


@pytest.mark.parametrize(
    ("hour", "minute", "text"),
    [(19, 0, "7pm"), (19, 30, "7:30pm"), (12, 0, "midday"), (0, 0, "midnight"), (9, 5, "9:05am")],
)
def test_clock_style(hour, minute, text):
    assert clock(local_datetime(date(2027, 1, 5), hour, minute)) == text


def test_times_are_shown_in_uk_time_with_the_zone_named():
    winter = event(local_datetime(date(2027, 1, 5), 18, 30), hours=1.5)
    summer = event(local_datetime(date(2027, 7, 6), 18, 30), hours=1.5)
    winter_text = str(event_when(recurrence.spans(winter, cancelled_dates=set())[0]))
    summer_text = str(event_when(recurrence.spans(summer, cancelled_dates=set())[0]))
    assert "Tuesday 5 January 2027, 6:30pm</time> to" in winter_text
    assert "8pm GMT" in winter_text
    assert 'datetime="2027-07-06T18:30:00+01:00"' in summer_text and "8pm BST" in summer_text


def test_all_day_events_show_dates_only():
    one_day = EventPage(
        start=local_datetime(date(2027, 5, 4), 0),
        end=local_datetime(date(2027, 5, 4), 0),
        all_day=True,
    )
    two_days = EventPage(
        start=local_datetime(date(2027, 5, 4), 0),
        end=local_datetime(date(2027, 5, 5), 0),
        all_day=True,
    )
    assert str(event_when(recurrence.spans(one_day, cancelled_dates=set())[0])) == (
        '<time datetime="2027-05-04">Tuesday 4 May 2027</time> (all day)'
    )
    text = str(event_when(recurrence.spans(two_days, cancelled_dates=set())[0]))
    assert text == (
        '<time datetime="2027-05-04">Tuesday 4 May</time> to '
        '<time datetime="2027-05-05">Wednesday 5 May 2027</time>'
    )
