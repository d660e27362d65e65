"""The events section of the home page, placed by editors in the home page's body."""

from django.apps import apps
from wagtail import blocks

from home.blocks import HomeSectionBlock


def upcoming_occurrences(limit):
    """The next few occurrences going ahead, of live, public events, in two queries."""
    occurrences = apps.get_model("events", "EventOccurrence").objects.visible().upcoming()
    occurrences = occurrences.filter(cancelled=False).exclude(event__status="cancelled")
    return list(occurrences.for_listing()[:limit])


def section_url(event, request=None):
    """The events section's address, from one of its events' (no query for the section)."""
    return event.get_url(request).removesuffix(f"{event.slug}/")


class UpcomingEventsBlock(HomeSectionBlock):
    heading = blocks.CharBlock(max_length=80, default="Upcoming events")

    class Meta:
        icon = "date"
        label = "Upcoming events"
        description = "The next events, soonest first, with a link to all events."
        template = "events/includes/upcoming_events.html"
        heading_id = "upcoming-events-heading"
        preview_value = {"heading": "Upcoming events", "count": 3}

    def section_context(self, value, request):
        occurrences = upcoming_occurrences(value["count"])
        if not occurrences:
            return None
        return {"occurrences": occurrences, "index_url": section_url(occurrences[0].event, request)}
