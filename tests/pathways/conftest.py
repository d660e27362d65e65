"""Fixtures for career pathways: the overview (/pathways/) and steps on it."""

from functools import partial

import pytest

from .. import factories


@pytest.fixture
def overview(home_page):
    return factories.pathways_overview(home_page)


@pytest.fixture
def make_step(overview):
    """make_step(title, role=slug, live=True, restricted=False, body=[(kind, value)], **fields):
    a step on the overview, published unless live=False."""
    return partial(factories.make_step, overview)
