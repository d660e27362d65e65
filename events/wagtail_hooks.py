"""Events in the admin (an Events menu with a filtered listing) and across the site: the home
page's upcoming events, the events a member speaks at on their profile, the demo content, the
benchmark's seeder and pages."""

from django.contrib.admin import SimpleListFilter
from django.db.models import Q
from django.utils import timezone
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from network.admin_filters import LiveStatusFilter

from . import recurrence
from .models import EventOccurrence, EventPage

HOME_EVENTS = 3
PROFILE_EVENTS = 6


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


class EventAdmin(ModelAdmin):
    model = EventPage
    menu_label = "Events"
    menu_icon = "date"
    menu_order = 210
    list_display = ("title", "starts", "event_format", "region", "status", "publication")
    list_filter = (WhenFilter, "event_format", "status", "region", LiveStatusFilter)
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


def upcoming_occurrences(limit):
    """The next few occurrences going ahead, of live, public events, in two queries."""
    occurrences = EventOccurrence.objects.visible().upcoming().filter(cancelled=False)
    occurrences = occurrences.exclude(event__status="cancelled").for_listing()[:limit]
    return list(occurrences)


def section_url(event, request=None):
    """The events section's address, from one of its events' (no query for the section)."""
    return event.get_url(request).removesuffix(f"{event.slug}/")


@hooks.register("lead_seed_scale")
def events_seeders():
    from .seeding import EventSeeder

    return {"events": EventSeeder()}


@hooks.register("lead_bench_pages")
def events_bench_pages():
    from home.benchmark import BenchPage, seeded_page_url

    event_url = seeded_page_url("events")
    return [
        BenchPage("events", "/events/"),
        BenchPage("events, filtered", "/events/?format=online&region=uk-wide-remote"),
        BenchPage("events, past", "/events/past/"),
        BenchPage("event", event_url),
        BenchPage(
            "event calendar file",
            lambda: (url := event_url()) and f"{url}event.ics",
            size_target=False,
        ),
        BenchPage("events calendar feed", "/events/calendar.ics", size_target=False),
    ]
