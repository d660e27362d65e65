"""An editor report of profiles without a consent record: they cannot be published until one
is recorded."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import PageReportView

from .models import ProfilePage


class ProfilesWithoutConsentView(PageReportView):
    page_title = "Profiles without a consent record"
    header_icon = "warning"
    index_url_name = "profiles_without_consent"
    index_results_url_name = "profiles_without_consent_results"
    results_template_name = "network/admin/profiles_without_consent_results.html"

    def get_queryset(self):
        self.queryset = ProfilePage.objects.filter(consent_given_at__isnull=True).order_by("title")
        return super().get_queryset()

    def get_filename(self):
        return "profiles-without-consent"


@hooks.register("register_admin_urls")
def consent_report_urls():
    view = ProfilesWithoutConsentView
    return [
        path("reports/profiles-without-consent/", view.as_view(), name=view.index_url_name),
        path(
            "reports/profiles-without-consent/results/",
            view.as_view(results_only=True),
            name=view.index_results_url_name,
        ),
    ]


@hooks.register("register_reports_menu_item")
def consent_report_menu_item():
    return MenuItem(
        "Profiles without consent",
        reverse("profiles_without_consent"),
        icon_name="warning",
        order=910,
    )
