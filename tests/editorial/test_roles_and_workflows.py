"""Who may do what in the admin, and how posts and profiles reach the site through review."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowPage
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from blog.models import BlogPage
from home.editorial.roles import EDITORS, MEMBERS, MODERATORS
from membership.models import Membership
from network.models import Region

from ..factories import author, category

pytestmark = pytest.mark.django_db


def post_form(title, writer):
    return nested_form_data(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "standfirst": "Why it matters.",
            "post_authors": inline_formset([{"author": writer.pk}]),
            "hero_alt_text": "",
            "content_note": "",
            "body": streamfield(
                [
                    ("heading", {"text": "A heading", "level": "h2"}),
                    ("paragraph", rich_text("<p>Words about leadership.</p>")),
                ]
            ),
            "references": streamfield([]),
            "tags": "",
        }
    )


def test_the_migration_sets_up_three_roles(db):
    for name in (EDITORS, MODERATORS, MEMBERS):
        assert Group.objects.filter(name=name).exists()
    # The team's roles open the admin; members get no permissions at all.
    for name in (EDITORS, MODERATORS):
        assert Group.objects.get(name=name).permissions.filter(codename="access_admin").exists()
    assert not Group.objects.get(name=MEMBERS).permissions.exists()


def test_sections_get_their_review_workflows(blog, directory):
    assert WorkflowPage.objects.get(page=blog).workflow.name == "Post review"
    assert WorkflowPage.objects.get(page=directory).workflow.name == "Profile review"
    post_workflow = Page.objects.get(pk=blog.pk).get_workflow()
    assert [task.name for task in post_workflow.tasks] == ["Moderator review of a post"]


def test_an_editor_submits_a_post_and_only_a_moderator_publishes_it(
    client, blog, user_in, mailoutbox
):
    editor, moderator = user_in(EDITORS), user_in(MODERATORS)
    writer = author("Eddie Writer")
    client.force_login(editor)
    add_url = f"/admin/pages/add/blog/blogpage/{blog.pk}/"
    form = client.get(add_url)
    assert form.status_code == 200
    html = form.content.decode()
    # The new-post form, whose only way out is review: no publish button.
    assert "New: Blog post" in html and 'id="page-edit-form"' in html
    assert 'name="action-submit"' in html and "Submit to Post review" in html
    assert 'name="action-publish"' not in html

    # Trying to publish anyway only saves a draft.
    data = post_form("Tried to publish", writer)
    response = client.post(add_url, {**data, "action-publish": "action-publish"})
    assert response.status_code == 302
    assert not BlogPage.objects.get(slug="tried-to-publish").live

    response = client.post(add_url, {**post_form("Ready for review", writer), "action-submit": "1"})
    assert response.status_code == 302
    post = BlogPage.objects.get(slug="ready-for-review")
    assert not post.live
    state = post.current_workflow_state
    assert state is not None and state.workflow.name == "Post review"
    # The moderator hears about it.
    assert any(moderator.email in message.to for message in mailoutbox)
    response = client.get(post.url or "/blog/ready-for-review/")
    assert response.status_code == 404 and "Page not found" in response.content.decode()

    client.force_login(moderator)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{post.pk}/approve/{task_state.pk}/", {"comment": "Lovely"}
    )
    # Approved: back to the post's editor.
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{post.pk}/edit/"
    post.refresh_from_db()
    assert post.live
    response = client.get(post.url)
    assert response.status_code == 200
    assert "<h1>Ready for review</h1>" in response.content.decode()


def test_editors_never_see_members_private_details(client, user_in, make_profile):
    profile = make_profile(
        "Private Person",
        contact_email="secret-address@example.com",
        editor_notes="Prefers phone calls",
    )
    edit_url = f"/admin/pages/{profile.pk}/edit/"
    client.force_login(user_in(EDITORS))
    editor_view = client.get(edit_url).content.decode()
    # The profile's editor, with the fields editors may use...
    assert "Editing Profile: Private Person" in editor_view
    assert 'name="summary"' in editor_view
    # ...but not the private ones.
    assert "secret-address@example.com" not in editor_view
    assert "Prefers phone calls" not in editor_view
    client.force_login(user_in(MODERATORS))
    moderator_view = client.get(edit_url).content.decode()
    assert "secret-address@example.com" in moderator_view


def test_an_editor_saving_a_profile_keeps_its_consent_record(client, user_in, make_profile):
    from wagtail.test.utils.form_data import querydict_from_html

    profile = make_profile("Kept Consent", contact_email="kept@example.com")
    client.force_login(user_in(EDITORS))
    edit_url = f"/admin/pages/{profile.pk}/edit/"
    page = client.get(edit_url)
    data = querydict_from_html(page.content.decode(), form_id="page-edit-form")
    data["summary"] = "Edited by an editor."
    data["selected_work-count"] = "0"  # the StreamField's form is built by JavaScript
    response = client.post(edit_url, data)
    assert response.status_code == 302
    draft = Page.objects.get(pk=profile.pk).specific.get_latest_revision_as_object()
    assert draft.summary == "Edited by an editor."
    assert Membership.objects.get(profile=profile).contact_email == "kept@example.com"
    assert draft.consent_given_at is not None


@pytest.mark.parametrize("group_name", [EDITORS, MODERATORS, MEMBERS])
def test_no_team_member_reaches_djangos_own_admin(client, user_in, group_name):
    client.force_login(user_in(group_name))
    response = client.get("/django-admin/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_members_get_no_wagtail_admin(client, user_in):
    client.force_login(user_in(MEMBERS))
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_editors_and_moderators_reach_the_admin_and_its_listings(client, user_in):
    category("fair-pay", "Fair pay")
    Region.objects.create(name="Isle of Wight", slug="isle-of-wight")
    for group_name in (EDITORS, MODERATORS):
        client.force_login(user_in(group_name))
        for url, shown in (
            ("/admin/", "The network at a glance"),  # the dashboard, with LEAD's panels
            ("/admin/blog/blogcategory/", "Fair pay"),
            ("/admin/network/region/", "Isle of Wight"),
        ):
            response = client.get(url)
            assert response.status_code == 200, (group_name, url)
            assert shown in response.content.decode(), (group_name, url)
