"""Wagtail's userbar shows to those who may use the admin and to no one else, and a member's
page view settles that in one query (home/templatetags/lead_tags.py: userbar)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ..factories import UserFactory


def viewed_by(client, user, url="/about/"):
    client.force_login(user)
    client.get(url)  # the route and the site are kept from here on
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    permission_reads = [q for q in context.captured_queries if "auth_permission" in q["sql"]]
    return response.content.decode(), permission_reads


@pytest.mark.django_db
def test_a_member_gets_no_userbar_for_one_query(client, home_page):
    member = UserFactory(username="member", groups=["Members"])
    html, reads = viewed_by(client, member)
    assert "About" in html  # the page itself
    assert "w-userbar" not in html
    assert len(reads) == 1


@pytest.mark.django_db
def test_admin_access_given_to_the_person_or_their_group_shows_the_userbar(client, home_page):
    access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    person = UserFactory(username="direct")
    person.user_permissions.add(access)
    html, _reads = viewed_by(client, person)
    assert "w-userbar" in html
    team = Group.objects.create(name="Reviewers")
    team.permissions.add(access)
    reviewer = UserFactory(username="reviewer")
    reviewer.groups.add(team)
    assert "w-userbar" in viewed_by(client, reviewer)[0]
    team.permissions.remove(access)
    html, _reads = viewed_by(client, reviewer)
    assert "About" in html and "w-userbar" not in html


@pytest.mark.django_db
def test_a_superuser_and_an_inactive_editor(client, home_page, admin_user):
    assert "w-userbar" in viewed_by(client, admin_user)[0]
    admin_user.is_superuser = False
    admin_user.save()
    html, _reads = viewed_by(client, admin_user)
    assert "w-userbar" not in html  # staff alone is not admin access
