"""A directory filter's options (the taxonomy's terms) are read once and kept until a term
changes: the directory asks for them on every request."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.directory import FACETS
from network.models import Region

pytestmark = pytest.mark.django_db

FILTER_TABLES = (
    "network_region",
    "network_livedexperiencearea",
    "network_profilepage_expertise",
    "network_profilepage_roles_sought",
    "network_profilepage_payment_routes",
    "network_profilelanguage",
)
TERM_TABLES = (
    "network_region",
    "network_livedexperiencearea",
    "network_expertise",
    "network_role",
    "network_paymentroute",
)


def test_the_options_are_kept_until_a_term_changes(directory, django_assert_num_queries):
    region = next(facet for facet in FACETS if facet.param == "region")
    first = region.options(None)
    assert first and all(slug and name for slug, name in first)  # the brief's regions
    with django_assert_num_queries(0):
        assert region.options(None) == first
    Region.objects.create(name="Orkney and Shetland", slug="orkney-and-shetland")
    assert ("orkney-and-shetland", "Orkney and Shetland") in region.options(None)


def test_every_filter_is_counted_and_offered_from_one_query_each(client, make_profile):
    """Cold, the directory counts every filter's options in one UNION ALL query and reads the
    taxonomies' options in one, however many filters there are; the counts are right."""
    make_profile("Ada Wales", region="wales", expertise=["peer-support"], languages="Welsh")
    make_profile("Bo Wales", region="wales", expertise=["writing"])
    make_profile("Cy London", region="london", expertise=["peer-support"])
    client.get("/network/")  # the route, the site and Django's own caches
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        html = client.get("/network/?region=wales").content.decode()
    queries = [q["sql"] for q in context.captured_queries]
    counting = [sql for sql in queries if "COUNT(" in sql and "UNION ALL" in sql]
    assert len(counting) == 1
    assert all(f'"{table}"' in counting[0] for table in FILTER_TABLES)
    options = [sql for sql in queries if 'FROM "network_expertise"' in sql and "UNION ALL" in sql]
    assert len(options) == 1
    assert all(f'"{table}"' in options[0] for table in TERM_TABLES)
    # Region counts ignore the region chosen; expertise counts keep to Wales.
    assert "2 profiles" in html  # the results
    assert 'value="london"' in html  # offered: another region has someone
    assert "Writing" in html and "Peer support" in html
