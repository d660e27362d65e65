"""A feed opened in Chromium is a readable page (static/xsl/feed.xsl, named by each feed's
<?xml-stylesheet?>): the feed's title as its heading, what a feed is and how to subscribe, the
items as links, and the way to the Follow page. The Content-Security-Policy blocks nothing on it
and nothing errs in the console. The Follow page passes axe on a phone too.

The demo's Site record is http://testserver (WAGTAILADMIN_BASE_URL), so the absolute links a
feed holds are followed by their path on the live server."""

import re
from urllib.parse import urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import STYLESHEET_APPLIED
from .test_accessibility import AXE_OPTIONS, BLOCKING, describe
from .test_security_policy import ViolationWatch

pytestmark = pytest.mark.browser

AXE = Axe()
FEEDS = [
    pytest.param("/blog/feed/rss/", "Blog", "RSS", re.compile(r"/blog/[\w-]+/$"), id="blog RSS"),
    pytest.param("/blog/feed/atom/", "Blog", "Atom", re.compile(r"/blog/[\w-]+/$"), id="blog Atom"),
    pytest.param(
        "/opportunities/feed/rss/",
        "Paid opportunities",
        "RSS",
        re.compile(r"/opportunities/[\w-]+/$"),
        id="paid roles RSS",
    ),
]
# Chromium adds its own notice that XSLT is going away; it is the browser's, not the site's.
BROWSER_NOTICE = "xslt-warning-banner"
WIDTHS = [pytest.param(360, id="360px"), pytest.param(1280, id="1280px")]


@pytest.fixture
def console_errors(page):
    """Every console error and uncaught exception on the page (a blocked style or script is
    reported here as an error too)."""
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


def open_path(page, site_url, path):
    response = page.goto(urljoin(site_url, path))
    assert response is not None and response.status == 200, f"{path}: {response}"
    page.wait_for_load_state("load")
    return page


@pytest.mark.parametrize(("path", "title", "kind", "item_path"), FEEDS)
def test_a_feed_in_the_browser_is_a_readable_page(
    page, site_url, console_errors, path, title, kind, item_path
):
    watch = ViolationWatch(page)
    open_path(page, site_url, path)

    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(re.compile(rf"^{title} \| LEAD"))
    assert page.evaluate(STYLESHEET_APPLIED), "site.css did not apply to the feed's page"
    expect(page.get_by_text(f"Web feed ({kind})")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="What is this page?")).to_be_visible()
    expect(page.locator(".subscription__address")).to_have_text(f"http://testserver{path}")
    # No wall of XML: the feed's markup is not shown as text.
    assert "<channel>" not in page.inner_text("body") and "<feed" not in page.inner_text("body")

    items = page.locator(".feed-preview__items > li")
    assert items.count() >= 2
    first = items.first.get_by_role("link")
    expect(first).to_have_text(re.compile(r"\w"))
    assert item_path.search(first.get_attribute("href")), first.get_attribute("href")
    expect(items.first).to_contain_text(re.compile(r"\d{1,2} [A-Z][a-z]+ 20\d\d"))

    watch.assert_none(f"the feed {path}")
    assert console_errors == [], console_errors

    # The way to the Follow page, which explains feeds in plain words.
    follow = page.get_by_role("link", name="How to follow us, step by step")
    follow_path = urlsplit(follow.get_attribute("href")).path
    assert follow_path == "/follow/"
    open_path(page, site_url, follow_path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Follow LEAD")
    expect(page.get_by_role("heading", level=2, name="Follow us in a feed reader")).to_be_visible()


def test_the_feed_links_on_the_blog_open_a_readable_page(page, site_url, console_errors):
    """What the issue describes: "RSS feed of all posts" on the blog, clicked."""
    open_path(page, site_url, "/blog/")
    page.get_by_role("link", name="RSS feed of all posts").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Blog \| LEAD"))
    expect(page.get_by_role("heading", name="Newest in this feed")).to_be_visible()
    assert console_errors == [], console_errors


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["/blog/feed/rss/", "/follow/"])
def test_no_serious_axe_violations_on_a_phone_and_a_desktop(page, site_url, path, width):
    page.set_viewport_size({"width": width, "height": 800})
    open_path(page, site_url, path)
    assert page.evaluate(STYLESHEET_APPLIED)
    results = AXE.run(page, context={"exclude": [[BROWSER_NOTICE]]}, options=AXE_OPTIONS)
    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING]
    assert not blocking, f"axe on {path} at {width}px:\n" + "\n".join(map(describe, blocking))
    scroll_width = page.evaluate("() => document.documentElement.scrollWidth")
    assert scroll_width <= width, f"{path} is {scroll_width}px wide at {width}px"
