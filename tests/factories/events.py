"""Events: the events section, events in it, and UK wall-clock times."""

from datetime import datetime, time, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from events.models import CancelledDate, EventIndexPage, EventPage, EventSpeaker
from events.recurrence import aware

from .publishing import add_page


def local_datetime(day, hour=18, minute=0):
    return aware(datetime.combine(day, time(hour, minute)))


def days_from_now(days, hour=18, minute=0):
    return local_datetime(timezone.localdate() + timedelta(days=days), hour, minute)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    show_in_menus = True

    class Meta:
        model = EventIndexPage


def events_index(home_page):
    """The events section at /events/, added under the home page if the site has none."""
    return EventIndexPage.objects.first() or add_page(home_page, EventIndexPageFactory.build())


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


def make_event(
    index, title=None, *, live=True, restricted=False, speakers=(), cancelled=(), **fields
):
    """An event in the events section: speakers as (name, profile or None) pairs, cancelled
    dates as dates. Published unless live=False."""
    if title is not None:
        fields["title"] = title
    event = EventPageFactory.build(**fields)
    event.speakers = [
        EventSpeaker(name=name, profile=profile, sort_order=order)
        for order, (name, profile) in enumerate(speakers)
    ]
    event.cancelled_dates = [CancelledDate(date=day) for day in cancelled]
    return add_page(index, event, live=live, restricted=restricted)
