"""Every page type renders, with the shell around it."""

import json
import re

import pytest
from bs4 import BeautifulSoup

from home.models import SiteSettings


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/about/", "/privacy/", "/accessibility/", "/join/"])
def test_core_pages_render_with_one_main_and_a_skip_link(client, home_page, path):
    response = client.get(path)
    assert response.status_code == 200
    soup = soup_of(response)
    assert len(soup.find_all("main")) == 1
    main = soup.find("main")
    skip = soup.find("a", class_="skip-link")
    assert skip["href"] == f"#{main['id']}"
    assert soup.find("h1") is not None
    assert soup.html["lang"] == "en-GB"


@pytest.mark.django_db
def test_main_navigation_lists_menu_pages_only(client, home_page, make_page):
    make_page("Secret draft", live=False, show_in_menus=True)
    make_page("Members corner", restricted=True, show_in_menus=True)
    soup = soup_of(client.get("/about/"))
    nav = soup.find("nav", attrs={"aria-label": "Main"})
    labels = [a.get_text(strip=True) for a in nav.find_all("a")]
    assert labels == ["Home", "About LEAD", "Blog", "Network", "Events", "Join the network"]
    assert "Privacy notice" not in labels  # live, but not marked "show in menus"
    assert "Secret draft" not in labels
    assert "Members corner" not in labels
    current = nav.find("a", attrs={"aria-current": "page"})
    assert current.get_text(strip=True) == "About LEAD"


@pytest.mark.django_db
def test_breadcrumbs_on_inner_pages_only(client, home_page, make_page):
    about = home_page.get_children().get(slug="about")
    make_page("Our history", parent=about)
    soup = soup_of(client.get("/about/our-history/"))
    crumbs = soup.find("nav", attrs={"aria-label": "Breadcrumb"})
    assert [a.get_text(strip=True) for a in crumbs.find_all("a")] == [
        "Home",
        "About LEAD",
        "Our history",
    ]
    assert crumbs.find("a", attrs={"aria-current": "page"})["href"] == "/about/our-history/"
    home = soup_of(client.get("/"))
    assert home.h1.get_text(strip=True) == "Lived experience is leadership"
    assert home.find("nav", attrs={"aria-label": "Breadcrumb"}) is None


@pytest.mark.django_db
def test_crisis_box_text_comes_from_site_settings(client, home_page):
    soup = soup_of(client.get("/about/"))
    box = soup.find("aside", class_="crisis-support")
    assert box.find("h2").get_text(strip=True) == "Need urgent help?"
    assert "116 123" in box.get_text()
    assert "85258" in box.get_text()

    site_settings = SiteSettings.objects.get()
    site_settings.crisis_heading = "Struggling right now?"
    site_settings.crisis_lines = json.dumps(
        [{"type": "line", "value": {"name": "Local crisis team", "contact": "call 0800 000 0000"}}]
    )
    site_settings.save()
    box = soup_of(client.get("/about/")).find("aside", class_="crisis-support")
    assert box.find("h2").get_text(strip=True) == "Struggling right now?"
    assert "Local crisis team" in box.get_text()
    assert "116 123" not in box.get_text()


@pytest.mark.django_db
def test_footer_links_and_organisation(client, home_page):
    footer = soup_of(client.get("/")).find("footer")
    links = {a.get_text(strip=True): a["href"] for a in footer.find_all("a")}
    assert links["Privacy notice"] == "/privacy/"
    assert links["Accessibility statement"] == "/accessibility/"
    # "Contact us" links to the contact page, when the settings name one
    # (tests/membership/test_general_contact.py); never to a mailto: address.
    assert not any(href.startswith("mailto:") for href in links.values())
    assert "LEAD: Lived Experience Advisory Directory" in footer.get_text()


@pytest.mark.django_db
def test_empty_home_sections_render_nothing(client, home_page):
    soup = soup_of(client.get("/"))
    # The home page's own content is all there...
    main = soup.find("main")
    assert main.h1.get_text(strip=True) == "Lived experience is leadership"
    assert "LEAD is a UK network of people" in main.get_text()
    assert main.find("h2", string="Why LEAD exists")
    # ...and no empty feature sections around it.
    assert soup.find(class_="home-section") is None
    assert not re.search(r"latest posts|upcoming events|featured", soup.get_text(), re.I)


@pytest.mark.django_db
def test_every_block_renders_on_a_standard_page(client, home_page, make_page):
    from wagtail.images import get_image_model

    image = get_image_model().objects.get()
    body = [
        {"type": "heading", "value": {"text": "A heading", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Some <b>text</b>.</p>"},
        {"type": "quote", "value": {"quote": "Quoted words", "attribution": "A member"}},
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "The LEAD logo", "caption": "Cap"},
        },
        {
            "type": "call_to_action",
            "value": {
                "heading": "Act now",
                "text": "Go on.",
                "button_label": "Join us",
                "link": {"page": home_page.pk, "url": ""},
            },
        },
        {"type": "callout", "value": {"tone": "support", "heading": "Note", "text": "<p>Hi</p>"}},
        {
            "type": "table",
            "value": {
                "caption": "Rates",
                "table": {
                    "data": [["Role", "Rate"], ["Panel member", "£150 a day"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        },
    ]
    make_page("Blocks", body=json.dumps(body))
    response = client.get("/blocks/")
    assert response.status_code == 200
    soup = soup_of(response)
    main = soup.find("main")
    assert main.find("h2", string="A heading")
    assert main.find("blockquote").get_text(strip=True) == "Quoted words"
    assert main.find("img")["alt"] == "The LEAD logo"
    assert main.find("a", class_="button", string="Join us")["href"] == "/"
    assert main.find(class_="block-callout--support")
    table = main.find("table")
    assert table.caption.get_text() == "Rates"
    assert table.find("th", scope="col").get_text() == "Role"
    assert "£150 a day" in table.get_text()


@pytest.mark.django_db
def test_cached_navigation_follows_publishing_and_privacy(client, home_page, make_page):
    from wagtail.models import PageViewRestriction

    def labels():
        nav = soup_of(client.get("/about/")).find("nav", attrs={"aria-label": "Main"})
        found = [a.get_text(strip=True) for a in nav.find_all("a")]
        assert found[:2] == ["Home", "About LEAD"], found  # the menu is there
        return found

    assert "Get involved" not in labels()  # the menu is now cached
    page = make_page("Get involved", show_in_menus=True)
    assert "Get involved" in labels()
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert "Get involved" not in labels()
    restriction.delete()
    assert "Get involved" in labels()
    page.unpublish()
    assert "Get involved" not in labels()
