"""The signed-in viewer is read with their groups and admin access in one query
(lead.viewer.ViewerBackend), and what it reads is the account as it is now: a change of groups
or an account switched off shows on the next request."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import BACKEND_SESSION_KEY
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lead.viewer import ViewerBackend, group_names, may_use_admin

from ..factories import UserFactory, members_space

pytestmark = pytest.mark.django_db


def header_text(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one(".site-header").get_text(" ", strip=True)


@pytest.fixture
def space(home_page):
    return members_space(home_page)


def test_a_signed_in_member_costs_one_query_for_the_account_and_its_groups(
    client, space, member_user
):
    signed_in = client.post("/account/login/", {"username": "member", "password": "pw-member-1"})
    assert signed_in.status_code == 302
    assert client.session[BACKEND_SESSION_KEY] == "lead.viewer.ViewerBackend"
    client.get("/about/")
    with CaptureQueriesContext(connection) as context:
        response = client.get("/about/")
    assert "Members' space" in header_text(response)  # read as a member
    accounts = [q["sql"] for q in context if '"auth_user"' in q["sql"]]
    assert len(accounts) == 1
    assert "auth_user_groups" in accounts[0] and "auth_permission" in accounts[0]


def test_groups_and_admin_access_come_with_the_account():
    backend = ViewerBackend()
    loner = UserFactory(username="loner")
    read = backend.get_user(loner.pk)
    assert read == loner and group_names(read) == frozenset() and not may_use_admin(read)

    both = UserFactory(username="both", groups=["Members"])
    reviewers = Group.objects.create(name="Reviewers")
    reviewers.permissions.add(Permission.objects.get(codename="access_admin"))
    both.groups.add(reviewers)
    with CaptureQueriesContext(connection) as context:
        read = backend.get_user(both.pk)
        assert group_names(read) == {"Members", "Reviewers"} and may_use_admin(read)
    assert len(context) == 1
    assert backend.get_user(both.pk + 1000) is None


def test_an_account_switched_off_is_signed_out_on_the_next_request(client, space, member_user):
    client.force_login(member_user)
    assert "Members' space" in header_text(client.get("/about/"))
    member_user.is_active = False
    member_user.save()
    text = header_text(client.get("/about/"))
    assert "Member sign in" in text and "Members' space" not in text


def test_leaving_the_members_group_shows_on_the_next_request(client, space, member_user):
    client.force_login(member_user)
    assert "Members' space" in header_text(client.get("/about/"))
    member_user.groups.clear()
    text = header_text(client.get("/about/"))
    assert "Your account" in text and "Members' space" not in text
