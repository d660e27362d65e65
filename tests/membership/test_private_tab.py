"""The member's contact details on a profile's Private tab: kept by membership, shown and
edited in the directory's admin as before (network/private_fields.py)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.test.utils.form_data import querydict_from_html

from home.editorial.roles import EDITORS
from membership.accounts import member_of
from membership.models import Membership
from network.models import ProfilePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@example.com", "pw-ed-12345")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def signed_in(user):
    browser = Client()
    browser.force_login(user)
    return browser


def edit_form(browser, profile):
    url = f"/admin/pages/{profile.pk}/edit/"
    html = browser.get(url).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data["selected_work-count"] = "0"  # the StreamField's form is built by JavaScript
    return url, html, data


def test_moderators_see_the_contact_details_where_they_were(moderator, make_profile):
    profile = make_profile("Tab Person", contact_email="tab@example.com", accepts_messages=True)
    _url, html, _data = edit_form(signed_in(moderator), profile)
    tab = BeautifulSoup(html, "html.parser").select_one("#tab-private")
    headings = [h.get_text(" ", strip=True) for h in tab.select(".w-panel__heading")]
    assert headings == [
        "Contact email", "Consent record", "Editor notes", "Accepts relayed messages",
    ]  # fmt: skip
    assert tab.select_one("input[name=contact_email]")["value"] == "tab@example.com"
    shown = tab.select_one("#panel-child-private-accepts_messages-content")
    assert shown.select_one(".w-field__textoutput").get_text(strip=True) == "True"
    assert "Only the member changes this" in shown.get_text()
    wordings = [o.get_text(strip=True) for o in tab.select("#id_consent_wording_version option")]
    assert wordings == ["---------", "Version 2026-11", "Version 2026-11-28"]


def test_a_moderator_corrects_the_contact_email_at_once_and_no_revision_keeps_it(
    moderator, make_profile
):
    profile = make_profile("Moved House", contact_email="old@example.com", accepts_messages=True)
    url, _html, data = edit_form(signed_in(moderator), profile)
    data["contact_email"] = "new@example.com"
    assert signed_in(moderator).post(url, data).status_code == 302  # a draft
    assert Membership.objects.get(profile=profile).contact_email == "new@example.com"
    for content in ProfilePage.objects.get(pk=profile.pk).revisions.values_list(
        "content", flat=True
    ):
        assert "contact_email" not in content and "new@example.com" not in str(content)
    # A bad address is refused with the form, and nothing changes.
    data["contact_email"] = "not an address"
    response = signed_in(moderator).post(url, data)
    assert response.status_code == 200
    assert "Enter a valid email address" in response.content.decode()
    assert Membership.objects.get(profile=profile).contact_email == "new@example.com"


def test_an_editor_cannot_set_the_contact_email(editor, make_profile):
    profile = make_profile("Kept Address", contact_email="kept@example.com")
    editor = signed_in(editor)
    url, html, data = edit_form(editor, profile)
    assert "kept@example.com" not in html and 'name="contact_email"' not in html
    data["contact_email"] = "someone-else@example.com"  # a crafted post
    assert editor.post(url, data).status_code == 302
    assert Membership.objects.get(profile=profile).contact_email == "kept@example.com"


def test_an_address_added_when_publishing_makes_the_account(
    moderator, make_profile, mailoutbox, django_capture_on_commit_callbacks
):
    """As before the move: the first publication with a contact email makes the member's
    account and invites them."""
    profile = make_profile("New Member", live=False)
    moderator = signed_in(moderator)
    url, _html, data = edit_form(moderator, profile)
    data["contact_email"] = "new.member@example.com"
    data["action-publish"] = "action-publish"
    with django_capture_on_commit_callbacks(execute=True):
        assert moderator.post(url, data).status_code == 302
    assert ProfilePage.objects.get(pk=profile.pk).live
    assert member_of(profile).username == "new.member@example.com"
    assert any(m.to == ["new.member@example.com"] for m in mailoutbox)


def test_a_profile_without_membership_has_no_row_and_no_contact_box(client, make_profile):
    profile = make_profile("Hand Made")
    html = client.get(profile.url).content.decode()
    assert "Hand Made" in html and "Write to" not in html and "/contact/" not in html
    assert not Membership.objects.filter(profile=profile).exists()
