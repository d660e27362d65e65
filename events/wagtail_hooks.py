"""Events in the admin: an Events menu with a filtered listing."""

from django.contrib.admin import SimpleListFilter
from django.db.models import Q
from django.utils import timezone
from wagtail_modeladmin.options import modeladmin_register

from home.editorial.return_to import PageListingAdmin
from network.admin_filters import LiveStatusFilter

from . import recurrence
from .dashboard import without_booking_details
from .models import EventOccurrence, EventPage


class WhenFilter(SimpleListFilter):
    title = "when"
    parameter_name = "when"

    def lookups(self, request, model_admin):
        return [("upcoming", "Upcoming or repeating"), ("past", "Over")]

    def queryset(self, request, queryset):
        upcoming = EventOccurrence.objects.filter(end__gt=timezone.now()).values("event_id")
        if self.value() == "upcoming":
            return queryset.filter(Q(pk__in=upcoming) | Q(live=False, end__gt=timezone.now()))
        if self.value() == "past":
            return queryset.exclude(pk__in=upcoming).exclude(live=False, end__gt=timezone.now())
        return queryset


class BookingFilter(SimpleListFilter):
    """Upcoming live events that do not say how to book: the dashboard's "See all" list."""

    title = "booking details"
    parameter_name = "booking"

    def lookups(self, request, model_admin):
        return [("missing", "Missing (upcoming, live)")]

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return without_booking_details(queryset)
        return queryset


class EventAdmin(PageListingAdmin):
    model = EventPage
    menu_label = "Events"
    menu_icon = "date"
    menu_order = 210
    list_display = ("title", "starts", "event_format", "region", "status", "publication")
    list_filter = (
        WhenFilter,
        BookingFilter,
        "event_format",
        "status",
        "region",
        LiveStatusFilter,
    )
    search_fields = ("title", "summary", "venue_name", "organiser")
    ordering = ("-start",)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("region")

    @staticmethod
    def starts(obj):
        start = recurrence.local(obj.start)
        text = f"{recurrence.long_date(start, weekday=False)}, {start:%H:%M}"
        if recurrence.wall_clock(start) == recurrence.WallClock.REPEATED:
            text += f" {recurrence.zone_name(obj.start)}"  # which of the two 01:30s
        return f"{text} ({obj.get_repeat_display().split(',')[0].lower()})" if obj.repeat else text

    @staticmethod
    def publication(obj):
        return "Live" if obj.live else "Draft"


modeladmin_register(EventAdmin)
