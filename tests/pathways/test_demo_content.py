"""The career pathways' demo: the overview in the header, six steps that render with their
competences, pay and source, the people and roles the demo's directory and board hold, and the
two career stories linked to their steps, loaded once."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command

from blog.models import BlogPage
from pathways.models import PathwayIndexPage, PathwayStepPage

pytestmark = pytest.mark.django_db

STEPS = [
    "peer-support-worker",
    "senior-peer-support-worker",
    "peer-trainer",
    "lived-experience-lead",
    "lived-experience-director",
    "board-member",
]


def test_the_demo_has_six_steps_drawn_live_from_the_directory_board_and_blog(
    client, full_demo_site
):
    overview = PathwayIndexPage.objects.get()
    assert overview.live and overview.show_in_menus
    steps = list(overview.steps().order_by("path"))
    assert [step.slug for step in steps] == STEPS
    html = BeautifulSoup(client.get("/").content, "html.parser")
    assert html.find("a", href="/pathways/") is not None  # in the header
    listing = BeautifulSoup(client.get("/pathways/").content, "html.parser")
    assert [a["href"] for a in listing.select("ol.pathway h3 a")] == [s.url for s in steps]
    with_stories = set()
    for step in steps:
        assert step.role is not None, step.slug
        page = BeautifulSoup(client.get(step.url).content, "html.parser")
        assert page.h1.get_text() == step.title
        competences = page.find("section", attrs={"aria-labelledby": "step-competences-heading"})
        assert "Health Education England" in competences.get_text(), step.slug
        pay = page.find("section", attrs={"aria-labelledby": "step-pay-heading"})
        assert "Source:" in pay.get_text() and "Figures dated" in pay.get_text(), step.slug
        people = page.find("section", attrs={"aria-labelledby": "step-people-heading"})
        assert people.select(".profile-card"), step.slug  # the demo has people in every step
        if page.find("section", attrs={"aria-labelledby": "step-stories-heading"}):
            with_stories.add(step.slug)
    assert with_stories == {
        "peer-support-worker",
        "peer-trainer",
        "lived-experience-lead",
        "lived-experience-director",
    }
    board = BeautifulSoup(client.get("/pathways/board-member/").content, "html.parser")
    assert board.select(".role-card"), "the board has an open board role"
    stories = BlogPage.objects.filter(categories__slug="career-stories").live()
    assert stories.count() >= 2
    assert all(story.pathway_steps.exists() for story in stories)
    post = BeautifulSoup(client.get(stories.first().url).content, "html.parser")
    listed = post.find("section", attrs={"aria-labelledby": "pathway-steps-heading"})
    assert listed.find("a", href=lambda href: href and href.startswith("/pathways/"))


def test_loading_the_demo_twice_adds_and_links_nothing(full_demo_site):
    def state():
        stories = BlogPage.objects.filter(categories__slug="career-stories")
        return (
            PathwayStepPage.objects.count(),
            sorted(stories.values_list("latest_revision_id", flat=True)),
        )

    before = state()
    call_command("load_demo_content", stdout=io.StringIO())
    assert state() == before
