"""The membership lines on the editors' dashboard (declared in the app's Feature)."""

from django.urls import reverse

from home.editorial.dashboard import DashboardItem

from .models import ContactRequest
from .models.contact import ContactStatus


def contact_requests_dashboard_item(request):
    waiting = ContactRequest.objects.filter(status=ContactStatus.NEW).count()
    listing = reverse("membership_contactrequest_modeladmin_index")
    return [
        DashboardItem(
            "contact request awaiting action",
            "contact requests awaiting action",
            waiting,
            f"{listing}?status__exact={ContactStatus.NEW}",
            "Deal with it",
            order=25,
            action_plural="Deal with them",
        )
    ]
