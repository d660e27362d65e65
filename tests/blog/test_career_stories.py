"""A career story names the career pathway steps it describes: the post lists those still live
and public, in the pathway's order, and links to each."""

import pytest
from bs4 import BeautifulSoup

from ..factories import make_post, make_step, pathways_overview

pytestmark = pytest.mark.django_db


def test_a_story_lists_the_live_steps_it_describes(client, home_page, blog):
    overview = pathways_overview(home_page)
    first = make_step(overview, "Peer support worker")
    draft = make_step(overview, "Draft step", live=False)
    signed_in = make_step(overview, "Signed-in step", restricted=True)
    second = make_step(overview, "Peer trainer")
    post = make_post(blog, "How I became a trainer", steps=[second, draft, signed_in, first])
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    listed = html.find("section", attrs={"aria-labelledby": "pathway-steps-heading"})
    assert [(a.get_text(), a["href"]) for a in listed.select("a")] == [
        ("Peer support worker", first.url),
        ("Peer trainer", second.url),
    ]


def test_a_post_naming_no_live_step_has_no_such_section(client, home_page, blog):
    overview = pathways_overview(home_page)
    draft = make_step(overview, "Draft step", live=False)
    post = make_post(blog, "A post about boards", steps=[draft])
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    assert html.h1.get_text() == "A post about boards"  # the control: the post is shown
    assert html.find("section", attrs={"aria-labelledby": "pathway-steps-heading"}) is None
    assert "Draft step" not in html.get_text()


def test_a_preview_lists_the_steps_chosen_in_the_draft(home_page, blog, rf):
    overview = pathways_overview(home_page)
    step = make_step(overview, "Board member")
    post = make_post(blog, "Draft story")
    post.pathway_steps = [step]
    post.save_revision()
    draft = post.get_latest_revision_as_object()
    assert [s.title for s in draft.described_steps()] == ["Board member"]
    assert not post.__class__.objects.get(pk=post.pk).pathway_steps.exists()  # not live yet
