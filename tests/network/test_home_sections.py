"""Editors arrange the home page: its sections are blocks of its body, provided by the feature
apps (the featured profiles block stands for all of them here)."""

import json

import pytest
from bs4 import BeautifulSoup

from home.models import HomePage

SECTION = {"aria-labelledby": "featured-profiles-heading"}


def publish_body(home, body):
    home = HomePage.objects.get(pk=home.pk)
    home.body = json.dumps(body)
    home.save_revision().publish()


def home_soup(client):
    return BeautifulSoup(client.get("/").content, "html.parser")


def card_names(section):
    return [h.get_text(strip=True) for h in section.select(".profile-card__name")]


@pytest.mark.django_db
def test_a_new_home_page_has_every_feature_section_in_order(home_page):
    types = [block.block_type for block in HomePage.objects.get(pk=home_page.pk).body]
    sections = [t for t in types if t in {"featured_profiles", "latest_posts", "upcoming_events"}]
    assert sections == ["featured_profiles", "latest_posts", "upcoming_events"]
    assert types.index("upcoming_events") < types.index("paid_roles")


@pytest.mark.django_db
def test_editors_set_a_sections_heading_and_count(client, home_page, make_profile):
    for name in ("Ada Lovelock", "Bo Brightwater", "Cy Calder"):
        make_profile(name)
    section = home_soup(client).find("section", attrs=SECTION)
    assert section.h2.get_text(strip=True) == "Meet lived-experience leaders"
    assert len(card_names(section)) == 3

    publish_body(
        home_page,
        [{"type": "featured_profiles", "value": {"heading": "People to meet", "count": 1}}],
    )
    section = home_soup(client).find("section", attrs=SECTION)
    assert section.h2.get_text(strip=True) == "People to meet"
    assert card_names(section) == ["Cy Calder"]  # the newest


@pytest.mark.django_db
def test_removing_a_block_removes_its_section_and_order_is_the_editors(
    client, home_page, make_profile
):
    make_profile("Ada Lovelock")
    text = {"type": "paragraph", "value": "<p>Words from the editors.</p>"}
    section = {"type": "featured_profiles", "value": {"heading": "People", "count": 4}}
    publish_body(home_page, [section, text])
    soup = home_soup(client)
    heading, words = (
        soup.find("h2", string="People"),
        soup.find("p", string="Words from the editors."),
    )
    assert heading.find_all_next("p", string="Words from the editors.") == [words]

    publish_body(home_page, [text])
    soup = home_soup(client)
    assert soup.find("p", string="Words from the editors.")  # the page still renders its text
    assert soup.find("section", attrs=SECTION) is None
    assert "Ada Lovelock" not in soup.get_text()


@pytest.mark.django_db
def test_each_section_may_be_placed_once():
    body = HomePage._meta.get_field("body").stream_block
    for name in ("featured_profiles", "latest_posts", "upcoming_events", "paid_roles"):
        assert body.meta.block_counts[name] == {"max_num": 1}
