"""The "More ways to share" button (static/js/share.js) in a real browser: hidden where the
browser has no Web Share API, with the plain share links there instead; shown where it has one,
reachable by keyboard, and handing the page's title and public address to the share sheet."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/blog/why-lived-experience-belongs-on-boards/",
    "/events/peer-leadership-circle/",
    "/opportunities/lived-experience-board-member/",
]

# Stands in for a phone's share sheet: records what the page asks to share.
FAKE_SHARE = """
window.__shared = [];
Object.defineProperty(navigator, "share", {
    configurable: true,
    value: (data) => { window.__shared.push(data); return Promise.resolve(); },
});
"""


@pytest.mark.parametrize("path", PAGES)
def test_without_the_web_share_api_the_button_stays_hidden(visit, path):
    tab = visit(path)
    assert tab.evaluate("() => typeof navigator.share") == "undefined"
    share = tab.locator("section.share")
    assert share.get_by_role("link", name="Share on LinkedIn").is_visible()
    assert share.get_by_role("link", name="Share by Email").is_visible()
    button = share.locator("button.share__button")
    assert button.count() == 1 and not button.is_visible()


@pytest.mark.parametrize("path", PAGES)
def test_with_the_web_share_api_the_button_shares_the_page(page, visit, path):
    page.context.add_init_script(FAKE_SHARE)
    tab = visit(path)
    button = tab.get_by_role("button", name="More ways to share")
    button.wait_for(state="visible")
    title = tab.locator("h1").inner_text()
    # By keyboard: Tab from the last share link reaches it, Enter opens the share sheet.
    tab.locator("section.share a").last.focus()
    tab.keyboard.press("Tab")
    assert tab.evaluate("() => document.activeElement.textContent") == "More ways to share"
    tab.keyboard.press("Enter")
    tab.wait_for_function("() => window.__shared.length === 1")
    [shared] = tab.evaluate("() => window.__shared")
    assert shared["title"] == title
    assert shared["url"].endswith(path) and shared["url"].startswith("http")
