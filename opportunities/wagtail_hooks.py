"""Paid roles in the admin: an Opportunities menu, and the roles' own edit views."""

from datetime import timedelta

from django.contrib.admin import SimpleListFilter
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, F, OuterRef
from django.db.models.functions import Cast
from wagtail import hooks
from wagtail.models import Page, WorkflowState
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from home.editorial.return_to import PageListingAdmin
from network.admin_filters import LiveStatusFilter

from .admin_pledge import PledgeSignatureAdmin, PledgeVersionAdmin
from .admin_views import RoleViewSet
from .models import (
    ExpressionOfInterest,
    FairPayRate,
    OpportunityPage,
    Organisation,
)
from .models.pages import uk_today
from .models.pledge import VERIFY_ACTION, WITHDRAW_ACTION


class ClosingFilter(SimpleListFilter):
    title = "closing"
    parameter_name = "closing"

    def lookups(self, request, model_admin):
        return [("open", "Open"), ("week", "Closing within 7 days"), ("closed", "Closed")]

    def queryset(self, request, queryset):
        today = uk_today()
        if self.value() == "open":
            return queryset.filter(closing_date__gte=today)
        if self.value() == "week":
            return queryset.filter(closing_date__range=(today, today + timedelta(days=7)))
        if self.value() == "closed":
            return queryset.filter(closing_date__lt=today)
        return queryset


class FairPayFilter(SimpleListFilter):
    title = "fair-pay label"
    parameter_name = "fair_pay"

    def lookups(self, request, model_admin):
        return [("at", "At or above LEAD's rate"), ("below", "Below LEAD's rate")]

    def queryset(self, request, queryset):
        below = queryset.filter(hourly_pay__lt=F("activity_level__hourly_rate")).exclude(
            pay_unit="salary"
        )
        if self.value() == "below":
            return below
        if self.value() == "at":
            return queryset.exclude(pk__in=below.values("pk"))
        return queryset


class OpportunityAdmin(PageListingAdmin):
    model = OpportunityPage
    menu_label = "Paid roles"
    menu_icon = "tasks"
    list_display = ("title", "organisation", "closing_date", "pay", "fair_pay", "publication")
    list_filter = (LiveStatusFilter, ClosingFilter, FairPayFilter, "organisation")
    search_fields = ("title", "summary")
    ordering = ("closing_date",)

    def get_queryset(self, request):
        in_review = WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id=Cast(OuterRef("pk"), CharField()),
            status=WorkflowState.STATUS_IN_PROGRESS,
        )
        return (
            super()
            .get_queryset(request)
            .select_related("organisation", "activity_level")
            .annotate(in_review=Exists(in_review))
        )

    @staticmethod
    def pay(obj):
        return obj.pay_text() or "Not stated yet"

    @staticmethod
    def fair_pay(obj):
        if obj.fair_rate is None or obj.hourly_pay is None:
            return "Not compared"
        return "Below LEAD's rate" if obj.hourly_pay < obj.fair_rate else "At or above"

    @staticmethod
    def publication(obj):
        if obj.live:
            return "Live, changes in review" if obj.in_review else "Live"
        return "In review" if obj.in_review else "Draft"


class OrganisationAdmin(ModelAdmin):
    model = Organisation
    menu_label = "Organisations"
    menu_icon = "group"
    list_display = ("name", "organisation_type", "region")
    list_filter = ("organisation_type", "region")
    search_fields = ("name",)


class FairPayRateAdmin(ModelAdmin):
    model = FairPayRate
    menu_label = "Fair-pay rates"
    menu_icon = "pick"
    list_display = ("level", "hourly_rate", "daily_rate", "source", "applies_from", "is_example")
    ordering = ("sort_order", "level")


class RecordedByVisitors(PermissionHelper):
    """Interest is sent by visitors through a role's form; editors read it and set its status."""

    def user_can_create(self, user):
        return False


class InterestAdmin(ModelAdmin):
    model = ExpressionOfInterest
    permission_helper_class = RecordedByVisitors
    menu_label = "Interest in roles"
    menu_icon = "mail"
    list_display = ("__str__", "opportunity", "status", "created_at")
    list_filter = ("status",)
    form_fields_exclude = ["member"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("opportunity")


class OpportunitiesGroup(ModelAdminGroup):
    menu_label = "Opportunities"
    menu_icon = "tasks"
    menu_order = 230
    items = (OpportunityAdmin, OrganisationAdmin, FairPayRateAdmin, InterestAdmin)
    items += (PledgeVersionAdmin, PledgeSignatureAdmin)


modeladmin_register(OpportunitiesGroup)


@hooks.register("register_admin_viewset")
def register_role_views():
    return RoleViewSet("opportunity_pages")


@hooks.register("register_log_actions")
def register_pledge_actions(actions):
    actions.register_action(VERIFY_ACTION, "Verify pledge signature", "Verified: listed publicly")
    actions.register_action(
        WITHDRAW_ACTION, "Withdraw pledge verification", "Verification withdrawn"
    )
