"""Events in the quality harnesses: listing budgets, public outputs (listings and calendars),
filter parameters, and where an event can hide a token (drafts, draft revisions, private events,
a joining link kept for people who book)."""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Page

from events.models import CancelledDate, EventSpeaker
from network.models import ProfilePage, Region

from ...factories import (
    ProfilePageFactory,
    add_page,
    directory,
    events_index,
    local_datetime,
    make_event,
)
from ..listing import ListingBudget
from ..planters import restrict_to_members


def _add_events(home_page, count, *, past):
    """Live events with a region, a speaker linked to a profile, a cancelled date and, every
    third one, a weekly repeat: everything a listing card or the feed could read per item."""
    index = events_index(home_page)
    regions = list(Region.objects.all())
    speaker_profile = budget_speaker(home_page)
    start = index.get_children().count()
    # A day apart at 6pm UK time: a wall-clock time that is never in a clock-change hour,
    # whatever day the suite runs on.
    first_day = timezone.localdate() + timedelta(days=-40 if past else 2)
    for n in range(start, start + count):
        begins = local_datetime(first_day + timedelta(days=-n if past else n), 18)
        make_event(
            index,
            f"Budget event {n:04d}",
            slug=f"budget-event-{n:04d}",
            summary="budgetmatch summary",
            start=begins,
            end=begins + timedelta(hours=1),
            region=regions[n % len(regions)],
            event_format=["in_person", "online", "hybrid"][n % 3],
            repeat="weekly" if n % 3 == 0 else "",
            repeat_count=2 if n % 3 == 0 else None,
            speakers=[("Budget Speaker", speaker_profile)],
            cancelled=[(begins + timedelta(days=7)).date()] if n % 3 == 0 else (),
            step_free="yes" if n % 2 else "no",
            captions="yes" if n % 3 else "",
        )


def budget_speaker(home_page):
    """One live profile every budget event credits (made once)."""
    existing = ProfilePage.objects.filter(slug="budget-speaker").first()
    if existing is not None:
        return existing
    speaker = ProfilePageFactory.build(title="Budget Speaker", slug="budget-speaker")
    return add_page(directory(home_page), speaker)


def add_events(home_page, count):
    _add_events(home_page, count, past=False)


def add_past_events(home_page, count):
    _add_events(home_page, count, past=True)


LISTING_BUDGETS = [
    # Warm, the listing's counts and its page of cards are kept (events/listing.py).
    ListingBudget("events", "/events/", add_events, ceiling=9, warm_ceiling=1),
    # Events n = 1, 4, 7... are online and region n % 11 = 1 is the North West: a match at 3.
    ListingBudget(
        "events, filtered",
        "/events/?format=online&region=north-west",
        add_events,
        ceiling=9,
        warm_ceiling=1,
    ),
    ListingBudget(
        "events, by access",
        "/events/?access=step_free&access=captions",
        add_events,
        ceiling=9,
        warm_ceiling=1,
    ),
    ListingBudget("events, past", "/events/past/", add_past_events, ceiling=9, warm_ceiling=1),
    ListingBudget("event", "/events/budget-event-0000/", add_events, ceiling=9),
    ListingBudget("home page (upcoming events)", "/", add_events, ceiling=9),
    # Calendar files are served as pages are (lead/serving.py): the route and the site kept.
    ListingBudget("events calendar feed", "/events/calendar.ics", add_events, ceiling=6),
    ListingBudget(
        "event calendar file", "/events/budget-event-0000/event.ics", add_events, ceiling=7,
        warm_ceiling=4,
    ),
    ListingBudget("sitemap, events", "/sitemap-events.xml", add_events, ceiling=5),
    # Event cards in search give each series' next date, read with the page of results.
    ListingBudget(
        "search results, events",
        "/search/?q=budgetmatch&type=events",
        add_events,
        ceiling=7,
        warm_ceiling=0,
    ),
]

HOME_SECTION_GROWERS = [add_events]
SEARCH_GROWERS = [add_events]  # the search of every type (tests/quality/registry.py)

PUBLIC_OUTPUTS = [
    "/events/",
    "/events/past/",
    "/events/?format=online",
    "/events/?access=step_free",
    "/events/?page=2",
    "/events/calendar.ics",
    "/events/planted-live-event/event.ics",
    "/network/planted-event-speaker/",
]

EVENT_PARAMETERS = ["format", "region", "month", "access", "page"]
GET_PARAMETERS = [
    ("/events/", EVENT_PARAMETERS),
    ("/events/past/", EVENT_PARAMETERS),
    ("/sitemap-events.xml", ["p"]),
]

SITE_BUILDERS = [lambda home_page: add_events(home_page, 3)]


def plant_in_events(home_page, text):
    """A live event whose draft revision holds the token, a never-published event, one that was
    published and withdrawn, a members-only one, and a joining link kept for bookers; each
    names a speaker whose live profile is fetched too. A members' listing shows the
    members-only one (tests/quality/test_leaks.py reads it with the page cache on)."""
    word = text.split()[0]
    speaker = ProfilePageFactory.build(title="Planted Event Speaker", slug="planted-event-speaker")
    speaker = add_page(directory(home_page), speaker)
    index = events_index(home_page)

    def make(slug, *, live=True, **fields):
        speakers = [("Planted Event Speaker", speaker)]
        return make_event(index, slug=slug, live=live, speakers=speakers, **fields)

    # 1. Live, with a draft revision holding the token everywhere an editor can type.
    live = make(
        "planted-live-event",
        title="Planted live event",
        event_format="online",
        joining_link=f"https://meet.example/{word}",  # 5. kept for people who book
        joining_link_sharing="after_booking",
        repeat="weekly",
        repeat_count=4,
    )
    live.title = f"Draft {text}"
    live.summary = f"Draft summary {text}"
    live.venue_name = f"Draft venue {text}"
    live.access_notes = f"Draft access {text}"
    live.status_note = f"Draft note {text}"
    live.start = timezone.now() + timedelta(days=90)
    live.end = live.start + timedelta(hours=1)
    live.speakers = [EventSpeaker(name=f"Draft speaker {text}", profile=speaker)]
    live.cancelled_dates = [CancelledDate(date=live.start.date(), note=f"Draft {text}")]
    live.save_revision()
    planted = [Page.objects.get(pk=live.pk)]
    # 2. Never published; 3. published then withdrawn; 4. restricted to members by hand;
    # 5. marked "members only" (listed to members, nowhere for anyone else), coming up soon.
    for kind in ("draft", "withdrawn", "restricted", "members-only"):
        event = make(
            f"planted-{kind}-event",
            live=kind != "draft",
            title=f"{kind.title()} event {text}",
            summary=f"{kind} {text}",
            members_only=kind == "members-only",
        )
        if kind == "withdrawn":
            event.unpublish()
        if kind == "restricted":
            restrict_to_members(event)
        planted.append(Page.objects.get(pk=event.pk))
    planted.append(Page.objects.get(pk=speaker.pk))
    return planted


LEAK_PLANTERS = [plant_in_events]

# The browser suite's pages (tests/browser/pages.py): (name, path) in the demo content.
BROWSER_PAGES = [
    ("events", "/events/"),
    ("events, filtered", "/events/?format=online&region=uk-wide-remote"),
    ("events, by access", "/events/?access=step_free&access=quiet_space"),
    ("events, bad filter", "/events/?month=2027-13"),
    ("events, past", "/events/past/"),
    ("event, repeating", "/events/peer-leadership-circle/"),
    ("event, hybrid with a price", "/events/co-production-in-commissioning/"),
    ("event, cancelled", "/events/spring-network-social-belfast/"),
]
