"""The events section (/events/): upcoming events, the past-events archive and the calendar feed."""

from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from home.models import MetadataMixin

from ..calendars import feed_response
from ..listing import EventListing
from .events import EventPage
from .occurrences import EventOccurrence

# The calendar feed holds upcoming events and those that ended in the last 30 days.
FEED_PAST_DAYS = 30


class EventIndexPage(RoutablePageMixin, MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two above the list of events: what kinds of events the network "
        "runs and who they are for.",
    )
    past_intro = models.TextField(
        "past events introduction",
        max_length=400,
        blank=True,
        help_text="Optional: a sentence above the list of past events.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("past_intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = "events section"

    def events(self):
        """Live, public events in this section: the only ones any listing or feed may show."""
        return EventPage.objects.child_of(self).live().public()

    def occurrences(self, members=False):
        """Occurrences of the live, public events in this section (and, for a signed-in
        member, of its members-only events)."""
        return EventOccurrence.objects.visible(section=self, members=members)

    def feed_events(self, now=None):
        """Events with an occurrence not yet over or ended in the last 30 days."""
        now = now or timezone.now()
        recent = EventOccurrence.objects.filter(end__gte=now - timedelta(days=FEED_PAST_DAYS))
        return (
            self.events()
            .filter(pk__in=recent.values("event_id"))
            .select_related("calendar_sequence", "region")
            .prefetch_related("cancelled_dates")
            .defer("body")
            .order_by("start", "pk")
        )

    @classmethod
    def sitemap_extra_paths(cls, rows):
        """Each events page's archive of past events (lead/sitemaps.py)."""
        return [(f"{row['url_path']}past/", None) for row in rows]

    def calendar_url(self, request=None):
        return f"{self.get_url(request)}calendar.ics"

    def get_cached_paths(self):
        """For a CDN to forget when events change (wagtail.contrib.frontend_cache)."""
        return ["/", "past/", "calendar.ics"]

    def listing_response(self, request, *, past):
        listing = EventListing(self, request, past=past)
        response = self.render(request, context_overrides={"listing": listing})
        if request.user.is_authenticated:
            # A member's listing holds members-only events: never in a shared cache.
            patch_cache_control(response, private=True)
        return response

    @path("", name="upcoming")
    def upcoming(self, request):
        return self.listing_response(request, past=False)

    @path("past/", name="past")
    def past(self, request):
        return self.listing_response(request, past=True)

    @path("calendar.ics/", name="calendar")
    def calendar(self, request):
        return feed_response(self, request)
