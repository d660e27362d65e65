"""Moderation emails name no member. Wagtail's own "submitted / approved / rejected" and
comment emails quote the page's title, and a profile's title is the member's name; for
profiles only LEAD's nameless notices go. Posts keep Wagtail's emails."""

import pytest
from django.core import mail
from wagtail.admin.mail import send_notification
from wagtail.models import Comment

from blog.models import BlogPage
from membership.accounts import member_of
from network.models import ProfilePage

from ..factories import UserFactory, make_post

pytestmark = pytest.mark.django_db

NAME = "Robin Example"


@pytest.fixture
def superuser(db):
    """Wagtail sends its workflow emails to every superuser too."""
    return UserFactory(username="root", email="root@example.com", is_superuser=True)


@pytest.fixture
def editor(db):
    return UserFactory(username="ed", email="ed@example.com", groups=["Editors"])


def naming(messages, *names):
    """The emails whose subject or body holds any of `names`."""
    return [m for m in messages if any(n in m.subject or n in m.body for n in names)]


def staff_mail():
    """What the team received (the member's own invitation greets them by name, rightly)."""
    return [m for m in mail.outbox if m.to != ["robin@example.com"]]


def review(client, moderator, page, action):
    """The moderator approves or rejects the page's current task, as in the admin."""
    client.force_login(moderator)
    task_state = page.current_workflow_state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/",
        {"comment": f"Checked {NAME}'s page"},
    )
    assert response.status_code == 302


def test_an_application_sends_only_leads_nameless_notice(apply, moderator, superuser):
    assert apply(display_name=NAME, email="robin@example.com").status_code == 302
    profile = ProfilePage.objects.get(slug="robin-example")
    assert profile.current_workflow_state is not None  # in review
    # One notice, LEAD's, to the moderators; none of Wagtail's (to them or the superuser).
    (notice,) = staff_mail()
    assert notice.subject == "A new profile application is waiting for review"
    assert notice.to == ["mod@example.com"]
    # Only the applicant's own "we have your application" greets them by name.
    assert naming(mail.outbox, NAME, "Robin") == [
        m for m in mail.outbox if m.to == ["robin@example.com"]
    ]


def test_a_members_change_tells_moderators_without_naming_them(
    client, member, moderator, superuser, django_capture_on_commit_callbacks
):
    client.force_login(member_of(member))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/account/edit/",
            {
                "display_name": NAME,
                "headline": "Board member",
                "summary": "Chairs a trust's lived experience panel.",
                "expects_payment": "yes",
                "availability": "open",
            },
        )
    assert response.status_code == 302
    assert ProfilePage.objects.get(pk=member.pk).current_workflow_state is not None
    notices = [m for m in mail.outbox if m.subject == "A profile is waiting for review"]
    assert sorted(address for m in notices for address in m.to) == [
        "mod@example.com",
        "root@example.com",
    ]
    assert f"/admin/pages/{member.pk}/edit/" in notices[0].body
    assert naming(mail.outbox, NAME, "Robin") == []


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_approving_or_rejecting_a_profile_names_no_one(
    client, make_profile, moderator, editor, superuser, action
):
    """An editor sends a profile for review in the admin: the moderators' notice is nameless,
    and Wagtail's "approved" / "rejected" email back to the editor is not sent at all."""
    profile = make_profile(NAME, slug="robin-example", live=False)
    profile.get_workflow().start(profile, user=editor)
    assert {m.subject for m in mail.outbox} == {"A profile is waiting for review"}
    assert sorted(m.to[0] for m in mail.outbox) == ["mod@example.com", "root@example.com"]
    mail.outbox.clear()
    review(client, moderator, ProfilePage.objects.get(pk=profile.pk), action)
    assert ProfilePage.objects.get(pk=profile.pk).live is (action == "approve")
    assert naming(mail.outbox, NAME, "Robin") == []


@pytest.mark.parametrize("action", ["approve", "reject"])
def test_posts_keep_wagtails_own_emails(client, blog, moderator, editor, superuser, action):
    post = make_post(blog, "Co-production in practice", live=False)
    post.get_workflow().start(post, user=editor)
    submitted = naming(mail.outbox, "Co-production in practice")
    assert {address for m in submitted for address in m.to} == {
        "mod@example.com",
        "root@example.com",
    }
    mail.outbox.clear()
    review(client, moderator, BlogPage.objects.get(pk=post.pk), action)
    (told,) = mail.outbox
    assert told.to == ["ed@example.com"] and "Co-production in practice" in told.subject


def test_comment_emails_on_a_profile_name_no_one(make_profile, blog, moderator, editor):
    profile = make_profile(NAME, slug="robin-example")
    post = make_post(blog, "Co-production in practice")
    for page in (profile, post):
        comment = Comment(page=page, user=editor, text=f"Is {NAME} happy with this?")
        send_notification(
            [moderator],
            "updated_comments",
            {
                "page": page,
                "editor": editor,
                "new_comments": [comment],
                "resolved_comments": [],
                "deleted_comments": [],
                "replied_comments": [],
            },
        )
    about_profile, about_post = mail.outbox
    assert about_profile.subject == "ed has updated comments on a profile"
    assert f"/admin/pages/{profile.pk}/edit/" in about_profile.body
    assert naming([about_profile], NAME, "Robin") == []
    # Wagtail's own email for the post, comments quoted.
    assert about_post.subject == 'ed has updated comments on "Co-production in practice"'
    assert f"Is {NAME} happy with this?" in about_post.body
