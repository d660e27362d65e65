"""The search reports in the admin's Reports menu."""

from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

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
