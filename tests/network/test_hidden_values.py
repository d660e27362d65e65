"""Hidden and members-only values find nobody: not by site search, not by the directory's
keyword search or filters, not in the filters' counts, and not on the profile page or in its
structured data. Each check has a positive control: the same value, public on another profile,
is found the same way. Run for an anonymous visitor and for a signed-in account that is neither
a member nor staff (signing in alone must not count as membership)."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from modelsearch.conf import get_app_config
from wagtail.models import PageViewRestriction

from network.models import LivedExperienceArea, PaymentRoute, ProfilePage, Region

pytestmark = pytest.mark.django_db

VIEWERS = ["anonymous", "signed-in non-member"]


@pytest.fixture
def people(make_profile):
    """The same values on three people: public on one, members-only and hidden on the others."""
    wales = Region.objects.get(name="Wales")
    loss = LivedExperienceArea.objects.get(name="Bereavement")
    invoice = PaymentRoute.objects.order_by("sort_order").first()
    made = {}
    for who, visibility in (("Open", "public"), ("Members", "members"), ("Quiet", "hidden")):
        made[visibility] = make_profile(
            f"{who} Person",
            region=wales.slug,
            experience=[loss.slug],
            routes=[invoice.slug],
            expects_payment="yes",
            organisation="Glanrhyd Peer Trust",
            region_visibility=visibility,
            lived_experience_visibility=visibility,
            payment_visibility=visibility,
            organisation_visibility=visibility,
        )
    return made, wales, loss, invoice


@pytest.fixture(params=VIEWERS)
def viewer(request, client, django_user_model):
    if request.param == "signed-in non-member":
        user = django_user_model.objects.create_user("someone", "someone@example.com", "pw-x-123")
        assert not user.is_staff and not user.groups.exists()
        client.force_login(user)
    return client


def names(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {tag.get_text(strip=True) for tag in soup.select("main h2 a, main h3 a")}


def option_count(response, param, slug):
    soup = BeautifulSoup(response.content, "html.parser")
    box = soup.select_one(f'input[name="{param}"][value="{slug}"]')
    count = soup.select_one(f'label[for="{box["id"]}"] .facet__count')
    return int(re.search(r"\d+", count.get_text()).group())


@pytest.mark.parametrize("search", ["/search/", "/network/"], ids=["site search", "directory"])
def test_keyword_search_finds_only_the_public_value(viewer, people, search):
    _, wales, loss, _ = people
    for words in (wales.name, loss.name, "Glanrhyd"):
        found = names(viewer.get(search, {"q": words}))
        assert "Open Person" in found, words
        assert not found & {"Members Person", "Quiet Person"}, words


def test_filters_and_their_counts_see_only_the_public_value(viewer, people):
    _, wales, loss, invoice = people
    response = viewer.get("/network/", {"region": wales.slug})
    assert names(response) == {"Open Person"}
    assert option_count(viewer.get("/network/"), "region", wales.slug) == 1
    response = viewer.get("/network/", {"experience": loss.slug})
    assert names(response) == {"Open Person"}
    assert option_count(viewer.get("/network/"), "experience", loss.slug) == 1
    # Payment answers: the route and whether they expect payment (all three said yes).
    assert names(viewer.get("/network/", {"payment-route": invoice.slug})) == {"Open Person"}
    assert option_count(viewer.get("/network/"), "payment-route", invoice.slug) == 1
    assert names(viewer.get("/network/", {"payment": "yes"})) == {"Open Person"}
    assert option_count(viewer.get("/network/"), "payment", "yes") == 1


def test_profile_pages_and_structured_data_show_only_the_public_value(viewer, people):
    made, wales, loss, invoice = people
    open_page = viewer.get(made["public"].url).content.decode()
    for value in (wales.name, loss.name, invoice.name.lower(), "Glanrhyd Peer Trust"):
        assert value in open_page
    for visibility in ("members", "hidden"):
        html = viewer.get(made[visibility].url).content.decode()
        assert made[visibility].title in html  # the page itself is there
        for value in (wales.name, loss.name, invoice.name.lower(), "Glanrhyd Peer Trust"):
            assert value not in html, (visibility, value)


def test_members_see_members_only_values_and_never_hidden_ones(client, people, member_user):
    made, wales, loss, _ = people
    client.force_login(member_user)
    members_page = client.get(made["members"].url).content.decode()
    assert wales.name in members_page and "Glanrhyd Peer Trust" in members_page
    hidden_page = client.get(made["hidden"].url).content.decode()
    assert made["hidden"].title in hidden_page and wales.name not in hidden_page


def test_the_directory_never_lists_a_login_restricted_profile(client, make_profile):
    make_profile("Listed Person")
    restricted = make_profile("Restricted Person")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    found = names(client.get("/network/"))
    assert "Listed Person" in found and "Restricted Person" not in found
    assert "Restricted Person" not in names(client.get("/search/", {"q": "Person"}))
    assert client.get(restricted.url).status_code == 302


def test_a_hidden_value_leaves_nothing_in_the_index(people, make_profile):
    """The search index holds nothing of a value that is not public, not even a stand-in: the
    entry of a profile whose organisation, region and areas are members-only or hidden holds
    only words the public profile's entry holds too (their names aside), and is the entry of
    the same profile without those values."""
    made, *_ = people
    bare = make_profile("Bare Person", region=None, experience=[], routes=[], expects_payment="yes")
    entry = get_app_config().get_model("IndexEntry")
    # PostgreSQL's entries keep the text beside its search vector ("body_text"); SQLite's in "body".
    text = "body_text" if "body_text" in {f.name for f in entry._meta.fields} else "body"

    def words(profile):
        found = entry.objects.filter(
            content_type=ContentType.objects.get_for_model(ProfilePage), object_id=str(profile.pk)
        )
        indexed = found.values_list(text, flat=True).get()
        return set(re.findall(r"\w+", indexed.lower())) - set(profile.title.lower().split())

    assert "glanrhyd" in words(made["public"])  # the control: public values are indexed
    for visibility in ("members", "hidden"):
        assert words(made[visibility]) <= words(made["public"]), visibility
        assert words(made[visibility]) == words(bare), visibility


def test_each_public_area_of_lived_experience_is_found_by_its_name(client, make_profile):
    make_profile(
        "Two Areas",
        experience=["self-harm", "crisis-services"],
        lived_experience_visibility="public",
    )
    for words in ("Self-harm", "Crisis services"):
        assert "Two Areas" in names(client.get("/search/", {"q": words})), words
