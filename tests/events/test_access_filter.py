"""The events listing's access filter: each arrangement ticked narrows the list (a visitor needs
every one), counts say how many of the event dates shown offer each, an arrangement none offers
is not offered unless ticked, and only what the published event says counts."""

import pytest
from bs4 import BeautifulSoup

from events.models import EventPage

from ..factories import days_from_now

pytestmark = pytest.mark.django_db


def soup_of(client, path="/events/", **params):
    response = client.get(path, params)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def titles(soup):
    return [h.get_text(strip=True) for h in soup.select(".event-card__title")]


def offered(soup):
    """{arrangement: its count} for every access option the form offers."""
    found = {}
    for box in soup.select('input[type="checkbox"][name="access"]'):
        count = soup.find("label", attrs={"for": box["id"]}).find(class_="facet__count")
        found[box["value"]] = int(count.contents[0].strip("("))
    return found


@pytest.fixture
def events(make_event):
    def when(days):
        return {"start": days_from_now(days), "end": days_from_now(days, 20)}

    return [
        make_event("Ramp and signing", step_free="yes", bsl="yes", **when(2)),
        make_event("Ramp only", step_free="yes", bsl="no", quiet_space="yes", **when(3)),
        make_event("Nothing stated", **when(4)),
        make_event("Weekly ramp", step_free="yes", repeat="weekly", repeat_count=2, **when(5)),
        make_event("Past ramp", step_free="yes", hearing_loop="yes", **when(-5)),
    ]


def test_ticked_arrangements_add_up(client, events):
    soup = soup_of(client, access="step_free")
    assert titles(soup) == ["Ramp and signing", "Ramp only", "Weekly ramp", "Weekly ramp"]
    soup = soup_of(client, access=["step_free", "bsl"])
    assert titles(soup) == ["Ramp and signing"]
    assert "1 event date matches your filters" in soup.get_text(" ", strip=True)
    assert titles(soup_of(client, "/events/past/", access="step_free")) == ["Past ramp"]


def test_counts_are_of_the_dates_shown_and_unoffered_ones_are_left_out(client, events):
    # The weekly event's two dates count twice; the past event's loop is not offered upcoming.
    assert offered(soup_of(client)) == {"step_free": 4, "bsl": 1, "quiet_space": 1}
    # Counts follow the other filters, ticked arrangements included.
    assert offered(soup_of(client, access="bsl")) == {"step_free": 1, "bsl": 1}
    assert offered(soup_of(client, "/events/past/")) == {"step_free": 1, "hearing_loop": 1}
    labels = [label.get_text(" ", strip=True) for label in soup_of(client).select(".facet label")]
    assert labels[0].startswith("Step-free access (4")


def test_a_ticked_arrangement_nobody_offers_stays_to_untick(client, events):
    soup = soup_of(client, access="captions")
    assert titles(soup) == []
    assert offered(soup) == {"captions": 0}
    assert soup.select_one('input[name="access"][value="captions"]').has_attr("checked")
    chips = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".active-filters li a")}
    assert chips == {"Remove filter access: Live captions": "/events/"}


def test_remove_links_keep_the_other_filters(client, events):
    soup = soup_of(client, access=["step_free", "bsl"], format="in_person")
    chips = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".active-filters li a")}
    assert chips["Remove filter access: Step-free access"] == "?format=in_person&access=bsl"
    assert chips["Remove filter access: British Sign Language interpretation"] == (
        "?format=in_person&access=step_free"
    )
    assert chips["Remove filter format: In person"] == "?access=step_free&access=bsl"
    summary = soup.select_one(".filter-panel__summary").get_text(" ", strip=True)
    assert summary == "Filter events (3 selected)"


def test_an_unknown_arrangement_is_dropped_with_a_message(client, events):
    soup = soup_of(client, access=["teleporter", "step_free", "<b>x</b>"])
    assert titles(soup) == ["Ramp and signing", "Ramp only", "Weekly ramp", "Weekly ramp"]
    assert "We do not know one of those access arrangements" in soup.get_text()
    assert "<b>x</b>" not in str(soup.find(class_="events-listing__results"))
    # A plain, known one gives no message.
    assert "We do not know" not in soup_of(client, access="step_free").get_text()


def test_only_the_published_event_counts(client, events, make_event):
    unpublished = make_event(
        "Draft with captions", captions="yes", live=False, start=days_from_now(6)
    )
    live = EventPage.objects.get(pk=events[2].pk)  # "Nothing stated"
    live.captions = "yes"
    live.save_revision()  # a draft, not yet published
    soup = soup_of(client)
    assert "captions" not in offered(soup)
    assert "Draft with captions" not in titles(soup) and "Nothing stated" in titles(soup)
    live.get_latest_revision().publish()
    assert offered(soup_of(client))["captions"] == 1
    assert titles(soup_of(client, access="captions")) == ["Nothing stated"]
    assert unpublished.live is False
