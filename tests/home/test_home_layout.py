"""The home page's shape (issue 18, "look at 1280 px"): a hero with a second column (the
editor's image, or a pattern when there is none) and text runs with their call-outs beside
them (post cards: tests/blog/test_post_page.py). tests/browser/test_home_layout.py measures
what this looks like at 1280 px."""

import json
import uuid

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from home.blocks import default_home_sections

from ..factories import ImageFactory, publish


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def block(kind, value):
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def revise_home(home_page, **fields):
    """Change the home page as an editor does: a new revision, then published."""
    for name, value in fields.items():
        setattr(home_page, name, value)
    home_page.save_revision()
    return publish(home_page)


@pytest.mark.django_db
def test_without_an_image_the_hero_shows_a_decorative_pattern(client, home_page):
    hero = soup_of(client.get("/")).select_one("section.hero")
    assert hero.h1.get_text(strip=True) == "Lived experience is leadership"
    pattern = hero.select_one(".hero__pattern")
    assert pattern is not None and pattern["aria-hidden"] == "true"
    assert pattern.find("svg") is not None
    assert hero.find("img") is None


@pytest.mark.django_db
def test_the_editors_image_fills_the_hero_with_its_description(client, home_page):
    image = ImageFactory(title="Members at the Leeds day")
    revise_home(home_page, hero_image=image, hero_alt_text="Members talking round a table in Leeds")
    soup = soup_of(client.get("/"))
    hero = soup.select_one("section.hero")
    img = hero.select_one(".hero__figure img")
    assert img is not None and img["alt"] == "Members talking round a table in Leeds"
    assert hero.select_one(".hero__pattern") is None
    # The same image, described, is what a shared link to the home page shows.
    assert ".fill-1200x630" in soup.find("meta", property="og:image")["content"]
    alt = soup.find("meta", property="og:image:alt")["content"]
    assert alt == "Members talking round a table in Leeds"


@pytest.mark.django_db
def test_an_image_without_a_description_is_refused(home_page):
    home_page.hero_image = ImageFactory(title="Undescribed")
    home_page.hero_alt_text = "  "
    with pytest.raises(ValidationError) as error:
        home_page.full_clean()
    assert "hero_alt_text" in error.value.message_dict
    home_page.hero_alt_text = "A hall with chairs in a circle"
    home_page.full_clean()  # described: accepted


@pytest.mark.django_db
def test_each_text_run_keeps_its_call_outs_beside_its_own_text(client, home_page):
    body = [
        block("heading", {"text": "Why LEAD exists", "level": "h2"}),
        block("paragraph", "<p>Knowing from living through it is expertise.</p>"),
        block("callout", {"tone": "info", "heading": "Fair pay, always", "text": "<p>Pay.</p>"}),
        block("heading", {"text": "How it works", "level": "h2"}),
        block("paragraph", "<p>Members list themselves; organisations find them.</p>"),
        *default_home_sections(),
    ]
    revise_home(home_page, body=json.dumps(body))
    runs = soup_of(client.get("/")).select("main .home-text")
    assert [run.select_one(".home-text__heading h2").get_text() for run in runs] == [
        "Why LEAD exists",
        "How it works",
    ]
    first, second = runs
    assert "home-text--with-aside" in first["class"]
    assert "Knowing from living" in first.select_one(".home-text__main").get_text()
    aside = first.select_one(".home-text__aside")
    assert "Fair pay, always" in aside.get_text()
    assert "Knowing from living" not in aside.get_text()
    # A run with nothing to set beside it is one readable column, with no empty side.
    assert "home-text--with-aside" not in second["class"]
    assert second.select_one(".home-text__aside") is None
    assert "Members list themselves" in second.select_one(".home-text__main").get_text()
