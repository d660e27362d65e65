"""An event: when and where it happens, how to book, who speaks and what access to expect."""

import hashlib
import json
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.functional import cached_property
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import ExactInstantsMixin, MetadataMixin, SiteSettings
from network.models import ProfileCredit, link_credits

from .. import recurrence
from ..calendar_links import calendar_links
from ..calendars import calendar_response, event_calendar
from ..choices import ACCESS_FEATURES, Access, EventFormat, EventStatus, LinkSharing
from ..formats import current_format
from ..forms import EventPageForm, RepeatedHourPanel
from ..recurrence import Repeat
from ..structured_data import event_jsonld
from .occurrences import EventOccurrence


def access_field(label, help_text):
    return models.CharField(
        label,
        max_length=3,
        blank=True,
        choices=Access.choices,
        default=Access.NOT_STATED,
        help_text=f"{help_text} Leave 'Not stated' if you do not know yet.",
    )


END_BEFORE_START = "The event must end after it starts. Check the end date and time."
REPEAT_IN_REPEATED_HOUR = (
    "A repeating event cannot start in the second 1am to 2am hour on the night the clocks go "
    "back, because people's calendars would show it an hour early. Start it in the first one "
    "(BST) or at another time."
)


class EventPageQuerySet(PageQuerySet):
    def with_next_date(self, now=None):
        """Each event with the date a summary shows, from the occurrence table in the same
        query: the next date going ahead, else the next date at all (every one left is
        cancelled), else the last date of an event that is over. Read by `summary_span`."""
        now = now or timezone.now()
        occurrences = EventOccurrence.objects.filter(event=OuterRef("pk"))
        coming = occurrences.filter(end__gt=now).order_by("start", "pk")
        going_ahead = coming.filter(cancelled=False)
        last = occurrences.order_by("-start", "-pk")
        fields = {}
        for name, rows in (("ahead", going_ahead), ("coming", coming), ("last", last)):
            for column in ("start", "end", "cancelled"):
                fields[f"_{name}_{column}"] = Subquery(rows.values(column)[:1])
        return self.annotate(**fields)


