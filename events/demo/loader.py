"""The events section of the demo site: /events/ and sixteen events (one for members only)
around today's date, from content.toml and events.toml beside this module."""

import json
import uuid
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

from home.demo.data import load, stream
from home.demo.sections import ensure_section
from network.models import ProfilePage, Region

from .. import recurrence
from ..models import CancelledDate, EventIndexPage, EventPage, EventSpeaker

CONTENT = Path(__file__).with_name("content.toml")
EVENTS = Path(__file__).with_name("events.toml")
TUESDAY = 1


def nth_weekday(year, month, weekday, n):
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def at(day, clock):
    hours, minutes = (int(part) for part in clock.split(":"))
    return recurrence.aware(datetime.combine(day, time(hours, minutes)))


def circle_dates(today):
    """The circle met on the first Tuesday of the month from four months ago, and runs until
    the first Tuesday eight months ahead; the second meeting still to come is cancelled."""
    first_month = add_months(today, -4)
    first = nth_weekday(first_month.year, first_month.month, TUESDAY, 1)
    last_month = add_months(today, 8)
    until = nth_weekday(last_month.year, last_month.month, TUESDAY, 1)
    upcoming = [
        nth_weekday(month.year, month.month, TUESDAY, 1)
        for month in (add_months(today, offset) for offset in range(0, 4))
    ]
    cancelled = [day for day in upcoming if day > today][1]
    return first, until, cancelled


def body(blocks):
    return json.dumps([{**block, "id": str(uuid.uuid4())} for block in stream(blocks)])


def make_event(spec, today, profiles, regions):
    if spec.get("circle"):
        first, until, cancelled = circle_dates(today)
        start_day = end_day = first
    else:
        start_day = today + timedelta(days=spec["days"])
        end_day = today + timedelta(days=spec.get("end_days", spec["days"]))
        until, cancelled = None, None
    all_day = spec.get("all_day", False)
    event = EventPage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        body=body(spec.get("body", [])),
        status=spec.get("status", "scheduled"),
        status_note=spec.get("status_note", ""),
        members_only=spec.get("members_only", False),
        start=at(start_day, "00:00" if all_day else spec["start"]),
        end=at(end_day, "23:59" if all_day else spec["end"]),
        all_day=all_day,
        repeat="monthly" if spec.get("circle") else spec.get("repeat", ""),
        repeat_until=until,
        repeat_count=spec.get("count"),
        event_format=spec["format"],
        venue_name=spec.get("venue", ""),
        address=spec.get("address", ""),
        postcode=spec.get("postcode", ""),
        region=regions.get(spec.get("region")),
        online_platform=spec.get("platform", ""),
        joining_link=spec.get("link", ""),
        joining_link_sharing=spec.get("link_sharing", "after_booking"),
        booking_url=spec.get("booking_url", ""),
        booking_instructions=spec.get("booking_instructions", ""),
        is_free=spec.get("free", True),
        price=Decimal(spec["price"]) if spec.get("price") else None,
        cost_note=spec.get("cost_note", ""),
        capacity=spec.get("capacity"),
        fully_booked=spec.get("fully_booked", False),
        contributors_paid=spec.get("paid", False),
        access_notes=spec.get("access_notes", ""),
        **spec.get("access", {}),
    )
    event.speakers = [
        EventSpeaker(
            name=speaker["name"],
            role_line=speaker["role"],
            profile=profiles.get(speaker.get("profile")),
            sort_order=order,
        )
        for order, speaker in enumerate(spec.get("speakers", []))
    ]
    if cancelled:
        event.cancelled_dates = [CancelledDate(date=cancelled, note=spec["cancelled_note"])]
    return event


def build_events(home, stdout):
    """Returns a summary of what it added (nothing when everything was already there)."""
    words = load(CONTENT)["events"]
    index = ensure_section(
        home,
        "events",
        EventIndexPage,
        stdout,
        title=words["title"],
        intro=words["intro"],
        past_intro=words["past_intro"],
    )
    if index is None:
        return []
    existing = set(index.get_children().values_list("slug", flat=True))
    events = load(EVENTS)["events"]
    profile_slugs = {s.get("profile") for spec in events for s in spec.get("speakers", [])}
    profiles = {p.slug: p for p in ProfilePage.objects.filter(slug__in=profile_slugs - {None})}
    regions = {region.slug: region for region in Region.objects.all()}
    today = timezone.localdate()
    added = 0
    for spec in events:
        if spec["slug"] in existing:
            continue
        event = make_event(spec, today, profiles, regions)
        event.full_clean(exclude=["path", "depth", "url_path"])
        index.add_child(instance=event)
        event.save_revision().publish()
        added += 1
    return [f"{added} events"] if added else []
