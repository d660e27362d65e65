"""Events across the site: the home page section, profiles' events, the admin listing, the demo
content, the benchmark's seeder and pages, and the occurrence refresh command."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from events.models import EventIndexPage, EventOccurrence, EventPage

from ..factories import days_from_now, local_datetime


@pytest.mark.django_db
def test_home_page_shows_the_next_events_going_ahead(client, make_event):
    make_event("Third", start=days_from_now(9), end=days_from_now(9, 20))
    make_event("First", start=days_from_now(1), end=days_from_now(1, 20))
    make_event("Second", start=days_from_now(5), end=days_from_now(5, 20))
    make_event("Fourth", start=days_from_now(12), end=days_from_now(12, 20))
    make_event("Cancelled", status="cancelled", start=days_from_now(2), end=days_from_now(2, 20))
    make_event("Draft", live=False, start=days_from_now(1), end=days_from_now(1, 20))
    make_event("Private", restricted=True, start=days_from_now(1), end=days_from_now(1, 20))
    page = BeautifulSoup(client.get("/").content, "html.parser")
    section = page.find("section", attrs={"aria-labelledby": "upcoming-events-heading"})
    titles = [h.get_text(strip=True) for h in section.select(".event-card__title")]
    assert titles == ["First", "Second", "Third"]
    assert section.find("a", href="/events/")


@pytest.mark.django_db
def test_no_home_section_without_upcoming_events(client, make_event):
    make_event("Over", start=days_from_now(-5), end=days_from_now(-5, 20))
    page = BeautifulSoup(client.get("/").content, "html.parser")
    assert page.h1.get_text(strip=True) == "Lived experience is leadership"  # the home page
    assert page.find(id="upcoming-events-heading") is None


@pytest.mark.django_db
def test_profiles_list_the_live_public_events_their_member_speaks_at(
    client, make_profile, make_event
):
    member = make_profile("Speaking Member")
    make_event("Next talk", speakers=[("Speaking Member", member)])
    make_event(
        "Old talk",
        speakers=[("Speaking Member", member)],
        start=days_from_now(-9),
        end=days_from_now(-9, 20),
    )
    make_event("Draft talk", live=False, speakers=[("Speaking Member", member)])
    make_event("Private talk", restricted=True, speakers=[("Speaking Member", member)])
    make_event("Someone else's talk", speakers=[("Other", None)])
    page = BeautifulSoup(client.get(member.url).content, "html.parser")
    section = page.find("section", attrs={"aria-labelledby": "profile-events-heading"})
    links = [a.get_text(strip=True) for a in section.select("li a")]
    assert links == ["Next talk", "Old talk"]
    assert section.find("time")


def profile_events(client, profile):
    """{"Coming up": [titles], "Earlier": [titles]} from the profile's events section."""
    page = BeautifulSoup(client.get(profile.url).content, "html.parser")
    section = page.find("section", attrs={"aria-labelledby": "profile-events-heading"})
    return {
        heading.get_text(strip=True): [a.get_text(strip=True) for a in heading.find_next("ul")("a")]
        for heading in section("h3")
    }


@pytest.mark.django_db
def test_a_profiles_events_move_to_earlier_when_they_end_and_new_ones_show(
    client, clock, make_profile, make_event
):
    """The section is kept between requests (events/sections.py): until the first event coming
    up ends, or content is published."""
    member = make_profile("Speaking Member")
    make_event(
        "Soon over",
        speakers=[("Speaking Member", member)],
        start=timezone.now() + timedelta(minutes=5),
        end=timezone.now() + timedelta(minutes=10),
    )
    make_event(
        "Later talk",
        speakers=[("Speaking Member", member)],
        start=days_from_now(3),
        end=days_from_now(3, 20),
    )
    assert profile_events(client, member) == {"Coming up": ["Soon over", "Later talk"]}
    assert profile_events(client, member) == {"Coming up": ["Soon over", "Later talk"]}
    # Nothing published since, and well within the hour answers are kept: only the clock says
    # it is over.
    clock.shift(timedelta(minutes=20))
    assert profile_events(client, member) == {"Coming up": ["Later talk"], "Earlier": ["Soon over"]}
    make_event(
        "New talk",
        speakers=[("Speaking Member", member)],
        start=days_from_now(5),
        end=days_from_now(5, 20),
    )
    assert profile_events(client, member)["Coming up"] == ["Later talk", "New talk"]


@pytest.mark.django_db
def test_no_profile_section_for_members_who_do_not_speak(client, make_profile, make_event):
    member = make_profile("Quiet Member")
    make_event("A talk")
    page = BeautifulSoup(client.get(member.url).content, "html.parser")
    assert page.h1.get_text(strip=True) == "Quiet Member"  # the profile itself
    assert page.find(id="profile-events-heading") is None


@pytest.mark.django_db
def test_admin_events_listing_and_filters(client, admin_user, make_event):
    make_event("Coming soon")
    make_event("All over", start=days_from_now(-9), end=days_from_now(-9, 20))
    make_event("Unpublished", live=False)
    make_event("Web meet-up", event_format="online", venue_name="", address="")
    client.force_login(admin_user)
    html = client.get("/admin/events/eventpage/").content.decode()
    assert "Coming soon" in html and "All over" in html and "Unpublished" in html
    upcoming = client.get("/admin/events/eventpage/", {"when": "upcoming"}).content.decode()
    assert "Coming soon" in upcoming and "All over" not in upcoming
    past = client.get("/admin/events/eventpage/", {"when": "past"}).content.decode()
    assert "All over" in past and "Coming soon" not in past
    drafts = client.get("/admin/events/eventpage/", {"status": "draft"}).content.decode()
    assert "Unpublished" in drafts and "Coming soon" not in drafts
    online = client.get("/admin/events/eventpage/", {"event_format__exact": "online"})
    assert online.status_code == 200
    online = online.content.decode()
    assert "Web meet-up" in online and "Coming soon" not in online


