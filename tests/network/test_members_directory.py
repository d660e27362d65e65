"""A signed-in member's directory: cards, filters and counts include the values members chose
to show to members, never hidden ones; anonymous visitors and signed-in non-members keep the
public-only directory, and a member's page never reaches the shared page cache. Every count a
member sees is the number of cards that option then lists: a count reveals nothing a card
would not."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from network.models import LivedExperienceArea, PaymentRoute, Region

from ..factories import png

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(make_profile):
    """The same values on three people: public on one, members-only and hidden on the others."""
    wales = Region.objects.get(name="Wales")
    loss = LivedExperienceArea.objects.get(name="Bereavement")
    invoice = PaymentRoute.objects.order_by("sort_order").first()
    for who, visibility in (("Open", "public"), ("Members", "members"), ("Quiet", "hidden")):
        make_profile(
            f"{who} Person",
            region=wales.slug,
            experience=[loss.slug],
            routes=[invoice.slug],
            expects_payment="yes",
            region_visibility=visibility,
            lived_experience_visibility=visibility,
            payment_visibility=visibility,
        )
    return wales, loss, invoice


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def names(soup):
    return {tag.get_text(strip=True) for tag in soup.select(".profile-card__name")}


def offered(soup, param):
    """{option key: its count} for every option the filter offers."""
    found = {}
    for box in soup.select(f'input[type="checkbox"][name="{param}"]'):
        count = soup.select_one(f'label[for="{box["id"]}"] .facet__count')
        found[box["value"]] = int(re.search(r"\d+", count.get_text()).group())
    return found


FACETS = [
    ("region", lambda wales, loss, invoice: wales.slug),
    ("experience", lambda wales, loss, invoice: loss.slug),
    ("payment-route", lambda wales, loss, invoice: invoice.slug),
    ("payment", lambda wales, loss, invoice: "yes"),
]


@pytest.mark.parametrize("param, value", FACETS, ids=[param for param, _ in FACETS])
def test_members_match_and_count_members_only_values_never_hidden_ones(
    client, people, member_user, param, value
):
    value = value(*people)
    anonymous = soup_of(client.get("/network/"))
    assert offered(anonymous, param)[value] == 1
    assert names(soup_of(client.get("/network/", {param: value}))) == {"Open Person"}

    client.force_login(member_user)
    directory = soup_of(client.get("/network/"))
    assert names(directory) == {"Open Person", "Members Person", "Quiet Person"}
    assert offered(directory, param)[value] == 2
    assert names(soup_of(client.get("/network/", {param: value}))) == {
        "Open Person",
        "Members Person",
    }


def test_a_members_counts_match_the_cards_each_option_lists(client, people, member_user):
    client.force_login(member_user)
    directory = soup_of(client.get("/network/"))
    checked = 0
    for param in ("region", "experience", "payment", "payment-route", "expertise"):
        for value, count in offered(directory, param).items():
            listed = soup_of(client.get("/network/", {param: value}))
            assert len(names(listed)) == count, (param, value)
            checked += 1
    assert checked >= 4


def test_members_cards_show_members_only_regions_and_photos_marked_as_such(
    client, directory, make_profile, member_user
):
    image = get_image_model().objects.create(title="x", file=png("members-photo"))
    make_profile(
        "Hal Private",
        photo=image,
        photo_alt_text="Hal",
        photo_visibility="members",
        region="scotland",
        region_visibility="members",
    )
    make_profile("Ida Quiet", region="wales", region_visibility="hidden")
    client.force_login(member_user)
    response = client.get(directory.url)
    cards = {
        card.select_one(".profile-card__name").get_text(strip=True): card
        for card in soup_of(response).select(".profile-card")
    }
    hal = cards["Hal Private"]
    assert hal.select_one(".profile-card__region").get_text(" ", strip=True) == (
        "Region: Scotland (members only)"
    )
    # The photo comes through the permission-checked address, never a file address.
    photo = hal.select_one("img.profile-card__photo")
    assert photo is not None and "members-photo" not in photo["src"]
    assert client.get(photo["src"]).status_code == 200
    # A hidden region stays hidden from members too.
    assert cards["Ida Quiet"].select_one(".profile-card__region") is None
    assert "Wales" not in str(cards["Ida Quiet"])
    assert "private" in response["Cache-Control"]


def test_signing_in_without_membership_keeps_the_public_directory(
    client, people, django_user_model
):
    wales, _, _ = people
    user = django_user_model.objects.create_user("someone", "someone@example.com", "pw-x-123")
    client.force_login(user)
    directory = soup_of(client.get("/network/"))
    assert offered(directory, "region")[wales.slug] == 1
    assert names(soup_of(client.get("/network/", {"region": wales.slug}))) == {"Open Person"}


def test_keyword_search_stays_public_for_members(client, people, member_user):
    """The search index holds public values only (docs/decisions.md): a member's keyword
    search finds the public value, as everyone's does."""
    wales, _, _ = people
    client.force_login(member_user)
    found = names(soup_of(client.get("/network/", {"q": wales.name})))
    assert found == {"Open Person"}


