"""The join form after mistakes, in a real browser: the applicant picks a photo, sends the form
with mistakes, sees every mistake at once and the photo kept by its name, puts the mistakes
right without choosing the photo again, and the application goes through."""

import io
from urllib.parse import urljoin

import pytest
from PIL import Image

from .test_accessibility import AXE, AXE_OPTIONS, BLOCKING, describe

pytestmark = pytest.mark.browser


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), "#1f6b4f").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("width", [1280, 360])
def test_a_photo_is_kept_and_every_mistake_shown_at_once(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    try:
        page.goto(urljoin(site_url, "/join/"))
        page.fill("#id_display_name", f"Browser Applicant {width}")
        page.fill("#id_email", f"browser-applicant-{width}@example.com")
        page.fill("#id_headline", "Peer trainer")
        page.check("#id_availability_0")
        page.fill("#id_summary", "Trains peer workers.")
        page.set_input_files(
            "#id_photo", {"name": "photo.png", "mimeType": "image/png", "buffer": png_bytes()}
        )
        # No description of the photo and no consent: two mistakes.
        page.get_by_role("button", name="Send my application").click()
        page.wait_for_load_state()

        summary = page.locator(".error-summary")
        assert summary.is_visible()
        # The page opens at the summary, with focus on it, and its title says there are errors.
        page.wait_for_function("document.activeElement.classList.contains('error-summary')")
        top = summary.bounding_box()["y"]
        assert 0 <= top < 200, f"the error summary starts {top}px down the screen"
        assert page.title().startswith("Error: ")
        errors = summary.locator("li").all_inner_texts()
        assert "Describe your photo: Describe your photo for people who cannot see it." in errors
        assert "Tick this box to publish your profile." in errors
        assert len(errors) == 2
        # The consent paragraph is beside its box, not repeated in the summary.
        assert "I agree that LEAD may publish" not in summary.inner_text()
        help_text = page.locator("#id_photo_helptext").inner_text()
        assert help_text.startswith("photo.png — kept from your last try")
        assert page.locator("#id_photo").evaluate("input => input.files.length") == 0
        assert page.get_by_label("Remove photo.png: send my application without a photo.")
        # Every value typed is still there.
        assert page.input_value("#id_display_name") == f"Browser Applicant {width}"

        violations = AXE.run(page, options=AXE_OPTIONS).response["violations"]
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        assert not blocking, "\n".join(describe(v) for v in blocking)

        # Put the two mistakes right; the photo is not chosen again.
        page.fill("#id_photo_alt_text", "Smiling, outdoors")
        page.check("#id_consent_publishing")
        page.get_by_role("button", name="Send my application").click()
        page.wait_for_url("**/join/thanks/")
        assert "Thank you for applying" in page.inner_text("main")
    finally:
        context.close()
