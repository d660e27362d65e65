"""Fixtures for events: the events section, and events in it (live, draft or private)."""

import io

import pytest
from wagtail.models import PageViewRestriction

from events.models import CancelledDate, EventIndexPage, EventPage, EventSpeaker
from home.demo.sections import ensure_section
from network.demo.loader import seed_taxonomies

from ..network.conftest import directory, make_profile  # noqa: F401 (shared fixtures)
from .factories import EventPageFactory


@pytest.fixture
def events_index(home_page):
    seed_taxonomies()
    return ensure_section(home_page, "events", EventIndexPage, io.StringIO(), title="Events")


@pytest.fixture
def make_event(events_index):
    """make_event(title, live=True, restricted=False, speakers=[(name, profile)],
    cancelled=[date], **fields): an event under /events/, published unless live=False."""

    def _make(title=None, *, live=True, restricted=False, speakers=(), cancelled=(), **fields):
        if title is not None:
            fields["title"] = title
        event = EventPageFactory.build(**fields)
        event.speakers = [
            EventSpeaker(name=name, profile=profile, sort_order=order)
            for order, (name, profile) in enumerate(speakers)
        ]
        event.cancelled_dates = [CancelledDate(date=day) for day in cancelled]
        event.live = live
        events_index.add_child(instance=event)
        revision = event.save_revision()
        if live:
            revision.publish()
        if restricted:
            PageViewRestriction.objects.create(
                page=event, restriction_type=PageViewRestriction.LOGIN
            )
        return EventPage.objects.get(pk=event.pk)

    return _make
