"""The fair-pay pledge in the admin (under Opportunities): its versions and commitments, and the
signatures organisations send, which editors verify or withdraw. Each action is a Wagtail log
entry, shown in the signature's history; a withdrawal's reason stays on the signature only."""

from django import forms
from django.contrib import messages
from django.contrib.admin import display
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import re_path
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from .models import Organisation, PledgeSignature, PledgeStatus, PledgeVersion

CHANGE = "opportunities.change_pledgesignature"


class PledgeVersionAdmin(ModelAdmin):
    model = PledgeVersion
    menu_label = "Fair-pay pledge"
    menu_icon = "doc-full"
    list_display = ("label", "published_on", "is_current", "signed")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(signature_count=Count("signatures"))

    @staticmethod
    @display(description="signatures")
    def signed(obj):
        return obj.signature_count


class SignedOnTheWebsite(PermissionHelper):
    """Signatures come only from the pledge form: editors check them, never add them."""

    def user_can_create(self, user):
        return False


class SignatureButtons(ButtonHelper):
    """Each signature's buttons: "Verify" while it is not listed, "Withdraw verification" while
    it is, for editors who may change signatures."""

    def get_buttons_for_obj(self, obj, *args, **kwargs):
        buttons = super().get_buttons_for_obj(obj, *args, **kwargs)
        if not self.request.user.has_perm(CHANGE):
            return buttons
        if obj.status == PledgeStatus.VERIFIED:
            action, label = "withdraw", "Withdraw verification"
        else:
            action, label = "verify", "Verify"
        buttons.insert(
            0,
            {
                "url": self.url_helper.get_action_url(action, obj.pk),
                "label": label,
                "classname": "button button-small",
                "title": f"{label}: {obj.organisation_name}",
            },
        )
        return buttons


class PledgeSignatureAdmin(ModelAdmin):
    model = PledgeSignature
    permission_helper_class = SignedOnTheWebsite
    button_helper_class = SignatureButtons
    menu_label = "Pledge signatures"
    menu_icon = "success"
    list_display = (
        "organisation_name",
        "organisation_type",
        "version",
        "status",
        "created_at",
        "verified_at",
        "organisation",
    )
    list_filter = ("status", "version")
    search_fields = ("organisation_name",)
    form_fields_exclude = ["version"]  # what was signed stays as signed
    inspect_view_enabled = True
    inspect_view_fields = [
        "organisation_name",
        "organisation_type",
        "organisation",
        "version",
        "commitments",
        "contact_name",
        "contact_email",
        "signer_name",
        "signer_role",
        "status",
        "created_at",
        "verified_at",
        "verified_by",
        "withdrawn_at",
        "withdrawn_by",
        "withdrawn_reason",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("version", "organisation")

    def get_admin_urls_for_registration(self):
        urls = super().get_admin_urls_for_registration()
        helper = self.url_helper
        return urls + (
            re_path(
                helper.get_action_url_pattern("verify"),
                self.action_view(verify_view),
                name=helper.get_action_url_name("verify"),
            ),
            re_path(
                helper.get_action_url_pattern("withdraw"),
                self.action_view(withdraw_view),
                name=helper.get_action_url_name("withdraw"),
            ),
        )

    def action_view(self, view):
        def run(request, instance_pk):
            if not request.user.has_perm(CHANGE):
                raise PermissionDenied
            signature = get_object_or_404(PledgeSignature, pk=instance_pk)
            return view(request, signature, self.url_helper.index_url)

        return run


class VerifyForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label="Organisation on the board",
        queryset=Organisation.objects.all(),
        required=False,
        empty_label="Not on the board yet",
        help_text="Choose it when the organisation offers roles on LEAD: its roles then carry "
        "the 'Fair-pay pledge' badge. You can add it later by editing the signature.",
    )
    checked = forms.BooleanField(
        label="I have checked the organisation is real and that the person who signed can "
        "sign for it.",
        error_messages={"required": "Tick the box once you have checked the signature."},
    )


class WithdrawForm(forms.Form):
    reason = forms.CharField(
        label="Why the verification is withdrawn",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Private: kept with the signature for editors. Never shown on the website "
        "or sent to the organisation.",
        error_messages={"required": "Give the reason, for the team's records."},
    )


def verify_view(request, signature, listing_url):
    if signature.status == PledgeStatus.VERIFIED:
        messages.info(request, f"{signature.organisation_name} is already verified.")
        return redirect(listing_url)
    initial = (
        signature.organisation
        or Organisation.objects.filter(name__iexact=signature.organisation_name).first()
    )
    form = VerifyForm(request.POST or None, initial={"organisation": initial})
    if request.method == "POST" and form.is_valid():
        signature.verify(request.user, form.cleaned_data["organisation"])
        messages.success(
            request, f"{signature.organisation_name} is verified and listed on the pledge page."
        )
        return redirect(listing_url)
    return _action_page(request, signature, form, "Verify", listing_url)


def withdraw_view(request, signature, listing_url):
    if signature.status != PledgeStatus.VERIFIED:
        messages.info(request, f"{signature.organisation_name} is not verified.")
        return redirect(listing_url)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        signature.withdraw(request.user, form.cleaned_data["reason"])
        messages.success(
            request,
            f"{signature.organisation_name} is no longer listed, and its roles no longer carry "
            "the badge.",
        )
        return redirect(listing_url)
    return _action_page(request, signature, form, "Withdraw verification", listing_url)


def _action_page(request, signature, form, action, listing_url):
    return TemplateResponse(
        request,
        "opportunities/admin/pledge_action.html",
        {
            "signature": signature,
            "form": form,
            "action": action,
            "page_title": f"{action}: {signature.organisation_name}",
            "cancel_url": listing_url,
        },
    )
