"""A role's dates: it is open through the end of its closing day in UK time."""

from datetime import datetime, time, timedelta

from django.utils import timezone


def closing_moment(day):
    """The first moment after `day` ends in UK time: a role closing on 5 March is open all of
    5 March, whatever the clocks are doing."""
    midnight = datetime.combine(day + timedelta(days=1), time.min)
    return timezone.make_aware(midnight, timezone.get_default_timezone())


def uk_today(now=None):
    return timezone.localtime(now or timezone.now(), timezone.get_default_timezone()).date()


def next_change(now):
    """When search's open roles next change by themselves: at the end of the UK day, when the
    roles closing today close (`Feature.next_change`)."""
    return closing_moment(uk_today(now))
