"""What the search logs beyond Wagtail's query hits: the searches that found nothing.

Wagtail's `Query` / `QueryDailyHits` (wagtail.contrib.search_promotions) count every real search.
A `ZeroResultQuery` row counts, per day, the searches for one query that found no result, so
editors can see what people look for and do not find (Reports > Searches that found nothing).
Rows are kept as long as Wagtail keeps daily hits (WAGTAILSEARCH_HITS_MAX_AGE days) and deleted
by `manage.py search_garbage_collect`.
"""

import datetime

from django.conf import settings
from django.db import models
from django.db.models import F
from django.utils import timezone
from wagtail.search.utils import normalise_query_string


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
        """Count one search for `query` (a Wagtail Query) that found nothing."""
        date = date or timezone.localdate()
        if not cls.objects.filter(query=query, date=date).update(hits=F("hits") + 1):
            cls.objects.get_or_create(query=query, date=date)
            cls.objects.filter(query=query, date=date).update(hits=F("hits") + 1)

    @classmethod
    def garbage_collect(cls, days=None):
        """Delete days older than Wagtail keeps query hits for."""
        days = getattr(settings, "WAGTAILSEARCH_HITS_MAX_AGE", 7) if days is None else days
        cls.objects.filter(date__lt=timezone.localdate() - datetime.timedelta(days)).delete()


def add_query_hit(query_string):
    """Wagtail's `Query.add_hit()` for what someone searched, in one statement once the day is
    counted: Wagtail reads the query's row, then the day's, then writes (two queries or more
    on every logged search). Returns the Query when it had to be read (the day's first
    search for it), else None. Same day as Wagtail's."""
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    today = timezone.now().date()
    day = QueryDailyHits.objects.filter(
        query__query_string=normalise_query_string(query_string), date=today
    )
    if day.update(hits=F("hits") + 1):
        return None
    query = Query.get(query_string)
    query.add_hit(today)
    return query
