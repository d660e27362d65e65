"""The dashboard's "at a glance" lines: counts in the right singular or plural, and events
without booking details named one by one, each a link to its own booking tab."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.models import EventIndexPage
from home.editorial.dashboard import NAMED_AT_MOST
from home.editorial.roles import EDITORS, MODERATORS
from membership.models import ContactRequest

from ..factories import make_event

pytestmark = pytest.mark.django_db

MISSING = "upcoming event without booking details"
MISSING_PLURAL = "upcoming events without booking details"


def glance(client):
    html = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = html.find(id="network-at-a-glance-section")
    assert panel is not None
    return {
        item.select_one(".lead-glance__label").get_text(strip=True): item
        for item in panel.select(".lead-glance__item")
    }


def events(*titles, booked=()):
    index = EventIndexPage.objects.get()
    made = {}
    for title in (*titles, *booked):
        url = "https://example.org/book" if title in booked else ""
        made[title] = make_event(index, title, booking_url=url, booking_instructions="")
    return made


def test_each_event_without_booking_details_is_named_and_opens_its_booking_tab(client, user_in):
    made = events("Peer leadership circle", booked=("Fair pay workshop",))
    client.force_login(user_in(MODERATORS))
    item = glance(client)[MISSING]
    assert item.select_one(".lead-glance__count").get_text() == "1"
    assert "Add booking details:" in item.get_text()

    links = {a.find(string=True).strip(): a["href"] for a in item.select(".lead-glance__entries a")}
    assert list(links) == ["Peer leadership circle"]  # the booked event is not named
    address = urlsplit(links["Peer leadership circle"])
    event = made["Peer leadership circle"]
    assert address.path == reverse("wagtailadmin_pages:edit", args=[event.pk])
    assert parse_qs(address.query) == {"next": ["/admin/"]}  # back to the dashboard after
    assert address.fragment == "tab-booking_and_access"
    edit = client.get(links["Peer leadership circle"])
    assert edit.status_code == 200
    form = BeautifulSoup(edit.content, "html.parser")
    assert form.find(id="tab-booking_and_access").find("input", attrs={"name": "booking_url"})
    # Every waiting event is named, so there is no "see all" link to the whole list.
    assert "See all" not in item.get_text()


def test_more_events_than_the_line_names_lead_to_a_list_of_just_those(client, user_in):
    titles = [f"Unbooked session {n}" for n in range(NAMED_AT_MOST + 2)]
    events(*titles, booked=("Booked session",))
    client.force_login(user_in(MODERATORS))
    item = glance(client)[MISSING_PLURAL]
    assert item.select_one(".lead-glance__count").get_text() == str(NAMED_AT_MOST + 2)
    assert len(item.select(".lead-glance__entries a")) == NAMED_AT_MOST
    see_all = item.find("a", string=f"See all {NAMED_AT_MOST + 2} {MISSING_PLURAL}")
    listing = client.get(see_all["href"]).content.decode()
    assert all(title in listing for title in titles)
    assert "Booked session" not in listing


def test_the_line_costs_the_same_queries_for_two_events_or_many(client, user_in):
    client.force_login(user_in(MODERATORS))
    events("First unbooked", "Second unbooked")
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/")
    events(*(f"More unbooked {n}" for n in range(8)))
    with CaptureQueriesContext(connection) as many:
        client.get("/admin/")
    assert len(many) == len(few)


def test_counts_and_actions_read_in_the_singular_for_one_and_the_plural_otherwise(
    client, user_in, make_profile
):
    profile = make_profile("Contacted Member")

    def request():
        ContactRequest.objects.create(
            profile=profile,
            sender_name="Sam Sender",
            sender_email="sam@example.org",
            purpose="speaking",
            message="Would you speak at our event?",
        )

    client.force_login(user_in(EDITORS))
    request()
    items = glance(client)
    one = items["contact request awaiting action"]
    assert "contact requests awaiting action" not in items
    assert one.a.find(string=True).strip() == "Deal with it"
    request()
    items = glance(client)
    two = items["contact requests awaiting action"]
    assert "contact request awaiting action" not in items
    assert two.a.find(string=True).strip() == "Deal with them"
    # None reads in the plural, with nothing to do.
    assert "Nothing to do" in items[MISSING_PLURAL].get_text()
