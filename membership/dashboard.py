"""The membership lines on the editors' dashboard (declared in the app's Feature): contact and
introduction requests nobody has acted on yet."""

from django.urls import reverse

from home.editorial.dashboard import DashboardItem

from .admin_mentoring import mentoring_dashboard_items
from .models import ContactRequest, IntroductionRequest
from .models.contact import ContactStatus
from .models.introductions import IntroductionStatus


def requests_dashboard_items(request):
    contacts = ContactRequest.objects.filter(status=ContactStatus.NEW).count()
    introductions = IntroductionRequest.objects.filter(status=IntroductionStatus.NEW).count()
    contact_list = reverse("membership_contactrequest_modeladmin_index")
    introduction_list = reverse("membership_introductionrequest_modeladmin_index")
    return [
        DashboardItem(
            "contact request awaiting action",
            "contact requests awaiting action",
            contacts,
            f"{contact_list}?status__exact={ContactStatus.NEW}",
            "Deal with it",
            order=25,
            action_plural="Deal with them",
        ),
        DashboardItem(
            "introduction request awaiting action",
            "introduction requests awaiting action",
            introductions,
            f"{introduction_list}?status__exact={IntroductionStatus.NEW}",
            "Deal with it",
            order=26,
            action_plural="Deal with them",
        ),
    ] + mentoring_dashboard_items(request)
