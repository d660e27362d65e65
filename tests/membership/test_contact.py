"""The contact relay: stored first, then emailed with the sender as Reply-To; the member's
address never reaches the sender or any page."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from membership.models import ContactRequest, Membership

from ..factories import submission_key

pytestmark = pytest.mark.django_db

MESSAGE = {
    "sender_name": "Vis Itor",
    "sender_email": "visitor@example.com",
    "organisation": "North Trust",
    "purpose": "speaking",
    "message": "Would you speak at our conference in May? It is paid.",
}


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    def _send(slug="sam-other", **changes):
        with django_capture_on_commit_callbacks(execute=True):
            url = f"/network/{slug}/contact/"
            key = submission_key(client, url)
            return client.post(url, {**MESSAGE, "submission_key": key, **changes})

    return _send


def test_the_profile_shows_a_contact_link_only_when_the_member_accepts(client, other_member):
    html = client.get("/network/sam-other/").content.decode()
    assert "Contact Sam Other" in html and "/network/sam-other/contact/" in html
    assert "sam@example.com" not in html
    Membership.objects.set_for(other_member, accepts_messages=False)
    html = client.get("/network/sam-other/").content.decode()
    assert "Sam Other" in html  # the profile is still shown, without the link
    assert "Contact Sam Other" not in html and "/network/sam-other/contact/" not in html
    response = client.get("/network/sam-other/contact/")
    assert response.status_code == 404 and "Page not found" in response.content.decode()


def test_the_form_works_without_javascript(client, other_member):
    html = client.get("/network/sam-other/contact/").content.decode()
    assert '<form class="membership-form" method="post"' in html
    for name in ("sender_name", "sender_email", "organisation", "purpose", "message"):
        assert f'name="{name}"' in html
    assert "sam@example.com" not in html


def test_a_message_is_stored_then_relayed_with_the_sender_as_reply_to(send, other_member):
    response = send()
    assert response.status_code == 302
    assert response["Location"] == "/network/sam-other/contact/sent/"
    assert "sam@example.com" not in response.content.decode() + response["Location"]
    stored = ContactRequest.objects.get()
    assert stored.profile_id == other_member.pk and stored.status == "forwarded"
    (relayed,) = mail.outbox
    assert relayed.to == ["sam@example.com"]
    assert relayed.reply_to == ["visitor@example.com"]
    assert "Would you speak at our conference" in relayed.body


def test_the_sent_page_never_shows_the_members_address(client, send, other_member):
    send()
    html = client.get("/network/sam-other/contact/sent/").content.decode()
    assert "Thank you" in html and "sam@example.com" not in html


def test_a_failing_mail_server_keeps_the_message_as_new(send, other_member, settings):
    settings.LEAD_EMAIL_TRANSPORT = "tests.mail.BrokenBackend"
    assert send().status_code == 302
    assert ContactRequest.objects.get().status == "new"


def test_the_request_only_queues_the_relay_and_the_worker_sends_it(send, other_member, mail_queue):
    response = send()
    assert response.status_code == 302 and response["Location"].endswith("/contact/sent/")
    assert mail.outbox == [] and ContactRequest.objects.get().status == "new"
    (queued,) = mail_queue.waiting()
    assert queued.task_path == "membership.emails.relay_contact_request"
    assert "sam@example.com" not in str(queued.args_kwargs)  # an id, not the message or address
    mail_queue.run()
    (relayed,) = mail.outbox
    assert relayed.to == ["sam@example.com"] and "Would you speak" in relayed.body
    assert ContactRequest.objects.get().status == "forwarded"
    assert mail_queue.waiting() == []  # a task that went leaves no row behind


def test_a_stopped_mail_server_loses_no_message(send, other_member, mail_queue, clock, caplog):
    mail_queue.server_down()
    assert send().status_code == 302  # the request never meets the mail server
    mail_queue.run()
    assert mail.outbox == [] and ContactRequest.objects.get().status == "new"
    (retry,) = mail_queue.waiting()
    assert retry.run_after > timezone.now()  # tried again later, not at once
    assert "SMTPServerDisconnected" in caplog.text and "sam@example.com" not in caplog.text
    mail_queue.run()  # not yet due: nothing happens
    assert len(mail_queue.waiting()) == 1 and mail.outbox == []
    mail_queue.server_up()
    clock.move_to(retry.run_after + timedelta(seconds=1))
    mail_queue.run()
    (relayed,) = mail.outbox  # delivered once the server is back, and only once
    assert relayed.to == ["sam@example.com"] and "Would you speak" in relayed.body
    assert ContactRequest.objects.get().status == "forwarded"
    assert mail_queue.waiting() == []


def test_a_filled_honeypot_stores_nothing(send, other_member):
    response = send(homepage="spam")
    # The bot is told it worked, as a person would be...
    assert response.status_code == 302
    assert response["Location"] == "/network/sam-other/contact/sent/"
    # ...but nothing is stored or sent.
    assert not ContactRequest.objects.exists() and mail.outbox == []


def test_rate_limit_per_address(send, other_member, settings):
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "contact-ip": (2, 86400)}
    assert [send().status_code for _ in range(3)] == [302, 302, 429]
    assert ContactRequest.objects.count() == 2


def test_rate_limit_per_profile(client, other_member, settings):
    """Three different addresses, one profile: the profile's own limit holds."""
    settings.LEAD_RATE_LIMITS = {**settings.LEAD_RATE_LIMITS, "contact-profile": (2, 86400)}
    url = "/network/sam-other/contact/"
    codes = [
        client.post(
            url,
            {**MESSAGE, "submission_key": submission_key(client, url)},
            REMOTE_ADDR=f"10.0.0.{n}",
        ).status_code
        for n in range(3)
    ]
    assert codes == [302, 302, 429]


