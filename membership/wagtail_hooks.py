"""The Membership menu in the admin (contact requests, erasure receipts), and "Erase member"
on profiles for moderators."""

from django.urls import path
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .admin_enquiries import EnquiryAdmin
from .admin_erasure import ErasePageMenuItem, erase_view
from .models import ContactRequest, ErasureReceipt


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
    items = (ContactRequestAdmin, ErasureReceiptAdmin, EnquiryAdmin)


modeladmin_register(MembershipGroup)


@hooks.register("register_admin_urls")
def erasure_urls():
    return [path("membership/erase/<int:page_id>/", erase_view, name="membership_erase")]


@hooks.register("register_page_header_buttons")
def erase_in_actions_menu(page, user, view_name, next_url=None):
    yield ErasePageMenuItem(page=page, priority=90)


@hooks.register("register_page_listing_more_buttons")
def erase_in_more_menu(page, user, next_url=None):
    yield ErasePageMenuItem(page=page, priority=90)
