"""Keyboard-only use: the skip link comes first and works, the main navigation is reachable by
Tab in order and Enter follows a link, and every focused control shows where focus is.

The two journeys start from separate fresh loads: once the skip link has moved focus into main,
Tab goes on through the content after it, while the main nav sits before main in the page.
main itself is exempt from the focus-ring check: it is a target for focus, not a control.
"""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PATHS = ["/", "/about/"]
MAX_TABS = 25  # the main nav sits after the skip link, the logo and the search form

FOCUSED = """() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        element: el.outerHTML.slice(0, 120),
        text: el.textContent.trim(),
        isSkipLink: el.matches("a.skip-link"),
        isMain: el.matches("main#main-content"),
        inMainNav: el.closest('nav[aria-label="Main"]') !== null,
        outlineStyle: style.outlineStyle,
        boxShadow: style.boxShadow,
        box: {left: box.left, top: box.top, right: box.right, bottom: box.bottom},
    };
}"""


def focused(page):
    return page.evaluate(FOCUSED)


def assert_focus_visible(state):
    """WCAG 2.4.7: an outline or a box-shadow ring must mark the focused control."""
    assert state["outlineStyle"] != "none" or state["boxShadow"] != "none", (
        f"no visible focus indicator on {state['element']}"
    )


@pytest.mark.parametrize("path", PATHS)
def test_first_tab_focuses_visible_skip_link_and_enter_moves_to_main(page, visit, path):
    visit(path)
    page.keyboard.press("Tab")
    state = focused(page)
    assert state["isSkipLink"], f"first Tab focused {state['element']}, not the skip link"
    assert_focus_visible(state)
    box, viewport = state["box"], page.viewport_size
    assert box["left"] >= 0 and box["top"] >= 0, f"skip link off screen when focused: {box}"
    assert box["right"] <= viewport["width"] and box["bottom"] <= viewport["height"], box

    page.keyboard.press("Enter")
    state = focused(page)
    assert state["isMain"], f"Enter on the skip link focused {state['element']}, not main"


@pytest.mark.parametrize("path", PATHS)
def test_tab_reaches_main_nav_in_order_and_enter_follows_link(page, visit, path):
    visit(path)
    nav_links = page.locator('nav[aria-label="Main"] a').all_inner_texts()
    assert "Network" in nav_links, nav_links
    reached = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        state = focused(page)
        assert_focus_visible(state)
        if state["inMainNav"]:
            reached.append(state["text"])
            if state["text"] == "Network":
                break
    else:
        pytest.fail(f"{MAX_TABS} Tabs never reached the Network link; main nav reached: {reached}")
    assert reached == nav_links[: nav_links.index("Network") + 1], "main nav not in DOM order"

    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path == "/network/"
