"""Fixtures for events: the events section, and events in it (live, draft or private)."""

from functools import partial

import pytest

from .. import factories


@pytest.fixture
def events_index(home_page):
    return factories.events_index(home_page)


@pytest.fixture
def make_event(events_index):
    """make_event(title, live=True, restricted=False, speakers=[(name, profile)],
    cancelled=[date], **fields): an event under /events/, published unless live=False."""
    return partial(factories.make_event, events_index)
