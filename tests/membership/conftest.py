"""Fixtures for membership: applying through the join form, and published members."""

from contextlib import suppress

import pytest
from axes.utils import reset as reset_axes

from membership.accounts import member_of
from network.models import ProfilePage, Region

from ..factories import publish


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
    """Uploaded files, public and private, under the test's own folder (returned)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"
    return tmp_path


@pytest.fixture
def apply(client, join_page, application, django_capture_on_commit_callbacks):
    """apply(**changes) posts the join form (running after-commit callbacks); returns the
    response."""

    def _apply(**changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/join/", application(**changes))

    return _apply


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
def danielle(apply, django_capture_on_commit_callbacks):
    """A member whose region is public (her choice) and whose organisation is for members."""
    region = Region.objects.get(slug="north-east-and-yorkshire")
    apply(display_name="Danielle Hartley", email="danielle@example.com", region=region.pk,
          consent_messages="on")  # fmt: skip
    profile = ProfilePage.objects.get(slug="danielle-hartley")
    with django_capture_on_commit_callbacks(execute=True):
        profile = publish(profile)
    user = member_of(profile)
    user.set_password("member-pass-9876")
    user.save()
    return profile
