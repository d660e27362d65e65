"""The RSS 2.0 and Atom feeds of open roles, parsed as a feed reader would, and their
autodiscovery links on the board."""

from datetime import UTC, date, datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ..clock import FIXED_NOW
from ..factories import OrganisationFactory

pytestmark = pytest.mark.django_db

FEEDS = ["/opportunities/feed/rss/", "/opportunities/feed/atom/"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.fixture
def published(make_role, clock):
    """make_role at a given moment (UTC), so roles have distinct publication times."""

    def _make(moment, title, **fields):
        clock.move_to(moment)
        return make_role(title, **fields)

    return _make


@pytest.mark.parametrize("url", FEEDS)
def test_feed_lists_open_roles_newest_first_with_their_pay(
    client, published, clock, unique_token, url
):
    published(
        datetime(2026, 12, 1, 9, tzinfo=UTC),
        "Peer trainer",
        organisation=OrganisationFactory(name="Harbour Trust"),
        closing_date=date(2026, 12, 18),
    )
    published(
        datetime(2026, 12, 3, 9, tzinfo=UTC),
        "Board member",
        pay_amount=30000,
        pay_amount_max=34000,
        pay_unit="salary",
        hours_per_session=15,
        sessions=None,
        ongoing=True,
    )
    published(
        datetime(2026, 12, 2, 9, tzinfo=UTC), "Research partner", pay_amount=175, pay_unit="day"
    )
    published(datetime(2026, 12, 3, 10, tzinfo=UTC), f"Draft {unique_token}", live=False)
    published(datetime(2026, 12, 3, 11, tzinfo=UTC), f"Private {unique_token}", restricted=True)
    published(
        datetime(2026, 12, 3, 12, tzinfo=UTC),
        f"Closed {unique_token}",
        closing_date=date(2026, 12, 3),
    )
    clock.move_to(datetime(2026, 12, 4, 12, tzinfo=UTC))

    response, feed = parse(client, url)
    # Served as XML, so a browser applies the feed's stylesheet (home/feeds.py); readers
    # tell the format from the document.
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert feed.version == ("rss20" if "rss" in url else "atom10")
    assert feed.feed.title.startswith("Paid opportunities |")
    assert feed.feed.link == "http://testserver/opportunities/"
    assert [entry.title for entry in feed.entries] == [
        "Board member: £30,000 to £34,000 a year (salary, pro rata)",
        "Research partner: £175 per day",
        "Peer trainer: £30 per hour",
    ]
    trainer = feed.entries[2]
    assert trainer.link == "http://testserver/opportunities/peer-trainer/"
    assert trainer.summary == (
        "Harbour Trust. Help shape a service with your lived experience. Closes 18 December 2026."
    )
    assert trainer.published_parsed[:4] == (2026, 12, 1, 9)
    assert unique_token not in response.content.decode()


def test_a_role_leaves_the_feeds_once_it_closes(client, make_role, clock):
    clock.move_to(FIXED_NOW)  # Friday 4 December 2026
    make_role("Closing Friday", closing_date=date(2026, 12, 4))
    make_role("Closing later", closing_date=date(2026, 12, 20))
    for url in FEEDS:
        _, feed = parse(client, url)
        assert sorted(entry.title.split(":")[0] for entry in feed.entries) == [
            "Closing Friday",
            "Closing later",
        ]
    clock.move_to(datetime(2026, 12, 5, 0, 0, 1, tzinfo=UTC))
    for url in FEEDS:
        _, feed = parse(client, url)
        assert [entry.title.split(":")[0] for entry in feed.entries] == ["Closing later"]


def test_a_draft_change_to_a_live_role_is_not_in_the_feed(client, make_role, unique_token):
    role = make_role("Published title")
    role.title = f"Draft title {unique_token}"
    role.save_revision()
    for url in FEEDS:
        response, feed = parse(client, url)
        assert [entry.title for entry in feed.entries] == ["Published title: £30 per hour"]
        assert unique_token not in response.content.decode()


def test_rss_items_carry_the_role_type(client, make_role):
    from network.models import Role

    make_role("Typed role", role=Role.objects.get(slug="mentor"))
    _, feed = parse(client, FEEDS[0])
    assert [tag.term for tag in feed.entries[0].tags] == ["Mentor"]


def test_atom_feed_has_updated_dates_and_self_link(client, make_role):
    make_role("Atom role")
    _, feed = parse(client, FEEDS[1])
    assert feed.entries[0].updated_parsed is not None
    assert any(
        link.rel == "self" and link.href == "http://testserver/opportunities/feed/atom/"
        for link in feed.feed.links
    )


def test_an_empty_board_gives_an_empty_feed(client, board):
    for url in FEEDS:
        _, feed = parse(client, url)
        assert feed.entries == []
        assert feed.feed.title.startswith("Paid opportunities |")


def test_the_board_advertises_its_feeds(client, make_role):
    make_role("Advertised")
    html = BeautifulSoup(client.get("/opportunities/").content, "html.parser")
    # Beside the site-wide blog feed, the board's own.
    feeds = {
        (link["type"], link["href"]): link["title"]
        for link in html.find_all("link", rel="alternate")
    }
    assert feeds[("application/rss+xml", "/opportunities/feed/rss/")] == "Paid opportunities (RSS)"
    assert feeds[("application/atom+xml", "/opportunities/feed/atom/")] == (
        "Paid opportunities (Atom)"
    )
    assert html.find("a", string="RSS feed of new roles")["href"] == "/opportunities/feed/rss/"


def test_a_feed_reader_is_told_when_a_role_closes_by_itself(client, make_role, clock):
    """No one publishes anything when a role closes at midnight, so the newest role's date
    stays the same; the feed still answers 'modified' once the role has left it."""
    clock.move_to(FIXED_NOW)  # Friday 4 December 2026
    make_role("Closing Friday", closing_date=date(2026, 12, 4))
    make_role("Closing later", closing_date=date(2026, 12, 20))
    first = {url: client.get(url) for url in FEEDS}
    for url, response in first.items():
        for headers in (
            {"HTTP_IF_NONE_MATCH": response["ETag"]},
            {"HTTP_IF_MODIFIED_SINCE": response["Last-Modified"]},
        ):
            unchanged = client.get(url, **headers)
            assert unchanged.status_code == 304 and unchanged.content == b""
    clock.move_to(datetime(2026, 12, 5, 0, 0, 1, tzinfo=UTC))
    for url, response in first.items():
        changed = client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
        assert changed.status_code == 200
        assert "Closing Friday" not in changed.content.decode()
        assert "Closing later" in changed.content.decode()


def test_a_kept_feed_loses_a_role_at_uk_midnight(client, make_role, clock):
    """A feed is written once and kept, but only until the UK day ends: a role closing that
    day leaves the feed at midnight, though nothing was published (read 30 minutes before)."""
    clock.move_to(datetime(2026, 12, 4, 23, 30, tzinfo=UTC))  # winter: the UK is on UTC
    make_role("Closing tonight", closing_date=date(2026, 12, 4))
    make_role("Closing later", closing_date=date(2026, 12, 20))
    for url in FEEDS:
        assert "Closing tonight" in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as kept:
        client.get(FEEDS[0])
    clock.move_to(datetime(2026, 12, 5, 0, 0, 1, tzinfo=UTC))
    for url in FEEDS:
        content = client.get(url).content.decode()
        assert "Closing tonight" not in content and "Closing later" in content
    assert len(kept) == 0  # kept: no query at all
