"""The contact page in a real browser: sent empty, it shows every mistake at once with no
serious or critical axe violation at desktop and phone widths; put right, the message goes
and the thank-you page says so."""

from urllib.parse import urljoin, urlsplit

import pytest

from .test_accessibility import AXE, AXE_OPTIONS, BLOCKING, describe

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width", [1280, 360])
def test_the_contact_form_with_mistakes_is_accessible_and_then_goes(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        page.goto(urljoin(site_url, "/contact/"))
        page.fill("#id_name", f"Browser Enquirer {width}")
        page.get_by_role("button", name="Send my message").click()
        page.wait_for_load_state()

        summary = page.locator(".error-summary")
        page.wait_for_function("document.activeElement.classList.contains('error-summary')")
        assert page.title().startswith("Error: ")
        errors = summary.locator("li").all_inner_texts()
        assert errors == [
            "Your email address: Enter your email address.",
            "What is it about?: Choose what your message is about.",
            "Your message: Write your message.",
        ]
        violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        assert not blocking, "\n".join(describe(v) for v in blocking)

        # Each link in the summary takes the keyboard to its field.
        summary.get_by_role(
            "link", name="What is it about?: Choose what your message is about."
        ).click()
        assert page.evaluate("document.activeElement.name") == "topic"

        assert page.input_value("#id_name") == f"Browser Enquirer {width}"  # kept
        page.fill("#id_email", f"enquirer-{width}@example.com")
        page.get_by_label("Paying people fairly").check()
        page.fill("#id_message", "How do you suggest we pay for preparation time?")
        page.get_by_role("button", name="Send my message").click()
        page.wait_for_load_state()
        assert urlsplit(page.url).path == "/contact/sent/"
        assert page.locator("h1").inner_text() == "Thank you: your message is with us"
    finally:
        context.close()
