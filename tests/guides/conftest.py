"""Fixtures for guides: a "For organisations" section and guides in it."""

from functools import partial

import pytest

from .. import factories


@pytest.fixture
def section(home_page):
    return factories.guide_section(home_page)


@pytest.fixture
def make_guide(section):
    """make_guide(title, live=True, restricted=False, body=[(kind, value)], related=[...],
    **fields): a guide in the "For organisations" section, published unless live=False."""
    return partial(factories.make_guide, section)