class EventPage(ExactInstantsMixin, RoutablePageMixin, MetadataMixin, Page):
    description_field = "summary"  # what search engines get when no description is set
    search_result_template = "events/includes/search_result.html"
    summary = models.TextField(
        max_length=280,
        help_text="Up to 280 characters: what the event is and who it is for. Shown in event "
        "listings, calendars and search engines.",
    )
    members_only = models.BooleanField(
        "members only",
        default=False,
        help_text="Only signed-in members see this event: it is listed to them, and left out "
        "of the public listing, calendars, feeds, search and the sitemap. Takes effect when "
        "the event is published.",
    )
    status = models.CharField(
        max_length=12,
        choices=EventStatus.choices,
        default=EventStatus.SCHEDULED,
        help_text="Change this if plans change. Anything but 'Going ahead' is shown in large "
        "text on the page, in listings and in people's calendars.",
    )
    status_note = models.CharField(
        "what changed",
        max_length=200,
        blank=True,
        help_text="Optional: a short, kind explanation shown with the status, e.g. 'The "
        "facilitator is unwell. We will email everyone who booked.'",
    )

    # When
    start = models.DateTimeField(
        help_text="When the event starts, in UK time (the site shows GMT or BST as right for "
        "the date).",
    )
    end = models.DateTimeField(
        help_text="When the event ends, in UK time. It must be after the start.",
    )
    all_day = models.BooleanField(
        "all-day event",
        default=False,
        help_text="Tick for events that last whole days: the times are then ignored and "
        "calendars show the dates only.",
    )
    repeat = models.CharField(
        "repeats",
        max_length=12,
        blank=True,
        choices=Repeat.choices,
        default=Repeat.NEVER,
        help_text="For a regular group. Monthly repeats keep the weekday of the first date: "
        "a first date on the first Tuesday of a month repeats on every first Tuesday.",
    )
    repeat_until = models.DateField(
        "repeats until",
        null=True,
        blank=True,
        help_text="The last date the series can meet. Leave empty to give a number of times "
        "instead, or to keep it going.",
    )
    repeat_count = models.PositiveSmallIntegerField(
        "number of times",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(recurrence.MAX_COUNT)],
        help_text="Or: how many times the series meets in all, counting the first date.",
    )

    # Where
    event_format = models.CharField(
        "format",
        max_length=10,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
        help_text="Where people take part: at a venue, online, or either.",
    )
    venue_name = models.CharField(
        max_length=120,
        blank=True,
        help_text="In person and hybrid: the building's name, e.g. 'Brindle Community Centre'.",
    )
    address = models.TextField(
        max_length=300,
        blank=True,
        help_text="In person and hybrid: the street address, one part a line, town included.",
    )
    postcode = models.CharField(max_length=10, blank=True, help_text="e.g. LS1 4AP")
    region = models.ForeignKey(
        "network.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text="The region the event is in, for the events filter. Choose 'UK-wide / "
        "remote' for online events open to everyone.",
    )
    online_platform = models.CharField(
        max_length=60,
        blank=True,
        help_text="Online and hybrid: the platform, e.g. Zoom or Microsoft Teams.",
    )
    joining_link = models.URLField(
        blank=True,
        help_text="Online and hybrid: the address people use to join, starting https://",
    )
    joining_link_sharing = models.CharField(
        "who gets the joining link",
        max_length=14,
        choices=LinkSharing.choices,
        default=LinkSharing.AFTER_BOOKING,
        help_text="Keep links for closed or peer sessions private: they are then never shown "
        "on the site or in calendar files.",
    )

    # Booking
    booking_url = models.URLField(
        "booking link",
        blank=True,
        help_text="Where people book a place, starting https:// (e.g. a form or ticket page).",
    )
    booking_instructions = models.TextField(
        max_length=500,
        blank=True,
        help_text="Or, or as well: how to book in words, e.g. 'Email events@lead.example with "
        "your name and any access needs.'",
    )
    is_free = models.BooleanField(
        "free", default=True, help_text="Untick if people pay to attend, and give the price."
    )
    price = models.DecimalField(
        "price (£)",
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text="The full price in pounds, e.g. 15.00. Use the note for concessions.",
    )
    cost_note = models.CharField(
        max_length=160,
        blank=True,
        help_text="Optional, e.g. 'Free for people with lived experience; £40 for staff "
        "attending for their organisation'.",
    )
    capacity = models.PositiveIntegerField(
        null=True,
        blank=True,
        help_text="Optional: how many places there are in all.",
    )
    fully_booked = models.BooleanField(
        default=False,
        help_text="Tick when every place is taken: the page says so and hides the booking link.",
    )
    contributors_paid = models.BooleanField(
        "lived-experience contributors are paid",
        default=False,
        help_text="Tick only if everyone speaking or contributing from lived experience is paid "
        "for their time. The page says so.",
    )

    # Access
    step_free = access_field(*ACCESS_FEATURES[0][1:])
    accessible_toilets = access_field(*ACCESS_FEATURES[1][1:])
    bsl = access_field(*ACCESS_FEATURES[2][1:])
    captions = access_field(*ACCESS_FEATURES[3][1:])
    hearing_loop = access_field(*ACCESS_FEATURES[4][1:])
    quiet_space = access_field(*ACCESS_FEATURES[5][1:])
    regular_breaks = access_field(*ACCESS_FEATURES[6][1:])
    camera_optional = access_field(*ACCESS_FEATURES[7][1:])
    materials_in_advance = access_field(*ACCESS_FEATURES[8][1:])
    access_notes = models.TextField(
        "more about access",
        max_length=1000,
        blank=True,
        help_text="Anything else people may need to know: parking, the nearest station, how "
        "to ask for an adjustment, who to contact.",
    )

    # About
    organiser = models.CharField(
        max_length=120,
        blank=True,
        help_text="Who runs the event. Leave empty when LEAD runs it.",
    )
    organiser_url = models.URLField(
        "organiser's website", blank=True, help_text="Optional, starting https://"
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Everything else: what happens, who it is for, what to bring. Follow "
        "safe-messaging practice when a session touches on self-harm or suicide.",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. Also used when the page is shared on social media.",
    )
    image_alt_text = models.CharField(
        "image description",
        max_length=250,
        blank=True,
        help_text="Required with an image: describe it for people who cannot see it.",
    )

    # The calendar identity of the event: never its address, never copied with the page.
    uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)

    objects = PageManager.from_queryset(EventPageQuerySet)()

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    exclude_fields_in_copy = ["uid"]

    event_panels = [
        TitleFieldPanel("title", heading="Event name", placeholder=False),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("status_note")], "Status"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldRowPanel([RepeatedHourPanel("start_clock"), RepeatedHourPanel("end_clock")]),
            ],
            "When",
        ),
        MultiFieldPanel(
            [
                FieldPanel("repeat"),
                FieldRowPanel([FieldPanel("repeat_until"), FieldPanel("repeat_count")]),
                InlinePanel(
                    "cancelled_dates",
                    heading="Cancelled dates",
                    label="Cancelled date",
                    help_text="Cancel one date of a repeating event without touching the rest.",
                ),
            ],
            "Repeats",
            classname="collapsed",
        ),
        MultiFieldPanel(
            [
                FieldPanel("event_format"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("region")]),
            ],
            "Where",
        ),
        MultiFieldPanel(
            [
                FieldPanel("online_platform"),
                FieldPanel("joining_link"),
                FieldPanel("joining_link_sharing"),
            ],
            "Online",
        ),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt_text")], "Image"),
        FieldPanel("body"),
        InlinePanel(
            "speakers",
            heading="Speakers",
            label="Speaker",
            help_text="In the order they should appear. Link a speaker's profile if they have "
            "one: the name links to it only while the profile is published and public.",
        ),
        MultiFieldPanel([FieldPanel("organiser"), FieldPanel("organiser_url")], "Organiser"),
    ]
    booking_panels = [
        MultiFieldPanel(
            [FieldPanel("booking_url"), FieldPanel("booking_instructions")], "How to book"
        ),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldPanel("price"), FieldPanel("cost_note")], "Cost"
        ),
        MultiFieldPanel([FieldPanel("capacity"), FieldPanel("fully_booked")], "Places"),
        MultiFieldPanel([FieldPanel("members_only")], "Who can come"),
        FieldPanel("contributors_paid"),
        MultiFieldPanel(
            [
                HelpPanel(
                    "<p>Say what is in place, so people can decide before they book. "
                    "'Not stated' items are left off the page.</p>"
                ),
                *[
                    FieldRowPanel([FieldPanel(name) for name, _label, _help in row])
                    for row in (ACCESS_FEATURES[:3], ACCESS_FEATURES[3:6], ACCESS_FEATURES[6:])
                ],
                FieldPanel("access_notes"),
            ],
            "Access",
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(event_panels, heading="Event"),
            ObjectList(booking_panels, heading="Booking and access"),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("organiser"),
        index.RelatedFields("region", [index.SearchField("name")]),
        index.AutocompleteField("title"),
        index.FilterField("event_format"),
        index.FilterField("status"),
        index.FilterField("start"),
    ]

    class Meta:
        verbose_name = "event"

    def __str__(self):
        return self.title

    # --- rules -----------------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end:
            if self.all_day:
                if recurrence.local(self.end).date() < recurrence.local(self.start).date():
                    errors["end"] = END_BEFORE_START
            elif recurrence.utc(self.end) <= recurrence.utc(self.start):
                errors["end"] = END_BEFORE_START
        if self.repeat:
            if self.start and not self.all_day and recurrence.is_second_of_repeated(self.start):
                errors["start"] = REPEAT_IN_REPEATED_HOUR
            if self.repeat_until and self.repeat_count:
                errors["repeat_count"] = (
                    "Give either the last date or the number of times, not both."
                )
            if (
                self.start
                and self.repeat_until
                and self.repeat_until < recurrence.local(self.start).date()
            ):
                errors["repeat_until"] = "The last date must be on or after the first date."
        elif self.repeat_until or self.repeat_count:
            errors["repeat"] = (
                "Choose how often the event repeats, or clear the last date and number of times."
            )
        if not self.is_free and self.price is None:
            errors["price"] = "Give the price, or tick 'free'."
        if self.is_free and self.price:
            errors["price"] = "A free event has no price: clear it, or untick 'free'."
        if self.image_id and not self.image_alt_text.strip():
            errors["image_alt_text"] = "Describe the image for people who cannot see it."
        if self.event_format != EventFormat.ONLINE and not (self.venue_name or self.address):
            errors["venue_name"] = "Say where the event is: a venue name, an address or both."
        if errors:
            raise ValidationError(errors)

    # --- what the templates, calendars and structured data read ----------------------------

    @property
    def current_format(self):
        """The format people take part in now (an event moved online is online): what every
        page, filter, calendar file and structured data reads (events/formats.py)."""
        return current_format(self.event_format, self.status)

    @property
    def current_format_label(self):
        return self.current_format.label

    @property
    def is_in_person(self):
        return self.current_format in (EventFormat.IN_PERSON, EventFormat.HYBRID)

    @property
    def is_online(self):
        return self.current_format in (EventFormat.ONLINE, EventFormat.HYBRID)

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def goes_ahead(self):
        """Whether there is anything left to join: not a cancelled event, and not a series
        whose every date still to come is cancelled."""
        if self.is_cancelled:
            return False
        span = self.next_span()
        return span is None or not span.cancelled

    @property
    def public_joining_link(self):
        """The joining link, only when editors chose to publish it and the event goes ahead.
        Everything public (page, calendar files, structured data) reads this, never
        `joining_link` itself: a cancelled event publishes no link anywhere."""
        if self.is_online and self.joining_link_sharing == LinkSharing.PUBLIC and self.goes_ahead:
            return self.joining_link
        return ""

    @property
    def joining_link_after_booking(self):
        return (
            self.is_online
            and self.joining_link_sharing == LinkSharing.AFTER_BOOKING
            and self.goes_ahead
        )

    def location_text(self):
        """One line for calendars: the venue and address, or the platform."""
        parts = []
        if self.is_in_person:
            parts = [self.venue_name, *self.address_lines(), self.postcode]
        if self.is_online:
            parts.append(f"Online ({self.online_platform})" if self.online_platform else "Online")
        return ", ".join(part for part in parts if part)

    def address_lines(self):
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    def access_items(self):
        """[(label, 'Yes'/'No')] for the features an editor has stated, in a fixed order."""
        items = []
        for name, label, _help in ACCESS_FEATURES:
            value = getattr(self, name)
            if value:
                items.append((label, Access(value).label))
        return items

    def cost_text(self):
        if self.is_free:
            return "Free"
        return f"£{self.price:,.2f}" if self.price is not None else ""

    def repeat_text(self):
        return recurrence.describe(self.repeat, self.start, self.repeat_until, self.repeat_count)

    def organiser_name(self, request=None):
        if self.organiser:
            return self.organiser
        return SiteSettings.for_request(request).organisation_name if request else "LEAD"

    @cached_property
    def cancelled_rows(self):
        """The cancelled dates, read once (for a preview, the draft's own rows)."""
        return [row for row in self.cancelled_dates.all() if row.date]

    def spans(self, now=None):
        dates = {row.date for row in self.cancelled_rows}
        return recurrence.spans(self, now=now, cancelled_dates=dates)

    @cached_property
    def _spans(self):
        return self.spans()

    def upcoming_spans(self, now=None, limit=None):
        now = now or timezone.now()
        upcoming = [span for span in self._spans if span.end > now]
        return upcoming[:limit] if limit else upcoming

    def next_span(self, now=None):
        """The next occurrence still to end (cancelled ones only when nothing else is left),
        or the last one when the event is over."""
        upcoming = self.upcoming_spans(now)
        going_ahead = [span for span in upcoming if not span.cancelled]
        if going_ahead or upcoming:
            return (going_ahead or upcoming)[0]
        return self._spans[-1] if self._spans else None

    @cached_property
    def summary_span(self):
        """The one date a summary (a search card) shows: the next date still to come, or the
        last date of an event that is over. Read from `with_next_date()` when the event was
        fetched with it (no query), else worked out as the page does."""
        if not hasattr(self, "_ahead_start"):
            return self.next_span()
        for name in ("ahead", "coming", "last"):
            start = getattr(self, f"_{name}_start")
            if start is not None:
                end, cancelled = getattr(self, f"_{name}_end"), getattr(self, f"_{name}_cancelled")
                return recurrence.Span(start, end, self.all_day, bool(cancelled))
        return None

    @property
    def summary_is_past(self):
        """Whether the date `summary_span()` gives is over (the event has no date to come)."""
        span = self.summary_span
        return span is not None and span.end <= timezone.now()

    def is_past(self, now=None):
        return not self.upcoming_spans(now)

    def get_meta_description(self):
        return self.search_description or self.summary

    def get_meta_image(self):
        return self.image

    def get_meta_image_alt(self):
        return self.image_alt_text

    @property
    def sequence(self):
        """The calendar SEQUENCE of what was last published (record_publication raises it)."""
        return sequence_of(self)

    def calendar_url(self, request=None):
        return f"{self.get_url(request)}event.ics"

    def get_cached_paths(self):
        """The page and its calendar file, for a CDN to forget on publish."""
        return ["/", "event.ics"]

    # --- routes ----------------------------------------------------------------------------

    @path("event.ics/", name="ics")
    def ics(self, request):
        return calendar_response(
            request, event_calendar(self, request), filename=f"{self.slug}.ics"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        upcoming = self.upcoming_spans(now)
        speakers = link_credits(self.speakers.all(), request)
        next_span = self.next_span(now)
        context.update(
            {
                "speakers": speakers,
                "next_span": next_span,
                # Google and Outlook.com: the next date going ahead, while there is one.
                "calendar_links": calendar_links(self, next_span, request) if upcoming else None,
                "upcoming_spans": upcoming[:12],
                "more_dates": max(len(upcoming) - 12, 0),
                "cancelled_dates": self.cancelled_rows,
                "is_past": not upcoming,
                "event_jsonld": event_jsonld(self, request, now=now, speakers=speakers),
            }
        )
        return context


class EventSpeaker(Orderable, ProfileCredit):
    """A speaker, like a blog byline: the name survives the profile's withdrawal."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")

    class Meta(Orderable.Meta):
        verbose_name = "speaker"


class CancelledDate(Orderable):
    """One date of a repeating event that does not go ahead."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="cancelled_dates")
    date = models.DateField(help_text="The date of the meeting that is cancelled.")
    note = models.CharField(
        max_length=160,
        blank=True,
        help_text="Optional, shown beside the date, e.g. 'Bank holiday: we meet the week after'.",
    )

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("note")])]

    class Meta(Orderable.Meta):
        verbose_name = "cancelled date"

    def __str__(self):
        return recurrence.long_date(self.date) if self.date else ""


