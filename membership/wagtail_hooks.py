"""The Membership menu in the admin (contact requests, erasure receipts), the demo, and what
membership tells the directory without the directory importing it: the consent wordings, the
member's contact details on a profile's Private tab, whose profile it is, and the contact box."""

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from . import consent
from .models import ContactRequest, ErasureReceipt, Membership
from .private_fields import AcceptsMessages, ContactEmail


class NoAddingPermissionHelper(PermissionHelper):
    """Records made by the site itself: nobody adds them by hand."""

    def user_can_create(self, user):
        return False


class ContactRequestAdmin(ModelAdmin):
    model = ContactRequest
    menu_label = "Contact requests"
    menu_icon = "mail"
    permission_helper_class = NoAddingPermissionHelper
    list_display = ("created_at", "profile", "purpose", "status")
    list_filter = ("status", "purpose", "created_at")
    search_fields = ("sender_name", "organisation", "message")
    ordering = ("-created_at",)
    inspect_view_enabled = True
    panels = [
        FieldPanel("status"),
        FieldPanel("profile", read_only=True),
        FieldPanel("sender_name", read_only=True),
        FieldPanel("sender_email", read_only=True),
        FieldPanel("organisation", read_only=True),
        FieldPanel("purpose", read_only=True),
        FieldPanel("message", read_only=True),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("profile")


class ErasureReceiptAdmin(ModelAdmin):
    model = ErasureReceipt
    menu_label = "Erasure receipts"
    menu_icon = "bin"
    permission_helper_class = NoAddingPermissionHelper
    list_display = ("reference", "erased_at", "erased_by")
    list_filter = ("erased_by",)
    ordering = ("-erased_at",)


class MembershipGroup(ModelAdminGroup):
    menu_label = "Membership"
    menu_icon = "user"
    menu_order = 210
    items = (ContactRequestAdmin, ErasureReceiptAdmin)


modeladmin_register(MembershipGroup)


@hooks.register("lead_demo_content")
def membership_demo_content(home, stdout):
    from .demo.loader import build_membership

    return build_membership(home, stdout)


@hooks.register("lead_consent_wordings")
def consent_wordings():
    return consent.VERSION_CHOICES


@hooks.register("lead_profile_private_fields")
def contact_details():
    return [ContactEmail(), AcceptsMessages()]


@hooks.register("lead_is_own_profile")
def is_own_profile(page, user):
    return Membership.objects.filter(profile_id=page.pk, member_id=user.pk).exists()


@hooks.register("lead_profile_sections")
def contact_box(context):
    """The "Contact <name>" box, on profiles whose member accepts relayed messages. Any other
    profile simply has none: nothing says why (no account, messages off, no address)."""
    from django.template.loader import render_to_string

    profile = context.get("page")
    if not Membership.objects.contactable().filter(profile_id=profile.pk).exists():
        return ""
    return render_to_string(
        "membership/includes/contact_box.html",
        {"profile": profile},
        request=context.get("request"),
    )


@hooks.register("lead_dashboard_items")
def contact_requests_dashboard_item(request):
    from django.urls import reverse

    from home.editorial.dashboard import DashboardItem

    from .models.contact import ContactStatus

    waiting = ContactRequest.objects.filter(status=ContactStatus.NEW).count()
    listing = reverse("membership_contactrequest_modeladmin_index")
    return [
        DashboardItem(
            "contact requests awaiting action",
            waiting,
            f"{listing}?status__exact={ContactStatus.NEW}",
            "Deal with them",
            order=25,
            singular="contact request awaiting action",
        )
    ]


@hooks.register("lead_header_links")
def account_link(context):
    """'Member sign in' in every page's header, or 'Your account' once signed in."""
    from django.template.loader import render_to_string

    request = context.get("request")
    return render_to_string("membership/includes/account_link.html", {"request": request})
