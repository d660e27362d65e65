"""Admin reports (Reports menu): what people search for, and what they search for and do not
find. Shown to superusers and to editors who manage promoted search results, so they can
promote a page for a common search or write the page people are looking for.

Both cover the days Wagtail keeps query hits for (WAGTAILSEARCH_HITS_MAX_AGE, 7 by default;
`manage.py search_garbage_collect` removes older days)."""

from django.db.models import Max, Sum
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query

PROMOTION_PERMISSIONS = [
    f"wagtailsearchpromotions.{action}_searchpromotion" for action in ("add", "change", "delete")
]


def can_see_search_reports(user):
    return user.is_active and (
        user.is_superuser or any(user.has_perm(perm) for perm in PROMOTION_PERMISSIONS)
    )


class SearchReportView(ReportView):
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]

    def dispatch(self, request, *args, **kwargs):
        if not can_see_search_reports(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


class PopularSearchesView(SearchReportView):
    page_title = "Popular searches"
    index_url_name = "search_reports:popular"
    index_results_url_name = "search_reports:popular_results"
    default_ordering = "-_hits"
    columns = [
        Column("query_string", label="Search", sort_key="query_string"),
        NumberColumn("_hits", label="Searches", sort_key="_hits"),
    ]
    list_export = ["query_string", "_hits"]
    export_headings = {"query_string": "Search", "_hits": "Searches"}

    def get_base_queryset(self):
        return Query.get_most_popular()


class NothingFoundView(SearchReportView):
    page_title = "Searches that found nothing"
    index_url_name = "search_reports:nothing_found"
    index_results_url_name = "search_reports:nothing_found_results"
    default_ordering = "-_misses"
    columns = [
        Column("query_string", label="Search", sort_key="query_string"),
        NumberColumn("_misses", label="Searches that found nothing", sort_key="_misses"),
        DateColumn("_last", label="Last searched", sort_key="_last"),
    ]
    list_export = ["query_string", "_misses", "_last"]
    export_headings = {
        "query_string": "Search",
        "_misses": "Searches that found nothing",
        "_last": "Last searched",
    }

    def get_base_queryset(self):
        return (
            Query.objects.filter(zero_result_days__isnull=False)
            .annotate(_misses=Sum("zero_result_days__hits"), _last=Max("zero_result_days__date"))
            .distinct()
            .order_by("-_misses")
        )
