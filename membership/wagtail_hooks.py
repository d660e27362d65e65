"""The Membership menu in the admin (contact and introduction requests, erasure receipts), the
requests' actions and history (admin_requests.py), and "Erase member" on profiles for
moderators."""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .admin_enquiries import EnquiryAdmin
from .admin_erasure import ErasePageMenuItem, erase_view
from .admin_mentoring import mentoring_numbers_view
from .admin_requests import (
    RequestInspectView,
    forward_view,
    mark_view,
    reply_view,
    send_again_view,
)
from .models import ContactRequest, ErasureReceipt, IntroductionRequest
from .request_kinds import LOG_ACTIONS


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
    inspect_view_class = RequestInspectView
    inspect_view_fields = (
        "created_at", "profile", "sender_name", "sender_email", "organisation", "purpose",
        "message", "forwarded_at",
    )  # fmt: skip
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


class IntroductionRequestAdmin(ModelAdmin):
    model = IntroductionRequest
    menu_label = "Introduction requests"
    menu_icon = "group"
    permission_helper_class = NoAddingPermissionHelper
    list_display = ("created_at", "profile", "paid", "status")
    list_filter = ("status", "paid", "created_at")
    search_fields = ("requester_name", "organisation", "request")
    ordering = ("-created_at",)
    inspect_view_enabled = True
    inspect_view_class = RequestInspectView
    inspect_view_fields = (
        "created_at", "profile", "requester_name", "requester_email", "organisation", "request",
        "paid", "pay_details",
    )  # fmt: skip
    panels = [
        FieldPanel("status"),
        FieldPanel("profile", read_only=True),
        FieldPanel("requester_name", read_only=True),
        FieldPanel("requester_email", read_only=True),
        FieldPanel("organisation", read_only=True),
        FieldPanel("request", read_only=True),
        FieldPanel("paid", read_only=True),
        FieldPanel("pay_details", read_only=True),
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
    items = (ContactRequestAdmin, IntroductionRequestAdmin, ErasureReceiptAdmin, EnquiryAdmin)


modeladmin_register(MembershipGroup)


@hooks.register("register_admin_urls")
def erasure_urls():
    return [path("membership/erase/<int:page_id>/", erase_view, name="membership_erase")]


@hooks.register("register_admin_urls")
def request_action_urls():
    prefix = "membership/requests/<slug:kind_slug>/<int:pk>"
    return [
        path(f"{prefix}/forward/", forward_view, name="membership_request_forward"),
        path(f"{prefix}/reply/", reply_view, name="membership_request_reply"),
        path(f"{prefix}/mark/", mark_view, name="membership_request_mark"),
        path(f"{prefix}/send-again/", send_again_view, name="membership_request_send_again"),
    ]


@hooks.register("register_log_actions")
def request_log_actions(actions):
    """What editors do with requests, as their history shows it (request_kinds.py)."""
    for action, label, message in LOG_ACTIONS:
        actions.register_action(action, label, message)


@hooks.register("register_page_header_buttons")
def erase_in_actions_menu(page, user, view_name, next_url=None):
    yield ErasePageMenuItem(page=page, priority=90)


@hooks.register("register_page_listing_more_buttons")
def erase_in_more_menu(page, user, next_url=None):
    yield ErasePageMenuItem(page=page, priority=90)


@hooks.register("register_admin_urls")
def mentoring_numbers_urls():
    return [
        path("membership/mentoring/", mentoring_numbers_view, name="membership_mentoring_numbers")
    ]


@hooks.register("register_reports_menu_item")
def mentoring_numbers_menu_item():
    return MenuItem(
        "Mentoring in numbers",
        reverse("membership_mentoring_numbers"),
        icon_name="group",
        order=920,
    )