def test_a_members_directory_never_reaches_the_page_cache(client, people, member_user, settings):
    settings.LEAD_PAGE_CACHE_SECONDS = 600
    wales, _, _ = people
    client.force_login(member_user)
    member_view = soup_of(client.get("/network/", {"region": wales.slug}))
    assert names(member_view) == {"Open Person", "Members Person"}
    client.logout()
    for _ in range(2):  # the second would come from the cache, if anything were stored
        anonymous = client.get("/network/", {"region": wales.slug})
        assert names(soup_of(anonymous)) == {"Open Person"}
        assert offered(soup_of(anonymous), "region")[wales.slug] == 1


def test_a_members_directory_costs_no_more_queries_with_more_profiles(
    client, directory, make_profile, member_user
):
    def queries():
        client.get(directory.url)  # warm the session and option caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get(directory.url).status_code == 200
        return len(captured)

    client.force_login(member_user)
    for n in range(2):
        make_profile(f"First {n}", region="wales", region_visibility="members")
    few = queries()
    for n in range(6):
        make_profile(f"More {n}", region="london", region_visibility="members")
    assert queries() == few


def test_counts_kept_for_a_member_never_reach_a_visitor(client, people, member_user):
    """Counts and the number of results are kept in the shared cache (network/directory.py):
    a member's, taken first, are kept apart from what a visitor then sees."""
    wales, _, _ = people
    client.force_login(member_user)
    for _ in range(2):  # counted, then from the cache
        assert offered(soup_of(client.get("/network/")), "region")[wales.slug] == 2
        filtered = soup_of(client.get("/network/", {"region": wales.slug}))
        assert names(filtered) == {"Open Person", "Members Person"}
        count = filtered.select_one(".directory__count").get_text(" ", strip=True)
        assert count == "2 profiles match your search"
    client.logout()
    for _ in range(2):
        assert offered(soup_of(client.get("/network/")), "region")[wales.slug] == 1
        filtered = client.get("/network/", {"region": wales.slug})
        assert names(soup_of(filtered)) == {"Open Person"}
        count = soup_of(filtered).select_one(".directory__count").get_text(" ", strip=True)
        assert count == "1 profile matches your search"


def test_a_members_groups_and_admin_access_are_read_once_together(client, people, member_user):
    """Whether the viewer is a member (members-only values) and whether they may use the admin
    (Wagtail's userbar) come from one query on their groups and permissions (lead/viewer.py)."""
    client.force_login(member_user)
    client.get("/network/")
    with CaptureQueriesContext(connection) as captured:
        directory = soup_of(client.get("/network/"))
    assert names(directory) == {"Open Person", "Members Person", "Quiet Person"}
    assert offered(directory, "region")[people[0].slug] == 2  # members-only values counted
    assert "w-userbar" not in str(directory)
    reads = [
        q["sql"]
        for q in captured.captured_queries
        if "auth_user_groups" in q["sql"] or "auth_permission" in q["sql"]
    ]
    assert len(reads) == 1 and "auth_permission" in reads[0] and "auth_group" in reads[0]


def test_cards_kept_for_a_member_never_reach_a_visitor(
    client, directory, make_profile, member_user
):
    """Pages of cards are kept per kind of viewer: a member's cards, with values shown to
    members, are never what a visitor or a signed-in non-member is shown next."""
    make_profile("Hal Private", region="scotland", region_visibility="members")
    client.force_login(member_user)
    member = soup_of(client.get(directory.url)).select_one(".profile-card__region")
    assert member.get_text(" ", strip=True) == "Region: Scotland (members only)"
    client.logout()
    visitor = soup_of(client.get(directory.url))
    assert names(visitor) == {"Hal Private"} and "Scotland" not in str(visitor)


def test_kept_cards_change_when_a_profile_does(client, directory, make_profile):
    person = make_profile("Gail Shown", region="wales")
    assert "Wales" in str(soup_of(client.get(directory.url)).select_one(".profile-card"))
    person.region_visibility = "hidden"
    person.save_revision().publish()
    card = soup_of(client.get(directory.url)).select_one(".profile-card")
    assert "Gail Shown" in card.get_text() and "Wales" not in str(card)
