"""The header on a phone (360 px): it fits in 120 px on every kind of page, "Menu" and "Search"
open their panels by keyboard (disclosure buttons with aria-expanded), and without JavaScript
the same two controls are links that still reach the menu and the search form. At 1280 px the
header shows everything at once, as before.
"""

from urllib.parse import urljoin, urlsplit

import pytest

from .conftest import STYLESHEET_APPLIED
from .test_accessibility import AXE, AXE_OPTIONS, BLOCKING, describe

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 780}
MAX_HEADER_HEIGHT = 120

# One of each kind of page the header sits on: core, feature listings and details, forms.
HEADER_PAGES = [
    "/",
    "/about/",
    "/search/?q=network",
    "/network/",
    "/network/danielle-hartley/",
    "/blog/why-lived-experience-belongs-on-boards/",
    "/events/",
    "/events/peer-leadership-circle/",
    "/opportunities/",
    "/join/",
    "/account/login/",
]

HEADER_HEIGHT = "() => document.querySelector('.site-header').getBoundingClientRect().height"
FOCUSED_TEXT = "() => document.activeElement.textContent.trim()"


def main_nav(page):
    return page.get_by_role("navigation", name="Main")


def header_search_box(page):
    # By its label: the suggestions script makes the box a combobox.
    return page.locator(".site-header").get_by_label("Search the site")


def toggle(page, name):
    """The header's "Menu" or "Search" disclosure button (not the search form's own button)."""
    return page.locator(".site-header button[aria-expanded]").filter(has_text=name)


