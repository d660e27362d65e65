"""The home page's "For organisations" section: a few words and the pages editors chose
(the directory, the guides, the tools), leaving out any page not live and public."""

import json
from uuid import uuid4

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from home.models import HomePage

from ..factories import ProfilePageFactory, StandardPageFactory, add_page, make_post

pytestmark = pytest.mark.django_db

SECTION = {"aria-labelledby": "for-organisations-heading"}


def publish_body(home, body):
    home = HomePage.objects.get(pk=home.pk)
    home.body = json.dumps(body)
    home.save_revision().publish()


def section_block(*links, heading="For organisations", text="Involve us, and pay fairly."):
    items = [
        {"type": "item", "value": {"page": page.pk, "description": words}, "id": str(uuid4())}
        for page, words in links
    ]
    return {
        "type": "for_organisations",
        "value": {"heading": heading, "text": text, "links": items},
    }


def home_section(client):
    response = client.get("/")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("h1")  # the page itself rendered
    return html.find("section", attrs=SECTION)


def test_a_new_home_page_has_the_section_empty_and_shows_nothing(client, home_page):
    blocks = [b.block_type for b in HomePage.objects.get(pk=home_page.pk).body]
    assert "for_organisations" in blocks
    assert home_section(client) is None


def test_the_section_links_to_the_pages_editors_chose(client, home_page, section, make_guide):
    directory = Page.objects.get(slug="network")
    calculator = add_page(
        section,
        StandardPageFactory.build(
            title="Fair-pay calculator", slug="pay-calculator", intro="Cost a piece of work."
        ),
    )
    draft = add_page(
        section,
        StandardPageFactory.build(title="Pledge in draft", slug="pledge", intro="Not yet."),
        live=False,
    )
    publish_body(
        home_page,
        [
            section_block(
                (directory, "Search the directory."), (section, ""), (calculator, ""), (draft, "")
            )
        ],
    )
    found = home_section(client)
    assert found.h2.get_text() == "For organisations"
    assert "Involve us, and pay fairly." in found.get_text()
    links = [(a.get_text(), a["href"]) for a in found.select(".guide-card__title a")]
    assert links == [
        (directory.title, "/network/"),
        ("For organisations", "/for-organisations/"),
        ("Fair-pay calculator", "/for-organisations/pay-calculator/"),
    ]
    cards = found.select(".guide-card")
    assert "Search the directory." in cards[0].get_text()  # the editor's words
    assert section.intro in cards[1].get_text()  # else the page's own description
    assert "Cost a piece of work." in cards[2].get_text()
    assert "Pledge in draft" not in found.get_text()


def test_a_linked_page_unpublished_later_leaves_the_section(client, home_page, section):
    calculator = add_page(
        section, StandardPageFactory.build(title="Fair-pay calculator", slug="pay-calculator")
    )
    publish_body(home_page, [section_block((section, ""), (calculator, ""))])
    assert "Fair-pay calculator" in home_section(client).get_text()  # cached now
    calculator.unpublish()
    found = home_section(client)
    assert "Fair-pay calculator" not in found.get_text()
    assert "For organisations" in found.get_text()


def test_with_no_live_links_the_section_is_left_out(client, home_page, section):
    draft = add_page(section, StandardPageFactory.build(title="Draft", slug="d"), live=False)
    publish_body(
        home_page,
        [
            {"type": "paragraph", "value": "<p>Words from the editors.</p>"},
            section_block((draft, "")),
        ],
    )
    assert home_section(client) is None
    assert "Words from the editors." in client.get("/").content.decode()


def test_the_section_may_be_placed_once():
    body = HomePage._meta.get_field("body").stream_block
    assert body.meta.block_counts["for_organisations"] == {"max_num": 1}
    assert "count" not in body.child_blocks["for_organisations"].child_blocks


def test_a_linked_page_under_a_view_restriction_is_left_out(client, home_page, section):
    calculator = add_page(
        section, StandardPageFactory.build(title="Fair-pay calculator", slug="pay-calculator")
    )
    members = add_page(
        section, StandardPageFactory.build(title="Members' notes", slug="notes"), restricted=True
    )
    publish_body(home_page, [section_block((calculator, "Cost it."), (members, "Read it."))])
    found = home_section(client)
    assert [a.get_text() for a in found.select(".guide-card__title a")] == ["Fair-pay calculator"]
    assert "Members' notes" not in found.get_text() and "Read it." not in found.get_text()


def test_links_read_their_pages_descriptions_with_the_pages(
    client, home_page, section, django_assert_num_queries
):
    """The body's one query for its chosen pages brings each page's own description, whatever
    its type: the section itself reads nothing more."""
    calculator = add_page(
        section,
        StandardPageFactory.build(
            title="Fair-pay calculator", slug="pay-calculator", intro="Sums."
        ),
    )
    described = add_page(
        section,
        StandardPageFactory.build(
            title="Described", slug="described", intro="Intro.", search_description="Told."
        ),
    )
    profile = ProfilePageFactory.build(title="Linked person", summary="Trainer and advisor.")
    profile = add_page(Page.objects.get(slug="network"), profile)
    post = make_post(Page.objects.get(slug="blog"), "Linked post", standfirst="Why it matters.")
    links = [(section, ""), (calculator, ""), (described, ""), (profile, ""), (post, "")]
    publish_body(home_page, [section_block(*links, (calculator, "Cost it."))])
    home = HomePage.objects.get(pk=home_page.pk)
    with django_assert_num_queries(1):  # the chosen pages, with their descriptions
        block = home.body[0]
        value = block.value
    with django_assert_num_queries(1):  # the restricted sections, once a request
        context = block.block.section_context(value, None)
    assert [(link["page"].title, link["description"]) for link in context["links"]] == [
        ("For organisations", section.intro),
        ("Fair-pay calculator", "Sums."),
        ("Described", "Told."),  # the search description first, as in the page's meta tags
        ("Linked person", "Trainer and advisor."),
        ("Linked post", "Why it matters."),
        ("Fair-pay calculator", "Cost it."),  # chosen twice: the editors' words this time
    ]
    shown = home_section(client).get_text()
    assert "Trainer and advisor." in shown and "Why it matters." in shown and "Told." in shown
