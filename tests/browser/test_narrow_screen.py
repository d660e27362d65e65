"""Reflow (WCAG 1.4.10): at 320 CSS pixels wide no page type scrolls sideways.

320px is 1280px at 400% zoom. The context stays a desktop one on purpose: mobile emulation
would widen the layout viewport to fit overflowing content and hide the problem.
"""

import pytest

from .pages import page_type_params

pytestmark = pytest.mark.browser

# For the failure message: the first elements whose right edge passes the window's.
OVERFLOWING = """() => [...document.body.querySelectorAll("*")]
    .filter(el => el.getBoundingClientRect().right > window.innerWidth + 0.5)
    .slice(0, 10)
    .map(el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
        + [...el.classList].map(c => "." + c).join(""))"""


@pytest.mark.parametrize(("name", "path"), page_type_params())
def test_no_horizontal_scrolling_at_320px(page, visit, name, path):
    page.set_viewport_size({"width": 320, "height": 800})
    visit(path)
    scroll_width, inner_width = page.evaluate(
        "() => [document.documentElement.scrollWidth, window.innerWidth]"
    )
    assert scroll_width <= inner_width, (
        f"{name} ({path}) is {scroll_width}px wide in a {inner_width}px window; "
        f"overflowing: {page.evaluate(OVERFLOWING)}"
    )
