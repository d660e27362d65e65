"""The fair-pay pledge's sign form in a real browser: sent with mistakes it opens at its error
summary, which axe finds accessible at desktop and phone widths; put right, it signs and says
the signature will be checked before it is listed."""

from urllib.parse import urljoin

import pytest

from .test_accessibility import AXE, AXE_OPTIONS, BLOCKING, describe

pytestmark = pytest.mark.browser

URL = "/for-organisations/pledge/"


@pytest.mark.parametrize("width", [1280, 360])
def test_the_error_state_is_accessible_and_putting_it_right_signs(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        page.goto(urljoin(site_url, URL))
        page.fill("#id_organisation_name", f"Browser Test Trust {width}")
        page.select_option("#id_organisation_type", "nhs_trust")
        page.fill("#id_contact_name", "Browser Contact")
        page.fill("#id_contact_email", f"browser-{width}@trust.example")
        page.fill("#id_signer_name", "Browser Signer")
        page.fill("#id_signer_role", "Director")
        page.check("#id_commitments_0")  # one commitment of five, and no authority
        page.get_by_role("button", name="Sign the pledge").click()
        page.wait_for_load_state()

        summary = page.locator(".error-summary")
        assert summary.is_visible()
        page.wait_for_function("document.activeElement.classList.contains('error-summary')")
        assert page.title().startswith("Error: ")
        errors = summary.locator("li").all_inner_texts()
        assert any(error.startswith("Our commitments: Tick every commitment.") for error in errors)
        assert "Tick the box to confirm you can sign for the organisation." in errors
        assert len(errors) == 2
        assert page.input_value("#id_organisation_name") == f"Browser Test Trust {width}"

        violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        assert not blocking, "\n".join(describe(v) for v in blocking)

        boxes = page.locator("input[name='commitments']")
        for n in range(boxes.count()):
            boxes.nth(n).check()
        page.check("#id_authority")
        page.get_by_role("button", name="Sign the pledge").click()
        page.wait_for_url(f"**{URL}thanks/")
        assert "Thank you for signing" in page.inner_text("main")
        # Not listed before the team checks it.
        page.goto(urljoin(site_url, URL))
        assert "Riverside Mental Health NHS Foundation Trust" in page.inner_text("main")
        assert f"Browser Test Trust {width}" not in page.inner_text("main")
    finally:
        context.close()