def published_fingerprint(event):
    """What a calendar shows of the event, as one string: a change here raises its SEQUENCE."""
    details = [
        event.title,
        event.summary,
        event.status,
        recurrence.utc(event.start).isoformat() if event.start else "",
        recurrence.utc(event.end).isoformat() if event.end else "",
        event.all_day,
        event.repeat,
        str(event.repeat_until or ""),
        event.repeat_count,
        sorted(str(row.date) for row in event.cancelled_dates.all()),
        event.location_text(),
        event.public_joining_link,
        event.booking_url,
    ]
    return hashlib.sha256(json.dumps(details, default=str).encode()).hexdigest()


class CalendarSequence(models.Model):
    """The event's iCalendar SEQUENCE, kept off the page so revisions never roll it back."""

    event = models.OneToOneField(
        EventPage, on_delete=models.CASCADE, primary_key=True, related_name="calendar_sequence"
    )
    sequence = models.PositiveIntegerField(default=0)
    fingerprint = models.CharField(max_length=64)

    def __str__(self):
        return f"{self.event_id}: {self.sequence}"


def sequence_of(event):
    try:
        return event.calendar_sequence.sequence
    except CalendarSequence.DoesNotExist:
        return 0


def record_publication(event):
    """Raise the event's SEQUENCE when its published details changed since last time."""
    fingerprint = published_fingerprint(event)
    state, created = CalendarSequence.objects.get_or_create(
        event=event, defaults={"fingerprint": fingerprint}
    )
    if not created and state.fingerprint != fingerprint:
        state.sequence += 1
        state.fingerprint = fingerprint
        state.save(update_fields=["sequence", "fingerprint"])
    return state


__all__ = [
    "ACCESS_FEATURES",
    "CalendarSequence",
    "CancelledDate",
    "EventFormat",
    "EventPage",
    "EventSpeaker",
    "EventStatus",
    "LinkSharing",
]
