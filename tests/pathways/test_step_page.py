"""A career pathway step: what the role involves, its competences and pay with their source,
and, drawn live, the people in the directory holding its role, open paid roles of that type
and the career stories that describe it: live, public ones only, with public values only."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from network.models import Role
from pathways.models import PEOPLE_SHOWN, PathwayStepPage

from ..factories import (
    blog_index,
    board,
    local_datetime,
    make_post,
    make_profile,
    make_role,
)
from ..quality.planters import restrict_to_members

pytestmark = pytest.mark.django_db

PAY = "<p>Often <strong>band 3</strong>: £24,937 to £26,598 a year in 2025/26.</p>"


def page(client, step):
    response = client.get(step.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section(html, heading_id):
    return html.find("section", attrs={"aria-labelledby": heading_id})


def test_a_step_shows_the_role_its_competences_and_pay_with_source_and_date(client, make_step):
    step = make_step(
        "Peer support worker",
        role="peer-trainer",
        body=[("paragraph", "<p>You walk alongside people as an equal.</p>")],
        competences="<p>Health Education England's framework, in our words.</p>",
        pay=PAY,
        pay_source="NHS Employers: Agenda for Change pay scales 2025/26",
        pay_source_url="https://www.nhsemployers.org/",
        pay_as_of=date(2025, 4, 1),
    )
    html = page(client, step)
    assert html.h1.get_text() == "Peer support worker"
    assert "as an equal" in section(html, "step-involves-heading").get_text()
    assert "Health Education England" in section(html, "step-competences-heading").get_text()
    pay = section(html, "step-pay-heading")
    assert "£24,937 to £26,598" in pay.get_text()
    source = pay.select_one(".pathway-pay__source")
    assert source.a["href"] == "https://www.nhsemployers.org/"
    assert "Figures dated April 2025" in source.get_text()
    # Back to the overview it belongs to.
    assert html.select_one(".pathway-step__section a")["href"] == "/pathways/"


def test_a_step_without_pay_figures_says_there_are_none(client, make_step):
    html = page(client, make_step("Board member"))
    text = section(html, "step-pay-heading").get_text()
    assert "no public pay figures" in text
    assert html.select_one(".pathway-pay__source") is None


def test_pay_figures_need_their_source_and_date(overview):
    step = PathwayStepPage(title="Trainer", slug="trainer", intro="x", competences="<p>x</p>")
    step.pay = PAY
    with pytest.raises(ValidationError) as problem:
        step.clean()
    assert set(problem.value.error_dict) == {"pay_source", "pay_as_of"}
    step.pay_source, step.pay_as_of = "NHS Employers", timezone.localdate() + timedelta(days=900)
    with pytest.raises(ValidationError) as problem:
        step.clean()
    assert set(problem.value.error_dict) == {"pay_as_of"}
    step.pay_as_of = date(2025, 4, 1)
    step.clean()  # the control: figures with their source and date are fine


def test_people_in_this_role_are_live_public_profiles_holding_it(client, make_step, directory):
    step = make_step("Peer trainer", role="peer-trainer")
    make_profile(directory, "Ada Holder", roles=["peer-trainer"])
    make_profile(directory, "Bea Other", roles=["mentor"])
    make_profile(directory, "Cal Draft", roles=["peer-trainer"], live=False)
    html = page(client, step)
    people = section(html, "step-people-heading")
    names = [a.get_text() for a in people.select(".profile-card__name a")]
    assert names == ["Ada Holder"]
    link = people.find("a", href="/network/?role=peer-trainer")
    assert "See them in the directory" in link.get_text()
    # The directory's own filter finds the same person.
    assert "Ada Holder" in client.get(link["href"]).content.decode()


def test_cards_show_public_values_only_whoever_looks(client, make_step, directory, member_user):
    step = make_step("Peer trainer", role="peer-trainer")
    make_profile(
        directory, "Public Region", roles=["peer-trainer"], region="london",
        region_visibility="public",
    )  # fmt: skip
    make_profile(
        directory, "Members Region", roles=["peer-trainer"], region="wales",
        region_visibility="members",
    )  # fmt: skip
    for viewer in (None, member_user):
        if viewer:
            client.force_login(viewer)
        cards = section(page(client, step), "step-people-heading").select(".profile-card")
        assert len(cards) == 2
        text = " ".join(card.get_text() for card in cards)
        assert "London" in text
        assert "Wales" not in text


def test_people_are_capped_with_a_link_to_all_of_them(client, make_step, directory):
    step = make_step("Peer trainer", role="peer-trainer")
    for n in range(PEOPLE_SHOWN + 2):
        make_profile(directory, f"Holder {n:02d}", roles=["peer-trainer"])
    people = section(page(client, step), "step-people-heading")
    assert len(people.select(".profile-card")) == PEOPLE_SHOWN
    link = people.find("a", href="/network/?role=peer-trainer")
    assert f"See all {PEOPLE_SHOWN + 2} people" in link.get_text()


def test_open_roles_of_the_type_link_to_the_filtered_board(client, make_step, home_page):
    step = make_step("Peer trainer", role="peer-trainer")
    roles_board, trainer = board(home_page), Role.objects.get(slug="peer-trainer")
    soon = timezone.localdate() + timedelta(days=10)
    make_role(roles_board, "Open trainer role", role=trainer, closing_date=soon)
    make_role(
        roles_board, "Closed trainer role", role=trainer,
        closing_date=timezone.localdate() - timedelta(days=1),
    )  # fmt: skip
    make_role(roles_board, "Draft trainer role", role=trainer, closing_date=soon, live=False)
    make_role(roles_board, "Mentor role", role=Role.objects.get(slug="mentor"), closing_date=soon)
    roles = section(page(client, step), "step-roles-heading")
    assert [a.get_text() for a in roles.select(".role-card__title a")] == ["Open trainer role"]
    assert roles.find("a", href="/opportunities/?role=peer-trainer") is not None


def test_a_step_without_a_role_lists_no_people_or_roles(client, make_step, directory):
    make_profile(directory, "Ada Holder", roles=["peer-trainer"])
    html = page(client, make_step("Lived experience director"))
    assert section(html, "step-people-heading") is None
    assert section(html, "step-roles-heading") is None
    assert section(html, "step-involves-heading") is not None  # the control


def test_career_stories_are_the_live_public_posts_naming_the_step(client, make_step, home_page):
    step = make_step("Peer trainer", role="peer-trainer")
    other = make_step("Board member")
    blog = blog_index(home_page)
    make_post(blog, "My path to training", steps=[step])
    make_post(blog, "Draft story", steps=[step], live=False)
    restrict_to_members(make_post(blog, "Members story", steps=[step]))
    make_post(blog, "Board story", steps=[other])
    live = make_post(blog, "Planted live story", steps=[step])
    live.title = "Draft title of a live story"
    live.save_revision()
    stories = section(page(client, step), "step-stories-heading")
    titles = [a.get_text() for a in stories.select(".post-card__title a")]
    assert sorted(titles) == ["My path to training", "Planted live story"]
    assert "Board story" in section(page(client, other), "step-stories-heading").get_text()


def test_a_step_links_to_the_live_steps_before_and_after_it(client, make_step):
    first = make_step("Peer support worker")
    make_step("Unpublished step", live=False)
    second = make_step("Peer trainer")
    third = make_step("Board member")
    nav = page(client, second).find("nav", attrs={"aria-label": "Other steps"})
    assert nav.find("a", rel="prev")["href"] == first.url
    assert nav.find("a", rel="next")["href"] == third.url
    assert "Unpublished" not in nav.get_text()
    first_nav = page(client, first).find("nav", attrs={"aria-label": "Other steps"})
    assert first_nav.find("a", rel="prev") is None
    assert first_nav.find("a", rel="next")["href"] == second.url


def test_the_kept_lists_follow_publishing_and_the_clock(client, make_step, directory, clock):
    """People, open roles and stories are a kept fragment (pathway_step_page.html): a new
    holder of the role shows on the next view, and a role past its closing date leaves once
    the clock has moved on, though the step was viewed (and kept) before."""
    clock.move_to(local_datetime(timezone.localdate(), 23, 50))  # ten minutes to midnight
    step = make_step("Peer trainer", role="peer-trainer")
    make_profile(directory, "Ada Holder", roles=["peer-trainer"])
    roles_board = board(step.get_parent().get_parent())
    trainer = Role.objects.get(slug="peer-trainer")
    make_role(roles_board, "Trainer role", role=trainer, closing_date=timezone.localdate())

    def shown():
        html = page(client, step)
        people = section(html, "step-people-heading").select(".profile-card__name a")
        roles = section(html, "step-roles-heading").select(".role-card__title a")
        return [a.get_text() for a in people], [a.get_text() for a in roles]

    assert shown() == (["Ada Holder"], ["Trainer role"])
    make_profile(directory, "Bo Holder", roles=["peer-trainer"])
    assert shown() == (["Ada Holder", "Bo Holder"], ["Trainer role"])
    clock.shift(timedelta(minutes=20))  # the role closed at midnight; the fragment is fresh
    assert shown() == (["Ada Holder", "Bo Holder"], [])
