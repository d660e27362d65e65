"""Member accounts: invitation, sign-in (with lockout), My profile, and no one else's."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import Revision, WorkflowState

from membership.accounts import ensure_member_account, member_of
from membership.changes import accepts_messages
from network.models import ProfilePage

from ..factories import PROFILE_EDIT, publish

pytestmark = pytest.mark.django_db


def sign_in(client, username, password):
    return client.post("/account/login/", {"username": username, "password": password})


def test_publishing_a_profile_makes_an_invited_member_account(member):
    user = member_of(member)
    assert user.username == "robin@example.com" and user.email == "robin@example.com"
    assert user.groups.filter(name="Members").exists()
    assert not user.is_staff and not user.is_superuser
    invite = next(m for m in mail.outbox if "set your password" in m.subject)
    assert invite.to == ["robin@example.com"]
    assert "/account/set-password/" in invite.body


def test_the_invitation_link_sets_a_password_once(
    client, apply, django_capture_on_commit_callbacks
):
    apply()
    profile = ProfilePage.objects.get(slug="robin-example")
    with django_capture_on_commit_callbacks(execute=True):
        publish(profile)
    user = get_user_model().objects.get(username="robin@example.com")
    assert not user.has_usable_password()
    invite = next(m for m in mail.outbox if "set your password" in m.subject)
    link = re.search(r"http://testserver(/account/set-password/\S+/)", invite.body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200 and "Choose your password" in response.content.decode()
    form_url = response.redirect_chain[-1][0]
    password = "a-long-new-pass-4821"
    response = client.post(form_url, {"new_password1": password, "new_password2": password})
    assert response.status_code == 302
    client.logout()
    assert sign_in(client, "robin@example.com", password).status_code == 302
    client.logout()
    # Used once: the link no longer works.
    response = client.get(link, follow=True)
    assert "already been used or has expired" in response.content.decode()


def test_republishing_does_not_make_a_second_account(member):
    publish(member)
    assert get_user_model().objects.filter(email="robin@example.com").count() == 1


def test_profiles_without_an_email_get_no_account(make_profile):
    # The control: publishing a profile with an email makes its account.
    with_email = make_profile("With Email", contact_email="with@example.com")
    assert member_of(with_email).username == "with@example.com"
    profile = make_profile("No Email")
    assert member_of(profile) is None
    assert ensure_member_account(profile) is None
    assert member_of(profile) is None


def test_members_sign_in_at_account_login_and_see_my_profile(client, member):
    response = client.get("/account/login/")
    assert response.status_code == 200 and "Email address" in response.content.decode()
    response = sign_in(client, "robin@example.com", "member-pass-9876")
    assert response.status_code == 302 and response["Location"] == "/account/"
    html = client.get("/account/").content.decode()
    assert "My profile" in html and "Robin Example" in html
    assert client.get("/account/")["Cache-Control"].startswith("max-age=0")


def test_the_account_area_needs_signing_in(client):
    for path in ("/account/", "/account/edit/", "/account/export/", "/account/withdraw/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/account/login/")


@pytest.mark.parametrize("login_path", ["/account/login/", "/admin/login/"])
def test_guessing_passwords_locks_the_sign_in(client, member, login_path):
    for attempt in range(1, 6):
        response = client.post(
            login_path, {"username": "robin@example.com", "password": "wrong-guess"}
        )
        assert response.status_code == (429 if attempt == 5 else 200)
    # Locked: even the right password is refused for now.
    response = client.post(
        login_path, {"username": "robin@example.com", "password": "member-pass-9876"}
    )
    assert response.status_code == 429
    assert "Sign-in paused" in response.content.decode()


def test_members_never_reach_the_admin(client, member):
    client.force_login(member_of(member))
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = client.get(f"/admin/pages/{member.pk}/edit/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_edit_is_a_revision_in_review_and_the_live_page_stays(client, member):
    client.force_login(member_of(member))
    response = client.get("/account/edit/")
    assert response.status_code == 200 and "Trains peer workers" in response.content.decode()
    response = client.post("/account/edit/", PROFILE_EDIT)
    assert response.status_code == 302
    profile = ProfilePage.objects.get(pk=member.pk)
    assert profile.headline == "Peer trainer"  # live version unchanged
    assert profile.has_unpublished_changes
    assert profile.get_latest_revision_as_object().headline == "Board member"
    state = WorkflowState.objects.filter(object_id=str(profile.pk), status="in_progress")
    assert state.count() == 1
    assert "Peer trainer" in client.get("/network/robin-example/").content.decode()
    assert "waiting for a moderator" in client.get("/account/").content.decode()


def test_restricting_visibility_applies_at_once_to_the_live_page_and_revisions(
    client, member, unique_token
):
    ProfilePage.objects.filter(pk=member.pk).update(
        organisation=f"Org {unique_token}", organisation_visibility="public"
    )
    for revision in Revision.objects.filter(pk__in=member.revisions.values("pk")):
        revision.content["organisation_visibility"] = "public"
        revision.save()
    client.force_login(member_of(member))
    data = {
        "photo_visibility": "public",
        "region_visibility": "public",
        "organisation_visibility": "hidden",
        "lived_experience_visibility": "members",
        "payment_visibility": "hidden",
        "accepts_messages": "on",
    }
    assert client.post("/account/visibility/", data).status_code == 302
    profile = ProfilePage.objects.get(pk=member.pk)
    assert profile.organisation_visibility == "hidden"
    for revision in profile.revisions.all():
        assert revision.content["organisation_visibility"] == "hidden"
    client.logout()
    html = client.get("/network/robin-example/").content.decode()
    assert "Robin Example" in html and "Trains peer workers across the north." in html
    assert unique_token not in html
    assert [page.pk for page in ProfilePage.objects.live().search("Robin Example")] == [member.pk]
    assert not ProfilePage.objects.live().search(unique_token)


def test_showing_more_goes_to_review(client, member):
    client.force_login(member_of(member))
    data = {
        "photo_visibility": "public",
        "region_visibility": "public",
        "organisation_visibility": "public",
        "lived_experience_visibility": "members",
        "payment_visibility": "hidden",
        "accepts_messages": "on",
    }
    client.post("/account/visibility/", data)
    profile = ProfilePage.objects.get(pk=member.pk)
    assert profile.organisation_visibility == "members"
    assert profile.get_latest_revision_as_object().organisation_visibility == "public"
    assert WorkflowState.objects.filter(object_id=str(profile.pk), status="in_progress").exists()


def test_turning_messages_off_is_immediate(client, member):
    client.force_login(member_of(member))
    data = {
        "photo_visibility": "public",
        "region_visibility": "public",
        "organisation_visibility": "members",
        "lived_experience_visibility": "members",
        "payment_visibility": "hidden",
    }
    client.post("/account/visibility/", data)
    assert not accepts_messages(member)
    assert member.consent_record.__class__.objects.get(profile=member).messages_withdrawn_at
    client.logout()
    html = client.get("/network/robin-example/").content.decode()
    assert "Robin Example" in html and "/network/robin-example/contact/" not in html
    response = client.get("/network/robin-example/contact/")
    assert response.status_code == 404 and "Page not found" in response.content.decode()


def test_the_export_holds_everything_kept_about_the_member(client, member):
    from membership.models import ContactRequest

    ContactRequest.objects.create(
        profile=member,
        sender_name="Vis Itor",
        sender_email="visitor@example.com",
        purpose="paid",
        message="Would you speak at our event?",
    )
    ProfilePage.objects.filter(pk=member.pk).update(editor_notes="Met at the spring event")
    client.force_login(member_of(member))
    response = client.get("/account/export/")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    profile = data["profile"]["published"]
    assert profile["display_name"] == "Robin Example"
    assert profile["contact_email"] == "robin@example.com"
    assert profile["organisation"] == "Harbour Trust"
    assert profile["biography"].startswith("<p>I have worked")
    assert data["profile"]["editor_notes"] == "Met at the spring event"
    assert data["consent"]["wording_version"] and data["consent"]["parts"]["messages"]["given_at"]
    assert data["consent"]["parts"]["publishing"]["wording"]
    assert data["messages"][0]["message"] == "Would you speak at our event?"
    assert data["account"]["email"] == "robin@example.com"
    # Every private field of the page is in it.
    for field in ("contact_email", "accepts_messages", "payment_visibility", "summary"):
        assert field in profile


def test_a_member_can_only_reach_their_own_profile(client, member, other_member):
    """IDOR: no view takes a profile id, and ids smuggled in are ignored."""
    client.force_login(member_of(member))
    for path in (
        f"/account/?profile={other_member.pk}",
        f"/account/edit/?id={other_member.pk}",
        f"/account/export/?profile={other_member.pk}",
    ):
        content = client.get(path).content.decode()
        assert "Robin Example" in content, path  # their own profile, whatever was asked for
        assert "Sam Other" not in content and "sam@example.com" not in content
    data = {
        "display_name": "Hijacked",
        "headline": "x",
        "summary": "x",
        "expects_payment": "yes",
        "availability": "open",
        "page_id": other_member.pk,
        "profile": other_member.pk,
    }
    client.post(f"/account/edit/?profile={other_member.pk}", data)
    other = ProfilePage.objects.get(pk=other_member.pk)
    assert other.get_latest_revision_as_object().title == "Sam Other"
    response = client.get(f"/admin/pages/{other_member.pk}/edit/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.post(
        f"/account/withdraw/?profile={other_member.pk}", {"confirm": "on", "byline": "keep"}
    )
    assert ProfilePage.objects.filter(pk=other_member.pk).exists()


def test_an_account_without_a_profile_sees_nothing(client, member_user):
    client.force_login(member_user)
    response = client.get("/account/")
    assert response.status_code == 404
    assert "No profile linked" in response.content.decode()


def test_members_only_values_show_to_signed_in_members_end_to_end(client, member, other_member):
    html = client.get("/network/sam-other/").content.decode()
    assert "Sam Other" in html and "Sam&#x27;s secret org" not in html
    sign_in(client, "robin@example.com", "member-pass-9876")
    assert "Sam&#x27;s secret org" in client.get("/network/sam-other/").content.decode()


def test_a_forgotten_password_link_reaches_invited_members(
    client, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/password/", {"email": "robin@example.com"})
    assert response.status_code == 302
    assert any("Set a new password" in m.subject for m in mail.outbox)
    sent_page = response["Location"]
    mail.outbox.clear()
    # An unknown address gets the same answer, so it tells no one who is a member, and no mail.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/password/", {"email": "nobody@example.com"})
    assert response.status_code == 302 and response["Location"] == sent_page
    assert mail.outbox == []


@pytest.mark.django_db
def test_every_page_header_offers_member_sign_in_then_the_account(client, member, make_page):
    from bs4 import BeautifulSoup

    about = make_page("Header check")
    client.logout()
    for url in ("/", about.url):
        link = BeautifulSoup(client.get(url).content, "html.parser").select_one(
            ".site-header__account a"
        )
        assert link.get_text() == "Member sign in" and link["href"] == "/account/login/"
    client.force_login(member_of(member))
    link = BeautifulSoup(client.get(about.url).content, "html.parser").select_one(
        ".site-header__account a"
    )
    assert link.get_text() == "Your account" and link["href"] == "/account/"
