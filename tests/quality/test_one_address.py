"""Every absolute address the site writes comes from one place, the Wagtail Site record: a
request that arrives under another host name (any ALLOWED_HOSTS lets through) changes none of
them, and neither does WAGTAILADMIN_BASE_URL (which is "http://testserver" in the tests)."""

import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from home.models import SiteSettings

from ..factories import ImageFactory, build_showcase
from ..sitemaps import sitemap_locations
from .registry import PUBLIC_OUTPUTS

PUBLIC_ADDRESS = "https://lead.example.org"
REQUEST_HOST = "testserver"  # the test client's Host header, and the admin base URL's host


def outputs(client, showcase):
    """Every registered public output, every page in the sitemap and each showcase page's own
    extras (calendar files, feeds): {url: response}."""
    urls = [url.format(key="circle") for url in PUBLIC_OUTPUTS]
    locations = sitemap_locations(client)
    assert locations and all(loc.startswith(f"{PUBLIC_ADDRESS}/") for loc in locations)
    urls += [loc.removeprefix(PUBLIC_ADDRESS) for loc in locations]
    urls += [f"{showcase['event'].url}event.ics", "/blog/category/leadership/feed/atom/"]
    return {url: client.get(url, HTTP_HOST=REQUEST_HOST) for url in dict.fromkeys(urls)}


@pytest.mark.django_db
def test_no_output_names_any_host_but_the_site_records(client, home_page):
    showcase = build_showcase(home_page)
    event = showcase["event"]
    event.image, event.image_alt_text = ImageFactory(title="Circle"), "Chairs in a circle"
    event.save_revision().publish()
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.default_share_image = ImageFactory(title="LEAD")
    settings.save()
    site.hostname, site.port = "lead.example.org", 443
    site.save()

    responses = outputs(client, showcase)
    answered = {url: r for url, r in responses.items() if r.status_code == 200}
    assert len(answered) >= 25
    for url, response in answered.items():
        text = response.content.decode()
        assert REQUEST_HOST not in text, f"{url} names the request's host"
        assert "127.0.0.1" not in text and "localhost" not in text, url
    # Each kind of absolute address is there, on the public address.
    expected = {
        "/robots.txt": f"Sitemap: {PUBLIC_ADDRESS}/sitemap.xml",
        "/blog/feed/rss/": f'href="{PUBLIC_ADDRESS}/blog/feed/rss/"',
        "/blog/feed/atom/": f'href="{PUBLIC_ADDRESS}/blog/feed/atom/" rel="self"',
        "/opportunities/feed/atom/": f'href="{PUBLIC_ADDRESS}/opportunities/feed/atom/"',
        "/blog/category/leadership/feed/atom/": f'href="{PUBLIC_ADDRESS}/follow/" rel="related"',
        "/follow/": 'href="webcal://lead.example.org/events/calendar.ics"',
        f"{event.url}event.ics": f"URL:{PUBLIC_ADDRESS}{event.url}",
        "/events/calendar.ics": f"URL:{PUBLIC_ADDRESS}{event.url}",
        # Structured data: a speaker's and an author's profile, the organiser, images.
        event.url: f'"url": "{PUBLIC_ADDRESS}{showcase["profile"].url}"',
        showcase["post"].url: f'"url": "{PUBLIC_ADDRESS}{showcase["profile"].url}"',
        showcase["profile"].url: f'"image": "{PUBLIC_ADDRESS}/media/',
        "/": f'<meta property="og:image" content="{PUBLIC_ADDRESS}/media/',
    }
    for url, needle in expected.items():
        assert needle in answered[url].content.decode(), f"{url} lacks {needle}"
    page = BeautifulSoup(answered[event.url].content, "html.parser")
    data = json.loads(page.find("script", type="application/ld+json").string)
    assert data["organizer"]["url"] == f"{PUBLIC_ADDRESS}/"
    assert (
        f'<meta property="article:author" content="{PUBLIC_ADDRESS}{showcase["profile"].url}">'
        in answered[showcase["post"].url].content.decode()
    )
