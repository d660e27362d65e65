"""Membership › Enquiries in the admin: what people send through the contact page, for
editors to read and mark answered or spam. The site makes them; nobody adds one by hand."""

from wagtail.admin.panels import FieldPanel
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin

from .models import Enquiry


class MadeBySiteHelper(PermissionHelper):
    def user_can_create(self, user):
        return False


class EnquiryAdmin(ModelAdmin):
    model = Enquiry
    menu_label = "Enquiries"
    menu_icon = "mail"
    permission_helper_class = MadeBySiteHelper
    list_display = ("created_at", "name", "topic", "status")
    list_filter = ("status", "topic", "created_at")
    search_fields = ("name", "email", "organisation", "message")
    ordering = ("-created_at",)
    inspect_view_enabled = True
    inspect_view_fields = ("created_at", "name", "email", "organisation", "topic", "message")
    panels = [
        FieldPanel("status"),
        FieldPanel("name", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("organisation", read_only=True),
        FieldPanel("topic", read_only=True),
        FieldPanel("message", read_only=True),
    ]
