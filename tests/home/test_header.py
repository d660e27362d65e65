"""The header as the server sends it, before any script runs: on a phone the search form and the
menu fold behind "Search" and "Menu", which must then be plain links that still lead to a
search form and to every menu link (tests/browser/test_phone_header.py checks what a person
sees; this checks the HTML a browser without JavaScript gets)."""

import pytest
from bs4 import BeautifulSoup


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def header_link(soup, text):
    links = [a for a in soup.select(".site-header a") if a.get_text(strip=True) == text]
    assert len(links) == 1, f"{len(links)} header links named {text!r}"
    return links[0]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/about/", "/search/?q=peer"])
def test_without_a_script_menu_links_to_the_footer_menu_with_every_menu_link(
    client, home_page, make_page, path
):
    make_page("Secret draft", live=False, show_in_menus=True)
    soup = soup_of(client.get(path))
    menu = header_link(soup, "Menu")
    assert menu["href"] == "#site-menu"
    target = soup.find(id="site-menu")
    assert target is not None and target.name == "nav"
    assert target.find_parent("footer") is not None

    header_nav = soup.find("nav", attrs={"aria-label": "Main"})
    header_links = [(a.get_text(strip=True), a["href"]) for a in header_nav.find_all("a")]
    footer_links = [(a.get_text(strip=True), a["href"]) for a in target.find_all("a")]
    assert ("Network", "/network/") in footer_links  # the menu is really there
    assert footer_links == header_links
    assert "Secret draft" not in {text for text, _ in footer_links}
    # The footer is cached once for every page, so it marks no page as the current one.
    assert target.find(attrs={"aria-current": True}) is None


@pytest.mark.django_db
def test_without_a_script_search_links_to_the_search_page_and_its_form(client, home_page):
    soup = soup_of(client.get("/about/"))
    assert header_link(soup, "Search")["href"] == "/search/"
    # The header keeps its own form too, for wide screens and for the script to open.
    assert soup.select_one(".site-header form[role=search] input[name=q]") is not None

    search_page = soup_of(client.get("/search/"))
    form = search_page.select_one("main form[action='/search/']")
    assert form is not None and form.find("input", attrs={"name": "q"}) is not None


@pytest.mark.django_db
def test_the_toggles_arrive_as_links_for_the_script_to_enhance(client, home_page):
    soup = soup_of(client.get("/"))
    search, menu = header_link(soup, "Search"), header_link(soup, "Menu")
    assert soup.find(id=search["data-header-toggle"]).find("form") is not None
    assert soup.find(id=menu["data-header-toggle"]).find("nav", attrs={"aria-label": "Main"})
    assert soup.select(".site-header button[aria-expanded]") == []  # the script adds them
    assert soup.find("script", src=lambda src: src and "site-header" in src) is not None
