"""Each occurrence of each event, one row apiece, so listings are ordered and paginated by the
database. Rows are rebuilt from the live version of an event whenever it is published."""

from django.db import models, transaction
from django.db.models import Exists, Min, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import PageViewRestriction

from home.pagequeries import live_public_q
from network.models.visibility import MEMBERS_GROUP

from .. import recurrence
from ..formats import current_format_expression


def members_event_q(prefix=""):
    """Q for live pages whose only view restrictions are the Members group's (a members-only
    event): a member passes them; any other restriction keeps the page out."""
    others = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(f"{prefix}path"), 1, Length("page__path"))
    ).exclude(restriction_type=PageViewRestriction.GROUPS, groups__name=MEMBERS_GROUP)
    return Q(**{f"{prefix}live": True}) & ~Exists(others)


class OccurrenceQuerySet(models.QuerySet):
    def of_events(self, events):
        """Occurrences of the events in `events` (a page queryset: pass it .live().public())."""
        return self.filter(event__in=events.values("pk"))

    def visible(self, section=None, members=False):
        """Occurrences of live, public events (in `section`, when given), in one query. With
        `members` (the viewer is a signed-in member), members-only events too."""
        public = live_public_q("event__")
        if members:
            public |= Q(event__members_only=True) & members_event_q("event__")
        occurrences = self.filter(public)
        if section is not None:
            occurrences = occurrences.filter(
                event__path__startswith=section.path, event__depth=section.depth + 1
            )
        return occurrences

    def upcoming(self, now=None):
        """Not yet over (an event in progress still counts), soonest first."""
        return self.filter(end__gt=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Over, most recent first."""
        return self.filter(end__lte=now or timezone.now()).order_by("-start", "-pk")

    def next_end(self, now):
        """When the first of these not yet over ends (it moves from upcoming to past then), or
        None: one query."""
        return self.filter(end__gt=now).aggregate(first=Min("end"))["first"]

    def with_current_format(self):
        """Each occurrence with its event's format now, as `current_format` (for counts)."""
        return self.annotate(current_format=current_format_expression("event__"))

    def in_format(self, event_format):
        """Occurrences of events taking place in `event_format` now: an event moved online is
        online, whatever it was planned as."""
        return self.with_current_format().filter(current_format=event_format)

    def for_listing(self):
        """What a listing card reads, in the same query."""
        return self.select_related("event", "event__region").defer(
            "event__body", "event__access_notes", "event__booking_instructions"
        )


class EventOccurrence(models.Model):
    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="occurrences"
    )
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField(db_index=True)
    cancelled = models.BooleanField(
        default=False, help_text="This date of a repeating event does not go ahead."
    )

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        indexes = [models.Index(fields=["event", "start"])]

    def __str__(self):
        return f"{self.event_id} at {self.start:%Y-%m-%d %H:%M}"

    @property
    def all_day(self):
        return self.event.all_day

    @property
    def span(self):
        return recurrence.Span(self.start, self.end, self.all_day, self.cancelled)

    @property
    def is_cancelled(self):
        return self.cancelled or self.event.is_cancelled

    @property
    def month(self):
        """The month it starts in, UK time, e.g. 'March 2027' (for grouping listings)."""
        return f"{timezone.localtime(self.start, recurrence.site_zone()):%B %Y}"


def occurrence_rows(event, *, now=None, cancelled_dates=None):
    return [
        EventOccurrence(event_id=event.pk, start=span.start, end=span.end, cancelled=span.cancelled)
        for span in recurrence.spans(event, now=now, cancelled_dates=cancelled_dates)
    ]


def rebuild_occurrences(events, *, now=None, cancelled_dates=None):
    """Replace the occurrence rows of `events` (saved EventPages, as they should be listed).

    `cancelled_dates` maps event id to a set of dates; without it each event's own rows are
    read. Returns how many rows were written."""
    events = list(events)
    rows = []
    for event in events:
        dates = None if cancelled_dates is None else cancelled_dates.get(event.pk, set())
        rows += occurrence_rows(event, now=now, cancelled_dates=dates)
    with transaction.atomic():
        EventOccurrence.objects.filter(event__in=[event.pk for event in events]).delete()
        EventOccurrence.objects.bulk_create(rows, batch_size=500)
    return len(rows)