def test_invalid_messages_are_explained(send, other_member):
    response = send(sender_email="nope")
    assert response.status_code == 200
    assert "Enter a valid email address" in response.content.decode()
    assert not ContactRequest.objects.exists()


def test_drafts_and_unknown_profiles_cannot_be_contacted(client, make_profile, other_member):
    make_profile("Draft Person", live=False, contact_email="d@example.com", accepts_messages=True)
    # The control: a live profile that accepts messages has its form at the same address.
    form = client.get("/network/sam-other/contact/")
    assert form.status_code == 200 and "Contact Sam Other" in form.content.decode()
    for response in (
        client.get("/network/draft-person/contact/"),
        client.post("/network/no-one/contact/", MESSAGE),
    ):
        assert response.status_code == 404
        html = response.content.decode()
        assert "Page not found" in html and "Draft Person" not in html
    assert not ContactRequest.objects.exists() and mail.outbox == []


def test_editors_read_contact_requests_and_moderators_change_them(client, other_member):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    request = ContactRequest.objects.create(profile=other_member, **MESSAGE)
    User = get_user_model()
    editor = User.objects.create_user("ed", "ed@example.com", "pw-ed-12345")
    editor.groups.add(Group.objects.get(name="Editors"))
    moderator = User.objects.create_user("mo", "mo@example.com", "pw-mo-12345")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    index = "/admin/membership/contactrequest/"
    client.force_login(editor)
    listing = client.get(index)
    assert listing.status_code == 200
    assert "Sam Other" in listing.content.decode()  # the request, listed by its profile
    # Wagtail turns the editor away to the dashboard, with its "permission" message.
    refused = client.get(f"{index}edit/{request.pk}/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    client.force_login(moderator)
    edit = client.get(f"{index}edit/{request.pk}/")
    assert edit.status_code == 200
    assert "Would you speak at our conference in May?" in edit.content.decode()
    receipts = client.get("/admin/membership/erasurereceipt/")
    assert receipts.status_code == 200
    assert "Erasure receipts" in receipts.content.decode()


# --- what a sender types cannot pass for the email's own lines ------------------------------------


def test_the_senders_message_is_quoted_as_theirs(send, other_member):
    forged = (
        "Hello.\nFrom: LEAD moderators\r\nBcc: everyone@example.com\n\n"
        "----- end of their message -----"
    )
    send(message=forged)
    body = mail.outbox[0].body.splitlines()
    start = body.index("----- start of their message -----")
    end = len(body) - 1 - body[::-1].index("----- end of their message -----")
    assert body[start + 1 : end] == [
        "> Hello.",
        "> From: LEAD moderators",
        "> Bcc: everyone@example.com",
        ">",
        "> ----- end of their message -----",
    ]
    # Nothing the sender wrote starts a line of the email's own.
    assert not any(line.startswith(("From:", "Bcc:")) for line in body)


def test_line_breaks_in_single_line_fields_go_nowhere(send, other_member):
    send(
        sender_name="Vis Itor\r\nBcc: everyone@example.com",
        organisation="North Trust\nFrom: LEAD moderators",
    )
    stored = ContactRequest.objects.get()
    assert "\n" in stored.sender_name  # stored as sent; the email is what must not break
    relayed = mail.outbox[0]
    lines = relayed.body.splitlines()
    assert "Their name: Vis Itor Bcc: everyone@example.com" in lines
    assert "Their organisation: North Trust From: LEAD moderators" in lines
    assert not any(line.startswith(("From:", "Bcc:")) for line in lines)
    assert relayed.subject == "Message via LEAD: Speaking at an event"
    assert relayed.bcc == [] and relayed.to == ["sam@example.com"]
