"""Guides in the quality harnesses: the section's and a guide's query budgets, their outputs
and parameters, and where a guide can hide a token (a draft revision of a live guide, a guide
never published, a members-only guide, a draft named as a live guide's related guide)."""

import json
import uuid

from wagtail.models import Page

from guides.models import GuidePage
from home.models import HomePage

from ...factories import directory, guide_section, make_guide
from ..listing import ListingBudget
from ..planters import restrict_to_members

HUB = "budget-guide-hub"
LIVE_GUIDE = "planted-live-guide"


def add_guides(home_page, count):
    """Live guides in the section, each with two headings for its card and contents."""
    section = guide_section(home_page)
    start = section.get_children().count()
    for n in range(start, start + count):
        make_guide(section, f"Budget guide {n:03d}", slug=f"budget-guide-{n:03d}")


def add_related_guides(home_page, count):
    """Guides the hub guide names as related: the hub's related list grows with them."""
    section = guide_section(home_page)
    hub = GuidePage.objects.filter(slug=HUB).first() or make_guide(section, "Hub", slug=HUB)
    start = section.get_children().count()
    new = [
        make_guide(section, f"Related guide {n:03d}", slug=f"related-guide-{n:03d}")
        for n in range(start, start + count)
    ]
    hub = GuidePage.objects.get(pk=hub.pk)
    hub.related_guides = [*hub.related_guides.all(), *new]
    hub.save_revision().publish()


def link_from_home_page(home_page, count):
    """Guides linked from the home page's "For organisations" section, after the directory and
    the guides' section (three page types), none with words of its own: each link shows its
    page's own description."""
    add_guides(home_page, count)
    section = guide_section(home_page)
    pages = [directory(home_page), section, *GuidePage.objects.child_of(section).order_by("path")]
    links = [
        {"type": "item", "value": {"page": page.pk, "description": ""}, "id": str(uuid.uuid4())}
        for page in pages
    ]
    home = HomePage.objects.get(pk=home_page.pk)
    body = [block for block in home.body.raw_data if block["type"] != "for_organisations"]
    value = {"heading": "For organisations", "text": "Pay people fairly.", "links": links}
    body.append({"type": "for_organisations", "value": value, "id": str(uuid.uuid4())})
    home.body = json.dumps(body)
    home.save_revision().publish()


HOME_SECTION_GROWERS = [link_from_home_page]
SEARCH_GROWERS = [add_guides]  # the search of every type (tests/quality/registry.py)

LISTING_BUDGETS = [
    ListingBudget("guide section", "/for-organisations/", add_guides, ceiling=7),
    ListingBudget(
        "guide section, page 2",
        "/for-organisations/?page=2",
        add_guides,
        ceiling=6,
        sizes=(30, 60),
    ),
    ListingBudget(
        "guide (related guides)", f"/for-organisations/{HUB}/", add_related_guides, ceiling=6
    ),
    ListingBudget("sitemap, guides", "/sitemap-for-organisations.xml", add_guides, ceiling=5),
]

PUBLIC_OUTPUTS = [
    "/for-organisations/",
    "/for-organisations/?page=2",
    f"/for-organisations/{LIVE_GUIDE}/",
    "/search/?q={key}&type=guides",
]

GET_PARAMETERS = [
    ("/for-organisations/", ["page"]),
    ("/sitemap-for-organisations.xml", ["p"]),
]


def build_section(home_page):
    """The section with a live guide (its sitemap needs one)."""
    section = guide_section(home_page)
    if not section.get_children().filter(slug=LIVE_GUIDE).exists():
        make_guide(section, "Planted live guide", slug=LIVE_GUIDE)
    return section


SITE_BUILDERS = [build_section]


def plant_in_guides(home_page, text):
    """A draft revision of a live guide, a guide never published (named as the live guide's
    related guide, in that draft only), and a members-only guide: their words may show in no
    listing, search, sitemap or related list."""
    section = build_section(home_page)
    draft = make_guide(
        section,
        f"Draft guide {text}",
        slug="planted-draft-guide",
        live=False,
        intro=f"Draft intro {text}",
        summary=f"<p>Draft summary {text}</p>",
        content_owner=f"Owner {text}",
        body=[
            ("heading", {"text": f"Heading {text}", "level": "h2"}),
            ("paragraph", f"<p>Body {text}</p>"),
        ],
    )
    members = make_guide(
        section, f"Members guide {text}", slug="planted-members-guide", intro=f"Intro {text}"
    )
    restrict_to_members(members)
    live = section.get_children().get(slug=LIVE_GUIDE).specific
    live.title = f"Draft title {text}"
    live.summary = f"<p>Draft summary {text}</p>"
    live.related_guides = [draft, members]
    live.save_revision()
    # The live guide's published version names both as related: neither may show there.
    published = live.specific_class.objects.get(pk=live.pk)
    published.related_guides = [draft, members]
    published.save()
    return [Page.objects.get(pk=page.pk) for page in (live, draft, members)]


LEAK_PLANTERS = [plant_in_guides]

# The browser suite's pages (tests/browser/pages.py): (name, path) in the demo content.
BROWSER_PAGES = [
    ("guide section, for organisations", "/for-organisations/"),
    ("guide", "/for-organisations/paying-people-fairly/"),
    ("guide section, for members", "/for-members/"),
    ("search, guides", "/search/?q=pay&type=guides"),
]
