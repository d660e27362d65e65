"""A guide as a reader sees it: the summary box, "On this page" built from its headings, the
body, its sources, related guides and who keeps it accurate, with the review dates."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.utils import timezone

from guides.models import GuidePage

from ..factories import make_guide

pytestmark = pytest.mark.django_db

BODY = [
    ("paragraph", "<p>Opening words before any heading.</p>"),
    ("heading", {"text": "Set your rates", "level": "h2"}),
    ("paragraph", "<p>Use a published rate table.</p>"),
    ("heading", {"text": "Hourly or daily?", "level": "h3"}),
    ("paragraph", "<p>Either works if it is fair.</p>"),
    ("heading", {"text": "Pay preparation time", "level": "h2"}),
    ("paragraph", "<p>Reading papers is work.</p>"),
    ("heading", {"text": "Set your rates", "level": "h2"}),
    ("heading", {"text": "Main content", "level": "h2"}),
]


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_contents_lists_each_section_heading_and_links_to_its_anchor(client, make_guide):
    guide = make_guide("Paying people fairly", body=BODY)
    html = soup(client.get(guide.url))
    contents = html.select_one("nav.guide-contents")
    assert contents.h2.get_text() == "On this page"
    links = [(a.get_text(), a["href"]) for a in contents.select("a")]
    # Section headings only, in order; a repeated heading and one that matches an id the page
    # already uses get anchors of their own.
    assert links == [
        ("Set your rates", "#set-your-rates"),
        ("Pay preparation time", "#pay-preparation-time"),
        ("Set your rates", "#set-your-rates-2"),
        ("Main content", "#main-content-2"),
    ]
    body = html.select_one(".guide__body")
    for _text, href in links:
        target = body.find(id=href[1:])
        assert target is not None and target.name == "h2", href
    # The sub-heading is in the body with an id, but not in the contents.
    sub = body.find("h3", string="Hourly or daily?")
    assert sub["id"] == "hourly-or-daily"
    assert "Hourly or daily?" not in contents.get_text()
    # Every id on the page is used once.
    ids = [tag["id"] for tag in html.find_all(id=True)]
    assert len(ids) == len(set(ids))
    # The body's other blocks are all there, in order.
    text = body.get_text(" ", strip=True)
    assert text.index("Opening words") < text.index("Use a published") < text.index("Reading")


def test_a_guide_without_section_headings_has_no_contents_list(client, make_guide):
    guide = make_guide("Short guide", body=[("paragraph", "<p>Just a few words.</p>")])
    html = soup(client.get(guide.url))
    assert html.select_one("nav.guide-contents") is None
    assert "Just a few words." in html.select_one(".guide__body").get_text()


def test_summary_box_intro_and_review_dates_are_shown(client, make_guide):
    guide = make_guide(
        "Recruiting leaders",
        intro="How to write a role description people can say yes to.",
        summary="<ul><li>Say what it pays.</li><li>Offer adjustments.</li></ul>",
        content_owner="Recruitment working group",
        last_reviewed=date(2026, 11, 3),
        next_review_due=date(2027, 5, 3),
    )
    html = soup(client.get(guide.url))
    assert html.h1.get_text() == "Recruiting leaders"
    assert "How to write a role description" in html.select_one(".guide__header").get_text()
    summary = html.select_one(".guide-summary")
    assert summary.h2.get_text() == "In short"
    assert [li.get_text() for li in summary.select("li")] == [
        "Say what it pays.",
        "Offer adjustments.",
    ]
    review = html.select_one("footer.guide-review").get_text(" ", strip=True)
    assert "kept up to date by Recruitment working group" in review
    assert "Last reviewed: 3 November 2026" in review
    assert "Next review due: 3 May 2027" in review
    times = [t["datetime"] for t in html.select("footer.guide-review time")]
    assert times == ["2026-11-03", "2027-05-03"]
    assert "Last reviewed 3 November 2026" in html.select_one(".guide__meta").get_text()


def test_sources_are_listed_with_the_day_they_were_checked(client, make_guide):
    guide = make_guide(
        "Payments and benefits",
        sources=[
            (
                "source",
                {
                    "authors": "NIHR",
                    "year": "2025",
                    "title": "Payment guidance for members of the public",
                    "source": "",
                    "url": "https://www.nihr.ac.uk/payment-guidance",
                    "accessed": "2026-12-01",
                },
            )
        ],
    )
    html = soup(client.get(guide.url))
    sources = html.select_one(".guide__sources")
    assert sources.h2.get_text() == "Sources"
    entry = sources.select_one("li").get_text(" ", strip=True)
    assert entry.startswith("NIHR (2025) Payment guidance for members of the public")
    assert "Checked 1 December 2026" in entry
    assert sources.select_one("a")["href"] == "https://www.nihr.ac.uk/payment-guidance"


def test_no_sources_section_without_sources(client, make_guide):
    html = soup(client.get(make_guide("Unsourced").url))
    assert html.select_one(".guide__sources") is None
    assert html.select_one(".guide-summary") is not None


def test_related_guides_show_only_live_public_ones(client, make_guide):
    live = make_guide("Supporting people in lived-experience roles")
    draft = make_guide("Draft companion", live=False)
    private = make_guide("Private companion", restricted=True)
    guide = make_guide("Co-production basics", related=[live, draft, private])
    html = soup(client.get(guide.url))
    related = html.select_one(".guide__related")
    assert related.h2.get_text() == "Related guides"
    titles = [a.get_text() for a in related.select(".guide-card__title a")]
    assert titles == ["Supporting people in lived-experience roles"]
    assert "Last reviewed" in related.get_text()
    assert "Draft companion" not in html.get_text()
    assert "Private companion" not in html.get_text()


def test_breadcrumbs_lead_back_to_the_section(client, make_guide):
    html = soup(client.get(make_guide("Paying people fairly").url))
    crumbs = [(a.get_text(), a["href"]) for a in html.select(".breadcrumbs a")]
    assert crumbs == [
        ("Home", "/"),
        ("For organisations", "/for-organisations/"),
        ("Paying people fairly", "/for-organisations/paying-people-fairly/"),
    ]


def test_review_dates_are_checked(section):
    today = timezone.localdate()
    guide = GuidePage(
        title="Dates",
        slug="dates",
        intro="x",
        summary="<p>x</p>",
        body="[]",
        content_owner="Editors",
        last_reviewed=today + timedelta(days=1),
        next_review_due=today,
    )
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert "This date is in the future." in error.value.message_dict["last_reviewed"]
    assert "after the last review" in error.value.message_dict["next_review_due"][0]
    guide.last_reviewed = today - timedelta(days=1)
    guide.next_review_due = today + timedelta(days=90)
    guide.full_clean(exclude=["path", "depth"])  # the control: good dates pass


def test_a_guide_belongs_in_a_guide_section_only(section, home_page):
    assert GuidePage.parent_page_types == ["guides.GuideIndexPage"]
    assert not GuidePage.can_create_at(home_page)
    assert GuidePage.can_create_at(section)
    assert make_guide(section, "Placed").get_parent().pk == section.pk


def test_a_preview_shows_the_related_guides_chosen_in_the_draft(make_guide):
    """A guide rebuilt from a revision (a preview) reads its related guides from the
    revision, still keeping to live, public ones."""
    live = make_guide("Recruiting leaders")
    draft = make_guide("Unpublished companion", live=False)
    guide = make_guide("Co-production basics")
    guide.related_guides = [live, draft]
    guide.save_revision()
    previewed = guide.get_latest_revision().as_object()
    assert [g.title for g in previewed.related()] == ["Recruiting leaders"]
    published = GuidePage.objects.get(pk=guide.pk)
    assert published.related() == []  # the live version still names none
