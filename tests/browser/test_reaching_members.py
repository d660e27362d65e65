"""A visitor from an organisation reaches two demo members in a real browser, on a phone and on
a desktop: Danielle takes messages, so her profile's "Write to Danielle Hartley" opens the
contact form and the message is sent; Imran does not, so his profile offers "Ask LEAD to
introduce you", and the request is sent to the LEAD team. Each ends on its confirmation."""

from urllib.parse import urljoin

import pytest

from .conftest import STYLESHEET_APPLIED
from .test_accessibility import AXE, AXE_OPTIONS, BLOCKING, describe

pytestmark = pytest.mark.browser


def no_blocking_violations(page):
    violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, "\n".join(describe(v) for v in blocking)


def fits_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


@pytest.fixture(params=[360, 1280], ids=["360px", "1280px"])
def visitor(browser, request):
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    context.set_default_timeout(15_000)
    yield context.new_page(), request.param
    context.close()


def test_writing_to_a_member_who_takes_messages(visitor, site_url):
    page, width = visitor
    page.goto(urljoin(site_url, "/network/danielle-hartley/"))
    assert page.evaluate(STYLESHEET_APPLIED)
    main = page.locator("main")
    assert main.get_by_role("link", name="Ask LEAD to introduce you").count() == 0
    main.get_by_role("link", name="Write to Danielle Hartley").click()
    page.wait_for_url("**/network/danielle-hartley/contact/")
    assert page.get_by_role("heading", level=1).inner_text() == "Contact Danielle Hartley"
    assert fits_the_screen(page)

    page.get_by_label("Your name").fill(f"Browser Visitor {width}")
    page.get_by_label("Your email address").fill(f"visitor-{width}@trust.example")
    page.get_by_label("Your organisation").fill("Northfield NHS Trust")
    page.get_by_label("Speaking at an event").check()
    page.get_by_label("Message").fill("Would you speak at our staff conference in May? It is paid.")
    page.get_by_role("button", name="Send my message").click()

    page.wait_for_url("**/network/danielle-hartley/contact/sent/")
    text = page.inner_text("main")
    assert "Thank you: your message is with us" in text
    assert "We will pass it on to Danielle Hartley" in text
    assert "@members.lead.example" not in page.content()  # her address is never shown


def test_asking_for_an_introduction_to_a_member_who_does_not(visitor, site_url):
    page, width = visitor
    page.goto(urljoin(site_url, "/network/imran-siddiqui/"))
    assert page.evaluate(STYLESHEET_APPLIED)
    main = page.locator("main")
    assert main.get_by_text("Write to", exact=False).count() == 0
    main.get_by_role("link", name="Ask LEAD to introduce you").click()
    page.wait_for_url("**/network/imran-siddiqui/introduce/")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading == "Ask LEAD to introduce you to Imran Siddiqui"
    assert fits_the_screen(page)

    # A first try without the pay: the mistake is shown at the top, the answers kept.
    page.get_by_label("Your name").fill(f"Browser Requester {width}")
    page.get_by_label("Your organisation").fill("Northfield NHS Trust")
    page.get_by_label("Your email address").fill(f"requester-{width}@trust.example")
    page.get_by_label("What is the role or request?").fill(
        "We are recruiting a peer trainer for a six-week course, online."
    )
    page.get_by_label("Yes, it is paid").check()
    page.get_by_role("button", name="Send my request").click()
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert "Say how much it pays" in summary.inner_text()
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")
    assert page.title().startswith("Error: ")
    assert page.get_by_label("Your name").input_value() == f"Browser Requester {width}"
    no_blocking_violations(page)

    page.get_by_label("How much does it pay?").fill("£200 a session, plus preparation time")
    page.get_by_role("button", name="Send my request").click()

    page.wait_for_url("**/network/imran-siddiqui/introduce/sent/")
    text = page.inner_text("main")
    assert "Thank you: your request is with us" in text
    assert "reply to the email address you gave" in text
    page.get_by_role("link", name="Back to Imran Siddiqui's profile").click()
    page.wait_for_url("**/network/imran-siddiqui/")
