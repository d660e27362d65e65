"""What events add to other apps' pages (declared in EventsConfig.feature): "Events with …" on
a speaker's profile, and the calendar to subscribe to on the Follow page."""

from django.db.models import F, Max, OuterRef, Subquery
from django.utils import timezone
from wagtail.models import Site

from lead.features import Subscription
from lead.kept import kept_until

from . import recurrence
from .models import EventIndexPage, EventOccurrence, EventPage
from .models.occurrences import live_public_q

PROFILE_EVENTS = 6


def speaker_events(context):
    """The live, public events the member on this profile speaks at: the next few, then the
    most recent ones that are over. Kept until published content changes, or the first of
    those coming up ends (it moves to the past then)."""
    profile = context.get("page")
    if profile is None or not profile.pk:
        return None
    now = timezone.now()
    upcoming, past = kept_until(
        "speaker-events", (profile.pk,), lambda: _speaker_events(profile, now), now
    )
    if not (upcoming or past):
        return None
    return {"upcoming": upcoming, "past": past, "name": profile.title}


def _speaker_events(profile, now):
    """((upcoming, past), when the next of them ends)."""
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
    ends = [event.next_end for event in upcoming]
    return (upcoming[:PROFILE_EVENTS], past[:PROFILE_EVENTS]), min(ends, default=None)


def subscriptions(request):
    """The events calendar (/events/calendar.ics) for the Follow page."""
    site = Site.find_for_request(request)
    index = EventIndexPage.objects.in_site(site).filter(live_public_q()).first()
    if index is None:
        return []
    return [
        Subscription(
            kind="calendar",
            title=index.title,
            description="Every event we publish, with its time, place and how to join, and "
            "any change or cancellation.",
            url=index.get_full_url(request) + "calendar.ics",
        )
    ]


def next_change(now):
    """When search's event cards next change by themselves: when the first event date not yet
    over ends (a card's next date moves on; `Feature.next_change`)."""
    return EventOccurrence.objects.next_end(now)