@pytest.mark.django_db
def test_demo_events(client, freshly_migrated):
    call_command("load_demo_content", stdout=io.StringIO())
    index = EventIndexPage.objects.get()
    assert index.url == "/events/" and index.show_in_menus
    events = EventPage.objects.child_of(index).live()
    assert events.count() >= 12
    now = timezone.now()
    upcoming = EventOccurrence.objects.filter(end__gt=now).values("event").distinct().count()
    past = EventOccurrence.objects.filter(end__lte=now).values("event").distinct().count()
    assert upcoming >= 6 and past >= 4
    assert {e.event_format for e in events} == {"in_person", "online", "hybrid"}
    assert events.filter(status="cancelled").count() >= 1
    circle = events.get(slug="peer-leadership-circle")
    assert circle.repeat == "monthly" and circle.repeat_until
    circle_rows = EventOccurrence.objects.filter(event=circle)
    assert all(
        row.start.astimezone(timezone.get_default_timezone()).day <= 7
        and row.start.astimezone(timezone.get_default_timezone()).weekday() == 1
        for row in circle_rows
    )
    cancelled = circle_rows.filter(cancelled=True)
    assert cancelled.count() == 1 and cancelled.get().end > now
    assert events.filter(speakers__profile__isnull=False).distinct().count() >= 8
    assert all(event.access_items() for event in events)
    # Running it again changes nothing.
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    assert EventPage.objects.count() == events.count()
    assert " events" not in out.getvalue()
    for url, heading in (
        ("/events/", "Events"),
        ("/events/past/", "Past events"),
        (circle.url, circle.title),
        ("/events/?format=online", "Events"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        page = BeautifulSoup(response.content, "html.parser")
        assert page.h1.get_text(strip=True) == heading, url
        if url != circle.url:
            assert page.select(".event-card__title"), f"{url} lists no events"


@pytest.mark.django_db
def test_seeder_makes_events_with_occurrences(events_index):
    from devtools.seeders import get_generators
    from events.seeding import EventSeeder

    seeder = get_generators()["events"]
    assert isinstance(seeder, EventSeeder)
    result = seeder(12, progress_stream=io.StringIO())
    assert result.created == 12
    seeded = EventPage.objects.filter(slug__startswith="seed-event-")
    assert seeded.count() == 12
    assert EventOccurrence.objects.filter(event__in=seeded).count() >= 12
    assert seeder(12, progress_stream=io.StringIO()).created == 0
    assert seeder.sample_url().startswith("/events/seed-event-")


@pytest.mark.django_db
def test_bench_pages_are_registered(home_page):
    from devtools.benchmark import get_bench_pages

    labels = [page.label for page in get_bench_pages()]
    assert {"events", "events, past", "event"} <= set(labels)


@pytest.mark.django_db
def test_refresh_command_moves_the_horizon_on(make_event):
    event = make_event("Endless", repeat="weekly")
    EventOccurrence.objects.filter(event=event, start__gt=days_from_now(30)).delete()
    out = io.StringIO()
    call_command("refresh_event_occurrences", stdout=out)
    rows = EventOccurrence.objects.filter(event=event)
    assert rows.order_by("-start").first().start > timezone.now() + timedelta(days=700)
    assert "of 1 events" in out.getvalue()  # repeating events only, unless --all
    make_event("Single")
    call_command("refresh_event_occurrences", "--all", stdout=out)
    assert "of 2 events" in out.getvalue()


@pytest.mark.django_db
def test_a_private_events_section_hides_its_events_everywhere(
    client, make_profile, events_index, make_event
):
    from wagtail.models import PageViewRestriction

    member = make_profile("Hidden Speaker")
    make_event("Members' event", speakers=[("Hidden Speaker", member)])
    assert b"Members&#x27; event" in client.get("/").content
    PageViewRestriction.objects.create(
        page=events_index, restriction_type=PageViewRestriction.LOGIN
    )
    home = client.get("/").content.decode()
    assert "Lived experience is leadership" in home  # the home page, without the section
    assert "upcoming-events-heading" not in home and "Members&#x27; event" not in home
    speaker = client.get(member.url).content.decode()
    assert "Hidden Speaker" in speaker and "profile-events-heading" not in speaker
    for url in ("/events/", "/events/calendar.ics"):
        response = client.get(url)
        assert response.status_code == 302 and "/account/login/" in response["Location"], url


@pytest.mark.django_db
def test_the_kept_home_section_follows_the_clock(client, make_event, clock):
    """Home sections are kept in the shared cache for the hour (home/blocks.py): once an event
    is over, the next hour's home page no longer offers it."""
    clock.move_to(local_datetime(timezone.localdate(), 14, 50))
    now = timezone.now()
    make_event("In progress", start=now - timedelta(hours=1), end=now + timedelta(minutes=5))
    make_event("Next week", start=days_from_now(7), end=days_from_now(7, 20))

    def titles():
        page = BeautifulSoup(client.get("/").content, "html.parser")
        section = page.find("section", attrs={"aria-labelledby": "upcoming-events-heading"})
        return [h.get_text(strip=True) for h in section.select(".event-card__title")]

    assert titles() == ["In progress", "Next week"]
    assert titles() == ["In progress", "Next week"]  # from the cache
    clock.shift(timedelta(minutes=15))  # over, and a new hour: the section is read again
    assert titles() == ["Next week"]
