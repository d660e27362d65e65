"""The core's pages: the home page and standard pages."""

import json
import uuid

import factory
import wagtail_factories

from home.blocks import default_home_sections
from home.models import FollowPage, HomePage, SiteSettings, StandardPage

from .publishing import add_page


def blocks(*items):
    """A StreamField value from (block type, value) pairs."""
    return json.dumps(
        [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in items]
    )


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Lived experience is leadership"
    intro = (
        "LEAD is a UK network of people whose own experience of mental distress, of using "
        "services or of other hard times shapes how they lead."
    )
    cta_label = "Find a lived-experience leader"
    # Words, then every feature's section (latest posts, featured profiles...) with its default
    # heading and count, as a new home page starts.
    body = factory.LazyFunction(
        lambda: json.dumps(
            [
                {"type": "heading", "value": {"text": "Why LEAD exists", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": "<p>Knowledge gained by living through something is expertise.</p>",
                },
                *default_home_sections(),
            ]
        )
    )

    class Meta:
        model = HomePage


class FollowPageFactory(wagtail_factories.PageFactory):
    title = "Follow LEAD"
    slug = "follow"
    intro = "Hear about new posts, events and paid roles without checking the website."

    class Meta:
        model = FollowPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = "A short summary of the page."

    class Meta:
        model = StandardPage


def make_page(parent, title=None, *, live=True, restricted=False, **fields):
    """A standard page under `parent`: live, a never-published draft, or login-restricted."""
    page = StandardPageFactory.build(title=title or f"Page {uuid.uuid4().hex[:8]}", **fields)
    return add_page(parent, page, live=live, restricted=restricted)


def follow_page(home_page, **fields):
    """The Follow page at /follow/, added under the home page if the site has none, and named
    in the site settings (the footer and the feeds link to it)."""
    page = FollowPage.objects.first() or add_page(home_page, FollowPageFactory.build(**fields))
    site_settings = SiteSettings.for_site(home_page.get_site())
    if site_settings.follow_page_id != page.pk:
        site_settings.follow_page = page
        site_settings.save()
    return page
