"""What the search logs beyond Wagtail's query hits: the searches that found nothing.

Wagtail's `Query` / `QueryDailyHits` (wagtail.contrib.search_promotions) count every real search.
A `ZeroResultQuery` row counts, per day, the searches for one query that found no result, so
editors can see what people look for and do not find (Reports > Searches that found nothing).
Rows are kept as long as Wagtail keeps daily hits (WAGTAILSEARCH_HITS_MAX_AGE days) and deleted
by `manage.py search_garbage_collect`.
"""

import datetime

from django.conf import settings
from django.db import connection, models
from django.utils import timezone
from wagtail.search.utils import MAX_QUERY_STRING_LENGTH, normalise_query_string


class ZeroResultQuery(models.Model):
    query = models.ForeignKey(
        "wagtailsearchpromotions.Query",
        on_delete=models.CASCADE,
        related_name="zero_result_days",
    )
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "search that found nothing"
        verbose_name_plural = "searches that found nothing"
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="search_zero_result_per_day")
        ]

    def __str__(self):
        return f"{self.query} ({self.date}: {self.hits})"

    @classmethod
    def record(cls, query, date=None):
        """Count one search for `query` (a stored Wagtail Query) that found nothing."""
        _count_day(cls, query.query_string, date or timezone.localdate())

    @classmethod
    def garbage_collect(cls, days=None):
        """Delete days older than Wagtail keeps query hits for."""
        days = getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 7) if days is None else days
        cls.objects.filter(date__lt=timezone.localdate() - datetime.timedelta(days)).delete()


def _count_day(model, query_string, date):
    """Add one to `model`'s count of the Query `query_string` (normalised) on `date`, in one
    statement whether or not the day has a row yet (an upsert on the unique query and date;
    SQLite and PostgreSQL both take it). Returns whether the Query exists (else nothing was
    counted). Django's get_or_create() then update() take a read, a write and savepoints."""
    from wagtail.contrib.search_promotions.models import Query

    quote = connection.ops.quote_name
    table, queries = quote(model._meta.db_table), quote(Query._meta.db_table)
    # Only model table names, quoted, go into the text; the values are parameters.
    sql = (
        f"INSERT INTO {table} (query_id, date, hits) "  # noqa: S608
        f"SELECT id, %s, 1 FROM {queries} WHERE query_string = %s "
        f"ON CONFLICT (query_id, date) DO UPDATE SET hits = {table}.hits + 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [connection.ops.adapt_datefield_value(date), query_string])
        return cursor.rowcount > 0


def count_search(query_string, found):
    """Count one search someone typed: Wagtail's daily hits for its query (the popular searches
    report), and when it `found` nothing, the day's searches that found nothing. One statement
    each; the first search for new words also stores their Query. The days are Wagtail's for
    its hits (UTC) and the site's (UK) for searches that found nothing, as before."""
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    # Lower case can lengthen a word ("İ" is two characters lower-cased): keep to the column.
    text = normalise_query_string(query_string)[:MAX_QUERY_STRING_LENGTH]
    if not _count_day(QueryDailyHits, text, timezone.now().date()):
        # New words: store their Query (unless another request just did), then count.
        Query.objects.bulk_create([Query(query_string=text)], ignore_conflicts=True)
        _count_day(QueryDailyHits, text, timezone.now().date())
    if not found:
        _count_day(ZeroResultQuery, text, timezone.localdate())
