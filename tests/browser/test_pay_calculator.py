"""The fair-pay calculator in a real browser, on a desktop and on a phone: filled in by keyboard
alone, its total read back, its address giving the same result in a fresh window, its printout
without the form or the site's controls; a mistake summarised at the top of the form."""

from urllib.parse import urljoin

import pytest

from ..quality.features.opportunities import BROWSER_PAGES, CALCULATOR

pytestmark = pytest.mark.browser

TOTAL = "Total: £2,607.60 for 4 people (£651.90 each)."


def focused(page):
    return page.evaluate(
        "() => { const e = document.activeElement; return e.id || e.tagName.toLowerCase(); }"
    )


@pytest.fixture(params=[1280, 360], ids=["1280px", "360px"])
def width(request):
    return request.param


@pytest.fixture
def context(browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.set_default_timeout(15_000)
    yield context
    context.close()


def test_filling_the_form_by_keyboard_gives_the_total(context, site_url, width):
    page = context.new_page()
    page.goto(urljoin(site_url, CALCULATOR))
    # From the top of the page: the skip link, then the first field of the form.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert focused(page) == "id_level"
    page.keyboard.type("Adv")  # a closed list picks the option whose name is typed
    chosen = page.eval_on_selector("#id_level", "s => s.options[s.selectedIndex].text")
    assert chosen == "Advising or co-producing (£27.50 an hour)"
    page.keyboard.press("Tab")
    assert focused(page) == "summary"  # "What each level covers", opened by keyboard too
    for field, value in [
        ("id_people", "4"),
        ("id_sessions", "6"),
        ("id_hours", "2.5"),
        ("id_preparation", "1"),
        ("id_expenses", "12.40"),
    ]:
        page.keyboard.press("Tab")
        assert focused(page) == field
        page.keyboard.type(value)
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.locator(".pay-estimate__total").inner_text() == TOTAL
    rows = page.locator(".pay-estimate tfoot tr").inner_text().split()
    assert rows[-2:] == ["£651.90", "£2,607.60"]
    assert "people=4" in page.url and "hours=2.5" in page.url
    # Nothing wider than the screen, the table included.
    assert page.evaluate("document.documentElement.scrollWidth") <= width

    # The address is the result: a fresh window shows the same total.
    again = context.new_page()
    again.goto(page.url)
    assert again.locator(".pay-estimate__total").inner_text() == TOTAL
    assert again.input_value("#id_people") == "4"


def test_the_printout_shows_the_estimate_without_the_form(context, site_url):
    page = context.new_page()
    page.goto(urljoin(site_url, f"{CALCULATOR}?level=2&people=4&sessions=6&hours=2.5"))
    print_button = page.get_by_role("button", name="Print this estimate")
    assert print_button.is_visible()  # shown by its script, as the browser can print
    form, source = page.locator(".pay-calculator__form"), page.locator(".pay-estimate__source")
    chrome = [".breadcrumbs", ".site-header__toggle--menu", ".site-footer"]
    assert form.is_visible() and source.is_visible()  # the control: on screen, all there

    page.emulate_media(media="print")
    assert not form.is_visible()
    assert not print_button.is_visible()
    for selector in chrome:
        assert not page.locator(selector).first.is_visible(), selector
    assert page.locator(".pay-estimate__total").is_visible()
    assert source.is_visible()
    assert "Applies from" in source.inner_text()
    assert page.locator(".site-header__brand").is_visible()  # whose estimate it is


def test_a_mistake_is_summarised_first(context, site_url):
    page = context.new_page()
    page.goto(urljoin(site_url, f"{CALCULATOR}?level=2&people=0&sessions=6&hours=2.5"))
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")
    assert page.title().startswith("Error: ")
    summary = page.locator(".error-summary")
    assert summary.locator("li").all_inner_texts() == ["Enter at least 1 for the number of people."]
    assert page.locator("#id_people_error").inner_text() == (
        "Enter at least 1 for the number of people."
    )
    assert page.locator(".pay-estimate").count() == 0


def test_the_browser_suites_calculator_pages_show_what_they_are_named_for(page, site_url):
    """The axe suite's result page names a level by its id in the demo (the second level made):
    it must really show a result, and the mistakes page its mistakes."""
    pages = {name: path for name, path in BROWSER_PAGES if path.startswith(CALCULATOR)}
    page.goto(urljoin(site_url, pages["pay calculator, result"]))
    assert page.locator(".pay-estimate__total").inner_text() == TOTAL
    assert "Advising or co-producing" in page.locator(".pay-estimate__source").inner_text()
    page.goto(urljoin(site_url, pages["pay calculator, mistakes"]))
    assert page.locator(".error-summary li").count() == 3
    page.goto(urljoin(site_url, pages["pay calculator"]))
    assert page.locator(".pay-calculator__form").is_visible()
    assert page.locator(".error-summary").count() == 0


def test_the_largest_figures_still_fit_the_screen(context, site_url, width):
    page = context.new_page()
    most = "people=100&sessions=365&hours=12&preparation=12&expenses=1000"
    page.goto(urljoin(site_url, f"{CALCULATOR}?level=3&{most}"))
    total = page.locator(".pay-estimate__total").inner_text()
    assert total == "Total: £71,540,000.00 for 100 people (£715,400.00 each)."
    assert page.evaluate("document.documentElement.scrollWidth") <= width
