"""The "Follow LEAD" page: the feeds and calendar the site really offers, explained in plain
words, linked from every page's footer and from the feed and calendar links."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import FollowPage, HomePage, StandardPage

from ..factories import board, follow_page, make_post
from ..sitemaps import sitemap_text

FOLLOW_LABEL = "Follow LEAD"


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def link_texts(soup):
    return {a.get_text(" ", strip=True): a["href"] for a in soup.find("main").find_all("a")}


def footer_links(soup):
    footer = soup.find("nav", attrs={"aria-label": "Footer"})
    return {a.get_text(strip=True): a["href"] for a in footer.find_all("a")}


@pytest.mark.django_db
def test_the_page_lists_each_feed_and_the_calendar_with_their_addresses(client, home_page, blog):
    follow_page(home_page, intro="Hear about new posts without checking the website.")
    board(home_page)
    make_post(blog, "Paying people fairly", categories=["pay"])
    make_post(blog, "A draft about boards", categories=["boards"], live=False)

    soup = soup_of(client.get("/follow/"))
    main = soup.find("main")
    text = main.get_text(" ", strip=True)
    assert soup.find("h1").get_text() == "Follow LEAD"
    assert "Hear about new posts without checking the website." in text
    headings = [h.get_text(strip=True) for h in main.find_all(["h2", "h3"])]
    assert headings == [
        "Follow us in a feed reader",
        "Blog",
        "Paid opportunities",
        "Add our events to your calendar",
        "Events",
    ]
    # Each feed's address to copy, and links to open it.
    addresses = [code.get_text() for code in main.find_all("code")]
    assert addresses == [
        "http://testserver/blog/feed/rss/",
        "http://testserver/opportunities/feed/rss/",
        "http://testserver/events/calendar.ics",
    ]
    links = link_texts(soup)
    assert links["Open the feed : Blog"] == "http://testserver/blog/feed/rss/"
    assert links["Atom version of Blog"] == "http://testserver/blog/feed/atom/"
    assert links["Open the feed : Paid opportunities"] == (
        "http://testserver/opportunities/feed/rss/"
    )
    # The calendar opens a calendar app's "subscribe" with webcal:, on the same address.
    assert links["Subscribe in your calendar app : Events"] == (
        "webcal://testserver/events/calendar.ics"
    )
    # A feed per topic, for topics with live posts only.
    assert links["Pay (feed)"] == "http://testserver/blog/category/pay/feed/rss/"
    assert "Boards (feed)" not in links


@pytest.mark.django_db
def test_every_address_the_page_names_answers(client, home_page, blog):
    follow_page(home_page)
    board(home_page)
    make_post(blog, "Paying people fairly", categories=["pay"])
    soup = soup_of(client.get("/follow/"))
    addresses = [code.get_text() for code in soup.find("main").find_all("code")]
    addresses += [href for href in link_texts(soup).values() if href.startswith("http")]
    assert len(set(addresses)) == 6  # three feeds and their Atom versions, a topic, the calendar
    for address in set(addresses):
        response = client.get(address.removeprefix("http://testserver"))
        assert response.status_code == 200, address


@pytest.mark.django_db
def test_a_section_that_is_not_live_offers_nothing(client, home_page, blog):
    follow_page(home_page)
    blog.unpublish()
    soup = soup_of(client.get("/follow/"))
    headings = [h.get_text(strip=True) for h in soup.find("main").find_all(["h2", "h3"])]
    assert "Add our events to your calendar" in headings
    assert "Follow us in a feed reader" not in headings
    assert "/blog/feed/" not in soup.find("main").decode()

    Page.objects.get(slug="events").unpublish()
    text = soup_of(client.get("/follow/")).find("main").get_text(" ", strip=True)
    assert "There are no feeds or calendars to follow yet." in text
    assert "Add our events to your calendar" not in text


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/about/", "/blog/", "/events/", "/search/?q=leader"])
def test_every_page_links_to_the_follow_page_from_its_footer(client, home_page, path):
    follow = follow_page(home_page)
    links = footer_links(soup_of(client.get(path)))
    assert links[FOLLOW_LABEL] == "/follow/"
    follow.unpublish()
    links = footer_links(soup_of(client.get(path)))
    assert FOLLOW_LABEL not in links
    assert links["Privacy notice"] == "/privacy/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("/blog/", "What feeds are and how to follow us"),
        ("/opportunities/", "What feeds are and how to follow us"),
        ("/events/", "How to subscribe to the calendar"),
    ],
)
def test_the_feed_and_calendar_links_lead_to_the_follow_page(client, home_page, path, label):
    board(home_page)
    follow = follow_page(home_page)
    assert link_texts(soup_of(client.get(path)))[label] == "/follow/"
    follow.unpublish()
    links = link_texts(soup_of(client.get(path)))
    assert label not in links
    assert any(text.startswith(("RSS feed", "Subscribe to the events")) for text in links)


@pytest.mark.django_db
def test_search_and_the_sitemap_find_the_page(client, home_page):
    follow_page(home_page, intro="Follow us in a feed reader or your calendar.")
    results = soup_of(client.get("/search/", {"q": "calendar"})).find("main")
    assert "/follow/" in [a["href"] for a in results.find_all("a")]
    assert "<loc>http://testserver/follow/</loc>" in sitemap_text(client)


class FollowPageRulesTests(WagtailPageTestCase):
    def test_one_follow_page_under_the_home_page(self):
        self.assertAllowedParentPageTypes(FollowPage, {HomePage})
        self.assertAllowedSubpageTypes(FollowPage, set())
        self.assertEqual(FollowPage.max_count, 1)
        self.assertCanNotCreateAt(StandardPage, FollowPage)
