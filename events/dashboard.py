"""The events lines on the editors' dashboard (declared in the app's Feature)."""

from django.urls import reverse

from home.editorial.dashboard import DashboardItem

from .models import EventOccurrence, EventPage


def events_dashboard_items(request):
    """Upcoming live events that do not yet say how to book (a moderator's job to chase)."""

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