def tab_to(page, text, limit=10):
    """Press Tab until the focused element's text is `text`; fail after `limit` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_TEXT) == text:
            return
    pytest.fail(f"{limit} Tabs never reached {text!r}")


@pytest.fixture
def phone(page):
    page.set_viewport_size(PHONE)
    return page


@pytest.mark.parametrize("path", HEADER_PAGES)
def test_the_header_fits_in_120px_on_a_phone(phone, visit, path):
    visit(path)
    height = phone.evaluate(HEADER_HEIGHT)
    assert height <= MAX_HEADER_HEIGHT, f"the header on {path} is {height}px tall at 360px"
    # What the folded header still shows: the brand, both toggles and the sign-in link...
    header = phone.locator(".site-header")
    assert header.get_by_role("link", name="Lived Experience Advisory Directory").is_visible()
    assert toggle(phone, "Menu").is_visible()
    assert toggle(phone, "Search").is_visible()
    assert header.get_by_role("link", name="Member sign in").is_visible()
    assert header.get_by_role("link", name="Urgent help").is_visible()
    # ...and what it folds away until asked.
    assert not main_nav(phone).is_visible()
    assert not header_search_box(phone).is_visible()


def test_the_menu_opens_and_closes_by_keyboard(phone, visit):
    visit("/about/")
    menu = toggle(phone, "Menu")
    assert menu.get_attribute("aria-expanded") == "false"
    assert not main_nav(phone).get_by_role("link", name="Network", exact=True).is_visible()

    tab_to(phone, "Menu")
    phone.keyboard.press("Enter")
    assert menu.get_attribute("aria-expanded") == "true"
    links = main_nav(phone).get_by_role("link")
    assert links.count() >= 6
    for index in range(links.count()):
        assert links.nth(index).is_visible(), links.nth(index).inner_text()
    assert main_nav(phone).locator("[aria-current=page]").inner_text() == "About LEAD"

    # Escape folds it again and gives focus back to the button.
    phone.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    assert not main_nav(phone).get_by_role("link", name="Network", exact=True).is_visible()
    assert phone.evaluate(FOCUSED_TEXT) == "Menu"

    # Open again with Space, Tab on into the links, Enter follows one.
    phone.keyboard.press(" ")
    assert menu.get_attribute("aria-expanded") == "true"
    tab_to(phone, "Network")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert urlsplit(phone.url).path == "/network/"


def test_the_search_opens_by_keyboard_and_searches(phone, visit):
    visit("/")
    search = toggle(phone, "Search")
    assert search.get_attribute("aria-expanded") == "false"
    assert not header_search_box(phone).is_visible()

    tab_to(phone, "Search")
    phone.keyboard.press("Enter")
    assert search.get_attribute("aria-expanded") == "true"
    box = header_search_box(phone)
    assert box.is_visible()
    assert phone.evaluate("document.activeElement.id") == "site-search-q"
    # Opening the search folds the menu: one panel at a time.
    assert toggle(phone, "Menu").get_attribute("aria-expanded") == "false"

    phone.keyboard.type("peer")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert urlsplit(phone.url).path == "/search/"
    assert phone.get_by_role("heading", level=1).first.is_visible()


@pytest.mark.parametrize("panel", ["Menu", "Search"])
def test_the_open_panels_have_no_serious_axe_violations(phone, visit, panel):
    visit("/")
    toggle(phone, panel).click()
    violations = AXE.run(phone, options=AXE_OPTIONS).response["violations"]
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, f"axe with {panel} open:\n" + "\n".join(describe(v) for v in blocking)


@pytest.fixture
def phone_without_javascript(browser, site_url):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    context.set_default_timeout(10_000)
    page = context.new_page()

    def _visit(path):
        response = page.goto(urljoin(site_url, path))
        assert response.status == 200, f"{path} answered {response.status}"
        assert page.evaluate(STYLESHEET_APPLIED), f"site.css did not apply on {path}"
        return page

    yield _visit
    context.close()


def test_without_javascript_menu_and_search_are_links_that_still_work(phone_without_javascript):
    page = phone_without_javascript("/events/")
    assert page.evaluate(HEADER_HEIGHT) <= MAX_HEADER_HEIGHT
    header = page.locator(".site-header")
    assert header.get_by_role("button").count() == 0  # nothing the missing script would run
    assert not main_nav(page).is_visible()

    # "Menu" leads to the menu at the foot of the page, every link showing.
    header.get_by_role("link", name="Menu", exact=True).click()
    assert urlsplit(page.url).fragment == "site-menu"
    footer_menu = page.get_by_role("navigation", name="Menu", exact=True)
    assert footer_menu.is_visible()
    labels = footer_menu.get_by_role("link").all_inner_texts()
    assert {"Home", "About LEAD", "Network", "Events", "Join the network"} <= set(labels)
    network = footer_menu.get_by_role("link", name="Network", exact=True)
    assert network.is_visible() and network.get_attribute("href") == "/network/"

    # "Search" leads to the search page, whose own box is there to type in.
    page = phone_without_javascript("/events/")
    page.locator(".site-header").get_by_role("link", name="Search", exact=True).click()
    assert urlsplit(page.url).path == "/search/"
    assert page.locator("main").get_by_role("searchbox").first.is_visible()
    # The sign-in link needs no script either.
    assert page.locator(".site-header").get_by_role("link", name="Member sign in").is_visible()


def test_on_a_desktop_everything_shows_without_toggles(visit):
    page = visit("/about/")
    header = page.locator(".site-header")
    assert header_search_box(page).is_visible()
    assert main_nav(page).get_by_role("link", name="Paid opportunities").is_visible()
    assert header.get_by_role("link", name="Member sign in").is_visible()
    assert toggle(page, "Menu").count() == 1 and not toggle(page, "Menu").is_visible()
    assert toggle(page, "Search").count() == 1 and not toggle(page, "Search").is_visible()
    assert not page.get_by_role("navigation", name="Menu", exact=True).is_visible()
    # One row for the brand, search and sign-in, one for the menu: as before the phone layout.
    assert page.evaluate(HEADER_HEIGHT) <= 160


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("path", ["/", "/network/", "/events/peer-leadership-circle/"])
def test_urgent_help_is_one_step_from_any_page(page, visit, width, path):
    """Someone in crisis finds help in one step: the header's "Urgent help" link, visible on
    every width, moves straight to the support box (and keyboard focus with it)."""
    page.set_viewport_size({"width": width, "height": 780})
    visit(path)
    link = page.locator(".site-header").get_by_role("link", name="Urgent help")
    assert link.is_visible() and link.bounding_box()["y"] < MAX_HEADER_HEIGHT
    box = page.get_by_role("complementary", name="Need urgent help?")
    assert not box.is_visible() or box.bounding_box()["y"] > 780  # below the first screen
    link.click()
    assert page.evaluate("() => document.activeElement.id") == "urgent-help"
    top = box.bounding_box()["y"]  # from the top of the screen
    assert -1 <= top < 780, f"the help box is at {top}px after the link"  # sub-pixel rounding
    assert box.get_by_text("Samaritans").is_visible()
