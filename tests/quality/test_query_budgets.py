"""A page's query count does not grow with the number of items it lists.

Budgets that grow the same items to the same sizes are measured together: the items are grown
once per group (in a savepoint, undone afterwards) and every page of the group is counted at
each size, so the module builds each kind of content once instead of once per page."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from home.models import StandardPage

from ..clock import SUITE_NOW
from ..shared_site import module_site, rolled_back
from .registry import LISTING_BUDGETS


def count_queries(client, url):
    """(cold, warm): the queries a request makes with the shared cache empty, then with it
    filled by that request. Per-process caches are warm either way, as on a running server."""
    client.get(url)
    cache.clear()
    counts = []
    for _ in ("cold", "warm"):
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        counts.append(len(context))
    return tuple(counts)


def viewer_of(budget, home_page):
    """The account a members-only page is counted for (made once, before the items grow)."""
    return budget.viewer(home_page) if budget.viewer else None


def group_of(budget):
    return [b for b in LISTING_BUDGETS if (b.grow, b.sizes) == (budget.grow, budget.sizes)]


@pytest.fixture(scope="module")
def home_page(django_db_setup, django_db_blocker):
    """The tests' site without its feature sections: each budget counts its own section alone
    (the ceilings were set that way), and its grower adds the section it fills. The home page's
    button linked to the directory, so it goes too: the home page budgets count no button, as
    the featured-profiles and events ones always did (with it, each costs one query more)."""
    with module_site(django_db_blocker, SUITE_NOW) as home:
        for section in home.get_children().not_type(StandardPage):
            section.delete()
        yield home


@pytest.fixture(scope="module")
def measured(home_page):
    """measured(budget) -> {size: queries}, for the budget's whole group at once."""
    results = {}

    def measure(budget):
        if budget.name not in results:
            group = group_of(budget)
            counts = {member.name: {} for member in group}
            with rolled_back():
                viewers = {member.name: viewer_of(member, home_page) for member in group}
                made = 0
                for size in budget.sizes:
                    budget.grow(home_page, size - made)
                    made = size
                    for member in group:
                        cache.clear()
                        client = Client()
                        if viewers[member.name] is not None:
                            client.force_login(viewers[member.name])
                        counts[member.name][size] = count_queries(client, member.url)
            results.update(counts)
        return results[budget.name]

    return measure


@pytest.mark.django_db
@pytest.mark.parametrize("budget", LISTING_BUDGETS, ids=lambda b: b.name)
def test_query_count_is_flat_and_under_the_ceiling(measured, budget):
    counts = measured(budget)
    (few, many), (small, large) = budget.sizes, counts.values()
    print(f"{budget.name}: (cold, warm) {small} at {few} items, {large} at {many}")
    assert small == large, f"{budget.name}: {small} queries at {few} items, {large} at {many}"
    (cold, warm), ceilings = large, (budget.ceiling, budget.warm_ceiling)
    assert cold <= budget.ceiling, f"{budget.name}: {cold} queries cold, ceiling {ceilings}"
    assert warm <= budget.warm_ceiling, f"{budget.name}: {warm} queries warm, ceiling {ceilings}"
