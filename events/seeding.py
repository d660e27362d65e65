"""Synthetic events at scale for the benchmark (`manage.py seed_scale --events N`), and the
events' page types it measures. Development only: read by devtools/registry.py, never imported
by the site.

Real EventPages made in bulk, a third of them over and the rest to come, some repeating, with
their occurrence rows written in the same batch so the listings show them."""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from devtools.benchmark import BenchPage, seeded_page_url
from devtools.seeders import PLACES, PageSeeder, build_event
from network.models import Region

from . import recurrence
from .models import ACCESS_FEATURES, EventFormat, EventPage, EventStatus, rebuild_occurrences

FORMATS = [EventFormat.IN_PERSON] * 3 + [EventFormat.ONLINE] * 2 + [EventFormat.HYBRID]
STATUSES = [EventStatus.SCHEDULED] * 17 + [EventStatus.CANCELLED, EventStatus.POSTPONED]
ACCESS = ["yes", "yes", "no", ""]


class EventSeeder(PageSeeder):
    def __init__(self):
        super().__init__(
            "events",
            model=EventPage,
            section_slug="events",
            slug_prefix="seed-event",
            build=self.build_fields,
            sizes={"small": 30, "default": 300, "large": 1_000},
        )
        self._regions = None

    def regions(self):
        if self._regions is None:
            self._regions = list(Region.objects.all())
        return self._regions

    def build_fields(self, number):
        rng = random.Random(f"lead-seed-event-fields-{number}")  # noqa: S311 (test data)
        base = build_event(number)
        today = timezone.localdate()
        day = today + timedelta(days=(number * 7) % 540 - 180)
        start = recurrence.aware(datetime.combine(day, time(rng.choice([10, 13, 18]), 0)))
        event_format = rng.choice(FORMATS)
        repeat = recurrence.Repeat.MONTHLY if number % 9 == 0 else ""
        regions = self.regions()
        fields = {
            "title": base["title"],
            "first_published_at": base["first_published_at"],
            "summary": base["intro"][:280],
            "body": base["body"],
            "status": rng.choice(STATUSES),
            "start": start,
            "end": start + timedelta(hours=rng.choice([1, 2, 3])),
            "repeat": repeat,
            "repeat_count": 8 if repeat else None,
            "event_format": event_format,
            "venue_name": f"{rng.choice(PLACES)} Community Hall",
            "address": "1 High Street\nTown",
            "region": rng.choice(regions) if regions else None,
            "online_platform": "Zoom" if event_format != EventFormat.IN_PERSON else "",
            "joining_link": "https://meet.example/seeded",
            "booking_url": "https://tickets.example/seeded",
            "is_free": number % 4 != 0,
            "price": None if number % 4 != 0 else 15,
            "contributors_paid": True,
            "access_notes": "Seeded for the benchmark.",
        }
        for name, _label, _help in ACCESS_FEATURES:
            fields[name] = rng.choice(ACCESS)
        return fields

    def after_create(self, pages):
        rebuild_occurrences(pages, cancelled_dates={})


def seeders():
    """A fresh seeder per run: it keeps the regions it links."""
    return {"events": EventSeeder()}


def event_calendar_url():
    """The .ics file of the seeded event BENCH_PAGES measures, or None before seeding."""
    url = seeded_page_url("events")()
    return url and f"{url}event.ics"


BENCH_PAGES = [
    BenchPage("events", "/events/"),
    BenchPage("events, filtered", "/events/?format=online&region=uk-wide-remote"),
    BenchPage("events, by access", "/events/?access=step_free&access=captions"),
    BenchPage("events, past", "/events/past/"),
    BenchPage("event", seeded_page_url("events")),
    BenchPage("event calendar file", event_calendar_url, size_target=False),
    BenchPage("events calendar feed", "/events/calendar.ics", size_target=False),
]
