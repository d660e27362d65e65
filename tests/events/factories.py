"""Factories for events (kept beside the events tests rather than in tests/factories.py)."""

from datetime import datetime, time, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from events.models import EventPage
from events.recurrence import aware


def local_datetime(day, hour=18, minute=0):
    return aware(datetime.combine(day, time(hour, minute)))


def days_from_now(days, hour=18, minute=0):
    return local_datetime(timezone.localdate() + timedelta(days=days), hour, minute)


class EventPageFactory(wagtail_factories.PageFactory):
    """An in-person event a week from now, 6pm to 8pm UK time."""

    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "A friendly session for lived-experience leaders."
    start = factory.LazyFunction(lambda: days_from_now(7))
    end = factory.LazyAttribute(lambda event: event.start + timedelta(hours=2))
    event_format = "in_person"
    venue_name = "Brindle Community Centre"
    address = "1 Mill Lane\nLeeds"
    postcode = "LS1 1AA"

    class Meta:
        model = EventPage
