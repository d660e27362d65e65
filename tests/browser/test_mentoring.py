"""Peer mentoring in a real browser: the demo member signs in, finds a mentor, asks them, and
the mentor accepts through the link in the email the site sent (read back from its outbox);
both are then introduced by email. The pages pass axe on the way."""

import re
import uuid
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from .conftest import sent_to, sign_in_member
from .test_accessibility import assert_no_serious_axe_violations

pytestmark = pytest.mark.browser

MENTOR = "Tendai Moyo"  # offers mentoring on board governance in the demo
MENTOR_ADDRESS = "tendai-moyo@members.lead.example"
MEMBER_ADDRESS = "danielle-hartley@members.lead.example"
ACCEPT = re.compile(r"Yes, accept: (\S+)")


def test_a_member_finds_a_mentor_who_accepts_through_the_emailed_link(
    browser, page, site_url, site_env
):
    word = uuid.uuid4().hex[:8]
    member = sign_in_member(page, site_url)
    member.get_by_role("link", name="Find a mentor").click()
    expect(member.get_by_role("heading", name="Find a mentor", level=1)).to_be_visible()
    member.get_by_label("Topic").select_option(label="Board governance")
    member.get_by_role("button", name="Show mentors").click()
    card = member.locator("article", has=member.get_by_role("heading", name=MENTOR))
    expect(card).to_contain_text("About one hour a month")
    expect(card).not_to_contain_text(MENTOR_ADDRESS)
    card.get_by_role("link", name=f"Ask {MENTOR} for mentoring").click()
    assert_no_serious_axe_violations(member, "the request form")
    member.get_by_label("Your message").fill(f"Could we talk about board roles? ({word})")
    member.get_by_role("button", name="Send my request").click()
    expect(member.get_by_role("heading", name="Request sent")).to_be_visible()
    assert MENTOR_ADDRESS not in member.content()

    # The mentor's email: the member's words, no address, and the links to answer.
    (request,) = [m for m in sent_to(site_env, MENTOR_ADDRESS) if word in m.get_content()]
    body = request.get_content()
    assert MEMBER_ADDRESS not in body and request["Reply-To"] is None
    accept = urlsplit(ACCEPT.search(body).group(1))

    # The mentor opens the link (not signed in) and accepts.
    context = browser.new_context(viewport={"width": 360, "height": 800})
    mentor = context.new_page()
    mentor.goto(urljoin(site_url, accept.path))
    assert_no_serious_axe_violations(mentor, "the answer page")
    mentor.get_by_role("button", name="Accept and introduce us").click()
    expect(mentor.get_by_text("Accepted. We have introduced you")).to_be_visible()
    context.close()

    # Both are introduced by email, each with the other's address to reply to.
    (to_member,) = [m for m in sent_to(site_env, MEMBER_ADDRESS) if MENTOR in m["Subject"]]
    assert "would like to mentor you" in to_member["Subject"]
    assert MENTOR_ADDRESS in to_member.get_content() and to_member["Reply-To"] == MENTOR_ADDRESS
    assert [m for m in sent_to(site_env, MENTOR_ADDRESS) if "in touch" in m["Subject"]]

    # The member sees it accepted on their account.
    member.goto(urljoin(site_url, "/account/mentoring/"))
    expect(member.locator("li", has_text=f"To {MENTOR}")).to_contain_text("Accepted")
