"""The search reports in the admin's Reports menu, and the search pages the benchmark measures."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.benchmark import BenchPage

from .reports import NothingFoundView, PopularSearchesView, can_see_search_reports

report_urls = (
    [
        path("popular/", PopularSearchesView.as_view(), name="popular"),
        path(
            "popular/results/",
            PopularSearchesView.as_view(results_only=True),
            name="popular_results",
        ),
        path("nothing-found/", NothingFoundView.as_view(), name="nothing_found"),
        path(
            "nothing-found/results/",
            NothingFoundView.as_view(results_only=True),
            name="nothing_found_results",
        ),
    ],
    "search_reports",
)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/searches/", include(report_urls))]


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_search_reports(request.user)


@hooks.register("register_reports_menu_item")
def popular_searches_menu_item():
    return SearchReportMenuItem(
        "Popular searches", reverse("search_reports:popular"), icon_name="search", order=1310
    )


@hooks.register("register_reports_menu_item")
def nothing_found_menu_item():
    return SearchReportMenuItem(
        "Searches that found nothing",
        reverse("search_reports:nothing_found"),
        icon_name="search",
        order=1320,
    )


@hooks.register("lead_bench_pages")
def search_bench_pages():
    """Beside the core's /search/?q=leadership: a common word filtered to one type, a page deep
    in the results, two words, a search that finds nothing (so "did you mean" runs), and the
    suggestions endpoint."""
    return [
        BenchPage("search, people", "/search/?q=peer&type=people"),
        BenchPage("search, page 20", "/search/?q=leadership&page=20"),
        BenchPage("search, two words", "/search/?q=peer+support"),
        BenchPage("search, nothing found", "/search/?q=leadershp+suport"),
        BenchPage("search suggestions", "/search/suggest/?q=lead", size_target=False),
    ]
