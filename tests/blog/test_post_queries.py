"""A post reads little on its own page (lead/serving.py, BlogPage.get_context): its category
and tag links, its hero image and its authors' links are the same whether the post was routed
afresh (from the pages its route read) or from a kept route."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import BlogCategory
from lead import serving

from ..factories import ImageFactory, author, category, make_profile

pytestmark = pytest.mark.django_db


def links(response, selector):
    html = BeautifulSoup(response.content, "html.parser")
    return [(a.get_text(strip=True), a["href"]) for a in html.select(selector)]


def test_a_posts_links_are_the_same_routed_afresh_or_kept(client, rf, blog, post, directory):
    profile = make_profile(directory, "Sam Rivers")
    hero = ImageFactory(title="Hero")
    made = post(
        "On boards", categories=["leadership"], tags=["budget"], hero_image=hero,
        hero_alt_text="A meeting", authors=[author("Sam Rivers", profile=profile)],
    )  # fmt: skip
    seen = []
    for route_kept in (False, True):
        cache.clear()
        if route_kept:  # the route alone is kept: the page reads its index itself
            serving.route_for_request(rf.get(made.url), made.url)
        response = client.get(made.url)
        assert response.status_code == 200
        seen.append(
            (
                links(response, ".post__categories a"),
                links(response, ".tags a"),
                links(response, ".byline a"),
                [
                    img["src"]
                    for img in BeautifulSoup(response.content, "html.parser").select(
                        ".post__hero img"
                    )
                ],
            )
        )
    categories, tags, bylines, heroes = seen[0]
    assert categories == [("Leadership", f"{blog.url}category/leadership/")]
    assert tags == [("budget", f"{blog.url}tag/budget/")]
    assert ("Sam Rivers", profile.url) in bylines
    assert len(heroes) == 1 and "width-1200" in heroes[0]
    assert seen[0] == seen[1]


def test_the_hero_and_share_renditions_are_read_in_one_query(client, post):
    made = post("Pictured", hero_image=ImageFactory(title="Hero"), hero_alt_text="People")
    client.get(made.url)  # makes the renditions
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        html = client.get(made.url).content.decode()
    # (The query that finds the site reads the default share image's rendition as columns.)
    renditions = [q["sql"] for q in context if q["sql"].startswith('SELECT "wagtailimages_rendi')]
    assert len(renditions) == 1, renditions
    assert "fill-1200x630" in html and "width-1200" in html  # og:image and the hero


def test_categories_and_tags_come_in_one_query_in_their_order(client, post):
    """Categories in the editors' order (their sort order), tags by name, read together."""
    made = post(
        "Sorted", categories=["wellbeing", "leadership"], tags=["pay", "boards", "governance"]
    )
    BlogCategory.objects.filter(slug="wellbeing").update(sort_order=1)
    BlogCategory.objects.filter(slug="leadership").update(sort_order=2)
    client.get(made.url)
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        response = client.get(made.url)
    assert [name for name, _ in links(response, ".post__categories a")] == [
        "Wellbeing",
        "Leadership",
    ]
    assert [name for name, _ in links(response, ".tags a")] == ["boards", "governance", "pay"]
    read = [
        q["sql"] for q in context if "blog_blogcategory" in q["sql"] or "taggit_tag" in q["sql"]
    ]
    assert len(read) == 1, read
    assert " UNION ALL " in read[0]


def test_a_post_without_categories_or_tags_shows_neither(client, post):
    made = post("Plain")
    html = BeautifulSoup(client.get(made.url).content, "html.parser")
    assert html.h1.get_text() == "Plain"  # the control: the post is shown
    assert html.select(".post__categories") == [] and html.select(".tags") == []


def test_a_preview_shows_the_categories_and_tags_chosen_in_the_draft(post):
    made = post("Draft choices", categories=["leadership"], tags=["boards"])
    made.categories = [category("research")]
    made.tags.set(["zines", "art"])
    made.save_revision()
    draft = made.get_latest_revision_as_object()
    categories, tags = draft.categories_and_tags()
    assert [c.slug for c in categories] == ["research"]
    assert [t.name for t in tags] == ["art", "zines"]
    live_categories, live_tags = type(made).objects.get(pk=made.pk).categories_and_tags()
    assert [c.slug for c in live_categories] == ["leadership"]  # the live post is unchanged
    assert [t.name for t in live_tags] == ["boards"]
