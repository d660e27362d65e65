"""Every RSS and Atom feed names the stylesheet that makes it a readable page in a browser
(home/feeds.py, static/xsl/feed.xsl), stays a feed a reader can parse, links to the Follow page,
and gets the policy that lets a browser draw it."""

import feedparser
import pytest
from defusedxml import ElementTree, minidom
from django.conf import settings
from django.contrib.staticfiles import finders
from whitenoise.media_types import MediaTypes

from ..factories import board, follow_page, make_post, make_role

pytestmark = pytest.mark.django_db

FEEDS = [
    "/blog/feed/rss/",
    "/blog/feed/atom/",
    "/blog/category/pay/feed/rss/",
    "/blog/category/pay/feed/atom/",
    "/opportunities/feed/rss/",
    "/opportunities/feed/atom/",
]
XSL = "{http://www.w3.org/1999/XSL/Transform}"
ATOM = "http://www.w3.org/2005/Atom"


@pytest.fixture
def feeds_site(home_page, blog):
    make_post(blog, "Paying people fairly", categories=["pay"])
    make_role(board(home_page), "Peer trainer")
    return home_page


def stylesheet_instructions(content):
    """The document's processing instructions before its root element: [(target, data)]."""
    document = minidom.parseString(content)
    instructions = []
    for node in document.childNodes:
        if node.nodeType == node.ELEMENT_NODE:
            break
        if node.nodeType == node.PROCESSING_INSTRUCTION_NODE:
            instructions.append((node.target, node.data))
    return instructions


def related_links(content):
    """The feed's own <link rel="related"> (Atom) or <atom:link rel="related"> (RSS)."""
    root = ElementTree.fromstring(content)
    channel = root.find("channel")
    links = (channel if channel is not None else root).findall(f"{{{ATOM}}}link")
    return [(link.get("href"), link.get("title")) for link in links if link.get("rel") == "related"]


@pytest.mark.parametrize("url", FEEDS)
def test_feed_names_its_stylesheet_and_stays_a_valid_feed(client, feeds_site, url):
    follow_page(feeds_site)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    # The processing instruction comes before the root element, naming the same-origin XSLT.
    assert stylesheet_instructions(response.content) == [
        ("xml-stylesheet", 'href="/static/xsl/feed.xsl" type="text/xsl"')
    ]
    # A feed reader still reads it as the feed it was.
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == ("rss20" if "rss" in url else "atom10")
    assert feed.entries and feed.entries[0].link.startswith("http://testserver/")
    # It names the Follow page, which the browser's page links to.
    assert related_links(response.content) == [
        ("http://testserver/follow/", "How to follow us: feeds and calendars explained")
    ]


def test_no_follow_link_while_the_follow_page_is_not_live(client, feeds_site):
    follow = follow_page(feeds_site)
    assert related_links(client.get("/blog/feed/rss/").content)
    follow.unpublish()
    response = client.get("/blog/feed/rss/")
    assert related_links(response.content) == []
    assert stylesheet_instructions(response.content)  # still styled
    assert "Paying people fairly" in response.content.decode()


def test_a_reader_with_the_current_styled_feed_gets_304(client, feeds_site):
    follow_page(feeds_site)
    first = client.get("/blog/feed/atom/")
    again = client.get("/blog/feed/atom/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    changed = client.get("/blog/feed/atom/", HTTP_IF_NONE_MATCH='"an-older-copy"')
    assert changed.status_code == 200 and b"xml-stylesheet" in changed.content


def test_feeds_allow_the_browsers_xslt_notice_and_nothing_else_inline(client, feeds_site):
    """A browser draws the feed with our stylesheet and adds its own notice about XSLT: the
    feed's policy allows exactly that notice's inline styles and close button, by hash. Pages
    keep the strict policy."""
    policy = directives(client.get("/blog/feed/rss/")["Content-Security-Policy"])
    assert policy["script-src"] == policy["style-src"] == ["'self'"]
    assert policy["style-src-attr"] == settings.LEAD_FEED_CSP_ADDITIONS["style-src-attr"]
    assert policy["script-src-attr"] == settings.LEAD_FEED_CSP_ADDITIONS["script-src-attr"]
    assert "'unsafe-inline'" not in str(policy)
    page = directives(client.get("/blog/")["Content-Security-Policy"])
    assert page["script-src"] == page["style-src"] == ["'self'"]
    assert "style-src-attr" not in page and "script-src-attr" not in page


def directives(header):
    return {name: sources for name, *sources in (part.split() for part in header.split(";"))}


def test_the_stylesheet_is_safe_under_the_sites_policy():
    """The XSLT writes every value from the feed escaped (no disable-output-escaping), uses no
    script or inline style (which the policy would block), and loads only this site's files."""
    path = finders.find("xsl/feed.xsl")
    assert path, "static/xsl/feed.xsl is missing"
    tree = ElementTree.parse(path)
    root = tree.getroot()
    assert root.tag == f"{XSL}stylesheet"
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    assert "disable-output-escaping" not in text
    elements = list(root.iter())
    assert not [el for el in elements if el.tag in ("script", "style") or "style" in el.attrib]
    assert not [el for el in elements if any(k.startswith("on") for k in el.attrib)]
    sources = [el.get("href") or el.get("src") for el in elements if el.tag in ("link", "img")]
    assert sources == ["/static/css/site.css", "/static/img/favicon.svg"]
    assert all(finders.find(source.removeprefix("/static/")) for source in sources)
    # What the page says, whatever the feed holds.
    assert "What is this page?" in text and "Newest in this feed" in text


def test_whitenoise_serves_the_stylesheet_as_xslt():
    """Production serves static files through whitenoise, which has no type for .xsl."""
    types = MediaTypes(extra_types=settings.WHITENOISE_MIMETYPES)
    assert types.get_type("xsl/feed.0123456789ab.xsl") == "text/xsl"
    assert types.get_type("css/site.css") == "text/css"
