"""The members' space (/members/) and members-only events: members read them; anonymous
visitors are sent to the site's sign-in page; signed-in non-members are told the page is for
members; nothing of them reaches any public output."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from members.models import MembersSpacePage

from ..factories import UserFactory, events_index, make_event, make_members_post, members_space

pytestmark = pytest.mark.django_db


@pytest.fixture
def space(home_page):
    return members_space(home_page, intro="Our shared corner.")


@pytest.fixture
def post(space):
    return make_members_post(
        space, "Winter update", summary="What we agreed.", text="Peer supervision pairs."
    )


@pytest.fixture
def outsider(db):
    """Signed in, but neither a member nor staff."""
    return UserFactory(username="outsider", email="outsider@example.com")


def text_of(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_members_read_the_space_and_its_posts(client, member_user, space, post):
    client.force_login(member_user)
    response = client.get("/members/")
    assert response.status_code == 200
    words = text_of(response)
    assert "Our shared corner." in words
    assert "Winter update" in words and "What we agreed." in words
    assert "private" in response["Cache-Control"]
    response = client.get(post.url)
    assert response.status_code == 200
    assert "Peer supervision pairs." in text_of(response)
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/members/", "/members/winter-update/"])
def test_anonymous_visitors_are_sent_to_sign_in_and_come_back(client, post, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"] == f"/account/login/?next={path}"
    sign_in = client.get(response["Location"])
    assert sign_in.status_code == 200 and "Email address" in text_of(sign_in)
    assert "The page you asked for is for LEAD members" in text_of(sign_in)
    assert "Winter update" not in text_of(sign_in)


@pytest.mark.parametrize("path", ["/members/", "/members/winter-update/"])
def test_signed_in_non_members_are_told_it_is_for_members(client, outsider, post, path):
    client.force_login(outsider)
    response = client.get(path)
    assert response.status_code == 403
    words = text_of(response)
    assert "This page is for LEAD members" in words
    assert "Winter update" not in words and "Peer supervision" not in words
    assert "no-store" in response["Cache-Control"]


def test_the_space_is_always_restricted_to_members(client, space, post, outsider):
    restriction = PageViewRestriction.objects.get(page=space)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    assert [group.name for group in restriction.groups.all()] == ["Members"]
    # An editor lifts it: the pages still refuse anyone but members, and saving brings it back.
    restriction.delete()
    assert client.get("/members/").status_code == 302
    client.force_login(outsider)
    assert client.get(post.url).status_code == 403
    MembersSpacePage.objects.get(pk=space.pk).save_revision().publish()
    assert PageViewRestriction.objects.filter(page=space).count() == 1


def test_members_posts_are_in_no_public_listing(client, post, member_user):
    for path in ("/", "/sitemap.xml", "/search/?q=supervision"):
        response = client.get(path)
        assert response.status_code == 200
        assert "Winter update" not in response.content.decode(), path
    assert "0 results" in text_of(client.get("/search/", {"q": "supervision"}))
    # Members find them in their space, not in the site search (it lists public pages only).
    client.force_login(member_user)
    assert "Winter update" in text_of(client.get("/members/"))
    assert "Winter update" not in text_of(client.get("/search/", {"q": "supervision"}))


def test_the_header_links_the_space_for_members_only(client, space, member_user, outsider):
    def header(response):
        soup = BeautifulSoup(response.content, "html.parser")
        return soup.select_one(".site-header")

    anonymous = header(client.get("/"))
    assert "Member sign in" in anonymous.get_text() and "Members' space" not in anonymous.get_text()
    client.force_login(outsider)
    signed_in = header(client.get("/"))
    assert "Your account" in signed_in.get_text()
    assert "Members' space" not in signed_in.get_text()
    client.force_login(member_user)
    link = header(client.get("/")).find("a", string="Members' space")
    assert link is not None and link["href"] == "/members/"


def test_the_space_link_costs_no_query_of_its_own(client, space, member_user):
    """It comes from the site's top-level pages, which the menu reads anyway."""
    client.force_login(member_user)
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get("/about/")
    link = BeautifulSoup(response.content, "html.parser").find("a", string="Members' space")
    assert link is not None and link["href"] == "/members/"
    assert not [q for q in context if "members_membersspacepage" in q["sql"]]


def test_the_space_costs_no_more_queries_with_more_posts(client, space, member_user):
    def queries():
        client.get("/members/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/members/").status_code == 200
        return len(captured)

    client.force_login(member_user)
    make_members_post(space, "First")
    few = queries()
    for n in range(5):
        make_members_post(space, f"More {n}")
    assert queries() == few


@pytest.fixture
def members_event(home_page):
    index = events_index(home_page)
    make_event(index, "Open meet-up", slug="open-meet-up")
    return make_event(index, "Reflection session", slug="reflection-session", members_only=True)


def test_a_members_only_event_is_listed_to_members_with_a_mark(client, members_event, member_user):
    client.force_login(member_user)
    response = client.get("/events/")
    soup = BeautifulSoup(response.content, "html.parser")
    cards = {
        card.select_one(".event-card__title").get_text(strip=True): card
        for card in soup.select(".event-card")
    }
    assert set(cards) == {"Open meet-up", "Reflection session"}
    assert cards["Reflection session"].select_one(".members-only").get_text() == "Members only"
    assert cards["Open meet-up"].select_one(".members-only") is None
    assert "private" in response["Cache-Control"]
    page = client.get(members_event.url)
    assert page.status_code == 200 and "For LEAD members only" in text_of(page)


def test_a_members_kept_listing_never_reaches_anyone_else(client, members_event, member_user):
    """The listing is kept per kind of viewer: what a member was shown first is not what a
    visitor or a signed-in non-member is shown next."""
    client.force_login(member_user)
    assert "Reflection session" in client.get("/events/").content.decode()
    client.logout()
    assert "Reflection session" not in client.get("/events/").content.decode()
    client.force_login(UserFactory(username="not-a-member"))
    assert "Reflection session" not in client.get("/events/").content.decode()


@pytest.mark.parametrize("viewer", ["anonymous", "signed-in non-member"])
def test_a_members_only_event_is_absent_for_everyone_else(client, members_event, outsider, viewer):
    if viewer != "anonymous":
        client.force_login(outsider)
    for path in ("/events/", "/events/calendar.ics", "/", "/sitemap.xml", "/search/?q=Reflection"):
        response = client.get(path)
        assert response.status_code == 200, path
        body = response.content.decode()
        assert "Reflection session" not in body, path
    assert "Open meet-up" in client.get("/events/").content.decode()  # the control
    expected = 302 if viewer == "anonymous" else 403
    assert client.get(members_event.url).status_code == expected


def test_unticking_members_only_opens_the_event_to_everyone(client, members_event):
    assert "Reflection session" not in client.get("/events/").content.decode()
    members_event.members_only = False
    members_event.save_revision().publish()
    assert "Reflection session" in client.get("/events/").content.decode()
    assert client.get(members_event.url).status_code == 200
    assert not PageViewRestriction.objects.filter(page=members_event).exists()
