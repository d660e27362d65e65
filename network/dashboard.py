"""The network on the admin dashboard: what waits for review, and two small charts."""

from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from home.editorial.charts import BarChart
from home.editorial.dashboard import DashboardItem

from .models import ProfilePage

MONTHS_SHOWN = 12


def dashboard_items(request):
    profile_type = ContentType.objects.get_for_model(ProfilePage)
    awaiting = WorkflowState.objects.active().filter(content_type=profile_type).count()
    without_consent = ProfilePage.objects.filter(consent_given_at__isnull=True).count()
    return [
        DashboardItem(
            "profile awaiting review",
            "profiles awaiting review",
            awaiting,
            reverse("wagtailadmin_reports:workflow"),
            "Review it",
            order=10,
            action_plural="Review them",
        ),
        DashboardItem(
            "profile without a consent record",
            "profiles without a consent record",
            without_consent,
            reverse("profiles_without_consent"),
            "See it",
            order=60,
            action_plural="See which",
        ),
    ]


class NetworkChartsPanel(Component):
    name = "network_charts"
    template_name = "network/admin/charts_panel.html"
    order = 60

    def get_context_data(self, parent_context):
        return {"charts": [profiles_by_region(), new_members_by_month()]}


def profiles_by_region():
    rows = (
        ProfilePage.objects.live()
        .values("region__name")
        .annotate(total=Count("pk"))
        .order_by("region__sort_order", "region__name")
    )
    data = [(row["region__name"] or "No region given", row["total"]) for row in rows]
    return BarChart(
        title="Live profiles by region",
        description=", ".join(f"{label}: {value}" for label, value in data) or "No profiles yet.",
        rows=data,
        slug="chart-regions",
    )


def new_members_by_month(today=None):
    today = today or timezone.localdate()
    months = []
    year, month = today.year, today.month
    for _ in range(MONTHS_SHOWN):
        months.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    months.reverse()
    first = timezone.make_aware(datetime(*months[0], 1))
    counts = {
        (row["month"].year, row["month"].month): row["total"]
        for row in ProfilePage.objects.filter(first_published_at__gte=first)
        .annotate(month=TruncMonth("first_published_at"))
        .order_by()  # no default ordering in the GROUP BY
        .values("month")
        .annotate(total=Count("pk"))
    }
    data = [(datetime(y, m, 1).strftime("%b %Y"), counts.get((y, m), 0)) for y, m in months]
    return BarChart(
        title="New members each month",
        description="Profiles first published in each of the last twelve months: "
        + ", ".join(f"{label}: {value}" for label, value in data),
        rows=data,
        slug="chart-new-members",
    )
