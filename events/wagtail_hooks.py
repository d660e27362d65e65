"""Events in the admin (an Events menu with a filtered listing) and across the site: the home
page's upcoming events, the events a member speaks at on their profile and the demo content."""

from django.contrib.admin import SimpleListFilter
from django.db.models import F, Max, OuterRef, Q, Subquery
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from network.admin_filters import LiveStatusFilter

from . import recurrence
from .models import EventOccurrence, EventPage
from .models.occurrences import live_public_q

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


@hooks.register("lead_home_sections")
def upcoming_events_section(context):
    occurrences = upcoming_occurrences(HOME_EVENTS)
    if not occurrences:
        return ""
    request = context.get("request")
    return render_to_string(
        "events/includes/upcoming_events.html",
        {"occurrences": occurrences, "index_url": section_url(occurrences[0].event, request)},
        request=context.get("request"),
    )


@hooks.register("lead_profile_sections")
def speaker_events_section(context):
    """The live, public events the member on this profile speaks at: the next few, then the
    most recent ones that are over."""
    profile = context.get("page")
    if profile is None or not profile.pk:
        return ""
    now = timezone.now()
    occurrences = EventOccurrence.objects.filter(event=OuterRef("pk"))
    coming = occurrences.filter(end__gt=now, cancelled=False).order_by("start")
    events = (
        EventPage.objects.filter(live_public_q(), speakers__profile=profile)
        .defer("body")
        .annotate(
            next_start=Subquery(coming.values("start")[:1]),
            next_end=Subquery(coming.values("end")[:1]),
            last_start=Max("occurrences__start"),
            last_end=Max("occurrences__end"),
        )
        .filter(last_start__isnull=False)
        # Coming up soonest first, then the most recent that are over: one bounded query.
        .order_by(F("next_start").asc(nulls_last=True), "-last_start")[: PROFILE_EVENTS * 4]
    )
    upcoming, past = [], []
    for event in events:
        if event.next_start is not None:
            event.next_occurrence = recurrence.Span(event.next_start, event.next_end, event.all_day)
            upcoming.append(event)
        else:
            event.last_occurrence = recurrence.Span(event.last_start, event.last_end, event.all_day)
            past.append(event)
    upcoming, past = upcoming[:PROFILE_EVENTS], past[:PROFILE_EVENTS]
    if not (upcoming or past):
        return ""
    return render_to_string(
        "events/includes/speaker_events.html",
        {"upcoming": upcoming, "past": past, "name": profile.title},
        request=context.get("request"),
    )


@hooks.register("lead_demo_content")
def events_demo_content(home, stdout):
    from .demo.loader import build_events

    return build_events(home, stdout)


@hooks.register("lead_dashboard_items")
def events_dashboard_items(request):
    """Upcoming live events that do not yet say how to book (a moderator's job to chase)."""
    from django.urls import reverse

    from home.editorial.dashboard import DashboardItem

    upcoming = EventOccurrence.objects.upcoming().filter(cancelled=False).values("event_id")
    missing = (
        EventPage.objects.live()
        .filter(pk__in=upcoming, booking_url="", booking_instructions="")
        .exclude(status="cancelled")
    )
    listing = reverse("events_eventpage_modeladmin_index")
    return [
        DashboardItem(
            "upcoming events without booking details",
            missing.count(),
            f"{listing}?when=upcoming",
            "Add booking details",
            order=30,
            singular="upcoming event without booking details",
        )
    ]
