"""Editors write guides and submit them to the "Guide review" workflow; only moderators
publish. The form asks for what keeps a guide accurate."""

import pytest
from wagtail.models import WorkflowPage

from home.editorial.roles import EDITORS, MODERATORS

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def test_each_guide_section_gets_the_guide_review_workflow(section, make_guide):
    assert WorkflowPage.objects.get(page=section).workflow.name == "Guide review"
    guide = make_guide("Paying people fairly")
    workflow = guide.get_workflow()
    assert workflow.name == "Guide review"
    assert [task.name for task in workflow.tasks] == ["Moderator review of a guide"]


def test_an_editor_can_only_submit_a_guide_for_review(client, section):
    client.force_login(UserFactory(username="eddie", groups=[EDITORS]))
    form = client.get(f"/admin/pages/add/guides/guidepage/{section.pk}/")
    assert form.status_code == 200
    html = form.content.decode()
    assert "Submit to Guide review" in html and 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    for words in ("Keeping it accurate", "Next review due", "Sources", "Related guides"):
        assert words in html, words


def test_a_moderator_may_publish_a_guide(client, section):
    client.force_login(UserFactory(username="mo", groups=[MODERATORS]))
    html = client.get(f"/admin/pages/add/guides/guidepage/{section.pk}/").content.decode()
    assert 'name="action-publish"' in html
