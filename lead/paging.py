"""A page of a listing in one query: its rows carry the listing's total.

Django's Paginator asks the database for the count, then for the page's rows: two queries for
every listing page. Here the page's rows are read with `COUNT(*) OVER ()`, the size of the
whole filtered listing before LIMIT, so one query gives both. A page past the end (or an empty
listing) has no row to carry the total; it falls back to Django's way, which counts and then
shows the last page, exactly as before.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Window

_TOTAL = "_listing_total"
MAX_PAGE = 100_000  # beyond this, Django's own count decides (and no offset overflows)


def _with_total(queryset):
    """The queryset, each row carrying the size of the whole queryset (before any LIMIT)."""
    return queryset.annotate(**{_TOTAL: Window(Count("pk"))})


class CountingPaginator(Paginator):
    """Paginator whose `get_page` reads the total with the rows (a queryset's listing only;
    a DISTINCT query, whose window would count duplicates, is paged the usual way)."""

    def get_page(self, number):
        rows = self._rows(number)
        if not rows:
            return super().get_page(number)
        self.count = getattr(rows[0], _TOTAL)  # the cached_property, filled from the rows
        return self._get_page(rows, self._number, self)

    def _rows(self, number):
        queryset = self.object_list
        if not hasattr(queryset, "query") or queryset.query.distinct:
            return []
        try:
            self._number = int(number)
        except (TypeError, ValueError):
            self._number = 1
        if not 1 <= self._number <= MAX_PAGE:
            return []  # Django's answer: the last page
        bottom = (self._number - 1) * self.per_page
        rows = list(_with_total(queryset)[bottom : bottom + self.per_page])
        if self.orphans and rows and len(rows) == self.per_page:
            return []  # a short last page may take the orphans: let Django decide
        return rows


def first_with_total(queryset, limit):
    """(the first `limit` rows, how many rows the whole queryset has), in one query: the rows
    carry the total. No rows, no total to read: then the queryset has none (0), unless the
    query is DISTINCT, which is counted the usual way."""
    if queryset.query.distinct:
        return list(queryset[:limit]), queryset.count()
    rows = list(_with_total(queryset)[:limit])
    return rows, getattr(rows[0], _TOTAL) if rows else 0
