"""A listing page reads its total with its rows (lead/paging.py): one query where Django's
paginator makes two, and the same page for every page number Django accepts or corrects."""

import pytest
from django.core.paginator import Paginator
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from lead.paging import CountingPaginator, first_with_total


@pytest.fixture
def tags(db):
    Tag.objects.bulk_create(Tag(name=f"tag {n:02}", slug=f"tag-{n:02}") for n in range(23))
    return Tag.objects.order_by("name")


def shown(page):
    return (page.number, [tag.name for tag in page.object_list], page.paginator.count)


@pytest.mark.django_db
def test_every_page_number_gives_what_djangos_paginator_gives(tags):
    numbers = [None, "", "1", "2", "3", "4", "0", "-1", "x", "2.0", "99999999999999999999", 2]
    for number in numbers:
        ours = CountingPaginator(tags, 10).get_page(number)
        assert shown(ours) == shown(Paginator(tags, 10).get_page(number)), number
    last = CountingPaginator(tags, 10).get_page("3")
    assert shown(last) == (3, ["tag 20", "tag 21", "tag 22"], 23)
    assert last.has_previous() and not last.has_next()


@pytest.mark.django_db
def test_a_page_in_range_costs_one_query(tags):
    with CaptureQueriesContext(connection) as context:
        page = CountingPaginator(tags, 10).get_page("2")
        assert (page.paginator.num_pages, len(page), page.start_index()) == (3, 10, 11)
    assert len(context) == 1
    with CaptureQueriesContext(connection) as context:
        Paginator(tags, 10).get_page("2").object_list[0]
    assert len(context) == 2  # Django's: the count, then the rows


@pytest.mark.django_db
def test_an_empty_listing_and_a_distinct_one_are_counted_as_django_counts(tags):
    empty = CountingPaginator(Tag.objects.none().order_by("name"), 10).get_page("1")
    assert (empty.number, list(empty), empty.paginator.count) == (1, [], 0)
    doubled = Tag.objects.filter(name__in=["tag 01", "tag 02"]).order_by("name").distinct()
    page = CountingPaginator(doubled, 10).get_page("1")
    assert [tag.name for tag in page] == ["tag 01", "tag 02"] and page.paginator.count == 2


@pytest.mark.django_db
def test_the_first_rows_come_with_the_total_in_one_query(tags):
    with CaptureQueriesContext(connection) as context:
        rows, total = first_with_total(tags, 3)
    assert ([tag.name for tag in rows], total, len(context)) == (
        ["tag 00", "tag 01", "tag 02"],
        23,
        1,
    )
    with CaptureQueriesContext(connection) as context:
        assert first_with_total(tags.filter(name="none such"), 3) == ([], 0)
    assert len(context) == 1  # no rows: nothing left to count
    distinct = tags.filter(name__in=["tag 05", "tag 06"]).distinct()
    rows, total = first_with_total(distinct, 1)
    assert ([tag.name for tag in rows], total) == (["tag 05"], 2)
