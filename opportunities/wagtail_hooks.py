"""Paid roles in the admin (an Opportunities menu) and across the site: the home page's roles
closing soonest, the dashboard, site search and the demo content."""

from datetime import timedelta

from django.contrib.admin import SimpleListFilter
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import CharField, Exists, F, OuterRef, Q
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import ModelLogEntry, Page, WorkflowState
from wagtail_modeladmin.helpers import PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from home.pagecache import current_generation
from network.admin_filters import LiveStatusFilter

from .models import (
    AlertDigest,
    ExpressionOfInterest,
    FairPayRate,
    OpportunityPage,
    Organisation,
    RoleAlert,
)
from .models.pages import uk_today

HOME_ROLES = 3
HOME_SECTION_SECONDS = 24 * 60 * 60


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


class OpportunityAdmin(ModelAdmin):
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


modeladmin_register(OpportunitiesGroup)


def closing_soon(limit, now=None):
    """The next open roles to close, featured (never below the fair-pay rate) first."""
    roles = OpportunityPage.objects.live().public().open(now).for_cards()
    return list(roles.order_by("closing_date", "-featured", "pk")[:limit])


def home_section_key(request):
    """The home section's cache key: new whenever anything published changes (the page cache's
    generation: publishing, unpublishing, privacy, organisations...) and at UK midnight, when
    roles close by themselves."""
    host = request.get_host() if request else ""
    return f"opportunities:home-section:{current_generation()}:{uk_today().isoformat()}:{host}"


@hooks.register("register_admin_viewset")
def register_role_views():
    from .admin_views import RoleViewSet

    return RoleViewSet("opportunity_pages")


@hooks.register("lead_home_sections")
def paid_roles_section(context):
    """The roles closing soonest, on the home page: cached (see home_section_key), so the home
    page pays no query for it once rendered."""
    request = context.get("request")
    key = home_section_key(request)
    html = cache.get(key)
    if html is None:
        roles = closing_soon(HOME_ROLES)
        html = ""
        if roles:
            # The board's address from one of its roles' (no query for the board).
            board_url = roles[0].get_url(request).removesuffix(f"{roles[0].slug}/")
            html = render_to_string(
                "opportunities/includes/home_section.html",
                {"roles": roles, "board_url": board_url},
                request=request,
            )
        cache.set(key, str(html), HOME_SECTION_SECONDS)
    return mark_safe(html)  # noqa: S308 - rendered by the template above, or empty


@hooks.register("lead_unlisted_pages")
def closed_roles():
    """Roles past their closing date stay readable at their address (saying they closed) but
    leave site search."""
    return OpportunityPage.objects.closed().values("pk")


@hooks.register("lead_dashboard_items")
def opportunities_dashboard_items(request):
    from home.editorial.dashboard import DashboardItem

    listing = reverse("opportunities_opportunitypage_modeladmin_index")
    live = OpportunityPage.objects.live()
    today = uk_today()
    role_type = ContentType.objects.get_for_model(OpportunityPage)
    waiting = WorkflowState.objects.active().filter(content_type=role_type).count()
    return [
        DashboardItem(
            "paid roles awaiting review",
            waiting,
            reverse("wagtailadmin_reports:workflow"),
            "Review them",
            order=15,
            singular="paid role awaiting review",
        ),
        DashboardItem(
            "paid roles closing this week",
            live.filter(closing_date__range=(today, today + timedelta(days=7))).count(),
            f"{listing}?closing=week",
            "See them",
            order=40,
            singular="paid role closing this week",
        ),
        DashboardItem(
            "open paid roles below the fair-pay rate",
            live.open().below_fair_pay().count(),
            f"{listing}?fair_pay=below&closing=open",
            "Talk to the organisations",
            order=35,
            singular="open paid role below the fair-pay rate",
        ),
    ]


@hooks.register("lead_demo_content")
def opportunities_demo_content(home, stdout):
    from .demo.loader import build_opportunities

    return build_opportunities(home, stdout)


def _interest_of(user):
    """Interest the member sent: linked to their account, or sent from its address."""
    mine = Q(member=user)
    if user.email:
        mine |= Q(sender_email__iexact=user.email)
    return ExpressionOfInterest.objects.filter(mine)


@hooks.register("lead_member_data")
def role_data_for_export(user, profile):
    alert = RoleAlert.objects.filter(member=user).first()
    return {
        "role_alerts": {
            "on": alert.enabled,
            "match_my_profile": alert.use_profile,
            "roles": [role.name for role in alert.roles.all()],
            "regions": [region.name for region in alert.regions.all()],
            "include_remote": alert.include_remote,
            "changed_at": alert.updated_at,
        }
        if alert
        else None,
        "interest_in_roles": [
            {
                "role": interest.opportunity.title,
                "sent_at": interest.created_at,
                "name": interest.sender_name,
                "email": interest.sender_email,
                "message": interest.message,
                "profile_link": interest.profile_url,
                "status": interest.get_status_display(),
            }
            for interest in _interest_of(user).select_related("opportunity")
        ],
    }


@hooks.register("lead_erase_member")
def erase_role_data(user):
    interest = _interest_of(user)
    ids = [str(pk) for pk in interest.values_list("pk", flat=True)]
    content_type = ContentType.objects.get_for_model(ExpressionOfInterest)
    ModelLogEntry.objects.filter(content_type=content_type, object_id__in=ids).delete()
    interest.delete()
    RoleAlert.objects.filter(member=user).delete()
    AlertDigest.objects.filter(member=user).delete()
