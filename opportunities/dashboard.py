"""The opportunities lines on the editors' dashboard (declared in the app's Feature)."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import WorkflowState

from home.editorial.dashboard import DashboardItem

from .models import (
    OpportunityPage,
)
from .models.pages import uk_today


def opportunities_dashboard_items(request):
    listing = reverse("opportunities_opportunitypage_modeladmin_index")
    live = OpportunityPage.objects.live()
    today = uk_today()
    role_type = ContentType.objects.get_for_model(OpportunityPage)
    waiting = WorkflowState.objects.active().filter(content_type=role_type).count()
    return [
        DashboardItem(
            "paid roles awaiting review",
            waiting,
            reverse("wagtailadmin_reports:workflow"),
            "Review them",
            order=15,
            singular="paid role awaiting review",
        ),
        DashboardItem(
            "paid roles closing this week",
            live.filter(closing_date__range=(today, today + timedelta(days=7))).count(),
            f"{listing}?closing=week",
            "See them",
            order=40,
            singular="paid role closing this week",
        ),
        DashboardItem(
            "open paid roles below the fair-pay rate",
            live.open().below_fair_pay().count(),
            f"{listing}?fair_pay=below&closing=open",
            "Talk to the organisations",
            order=35,
            singular="open paid role below the fair-pay rate",
        ),
    ]
