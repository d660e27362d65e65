"""The search box's suggestions in a real browser (static/js/search-suggest.js): the ARIA 1.2
combobox pattern by keyboard, and no serious axe findings while the list is open."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

BOX = "#site-search-q"


def open_suggestions(tab, text="peer"):
    tab.fill(BOX, "")
    tab.type(BOX, text, delay=20)
    tab.wait_for_selector(".site-search [role=listbox]:not([hidden]) [role=option]")


def test_combobox_by_keyboard(visit):
    tab = visit("/")
    box = tab.locator(BOX)
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    listbox_id = box.get_attribute("aria-controls")
    assert tab.locator(f"#{listbox_id}").get_attribute("role") == "listbox"

    box.focus()
    open_suggestions(tab)
    assert box.get_attribute("aria-expanded") == "true"
    options = tab.locator(f"#{listbox_id} [role=option]")
    count = options.count()
    assert count >= 1
    tab.wait_for_function(
        "() => /suggestion/.test(document.querySelector('.site-search [role=status]').textContent)"
    )

    # Down selects the first option; Up from the first wraps to the last.
    tab.keyboard.press("ArrowDown")
    first = options.nth(0)
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    tab.keyboard.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == options.nth(count - 1).get_attribute("id")

    # Escape closes the list and keeps what was typed; focus stays in the box.
    tab.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    assert box.input_value() == "peer"
    assert tab.evaluate("document.activeElement.id") == "site-search-q"

    # Down opens it again; Enter goes to the chosen tab.
    tab.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-expanded") == "true"
    title = options.nth(0).locator(".search-suggest__title").inner_text()
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.locator("h1").first.inner_text().strip() != ""
    assert title.split(":")[0].strip().lower() in tab.title().lower()


def test_enter_without_a_choice_searches(visit):
    tab = visit("/")
    tab.locator(BOX).focus()
    open_suggestions(tab, "peer support")
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert re.search(r"/search/\?q=peer\+support$", tab.url)


def test_no_serious_axe_findings_with_the_list_open(visit):
    tab = visit("/")
    tab.locator(BOX).focus()
    open_suggestions(tab)
    tab.keyboard.press("ArrowDown")
    result = Axe().run(
        tab,
        options={
            "runOnly": {
                "type": "tag",
                "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            },
            "resultTypes": ["violations"],
        },
    )
    violations = result.response["violations"]
    blocking = [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]
    assert blocking == []
