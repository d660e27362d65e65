"""An editor acts on requests in the real admin: a moderator forwards an introduction request
to the member and replies to a visitor who wrote to a member; the emails the site sent are
read back from its outbox. The request pages pass axe, and forwarding is not offered for a
member without an account."""

import re
import uuid
from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from .conftest import manage_py, sent_to
from .test_accessibility import assert_no_serious_axe_violations
from .test_editor_journey import admin_page

pytestmark = pytest.mark.browser

MEMBER = "danielle-hartley"  # the demo's one member with an account
MEMBER_ADDRESS = f"{MEMBER}@members.lead.example"
REQUESTS = """
from membership.models import ContactRequest, IntroductionRequest
from network.models import ProfilePage
member = ProfilePage.objects.get(slug="{member}")
other = ProfilePage.objects.exclude(slug="{member}").filter(membership__member=None).first()
intro = IntroductionRequest.objects.create(
    profile=member, requester_name="Ash {word}", requester_email="ash-{word}@trust.example",
    organisation="Riverside NHS Trust", request="An adviser for our board ({word}).",
    paid="paid", pay_details="£250 a meeting",
)
contact = ContactRequest.objects.create(
    profile=member, sender_name="Vi {word}", sender_email="vi-{word}@charity.example",
    purpose="research", message="Would you join our study group? ({word})",
)
lonely = IntroductionRequest.objects.create(
    profile=other, requester_name="Lo {word}", requester_email="lo-{word}@example.org",
    request="A panel ({word}).", paid="unsure",
)
print(intro.pk, contact.pk, lonely.pk)
"""


def test_a_moderator_forwards_a_request_and_replies_to_a_requester(browser, site_url, site_env):
    word = uuid.uuid4().hex[:8]
    script = REQUESTS.format(member=MEMBER, word=word)
    intro, contact, lonely = manage_py(site_env, "shell", "-c", script).split()[-3:]
    moderator, watch = admin_page(browser, site_url, "moderator")

    # The introduction request: forwarded to the member, with a note.
    moderator.goto(urljoin(site_url, "/admin/membership/introductionrequest/"))
    expect(moderator.get_by_text(re.compile("Introduction requests"))).not_to_have_count(0)
    moderator.goto(urljoin(site_url, f"/admin/membership/introductionrequest/inspect/{intro}/"))
    expect(moderator.get_by_role("heading", name="Status: New (not acted on yet)")).to_be_visible()
    assert_no_serious_axe_violations(moderator, "an introduction request")
    moderator.get_by_role("link", name="Forward to the member").click()
    expect(moderator.get_by_role("heading", name="Forward to the member")).to_be_visible()
    assert MEMBER_ADDRESS not in moderator.content()  # never shown, even here
    assert_no_serious_axe_violations(moderator, "the forward form")
    moderator.get_by_label("A note to the member (optional)").fill(f"This fits your work. {word}")
    moderator.get_by_role("button", name="Forward to the member").click()
    expect(moderator.get_by_text("The request is on its way to the member.")).to_be_visible()
    expect(moderator.get_by_role("heading", name="Status: Passed on to the member")).to_be_visible()
    history = moderator.locator("#request-history + table")
    expect(history).to_contain_text("Forwarded to the member")
    expect(history).to_contain_text("Mo Moderator")  # who did it (the demo moderator)

    (forwarded,) = [m for m in sent_to(site_env, MEMBER_ADDRESS) if word in m.get_content()]
    assert forwarded["Reply-To"] == f"ash-{word}@trust.example"
    assert forwarded["Subject"] == "Introduction via LEAD: a request for you"
    body = forwarded.get_content()
    assert f"> An adviser for our board ({word})." in body
    assert f"This fits your work. {word}" in body

    # The contact request: a reply to the visitor, written in the admin.
    moderator.goto(urljoin(site_url, f"/admin/membership/contactrequest/inspect/{contact}/"))
    moderator.get_by_role("link", name="Reply to the requester").click()
    assert_no_serious_axe_violations(moderator, "the reply form")
    moderator.get_by_role("button", name="Send the reply").click()  # empty: refused, said why
    expect(moderator.get_by_text("Write your reply before sending it.")).to_be_visible()
    moderator.get_by_label("Your reply").fill(f"Thank you. Danielle will write soon. {word}")
    moderator.get_by_role("button", name="Send the reply").click()
    expect(moderator.get_by_text("Your reply is on its way to the requester.")).to_be_visible()
    expect(history).to_contain_text("Replied to the requester")

    (reply,) = sent_to(site_env, f"vi-{word}@charity.example")
    assert reply["Subject"] == "A reply from LEAD about your message"
    assert f"Thank you. Danielle will write soon. {word}" in reply.get_content()
    assert MEMBER_ADDRESS not in reply.as_string()

    # A member without an account: no forwarding, a reply still possible.
    moderator.goto(urljoin(site_url, f"/admin/membership/introductionrequest/inspect/{lonely}/"))
    expect(moderator.get_by_text(re.compile("Forwarding is not offered"))).to_be_visible()
    expect(moderator.get_by_role("link", name="Forward to the member")).to_have_count(0)
    expect(moderator.get_by_role("link", name="Reply to the requester")).to_be_visible()
    watch.assert_none("acting on requests")
    moderator.context.close()
