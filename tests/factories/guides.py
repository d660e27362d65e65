"""Guides: a section (/for-organisations/) and guides in it."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from guides.models import GuideIndexPage, GuidePage

from .home import blocks
from .publishing import add_page


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "For organisations"
    slug = "for-organisations"
    intro = "Guides for organisations that involve lived-experience leaders."
    show_in_menus = True

    class Meta:
        model = GuideIndexPage


def guide_section(home_page, slug="for-organisations", title="For organisations", **fields):
    """The guide section at /<slug>/, added under the home page if the site has none there
    (the tests' site has none)."""
    existing = GuideIndexPage.objects.filter(slug=slug).first()
    if existing is not None:
        return existing
    return add_page(home_page, GuideIndexPageFactory.build(slug=slug, title=title, **fields))


class GuidePageFactory(wagtail_factories.PageFactory):
    """A guide last reviewed 30 days ago and due for review in 150 days."""

    title = factory.Sequence(lambda n: f"Guide {n}")
    intro = factory.LazyAttribute(lambda guide: f"What {guide.title} covers.")
    summary = "<ul><li>Pay people for their time.</li><li>Pay them promptly.</li></ul>"
    content_owner = "Fair pay working group"
    last_reviewed = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    next_review_due = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=150))

    class Meta:
        model = GuidePage


def make_guide(
    section, title=None, *, live=True, restricted=False, body=None, related=(), **fields
):
    """A guide in `section`, published unless live=False. `body`: (kind, value) blocks, by
    default a heading and a paragraph; `related`: guides it points to."""
    if title is not None:
        fields["title"] = title
    body = body or [
        ("heading", {"text": "Why it matters", "level": "h2"}),
        ("paragraph", "<p>Some words about fair pay.</p>"),
    ]
    if "sources" in fields:
        fields["sources"] = blocks(*fields["sources"])
    guide = GuidePageFactory.build(body=blocks(*body), **fields)
    guide.related_guides = list(related)
    return add_page(section, guide, live=live, restricted=restricted)
