"""The network across the site: featured profiles on the home page, site search, the admin
listing, and the demo content."""

import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from network.models import DirectoryIndexPage, FeaturedProfile, ProfilePage, Visibility


@pytest.mark.django_db
def test_home_page_features_picked_profiles_then_the_newest(client, directory, make_profile):
    first = make_profile("Picked Person")
    make_profile("Newest Person")
    draft = make_profile("Draft Person", live=False)
    FeaturedProfile.objects.create(page=directory, profile=draft, sort_order=0)
    FeaturedProfile.objects.create(page=directory, profile=first, sort_order=1)
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": "featured-profiles-heading"})
    names = [h.get_text(strip=True) for h in section.select(".profile-card__name")]
    assert names == ["Picked Person", "Newest Person"]  # the draft pick is skipped


@pytest.mark.django_db
def test_featured_keeps_the_editors_order_then_the_newest_up_to_the_count(directory, make_profile):
    older, later, newest, picked_b, picked_a = (
        make_profile(name) for name in ("Older", "Later", "Newest", "Pick B", "Pick A")
    )
    restricted = make_profile("Restricted Pick")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    FeaturedProfile.objects.create(page=directory, profile=restricted, sort_order=0)
    FeaturedProfile.objects.create(page=directory, profile=picked_a, sort_order=1)
    FeaturedProfile.objects.create(page=directory, profile=picked_b, sort_order=2)
    for n, profile in enumerate((older, later, newest, picked_b, picked_a)):
        profile.first_published_at = timezone.now() - timedelta(days=10 - n)
        profile.save(update_fields=["first_published_at"])
    names = lambda limit: [p.title for p in directory.featured(limit=limit)]  # noqa: E731
    assert names(4) == ["Pick A", "Pick B", "Newest", "Later"]
    assert names(1) == ["Pick A"]
    assert names(12) == ["Pick A", "Pick B", "Newest", "Later", "Older"]  # no restricted one


@pytest.mark.django_db
def test_no_featured_section_without_profiles(client, directory):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Lived experience is leadership"  # the home page
    assert soup.find(id="featured-profiles-heading") is None


@pytest.mark.django_db
def test_site_search_finds_profiles_by_public_words_only(client, directory, make_profile):
    make_profile("Searchable Sal", organisation="Puffinry Workshop")
    make_profile("Quiet Quin", organisation="Gannetry Workshop", organisation_visibility="members")
    make_profile("Hidden Hal", summary="Cormorantish summary", live=False)

    def found(query):
        soup = BeautifulSoup(client.get("/search/", {"q": query}).content, "html.parser")
        titles = [h.get_text(strip=True) for h in soup.select(".search-results h2")]
        # The results page answered this search, with as many results as it lists.
        summary = soup.select_one(".search-summary").get_text(" ", strip=True)
        assert summary.startswith(f"{len(titles)} result"), summary
        assert f"for “{query}”" in summary, summary
        return titles

    assert found("Puffinry") == ["Searchable Sal"]
    assert found("Gannetry") == []
    assert found("Cormorantish") == []


@pytest.mark.django_db
def test_restricting_a_value_removes_it_from_the_index(client, directory, make_profile):
    profile = make_profile("Changing Cass", organisation="Kittiwake Studio")
    assert b"Changing Cass" in client.get("/search/", {"q": "Kittiwake"}).content
    profile.organisation_visibility = Visibility.HIDDEN
    profile.save_revision().publish()
    html = client.get("/search/", {"q": "Kittiwake"}).content.decode()
    assert "0 results for “Kittiwake”" in html
    assert "Changing Cass" not in html
    assert b"Changing Cass" in client.get("/search/", {"q": "Changing Cass"}).content  # still live


@pytest.mark.django_db
def test_admin_profile_listing_shows_consent_and_filters(client, admin_user, make_profile):
    make_profile("Consented Cole")
    make_profile("Unconsented Uma", live=False, consent_given_at=None)
    client.force_login(admin_user)
    response = client.get("/admin/network/profilepage/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Consented Cole" in html and "Unconsented Uma" in html
    assert "Missing" in html and "Recorded" in html
    missing = client.get("/admin/network/profilepage/", {"consent": "missing"}).content.decode()
    assert "Unconsented Uma" in missing and "Consented Cole" not in missing
    drafts = client.get("/admin/network/profilepage/", {"status": "draft"}).content.decode()
    assert "Unconsented Uma" in drafts and "Consented Cole" not in drafts
    for taxonomy in ["region", "expertise", "role", "livedexperiencearea", "paymentroute"]:
        response = client.get(f"/admin/network/{taxonomy}/")
        assert response.status_code == 200
        first_term = apps.get_model("network", taxonomy).objects.order_by("sort_order").first()
        assert first_term.name in response.content.decode(), taxonomy  # the terms are listed


@pytest.mark.django_db
def test_demo_profiles(freshly_migrated):
    call_command("load_demo_content", stdout=io.StringIO())
    directory = DirectoryIndexPage.objects.get()
    assert directory.url == "/network/" and directory.show_in_menus
    profiles = ProfilePage.objects.child_of(directory).live()
    assert profiles.count() >= 40
    assert all(profile.has_consent for profile in profiles)
    assert profiles.filter(photo__isnull=True).exists()
    assert profiles.filter(photo__isnull=False).exists()
    for field in ["photo", "region", "organisation", "lived_experience", "payment"]:
        values = set(profiles.values_list(f"{field}_visibility", flat=True))
        assert values == {"public", "members", "hidden"}, field
    assert profiles.values("region").distinct().count() == 11
    assert directory.featured_profiles.count() == 4
    before = ProfilePage.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert ProfilePage.objects.count() == before
    assert Page.find_problems() == ([], [], [], [], [])


@pytest.mark.django_db
def test_changed_areas_are_reindexed_on_publish(client, directory, make_profile):
    profile = make_profile(
        "Areas Ari", experience=["bereavement"], lived_experience_visibility="public"
    )
    assert b"Areas Ari" in client.get("/network/", {"q": "Bereavement"}).content
    from network.models import LivedExperienceArea

    profile.lived_experience = [LivedExperienceArea.objects.get(slug="homelessness")]
    profile.save_revision().publish()
    html = client.get("/network/", {"q": "Bereavement"}).content.decode()
    assert "0 profiles" in html and "Areas Ari" not in html
    assert b"Areas Ari" in client.get("/network/", {"q": "Homelessness"}).content
