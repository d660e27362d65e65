"""A directory filter's options (the taxonomy's terms) are read once and kept until a term
changes: the directory asks for them on every request."""

import pytest

from network.directory import FACETS
from network.models import Region

pytestmark = pytest.mark.django_db


def test_the_options_are_kept_until_a_term_changes(directory, django_assert_num_queries):
    region = next(facet for facet in FACETS if facet.param == "region")
    first = region.options(None)
    assert first and all(slug and name for slug, name in first)  # the brief's regions
    with django_assert_num_queries(0):
        assert region.options(None) == first
    Region.objects.create(name="Orkney and Shetland", slug="orkney-and-shetland")
    assert ("orkney-and-shetland", "Orkney and Shetland") in region.options(None)
