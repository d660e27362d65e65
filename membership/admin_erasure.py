"""Erasing a member from the admin, when they ask a moderator rather than withdrawing from
their own account: the same erasure (membership/erasure.py) behind a confirmation page, for
those with the "erase_member" permission (moderators).

Deleting the profile page and its photo by hand would leave the account, consent record,
messages, other revisions and cached copies behind; this is the one way editors erase."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.ui.menus.pages import PageMenuItem

from network.models import ProfilePage

from .erasure import erase_member
from .models import ErasureReceipt

PERMISSION = "membership.erase_member"
LABEL = "Erase member"
CONFIRM_LABEL = "Erase this member's data"


class ModeratorErasureForm(forms.Form):
    byline = forms.ChoiceField(
        label="Their name on posts and events",
        choices=[
            ("keep", "Keep their name on posts and events they were credited on"),
            ("former", "Show 'Former member' instead of their name"),
        ],
        initial="keep",
        widget=forms.RadioSelect,
        help_text="Ask the member which they prefer.",
    )
    confirm = forms.BooleanField(
        label="The member asked for this, I have checked the request comes from them, and I "
        "understand it cannot be undone.",
        error_messages={"required": "Tick the box to confirm the member asked for this."},
    )


def can_erase(user):
    return user.has_perm(PERMISSION)


def erase_view(request, page_id):
    if not can_erase(request.user):
        raise PermissionDenied
    profile = get_object_or_404(ProfilePage, pk=page_id)
    form = ModeratorErasureForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        receipt = erase_member(
            profile,
            erased_by=ErasureReceipt.ErasedBy.MODERATOR,
            former_member=form.cleaned_data["byline"] == "former",
        )
        # No name in the message: it is stored until it is shown.
        messages.success(
            request,
            f"The member's data is erased. Erasure receipt: {receipt.reference}. Tell the member "
            "the date and this reference.",
        )
        return redirect("membership_erasurereceipt_modeladmin_index")
    return TemplateResponse(
        request,
        "membership/admin/erase.html",
        {
            "profile": profile,
            "form": form,
            "page_title": f"Erase {profile.title}",
            "confirm_label": CONFIRM_LABEL,
            "cancel_url": reverse("wagtailadmin_pages:edit", args=[profile.pk]),
        },
    )


class ErasePageMenuItem(PageMenuItem):
    """The "Erase member" item in a profile's Actions menu and the explorer's "More" menu."""

    label = LABEL
    icon_name = "bin"
    url_name = "membership_erase"

    def is_shown(self, user):
        specific = self.page.specific_class
        return specific is not None and issubclass(specific, ProfilePage) and can_erase(user)
