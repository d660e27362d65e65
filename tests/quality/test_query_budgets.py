"""A page's query count does not grow with the number of items it lists."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from .registry import LISTING_BUDGETS


def count_queries(client, url):
    client.get(url)  # warm per-process caches (site root paths), as a running server would be
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return len(context)


@pytest.mark.django_db
@pytest.mark.parametrize("budget", LISTING_BUDGETS, ids=lambda b: b.name)
def test_query_count_is_flat_and_under_the_ceiling(client, home_page, budget):
    counts = {}
    made = 0
    for size in budget.sizes:
        budget.grow(home_page, size - made)
        made = size
        counts[size] = count_queries(client, budget.url)
    (few, many), (small, large) = budget.sizes, counts.values()
    print(f"{budget.name}: {small} queries at {few} items, {large} at {many}")
    assert small == large, f"{budget.name}: {small} queries at {few} items, {large} at {many}"
    assert large <= budget.ceiling, f"{budget.name}: {large} queries, ceiling {budget.ceiling}"
