"""The opportunities lines on the editors' dashboard (declared in the app's Feature)."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.models import WorkflowState

from home.editorial.dashboard import DashboardItem

from .models import (
    OpportunityPage,
    PledgeSignature,
    PledgeStatus,
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
            "paid role awaiting review",
            "paid roles awaiting review",
            waiting,
            reverse("wagtailadmin_reports:workflow"),
            "Review it",
            order=15,
            action_plural="Review them",
        ),
        DashboardItem(
            "paid role closing this week",
            "paid roles closing this week",
            live.filter(closing_date__range=(today, today + timedelta(days=7))).count(),
            f"{listing}?closing=week",
            "See it",
            order=40,
            action_plural="See them",
        ),
        DashboardItem(
            "open paid role below the fair-pay rate",
            "open paid roles below the fair-pay rate",
            live.open().below_fair_pay().count(),
            f"{listing}?fair_pay=below&closing=open",
            "Talk to the organisation",
            order=35,
            action_plural="Talk to the organisations",
        ),
        *pledge_dashboard_items(request),
    ]


def pledge_dashboard_items(request):
    """Pledge signatures waiting to be checked: nothing is listed until an editor verifies it."""
    listing = reverse("opportunities_pledgesignature_modeladmin_index")
    waiting = PledgeSignature.objects.filter(status=PledgeStatus.PENDING).count()
    return [
        DashboardItem(
            "fair-pay pledge signature to check",
            "fair-pay pledge signatures to check",
            waiting,
            f"{listing}?status=pending",
            "Check it",
            order=45,
            action_plural="Check them",
        )
    ]
