"""Fixtures for membership: the join page, applications, and published members."""

import io
import re
from contextlib import suppress

import pytest
from axes.utils import reset as reset_axes
from django.contrib.auth.models import Group
from PIL import Image, PngImagePlugin

from home.demo.sections import ensure_section
from membership.accounts import member_of
from membership.models import JoinPage, Membership
from network.models import ProfilePage

from ..network.conftest import directory, make_profile, member_user  # noqa: F401

BASE = {
    "display_name": "Robin Example",
    "email": "robin@example.com",
    "pronouns": "they/them",
    "headline": "Peer trainer",
    "organisation": "Harbour Trust",
    "organisation_visibility": "members",
    "region_visibility": "public",
    "lived_experience_visibility": "members",
    "summary": "Trains peer workers across the north.",
    "biography": "I have worked in peer support for ten years.",
    "photo_visibility": "public",
    "expects_payment": "yes",
    "payment_visibility": "hidden",
    "consent_publishing": "on",
}


def _reset_all_axes():
    # The cache handler (with REDIS_URL) cannot reset everything: the shared fixture clears
    # the cache instead.
    with suppress(NotImplementedError):
        reset_axes()


@pytest.fixture(autouse=True)
def _reset_axes():
    _reset_all_axes()
    yield
    _reset_all_axes()


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def join_page(home_page, directory):  # noqa: F811
    return ensure_section(home_page, "join", JoinPage, io.StringIO(), title="Join the network")


# The "Edit my profile" form's answers, as a member changing their role would send them.
EDIT = {
    "display_name": "Robin Example",
    "headline": "Board member",
    "summary": "Now on two boards.",
    "biography": "New story.",
    "expects_payment": "yes",
    "availability": "open",
}


def submission_key(client, url):
    """The one-time key the form at `url` renders, read from the page as a browser would."""
    html = client.get(url).content.decode()
    match = re.search(r'<input type="hidden" name="submission_key" value="([^"]+)"', html)
    assert match, f"{url} renders no submission key"
    return match.group(1)


@pytest.fixture
def application(client, join_page):
    """application(**changes): the join form's data, with a fresh key from the join page."""

    def _make(**changes):
        data = {**BASE, "submission_key": submission_key(client, "/join/"), **changes}
        return {key: value for key, value in data.items() if value is not None}

    return _make


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("mod", "mod@example.com", "pw-mod-12345")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def apply(client, join_page, application, django_capture_on_commit_callbacks):
    """apply(**changes) posts the join form (running after-commit callbacks); returns the
    response."""

    def _apply(**changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/join/", application(**changes))

    return _apply


def publish(profile):
    profile = ProfilePage.objects.get(pk=profile.pk)
    profile.get_latest_revision().publish()
    return ProfilePage.objects.get(pk=profile.pk)


@pytest.fixture
def member(apply, django_capture_on_commit_callbacks):
    """A member who joined through the form and was published (account made and invited)."""
    apply(display_name="Robin Example", email="robin@example.com", consent_messages="on")
    profile = ProfilePage.objects.get(slug="robin-example")
    with django_capture_on_commit_callbacks(execute=True):
        profile = publish(profile)
    user = member_of(profile)
    user.set_password("member-pass-9876")
    user.save()
    return profile


@pytest.fixture
def other_member(make_profile, django_user_model):  # noqa: F811
    user = django_user_model.objects.create_user(
        "sam@example.com", "sam@example.com", "pw-sam-5678"
    )
    user.groups.add(Group.objects.get(name="Members"))
    profile = make_profile(
        "Sam Other",
        organisation="Sam's secret org",
        organisation_visibility="members",
        contact_email="sam@example.com",
    )
    Membership.objects.filter(profile=profile).update(member=user, accepts_messages=True)
    return ProfilePage.objects.get(pk=profile.pk)


def photo_upload(fmt="PNG", size=(80, 60), name="face.png", text=None):
    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.BytesIO()
    image = Image.new("RGB", size, "#1f6b4f")
    options = {}
    if text and fmt == "PNG":
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", text)
        options["pnginfo"] = info
    image.save(buffer, format=fmt, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")
