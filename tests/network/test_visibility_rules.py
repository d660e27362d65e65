"""The two rules every visibility decision stands on: who counts as a member (and so sees
values marked "members only"), and which of two values is the stricter (a member's choice is
the ceiling for every route that writes one)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client, RequestFactory

from network.models.visibility import stricter, viewer_is_member

pytestmark = pytest.mark.django_db


def request_for(user=None):
    request = RequestFactory().get("/network/")
    if user is not None:
        request.user = user
    return request


def test_who_counts_as_a_member(member_user, django_user_model):
    outsider = django_user_model.objects.create_user("outsider", "out@example.com", "pw-out-123")
    assert viewer_is_member(request_for(member_user))
    assert not viewer_is_member(request_for(outsider))  # signed in, but not a member
    assert not viewer_is_member(request_for(AnonymousUser()))
    # A page rendered outside the web stack (a command, a preview) has no user at all.
    assert not viewer_is_member(request_for())


def test_staff_outside_the_members_group_see_members_only_values(
    django_user_model, make_profile
):
    staff = django_user_model.objects.create_user("staffer", "s@example.com", "pw-staff-1")
    staff.is_staff = True
    staff.save()
    profile = make_profile("Mo Members", region="london", region_visibility="members")
    browser = Client()
    assert "London" not in browser.get(profile.url).content.decode()
    browser.force_login(staff)
    assert "London" in browser.get(profile.url).content.decode()


def test_membership_is_looked_up_once_a_request(member_user, django_assert_num_queries):
    request = request_for(member_user)
    with django_assert_num_queries(1):
        assert all(viewer_is_member(request) for _ in range(5))


@pytest.mark.parametrize(
    ("first", "second", "stricter_one"),
    [
        ("public", "members", "members"),
        ("members", "public", "members"),
        ("hidden", "members", "hidden"),
        ("members", "members", "members"),
        # An unknown value (a revision from before a field existed) counts as hidden: it wins
        # over anything looser, and the first of two equally strict values is kept.
        (None, "public", None),
        ("public", None, None),
        ("hidden", None, "hidden"),
        (None, "hidden", None),
    ],
)
def test_the_stricter_of_two_values(first, second, stricter_one):
    assert stricter(first, second) == stricter_one
