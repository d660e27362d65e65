"""Fixtures for the network: a directory with the brief's taxonomies, and profiles in it."""

import io

import pytest
from django.contrib.auth.models import Group

from home.demo.sections import ensure_section
from network.demo.loader import seed_taxonomies
from network.models import DirectoryIndexPage, ProfilePage

from ..factories import ProfilePageFactory


@pytest.fixture
def directory(home_page):
    seed_taxonomies()
    return ensure_section(home_page, "network", DirectoryIndexPage, io.StringIO(), title="Network")


def term(model, slug):
    return model.objects.get(slug=slug)


@pytest.fixture
def make_profile(directory):
    """make_profile(title, region="london", expertise=[...], ..., live=True). `contact_email`
    and `accepts_messages` go to the profile's membership (before it is published, as the
    join form's do)."""
    from membership.models import Membership
    from network.models import Expertise, LivedExperienceArea, PaymentRoute, Region, Role

    def _make(
        title, *, live=True, region=None, experience=(), expertise=(), roles=(), routes=(),
        contact_email="", accepts_messages=False, **fields,
    ):  # fmt: skip
        profile = ProfilePageFactory.build(title=title, **fields)
        profile.region = term(Region, region) if region else None
        profile.lived_experience = [term(LivedExperienceArea, s) for s in experience]
        profile.expertise = [term(Expertise, s) for s in expertise]
        profile.roles_sought = [term(Role, s) for s in roles]
        profile.payment_routes = [term(PaymentRoute, s) for s in routes]
        profile.live = live
        directory.add_child(instance=profile)
        if contact_email or accepts_messages:
            Membership.objects.create(
                profile=profile, contact_email=contact_email, accepts_messages=accepts_messages
            )
        revision = profile.save_revision()
        if live:
            revision.publish()
        return ProfilePage.objects.get(pk=profile.pk)

    return _make


@pytest.fixture
def member_user(django_user_model):
    user = django_user_model.objects.create_user("member", "member@example.com", "pw-member-1")
    user.groups.add(Group.objects.get_or_create(name="Members")[0])
    return user
