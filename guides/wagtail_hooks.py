"""Guides in the admin: a Guides listing with their owners and review dates, filtered to the
ones past their review date from the dashboard."""

from datetime import timedelta

from django.contrib.admin import SimpleListFilter
from wagtail_modeladmin.options import modeladmin_register

from home.editorial.return_to import PageListingAdmin

from .models import GuidePage, uk_today

DUE_SOON_DAYS = 30


class ReviewFilter(SimpleListFilter):
    title = "review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("overdue", "Past its review date"),
            ("soon", f"Due within {DUE_SOON_DAYS} days"),
        ]

    def queryset(self, request, queryset):
        today = uk_today()
        if self.value() == "overdue":
            return queryset.overdue(today)
        if self.value() == "soon":
            return queryset.filter(
                next_review_due__range=(today, today + timedelta(days=DUE_SOON_DAYS))
            )
        return queryset


class GuideAdmin(PageListingAdmin):
    model = GuidePage
    menu_label = "Guides"
    menu_icon = "help"
    menu_order = 220
    list_display = ("title", "content_owner", "last_reviewed", "next_review_due", "publication")
    list_filter = (ReviewFilter,)
    search_fields = ("title", "intro", "content_owner")
    ordering = ("next_review_due",)

    @staticmethod
    def publication(obj):
        return "Live" if obj.live else "Draft"


modeladmin_register(GuideAdmin)
