"""Profile pages: what anonymous visitors, members and editors see, and the consent gate."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from membership.consent import CURRENT_VERSION
from network.models import DirectoryIndexPage, ProfilePage

from ..factories import png

SECRET_ORG = "Quietwater Trust"


@pytest.fixture
def private_profile(make_profile):
    image = get_image_model().objects.create(title="photo", file=png("secret-face"))
    return make_profile(
        "Alex Rivers",
        pronouns="they/them",
        region="wales",
        region_visibility="hidden",
        organisation=SECRET_ORG,
        organisation_visibility="members",
        photo=image,
        photo_alt_text="Alex smiling",
        photo_visibility="members",
        experience=["homelessness"],
        lived_experience_visibility="members",
        payment_visibility="hidden",
        expects_payment="yes",
        routes=["payroll"],
        expertise=["co-production", "writing"],
        roles=["speaker"],
        contact_email="alex.private@example.com",
        editor_notes="Prefers phone calls",
    )


def page_text(client, profile):
    response = client.get(profile.url)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_anonymous_visitors_see_public_values_only(client, private_profile):
    html = page_text(client, private_profile)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.h1.get_text() == "Alex Rivers"
    assert "they/them" in html and "Co-production" in html and "Speaker" in html
    for secret in [
        SECRET_ORG,
        "Wales",
        "Homelessness",
        "Payroll",
        "secret-face",
        "alex.private@example.com",
        "Prefers phone calls",
        "Alex smiling",
    ]:
        assert secret not in html, f"{secret!r} shown to an anonymous visitor"
    assert soup.find(class_="profile__initials").get_text() == "AR"


@pytest.mark.django_db
def test_members_see_members_only_values_but_not_hidden_ones(client, private_profile, member_user):
    client.force_login(member_user)
    html = page_text(client, private_profile)
    assert SECRET_ORG in html
    assert "Homelessness" in html
    assert "Alex smiling" in html  # the members-only photo, with its description
    assert "(members only)" in html
    for secret in ["Wales", "Payroll", "alex.private@example.com", "Prefers phone calls"]:
        assert secret not in html


@pytest.mark.django_db
def test_structured_data_holds_public_values_only(client, private_profile, member_user):
    client.force_login(member_user)  # even a member's view carries public data only
    soup = BeautifulSoup(page_text(client, private_profile), "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "ProfilePage"
    person = data["mainEntity"]
    assert person["@type"] == "Person" and person["name"] == "Alex Rivers"
    assert person["knowsAbout"] == ["Co-production", "Writing"]
    text = json.dumps(data)
    for secret in [SECRET_ORG, "Wales", "Homelessness", "image", "Payroll"]:
        assert secret not in text
    assert soup.find("meta", property="og:type")["content"] == "profile"
    assert "secret-face" not in soup.find("meta", property="og:image")["content"]


@pytest.mark.django_db
def test_public_values_are_shown_and_described(client, make_profile):
    image = get_image_model().objects.create(title="p", file=png("public-face"))
    profile = make_profile(
        "Sam Okafor",
        region="london",
        organisation="Open Doors Collective",
        photo=image,
        photo_alt_text="Sam in a garden",
        experience=["bereavement"],
        lived_experience_visibility="public",
        routes=["invoice-self-employed"],
        summary="Board member and trainer.",
        headline="Peer trainer",
    )
    html = page_text(client, profile)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("img", class_="profile__photo")["alt"] == "Sam in a garden"
    for shown in ["London", "Open Doors Collective", "Bereavement", "invoice (self-employed)"]:
        assert shown in html
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert description == "Board member and trainer."
    data = json.loads(soup.find("script", type="application/ld+json").string)
    person = data["mainEntity"]
    assert person["jobTitle"] == "Peer trainer"
    assert person["description"] == "Board member and trainer."
    assert person["url"] == profile.full_url
    assert person["worksFor"] == {"@type": "Organization", "name": "Open Doors Collective"}
    assert person["homeLocation"] == {"@type": "Place", "name": "London"}
    assert person["image"].startswith("http")
    # The public photo is the page's share image, described for people who cannot see it.
    assert "public-face" in soup.find("meta", property="og:image")["content"]
    assert "Bereavement" not in json.dumps(person)  # health data stays out of structured data


@pytest.mark.django_db
def test_structured_data_names_the_vocabulary_links_and_dates(client, make_profile):
    """Search engines read the JSON-LD only with its schema.org context; it lists the member's
    own links and when the profile was first published and last changed."""
    from datetime import UTC, datetime

    image = get_image_model().objects.create(title="Photo file title", file=png("open-face"))
    profile = make_profile(
        "Rue Linked",
        website_url="https://rue.example.org/",
        linkedin_url="https://www.linkedin.com/in/rue-linked",
        photo=image,
        photo_alt_text="Rue at a desk",
    )
    ProfilePage.objects.filter(pk=profile.pk).update(
        first_published_at=datetime(2025, 3, 1, 10, 0, tzinfo=UTC),
        last_published_at=datetime(2026, 6, 2, 11, 30, tzinfo=UTC),
    )
    soup = BeautifulSoup(page_text(client, profile), "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@context"] == "https://schema.org"
    assert data["mainEntity"]["sameAs"] == [
        "https://rue.example.org/",
        "https://www.linkedin.com/in/rue-linked",
    ]
    assert data["dateCreated"] == "2025-03-01T10:00:00Z"
    assert data["dateModified"] == "2026-06-02T11:30:00Z"
    # The share image is described by the member's words, not the image's file title.
    assert soup.find("meta", property="og:image:alt")["content"] == "Rue at a desk"


@pytest.mark.django_db
def test_a_profile_cannot_be_published_without_consent(make_profile):
    profile = make_profile("No Consent Yet", live=False, consent_given_at=None)
    with pytest.raises(ValidationError, match="consent record") as error:
        profile.save_revision().publish()
    assert not ProfilePage.objects.get(pk=profile.pk).live
    # Beside the consent date, where an editor with the permission records it.
    assert list(error.value.message_dict) == ["consent_given_at"]


@pytest.mark.django_db
def test_a_consent_date_without_the_wording_version_is_not_consent(make_profile):
    """Consent is the date AND the wording agreed to: a date alone does not open the gate."""
    profile = make_profile(
        "Half Recorded", live=False, consent_given_at=timezone.now(), consent_wording_version=""
    )
    assert profile.consent_given_at is not None  # the date is there: only the wording is missing
    with pytest.raises(ValidationError, match="consent record"):
        profile.save_revision().publish()
    assert not ProfilePage.objects.get(pk=profile.pk).live

    # Positive control: the same page, once the wording is recorded, publishes.
    profile.consent_wording_version = CURRENT_VERSION
    profile.save_revision().publish()
    assert ProfilePage.objects.get(pk=profile.pk).live


def profile_form_data(title, slug, action):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "headline": "Peer trainer",
            "summary": "Brings lived experience to training.",
            "biography": rich_text(""),
            "availability": "open",
            "expects_payment": "yes",
            "organisation_visibility": "public",
            "region_visibility": "public",
            "photo_visibility": "public",
            "lived_experience_visibility": "members",
            "payment_visibility": "public",
            "selected_work": streamfield([]),
            "comments": inline_formset([]),
            action: "yes",
        }
    )


@pytest.mark.django_db
@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_admin_explains_the_consent_gate(client, admin_user, make_profile, action):
    profile = make_profile(
        "Pending Member", live=False, consent_given_at=None, consent_wording_version=""
    )
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{profile.pk}/edit/", profile_form_data(profile.title, profile.slug, action)
    )
    assert response.status_code == 200
    assert "cannot be published without a consent record" in response.content.decode()
    assert not ProfilePage.objects.get(pk=profile.pk).live


@pytest.mark.django_db
def test_admin_refuses_to_publish_with_a_consent_date_but_no_wording(
    client, admin_user, make_profile
):
    """The editor fills in the date but not the wording (both fields sent, as the edit form
    sends them): publishing is refused with the consent message, and the page stays offline."""
    profile = make_profile(
        "Dated Member", live=False, consent_given_at=timezone.now(), consent_wording_version=""
    )
    client.force_login(admin_user)
    data = profile_form_data(profile.title, profile.slug, "action-publish")
    data.update({"consent_given_at": "2026-11-30 10:00", "consent_wording_version": ""})
    response = client.post(f"/admin/pages/{profile.pk}/edit/", data)
    assert response.status_code == 200
    assert "cannot be published without a consent record" in response.content.decode()
    assert not ProfilePage.objects.get(pk=profile.pk).live

    # Positive control: the same form with the wording filled in publishes the page.
    data["consent_wording_version"] = CURRENT_VERSION
    response = client.post(f"/admin/pages/{profile.pk}/edit/", data)
    assert response.status_code == 302
    published = ProfilePage.objects.get(pk=profile.pk)
    assert published.live and published.consent_wording_version == CURRENT_VERSION


@pytest.mark.django_db
def test_admin_can_save_a_draft_without_consent(client, admin_user, make_profile):
    profile = make_profile("Draft Member", live=False, consent_given_at=None)
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{profile.pk}/edit/",
        profile_form_data("Draft Member (edited)", profile.slug, "action-save"),
    )
    assert response.status_code == 302
    latest = ProfilePage.objects.get(pk=profile.pk).get_latest_revision_as_object()
    assert latest.title == "Draft Member (edited)"


@pytest.mark.django_db
def test_photo_needs_a_description_and_linkedin_must_be_linkedin(make_profile):
    image = get_image_model().objects.create(title="p", file=png("x"))
    profile = make_profile("Described Later", live=False)
    profile.photo = image
    profile.linkedin_url = "https://example.com/me"
    with pytest.raises(ValidationError) as error:
        profile.full_clean()
    # What the editor reads beside each field: what to do about it.
    assert error.value.message_dict["photo_alt_text"] == [
        "Describe the photo for people who cannot see it."
    ]
    assert error.value.message_dict["linkedin_url"] == [
        "Use a LinkedIn address, starting https://www.linkedin.com/"
    ]


class ProfileTreeRules(WagtailPageTestCase):
    def test_profiles_live_only_in_the_directory(self):
        self.assertAllowedParentPageTypes(ProfilePage, {DirectoryIndexPage})
        self.assertAllowedSubpageTypes(ProfilePage, set())
        self.assertAllowedSubpageTypes(DirectoryIndexPage, {ProfilePage})
        self.assertAllowedParentPageTypes(DirectoryIndexPage, {HomePage})
        self.assertCanNotCreateAt(Page, DirectoryIndexPage)


@pytest.mark.django_db
def test_bulk_publish_explains_the_consent_gate(client, admin_user, make_profile):
    profile = make_profile("Bulk Member", live=False, consent_given_at=None)
    client.force_login(admin_user)
    url = (
        f"/admin/bulk/wagtailcore/page/publish/?id={profile.pk}"
        f"&next=/admin/pages/{profile.get_parent().pk}/"
    )
    response = client.post(url, {"include_descendants": ""}, follow=True)
    assert response.status_code == 200
    assert "no consent record yet: Bulk Member" in response.content.decode()
    assert not ProfilePage.objects.get(pk=profile.pk).live


@pytest.mark.django_db
def test_linkedin_lookalikes_and_junk_are_refused(make_profile):
    profile = make_profile("Linked Lee", live=False)
    for url in ["https://linkedin.com.evil.example/x", "linkedin", "https:///nohost"]:
        profile.linkedin_url = url
        with pytest.raises(ValidationError) as error:
            profile.full_clean()
        assert "linkedin_url" in error.value.message_dict
    for url in ["https://uk.linkedin.com/in/linked-lee", "https://LinkedIn.com/in/linked-lee"]:
        profile.linkedin_url = url
        profile.full_clean()


@pytest.mark.django_db
def test_signed_in_views_are_never_shared_cache_material(client, member_user, make_profile):
    profile = make_profile("Cache Cleo", region="london", region_visibility="members")
    assert "private" not in client.get(profile.url).get("Cache-Control", "")
    client.force_login(member_user)
    directives = [d.strip() for d in client.get(profile.url)["Cache-Control"].split(",")]
    assert "private" in directives


@pytest.mark.django_db
def test_the_members_group_exists_from_the_migrations():
    from django.contrib.auth.models import Group

    assert Group.objects.filter(name="Members").exists()


@pytest.mark.django_db
def test_the_consent_message_sits_where_each_team_member_can_act_on_it(
    client, django_user_model, make_profile
):
    """A moderator sees it on the consent field (theirs to fill in). An editor, who cannot see
    the private tab, sees it at the top of the form; an editor's profile with consent on record
    goes to review without it."""
    from django.contrib.auth.models import Group

    from home.editorial.roles import EDITORS, MODERATORS
    from network.models.profiles import CONSENT_MISSING

    def team_member(name, group):
        user = django_user_model.objects.create_user(name, f"{name}@example.com", "pw-12345-x")
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)

    pending = make_profile(
        "Pending Consent", live=False, consent_given_at=None, consent_wording_version=""
    )
    data = profile_form_data(pending.title, pending.slug, "action-submit")
    team_member("consent-moderator", MODERATORS)
    form = client.post(f"/admin/pages/{pending.pk}/edit/", data).context["form"]
    assert form.errors["consent_given_at"] == [CONSENT_MISSING]
    assert CONSENT_MISSING not in form.non_field_errors()

    team_member("consent-editor", EDITORS)
    response = client.post(f"/admin/pages/{pending.pk}/edit/", data)
    assert response.status_code == 200
    form = response.context["form"]
    assert "consent_given_at" not in form.fields
    assert form.non_field_errors() == [CONSENT_MISSING]

    recorded = make_profile("Consent On Record", live=False)
    data = profile_form_data(recorded.title, recorded.slug, "action-submit")
    response = client.post(f"/admin/pages/{recorded.pk}/edit/", data)
    assert response.status_code == 302  # sent for review, the record read from the page
    assert ProfilePage.objects.get(pk=recorded.pk).has_unpublished_changes


@pytest.mark.django_db
@pytest.mark.parametrize("visibility", ["members", "hidden"])
def test_a_photo_not_shown_to_everyone_is_never_offered_for_sharing(
    client, make_profile, visibility
):
    """A share image is public by nature: a photo shown to members only (or to nobody) is not
    one, and neither is its description, which can say as much as the photo."""
    image = get_image_model().objects.create(title="Photo file title", file=png("kept-face"))
    profile = make_profile(
        "Sol Private",
        photo=image,
        photo_alt_text="Sol at her allotment",
        photo_visibility=visibility,
    )
    assert profile.get_meta_image() is None and profile.get_meta_image_alt() == ""
    html = page_text(client, profile)
    assert "Sol Private" in html and "Sol at her allotment" not in html and "kept-face" not in html
    # Positive control: shown to everyone, the photo and its words are the share image.
    ProfilePage.objects.filter(pk=profile.pk).update(photo_visibility="public")
    profile.refresh_from_db()
    assert profile.get_meta_image() == image
    assert profile.get_meta_image_alt() == "Sol at her allotment"
    soup = BeautifulSoup(page_text(client, profile), "html.parser")
    assert soup.find("meta", property="og:image:alt")["content"] == "Sol at her allotment"


@pytest.mark.django_db
def test_a_revision_keeps_its_author_and_history_however_it_is_asked_for(make_profile, admin_user):
    """Scripts and Wagtail's views save a profile's revisions with the author given by
    position or by name, and the history records the edit when asked to."""
    page = ProfilePage.objects.get(pk=make_profile("Ada Revision").pk)
    first = page.save_revision(admin_user)
    assert first.user == admin_user
    page.summary = "A second version."
    second = page.save_revision(user=admin_user, log_action=True)
    assert second.user == admin_user and second.content["summary"] == "A second version."
    logged = PageLogEntry.objects.filter(page=page, action="wagtail.edit")
    assert list(logged.values_list("revision", "user")) == [(second.pk, admin_user.pk)]
