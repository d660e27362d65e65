"""A post as a reader sees it: byline, content note, references, metadata, related posts."""

import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from blog.models import BlogPage

from ..factories import author, paragraphs, png

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def jsonld(page_soup, kind):
    for script in page_soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data.get("@type") == kind:
            return data
    raise AssertionError(f"no {kind} JSON-LD")


def test_post_shows_standfirst_byline_date_and_reading_time(client, post):
    words = " ".join(["word"] * 450)
    page = post("Why boards need us", authors=["Ada Lovelace", "Grace Hopper"], body=words)
    html = soup(client.get(page.url))
    assert html.h1.get_text() == "Why boards need us"
    assert "Standfirst of Why boards need us." in html.select_one(".post__header").get_text()
    byline = html.select_one(".byline").get_text(" ", strip=True)
    assert byline.startswith("By Ada Lovelace") and "and Grace Hopper" in byline
    assert "3 minutes to read" in html.select_one(".post__meta").get_text()
    shown = html.select_one(".post__meta time")["datetime"]
    assert shown == timezone.localdate().isoformat()


def test_display_date_defaults_to_first_publication_and_editor_date_wins(post):
    plain = post("Plain")
    assert plain.date == timezone.localdate(plain.first_published_at)
    chosen = post("Backdated", date=date(2025, 3, 14))
    assert chosen.date == date(2025, 3, 14)
    # A later edit and publish keeps the first publication's date, not today's.
    # Midday UTC: the same date in London whatever the season (a time near midnight, counted
    # back from now, can cross a clock change and land on the next local day).
    first = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
    BlogPage.objects.filter(pk=plain.pk).update(first_published_at=first, date=None)
    plain = BlogPage.objects.get(pk=plain.pk)
    plain.save_revision().publish()
    plain.refresh_from_db()
    assert plain.date == date(2025, 6, 1)


def test_content_note_is_shown_before_the_body_in_a_marked_box(client, post):
    page = post("Hard week", content_note="Mentions self-harm.", body="The body text.")
    html = soup(client.get(page.url))
    note = html.select_one("aside.content-note")
    assert note is not None and "Mentions self-harm." in note.get_text()
    assert note.find(id="content-note-heading").get_text() == "Content note"
    text = str(html)
    assert text.index("Mentions self-harm.") < text.index("The body text.")
    # The note points to the urgent-help box every page carries.
    assert html.find(id=note.find("a")["href"][1:]) is not None


def test_no_content_note_box_without_a_note(client, post):
    html = soup(client.get(post("Light read", body="An easy-going piece.").url))
    assert html.h1.get_text() == "Light read"
    assert "An easy-going piece." in html.get_text()  # the post is there, with no note box
    assert html.select_one(".content-note") is None


def test_references_render_as_a_formatted_list(client, post):
    page = post("Evidence")
    page.references = json.dumps(
        [
            {
                "type": "reference",
                "value": {
                    "authors": "Davidson L., Bellamy C., Guy K. and Miller R.",
                    "year": "2012",
                    "title": "Peer support among persons with severe mental illnesses",
                    "source": "World Psychiatry, 11(2), pp. 123-128",
                    "url": "https://doi.org/10.1002/j.2051-5545.2012.tb00112.x",
                    "accessed": "2026-10-01",
                },
            },
            {
                "type": "reference",
                "value": {"authors": "NHS England", "year": "2019", "title": "Long Term Plan"},
            },
        ]
    )
    page.save_revision().publish()
    html = soup(client.get(page.url))
    items = html.select("ol.reference-list > li")
    assert len(items) == 2
    first = items[0].get_text(" ", strip=True)
    assert first.startswith("Davidson L., Bellamy C., Guy K. and Miller R. (2012)")
    assert items[0].cite.get_text() == "Peer support among persons with severe mental illnesses"
    assert "World Psychiatry, 11(2), pp. 123-128" in first
    assert "(accessed 1 October 2026)" in first
    assert items[0].a["href"] == "https://doi.org/10.1002/j.2051-5545.2012.tb00112.x"
    assert items[1].get_text(" ", strip=True) == "NHS England (2019) Long Term Plan ."


