"""The guides' line on the editors' dashboard (declared in the app's Feature): guides past
their next review date, each named and linked to its edit view."""

from django.urls import reverse

from home.editorial.dashboard import (
    NAMED_AT_MOST,
    DashboardEntry,
    DashboardItem,
    edit_from_dashboard,
)

from .models import GuidePage


def guides_dashboard_items(request):
    overdue = GuidePage.objects.overdue()
    count = overdue.count()
    named = list(overdue.order_by("next_review_due", "pk").only("pk", "title")[:NAMED_AT_MOST])
    listing = reverse("guides_guidepage_modeladmin_index")
    return [
        DashboardItem(
            "guide past its review date",
            "guides past their review date",
            count,
            f"{listing}?review=overdue",
            "Check it",
            order=45,
            action_plural="Check them",
            entries=tuple(DashboardEntry(g.title, edit_from_dashboard(g.pk)) for g in named),
        )
    ]
