"""The member's choice wins over a moderator's open form, in two real browsers at once: the
moderator opens Danielle's profile in the admin, Danielle hides her region from her account,
the moderator fixes a typo and saves the form they already had open, then publishes it. Her
region must stay hidden, and the moderator is told why."""

import re
from urllib.parse import urljoin

import pytest

from .conftest import STYLESHEET_APPLIED, TEAM_PASSWORD, sign_in_member

pytestmark = pytest.mark.browser

PROFILE = "/network/danielle-hartley/"
REGION = "North East and Yorkshire"
ADDED = "She also mentors new peer trainers."


def new_page(browser, width=1280):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.set_default_timeout(15_000)
    return context, context.new_page()


def admin_sign_in(page, site_url, username):
    page.goto(urljoin(site_url, "/admin/login/"))
    page.fill('input[name="username"]', username)
    page.fill('input[name="password"]', TEAM_PASSWORD)
    page.click('button[type="submit"]')
    page.wait_for_url(re.compile(r".*/admin/$"))


def anonymous_profile_text(browser, site_url):
    context, page = new_page(browser)
    try:
        page.goto(urljoin(site_url, PROFILE))
        return page.inner_text("main")
    finally:
        context.close()


def test_a_moderators_open_form_cannot_undo_the_members_choice(browser, site_url):
    assert REGION in anonymous_profile_text(browser, site_url)
    moderator_context, moderator = new_page(browser)
    member_context, member = new_page(browser, width=360)
    try:
        # 1. The moderator opens Danielle's profile in the admin.
        admin_sign_in(moderator, site_url, "moderator")
        moderator.goto(urljoin(site_url, "/admin/pages/search/?q=Danielle+Hartley"))
        moderator.get_by_role("link", name="Danielle Hartley").first.click()
        # Opened from the search results, it carries them as the place to return to.
        moderator.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/(\?next=.*)?$"))
        edit_url = moderator.url
        region_select = moderator.locator('select[name="region_visibility"]')
        assert region_select.input_value() == "public"
        assert "The member's choice: Everyone" in moderator.content()

        # 2. Meanwhile Danielle hides her region from her account, on her phone.
        sign_in_member(member, site_url)
        member.goto(urljoin(site_url, "/account/visibility/"))
        assert member.evaluate(STYLESHEET_APPLIED)
        member.get_by_role("group", name="Who can see your region?").get_by_label(
            "Nobody (kept private)"
        ).check()
        member.get_by_role("button", name="Save my choices").click()
        member.wait_for_url("**/account/")
        assert "hidden now" in member.content()
        assert REGION not in anonymous_profile_text(browser, site_url)

        # 3. The moderator makes a small fix and saves the form they already had open.
        summary = moderator.locator('textarea[name="summary"]')
        summary.fill(summary.input_value()[:200] + " " + ADDED)
        moderator.get_by_role("button", name="Save draft").click()
        moderator.wait_for_load_state()
        message = moderator.locator(".messages").inner_text()
        assert "The member's own choices were kept (region: Nobody (kept private))" in message
        assert "Your other changes are saved" in message

        # 4. The moderator opens the form again and publishes it.
        moderator.goto(edit_url)
        assert moderator.locator('select[name="region_visibility"]').input_value() == "hidden"
        moderator.locator('[data-w-dropdown-target="toggle"]').last.click()
        moderator.get_by_role("button", name="Publish").click()
        moderator.wait_for_load_state()
        text = anonymous_profile_text(browser, site_url)
        assert ADDED in text  # the moderator's fix is live
        assert REGION not in text
    finally:
        moderator_context.close()
        member_context.close()
