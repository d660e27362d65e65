"""RSS 2.0 and Atom feeds, parsed as a feed reader would, and their autodiscovery links."""

from datetime import date

import feedparser
import pytest
from bs4 import BeautifulSoup

from blog.models import BlogPage

from ..factories import author

pytestmark = pytest.mark.django_db

FEEDS = ["feed/rss/", "feed/atom/"]


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize("path", FEEDS)
def test_feed_lists_live_public_posts_with_absolute_links(client, blog, post, path):
    post("First post", date=date(2026, 1, 10), categories=["pay"], authors=["Ada", "Bo"])
    post("Second post", date=date(2026, 2, 10), content_note="Mentions grief.")
    post("Draft post", live=False)
    post("Private post", restricted=True)
    response, feed = parse(client, f"{blog.url}{path}")
    # Served as XML, so a browser applies the feed's stylesheet (home/feeds.py); readers
    # tell the format from the document.
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert feed.version == ("rss20" if "rss" in path else "atom10")
    assert feed.feed.title.startswith("Blog")
    assert feed.feed.link == "http://testserver/blog/"
    assert [entry.title for entry in feed.entries] == ["Second post", "First post"]
    first = feed.entries[1]
    assert first.link == "http://testserver/blog/first-post/"
    assert first.author == "Ada, Bo" or first.author_detail.name == "Ada, Bo"
    assert [tag.term for tag in first.tags] == ["Pay"]
    assert first.published_parsed[:3] == (2026, 1, 10)
    assert "Standfirst of First post." in first.summary
    assert "Mentions grief." in feed.entries[0].summary
    body = response.content.decode()
    assert "Draft post" not in body and "Private post" not in body


@pytest.mark.parametrize("path", FEEDS)
def test_category_feed_holds_only_that_category(client, blog, post, path):
    post("Pay news", categories=["pay"])
    post("Board news", categories=["boards"])
    _, feed = parse(client, f"{blog.url}category/pay/{path}")
    assert [entry.title for entry in feed.entries] == ["Pay news"]
    assert feed.feed.link == "http://testserver/blog/category/pay/"


def test_atom_feed_has_updated_dates_and_self_link(client, blog, post):
    post("Atom post")
    _, feed = parse(client, f"{blog.url}feed/atom/")
    entry = feed.entries[0]
    assert entry.updated_parsed is not None
    assert any(
        link.rel == "self" and link.href == "http://testserver/blog/feed/atom/"
        for link in feed.feed.links
    )


def test_feed_names_authors_even_after_their_profile_is_withdrawn(client, blog, post, make_profile):
    profile = make_profile("Feed Writer")
    post("Feed post", authors=[author("Feed Writer", profile=profile)])
    profile.unpublish()
    _, feed = parse(client, f"{blog.url}feed/rss/")
    assert "Feed Writer" in feed.entries[0].author


@pytest.mark.parametrize("url", ["/", "/about/", "/blog/", "/search/?q=x"])
def test_every_page_advertises_the_feeds(client, blog, post, url):
    page = post("Advertised")
    for path in (url, page.url):
        html = BeautifulSoup(client.get(path).content, "html.parser")
        rss = html.find("link", rel="alternate", type="application/rss+xml")
        atom = html.find("link", rel="alternate", type="application/atom+xml")
        assert rss is not None and rss["href"] == "/blog/feed/rss/"
        assert atom is not None and atom["href"] == "/blog/feed/atom/"


def test_feed_links_go_when_the_blog_is_unpublished(client, blog):
    assert 'type="application/rss+xml"' in client.get("/about/").content.decode()
    blog.unpublish()
    about = client.get("/about/").content.decode()
    assert "<h1>About LEAD</h1>" in about  # the page, without the feed's link
    assert 'type="application/rss+xml"' not in about
    feed = client.get("/blog/feed/rss/")
    assert feed.status_code == 404 and "Page not found" in feed.content.decode()


@pytest.mark.parametrize("path", FEEDS)
def test_a_reader_with_the_current_feed_gets_304(client, blog, post, clock, path):
    """An unchanged feed answers If-None-Match and If-Modified-Since with 304 and no body; once
    it changes, even by losing an older post (the newest date stays the same), it answers in
    full."""
    post("Older post", date=date(2026, 1, 10))
    post("Newer post", date=date(2026, 2, 10))
    url = f"{blog.url}{path}"
    first = client.get(url)
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('"') and modified
    unchanged = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert unchanged.status_code == 304 and unchanged.content == b""
    assert unchanged["ETag"] == etag
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"another"').status_code == 200

    clock.shift(60)
    BlogPage.objects.get(title="Older post").unpublish()
    by_etag = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert by_etag.status_code == 200 and "Older post" not in by_etag.content.decode()
    assert by_etag["ETag"] != etag
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=modified)
    assert by_date.status_code == 200 and "Newer post" in by_date.content.decode()
