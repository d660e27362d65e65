"""The admin's page views for paid roles: an approval that the pay rules stop becomes a message
to the moderator, not a server error."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet

from .models import OpportunityPage


class RoleWorkflowActionView(WorkflowActionView):
    """Wagtail's dashboard and review buttons approve the latest revision without a form to show
    errors on. When that revision lacks its pay, publishing refuses it (the page's rules), the
    approval is rolled back whole, and the moderator is sent to the editor with the reason."""

    def post(self, request, *args, **kwargs):
        try:
            with transaction.atomic():
                return super().post(request, *args, **kwargs)
        except ValidationError as error:
            reasons = " ".join(error.messages)
            messages.error(
                request,
                f"“{self.object.title}” was not approved: {reasons} "
                "Add what is missing here, then approve it.",
            )
            edit_url = reverse("wagtailadmin_pages:edit", args=[self.object.pk])
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return self.render_modal_json(request, {"step": "success", "redirect": edit_url})
            return redirect(edit_url)


class RoleViewSet(PageViewSet):
    model = OpportunityPage
    workflow_action_view_class = RoleWorkflowActionView
    # Only the approval view changes: the explorer's listings stay Wagtail's own.
    parent_models = ()