def test_a_reference_accessed_in_the_future_is_refused(post):
    from blog.blocks import ReferenceBlock

    block = ReferenceBlock()
    value = block.to_python(
        {
            "authors": "NICE",
            "year": "2021",
            "title": "NG197",
            "accessed": (timezone.localdate() + timedelta(days=3)).isoformat(),
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_hero_image_needs_alt_text(post, blog):
    image = get_image_model().objects.create(title="hero", file=png("hero"))
    page = BlogPage(title="Pictured", standfirst="s", body=paragraphs("x"), hero_image=image)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "hero_alt_text" in error.value.message_dict


def test_byline_links_to_the_profile_only_while_it_is_live_and_public(client, post, make_profile):
    profile = make_profile("Rosa Member")
    writer = author("Rosa Member", profile=profile, role_line="Peer trainer")
    page = post("Linked", authors=[writer])
    link = soup(client.get(page.url)).select_one(".byline a")
    assert link is not None and link["href"] == profile.url
    assert "Peer trainer" in soup(client.get(page.url)).select_one(".byline").get_text()

    restriction = PageViewRestriction.objects.create(
        page=profile, restriction_type=PageViewRestriction.LOGIN
    )
    byline = soup(client.get(page.url)).select_one(".byline")
    assert "Rosa Member" in byline.get_text() and byline.a is None
    restriction.delete()

    profile.unpublish()
    html = soup(client.get(page.url))
    assert "Rosa Member" in html.select_one(".byline").get_text()
    assert html.select_one(".byline a") is None
    assert profile.url_path.rstrip("/").rsplit("/", 1)[-1] not in str(html.select_one(".byline"))
    # The byline survives the profile being deleted outright.
    profile.delete()
    html = soup(client.get(page.url))
    assert "Rosa Member" in html.select_one(".byline").get_text()


def test_structured_data_and_open_graph(client, post, make_profile):
    profile = make_profile("Jay Writer")
    image = get_image_model().objects.create(title="hero", file=png("hero", size=(800, 500)))
    page = post(
        "Structured",
        authors=[author("Jay Writer", profile=profile), "Guest Writer"],
        categories=["leadership"],
        tags=["boards"],
        hero_image=image,
        hero_alt_text="Two chairs",
    )
    html = soup(client.get(page.url))
    data = jsonld(html, "BlogPosting")
    assert data["headline"] == "Structured"
    assert [a["name"] for a in data["author"]] == ["Jay Writer", "Guest Writer"]
    assert data["author"][0]["url"].endswith(profile.url)
    assert "url" not in data["author"][1]
    assert data["datePublished"] == page.date.isoformat()
    assert data["dateModified"].startswith(str(timezone.localdate(page.last_published_at)))
    assert data["image"].startswith("http") and ".fill-1200x630" in data["image"]
    meta = {m.get("property"): m["content"] for m in html.find_all("meta") if m.get("property")}
    assert meta["og:type"] == "article"
    assert meta["article:section"] == "Leadership"
    assert meta["article:tag"] == "boards"
    assert meta["article:published_time"] == page.date.isoformat()
    assert html.find("link", rel="canonical")["href"].endswith(page.url)


def test_structured_data_never_links_a_withdrawn_profile(client, post, make_profile):
    profile = make_profile("Withdrawn Writer")
    page = post("Old post", authors=[author("Withdrawn Writer", profile=profile)])
    profile.unpublish()
    data = jsonld(soup(client.get(page.url)), "BlogPosting")
    assert data["author"] == [{"@type": "Person", "name": "Withdrawn Writer"}]


def test_related_posts_share_categories_and_tags_and_are_live_and_public(client, post):
    page = post("Subject", categories=["pay"], tags=["fees", "vouchers"])
    best = post("Best match", categories=["pay"], tags=["fees", "vouchers"])
    good = post("Good match", categories=["pay"], tags=["fees"])
    fair = post("Fair match", tags=["vouchers"])
    post("Weaker match", categories=["pay"])  # one shared item, as "Fair match" has
    post("Unrelated", categories=["wellbeing"], tags=["rest"])
    post("Draft match", categories=["pay"], tags=["fees", "vouchers"], live=False)
    post("Private match", categories=["pay"], tags=["fees", "vouchers"], restricted=True)
    related = [p.title for p in page.related_posts()]
    assert related[:2] == [best.title, good.title]
    assert len(related) == 3 and related[2] in {fair.title, "Weaker match"}
    html = soup(client.get(page.url)).select_one(".related-posts").get_text()
    assert "Best match" in html and "Unrelated" not in html
    assert "Draft match" not in html and "Private match" not in html


def test_kept_related_posts_follow_publishing(client, post):
    """The related posts are kept with the published content (blog_page.html): a new related
    post shows on the next view, and one unpublished leaves it."""
    page = post("Subject", categories=["pay"])
    first = post("First match", categories=["pay"])

    def related():
        section = soup(client.get(page.url)).select_one(".related-posts")
        return [h.get_text(strip=True) for h in section.select("h3")] if section else []

    assert related() == ["First match"]
    assert related() == ["First match"]  # kept
    post("Second match", categories=["pay"])
    assert set(related()) == {"First match", "Second match"}
    first.unpublish()
    assert related() == ["Second match"]


def test_no_related_section_for_a_post_with_nothing_in_common(client, post):
    page = post("Alone", categories=["unique-cat"], body="Nothing like the others.")
    post("Other", categories=["another-cat"])
    html = soup(client.get(page.url))
    assert html.h1.get_text() == "Alone" and "Nothing like the others." in html.get_text()
    assert html.select_one(".related-posts") is None


def test_post_page_queries_do_not_grow_with_related_posts(
    client, post, django_assert_max_num_queries
):
    page = post("Hub", categories=["pay"], tags=["fees"])
    for n in range(3):
        post(f"Neighbour {n}", categories=["pay"], tags=["fees"], authors=[f"Writer {n}"])
    client.get(page.url)  # warm the navigation cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get(page.url)
    for n in range(3, 30):
        post(f"Neighbour {n}", categories=["pay"], tags=["fees"], authors=[f"Writer {n}"])
    client.get(page.url)
    with CaptureQueriesContext(connection) as many:
        client.get(page.url)
    assert len(many) == len(few)


def test_reading_time_counts_text_not_markup():
    from blog.models.pages import reading_minutes

    page = BlogPage(body=paragraphs(*(["<strong>one</strong> two three"] * 140)))
    assert reading_minutes(page.body) == 3  # 420 words at 200 a minute
    assert reading_minutes(BlogPage(body="[]").body) == 1


def test_member_profile_lists_their_live_posts_only(client, post, make_profile):
    profile = make_profile("Noor Author")
    writer = author("Noor Author", profile=profile)
    post("Noor's live post", authors=[writer])
    post("Noor's draft post", authors=[writer], live=False)
    post("Noor's private post", authors=[writer], restricted=True)
    post("Someone else's post", authors=["Other Person"])
    section = soup(client.get(profile.url)).select_one(".member-posts")
    assert section is not None
    text = section.get_text()
    assert "Noor's live post" in text
    assert "draft" not in text and "private" not in text and "Someone else" not in text


def test_member_posts_follow_publishing_at_once(client, post, make_profile):
    """The section is kept between requests (blog/sections.py) until content changes."""
    profile = make_profile("Noor Author")
    writer = author("Noor Author", profile=profile)
    first = post("Noor's first post", authors=[writer])
    assert "Noor's first post" in soup(client.get(profile.url)).select_one(".member-posts").text
    post("Noor's second post", authors=[writer])
    text = soup(client.get(profile.url)).select_one(".member-posts").get_text()
    assert "Noor's first post" in text and "Noor's second post" in text
    first.unpublish()
    text = soup(client.get(profile.url)).select_one(".member-posts").get_text()
    assert "Noor's second post" in text and "Noor's first post" not in text


def test_profile_without_posts_has_no_posts_section(client, make_profile):
    profile = make_profile("Quiet Member")
    html = soup(client.get(profile.url))
    assert html.h1.get_text(strip=True) == "Quiet Member"  # the profile, without the section
    assert html.select_one(".member-posts") is None


def test_home_page_shows_the_latest_three_live_posts(client, post, home_page):
    for n in range(4):
        post(f"Home post {n}", date=date(2026, 1, 1 + n))
    post("Home draft", live=False, date=date(2026, 2, 1))
    post("Home private", restricted=True, date=date(2026, 2, 2))
    section = soup(client.get("/")).find(id="latest-posts-heading").find_parent("section")
    titles = [h.get_text(strip=True) for h in section.select(".post-card__title")]
    assert titles == ["Home post 3", "Home post 2", "Home post 1"]
    assert re.search(r"Home (draft|private)", section.get_text()) is None


def test_a_post_without_an_image_gets_the_same_image_area_as_one_with(client, post, home_page):
    image = get_image_model().objects.create(title="banner", file=png("banner"))
    post("Pictured post", hero_image=image, hero_alt_text="Chairs in a circle")
    post("Words only post")
    for page in ("/", "/blog/"):
        cards = {
            card.select_one(".post-card__title").get_text(strip=True): card
            for card in soup(client.get(page)).select(".post-card")
        }
        pictured, words_only = cards["Pictured post"], cards["Words only post"]
        assert pictured.select_one("img.post-card__image") is not None
        assert pictured.select_one(".image-placeholder") is None
        placeholder = words_only.select_one(".post-card__image.image-placeholder")
        assert placeholder is not None and placeholder["aria-hidden"] == "true"
        assert words_only.find("img") is None


def test_search_finds_a_post_with_its_date_and_standfirst(client, post):
    post("Searchable thoughts", date=date(2026, 5, 4), standfirst="Notes on zebrafinch matters.")
    html = soup(client.get("/search/", {"q": "zebrafinch"}))
    card = html.select_one(".search-result--post")
    assert card.select_one(".search-result__title a").get_text() == "Searchable thoughts"
    assert card.select_one("time")["datetime"] == "2026-05-04"
    assert "Notes on zebrafinch matters." in card.get_text()
