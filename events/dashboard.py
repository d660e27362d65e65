"""The events lines on the editors' dashboard (declared in the app's Feature)."""

from django.urls import reverse

from home.editorial.dashboard import (
    NAMED_AT_MOST,
    DashboardEntry,
    DashboardItem,
    edit_from_dashboard,
)

from .models import EventOccurrence, EventPage

BOOKING_TAB = "Booking and access"


def events_dashboard_items(request):
    """Upcoming live events that do not yet say how to book (a moderator's job to chase),
    each named and linked to its own booking tab."""
    missing = without_booking_details(EventPage.objects.all())
    count = missing.count()
    named = list(missing.order_by("start", "pk").only("pk", "title")[:NAMED_AT_MOST])
    tab = tab_identifier(BOOKING_TAB)
    listing = reverse("events_eventpage_modeladmin_index")
    return [
        DashboardItem(
            "upcoming event without booking details",
            "upcoming events without booking details",
            count,
            f"{listing}?when=upcoming&booking=missing",
            "Add booking details",
            order=30,
            entries=tuple(DashboardEntry(e.title, edit_from_dashboard(e.pk, tab)) for e in named),
        )
    ]


def without_booking_details(events):
    """The live events among `events` that have a date to come, are not cancelled and say
    nothing about how to book."""
    upcoming = EventOccurrence.objects.upcoming().filter(cancelled=False).values("event_id")
    return (
        events.live()
        .filter(pk__in=upcoming, booking_url="", booking_instructions="")
        .exclude(status="cancelled")
    )


def tab_identifier(heading):
    """The identifier of the event form's tab with this heading (its address is #tab-<it>)."""
    handler = EventPage.get_edit_handler()
    headings = [child.heading for child in handler.children]
    return dict(zip(headings, handler.child_identifiers, strict=True)).get(heading, "")
