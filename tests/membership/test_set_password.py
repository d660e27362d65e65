"""Choosing a password from the emailed link: errors sit on the password they are about, and
the member is signed in afterwards, not sent to sign in again."""

import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail

from membership.accounts import member_of

from ..factories import UserFactory, publish
from ..quality.bad_input import BAD_VALUES, MARKUP_VALUES

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-new-pass-4821"


@pytest.fixture
def invited(apply, django_capture_on_commit_callbacks):
    """A member just published, with their invitation email; returns the profile."""
    apply()
    from network.models import ProfilePage

    with django_capture_on_commit_callbacks(execute=True):
        return publish(ProfilePage.objects.get(slug="robin-example"))


def form_url(client, email_to="robin@example.com"):
    """Open the emailed link as the member does; the address of the form it leads to."""
    invite = next(m for m in mail.outbox if m.to == [email_to] and "/set-password/" in m.body)
    link = re.search(r"http://testserver(/account/set-password/\S+/)", invite.body).group(1)
    response = client.get(link, follow=True)
    assert "Choose your password" in response.content.decode()
    return response.redirect_chain[-1][0]


def field_errors(response):
    """{field name: [its error messages]} as the page shows them beside each field."""
    html = BeautifulSoup(response.content, "html.parser")
    errors = {}
    for group in html.select(".form-field"):
        field = group.select_one("input")
        errors[field["name"]] = [li.get_text() for li in group.select(".errorlist li")]
    return errors


def test_a_common_password_is_an_error_on_the_password_not_its_confirmation(client, invited):
    url = form_url(client)
    response = client.post(url, {"new_password1": "password123", "new_password2": "password123"})
    assert response.status_code == 200
    errors = field_errors(response)
    assert "This password is too common." in errors["new_password1"]
    assert errors["new_password2"] == []
    summary = BeautifulSoup(response.content, "html.parser").select_one(".error-summary")
    assert "Choose a password: This password is too common." in summary.get_text(" ")
    assert "Type the same password again" not in summary.get_text()


def test_a_mismatch_is_still_an_error_on_the_confirmation(client, invited):
    url = form_url(client)
    response = client.post(url, {"new_password1": PASSWORD, "new_password2": PASSWORD + "x"})
    errors = field_errors(response)
    assert errors["new_password1"] == []
    assert any("didn’t match" in error for error in errors["new_password2"])


def test_after_choosing_a_password_the_member_is_signed_in(client, invited):
    url = form_url(client)
    response = client.post(url, {"new_password1": PASSWORD, "new_password2": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0] == "/account/"
    html = response.content.decode()
    assert "Your password is saved and you are signed in." in html
    assert "My profile" in html and "Robin Example" in html
    assert "/account/login/" not in response.redirect_chain[-1][0]
    user = member_of(invited)
    user.refresh_from_db()
    assert user.check_password(PASSWORD)
    assert int(client.session["_auth_user_id"]) == user.pk


def test_a_staff_account_is_not_signed_in_by_the_member_link(client, db):
    """An admin's reset link works here too; signing in to the admin stays the admin's job."""
    editor = UserFactory(username="ed", email="ed@example.com", is_staff=True, groups=["Editors"])
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    uid = urlsafe_base64_encode(force_bytes(editor.pk))
    token = default_token_generator.make_token(editor)
    page = client.get(f"/account/set-password/{uid}/{token}/", follow=True)
    url = page.redirect_chain[-1][0]
    response = client.post(url, {"new_password1": PASSWORD, "new_password2": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/account/set-password/done/"
    assert "_auth_user_id" not in client.session


def test_the_form_survives_the_bad_input_corpus(client, invited):
    """Each hostile value as the password (its confirmation differs, so every value goes
    through the validators and the page comes back): never a 500, nothing echoed."""
    url = form_url(client)
    for value in BAD_VALUES:
        response = client.post(url, {"new_password1": value, "new_password2": "something-else"})
        assert response.status_code == 200, repr(value[:40])
        if value in MARKUP_VALUES:
            assert value not in response.content.decode()
