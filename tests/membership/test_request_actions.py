"""Editors act on contact and introduction requests in the admin: forward to the member (only
one with an account), reply to the requester, mark introduced, declined or spam, send a failed
email again; each action is in the request's history with who did it and when. Editors read,
moderators act. Old requests are deleted with their history; erasure removes them too."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from home.editorial.roles import EDITORS
from membership import emails
from membership.erasure import erase_member
from membership.models import (
    ContactRequest,
    Enquiry,
    ErasureReceipt,
    IntroductionRequest,
    Membership,
)
from membership.request_kinds import log_entries_of

from ..factories import UserFactory
from ..quality.bad_input import BAD_VALUES, MARKUP_VALUES

pytestmark = pytest.mark.django_db

SAM = "sam@example.com"  # other_member's private address
VISITOR = "visitor@example.org"
ASKER = "asker@nhs-trust.example"


@pytest.fixture
def editor():
    return UserFactory(username="request-editor", groups=[EDITORS])


@pytest.fixture
def contact(other_member):
    return ContactRequest.objects.create(
        profile=other_member,
        sender_name="Vis Itor",
        sender_email=VISITOR,
        organisation="North Trust",
        purpose="speaking",
        message="Would you speak at our conference in May?\nIt is paid.",
    )


@pytest.fixture
def introduction(other_member):
    return IntroductionRequest.objects.create(
        profile=other_member,
        requester_name="Ash Asker",
        requester_email=ASKER,
        organisation="Riverside NHS Trust",
        request="We need a lived-experience adviser for our board.",
        paid="paid",
        pay_details="£250 a meeting",
    )


@pytest.fixture
def no_account(make_profile, django_user_model):
    """A member with a private address on file but no account on the site."""
    profile = make_profile("Noor Noaccount", contact_email="noor@example.com")
    Membership.objects.filter(profile=profile).update(member=None)
    django_user_model.objects.filter(email="noor@example.com").delete()
    return IntroductionRequest.objects.create(
        profile=profile,
        requester_name="Ash Asker",
        requester_email=ASKER,
        request="Would Noor join our panel?",
        paid="unsure",
    )


def kind_slug(item):
    return "contact" if isinstance(item, ContactRequest) else "introduction"


def action_url(item, action):
    return reverse(f"membership_request_{action}", args=[kind_slug(item), item.pk])


def inspect_url(item):
    return reverse(f"membership_{item._meta.model_name}_modeladmin_inspect", args=[item.pk])


def page(client, item):
    response = client.get(inspect_url(item))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def history_rows(client, item):
    table = page(client, item).find(id="request-history").find_next("table")
    assert table is not None, "the history has no entries"
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        for row in table.tbody.find_all("tr")
    ]


def shown_time(entry):
    return date_format(timezone.localtime(entry.timestamp), "j F Y, H:i")


def post(client, url, data, callbacks):
    with callbacks(execute=True):
        return client.post(url, data)


# --- forwarding ------------------------------------------------------------------------------


def test_a_moderator_forwards_a_contact_request_to_the_member(
    client, moderator, contact, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    form = client.get(action_url(contact, "forward"))
    assert form.status_code == 200 and "Forward to the member" in form.content.decode()
    assert SAM not in form.content.decode()  # the address is never shown, even to moderators
    note = {"note": "This one looks right for you."}
    response = post(
        client, action_url(contact, "forward"), note, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302 and response["Location"] == inspect_url(contact)

    (sent,) = mail.outbox
    assert sent.to == [SAM] and sent.reply_to == [VISITOR]
    assert sent.from_email == settings.DEFAULT_FROM_EMAIL
    assert sent.subject == "Message via LEAD: Speaking at an event"
    assert "Hello Sam Other," in sent.body
    assert "> Would you speak at our conference in May?\n> It is paid." in sent.body
    assert "A note from the LEAD team:\nThis one looks right for you." in sent.body
    assert "Their organisation: North Trust" in sent.body
    contact.refresh_from_db()
    assert contact.status == "forwarded" and contact.forwarded_at is not None

    (entry,) = log_entries_of(contact)
    assert entry.action == "lead.request.forward" and entry.user == moderator
    details = {
        dt.get_text(strip=True): dt.find_next("dd").get_text(strip=True)
        for dt in page(client, contact).find_all("dt")
    }
    assert details["Created at"] == "4 December 2026, 12:00"  # when it arrived, in UK time
    assert details["Forwarded at"] == date_format(
        timezone.localtime(contact.forwarded_at), "j F Y, H:i"
    )
    (row,) = history_rows(client, contact)
    assert row[0].startswith("Forwarded to the member") and "This one looks right" in row[0]
    assert row[1] == moderator.get_username() and row[2] == shown_time(entry)


def test_forwarding_an_introduction_request_makes_the_introduction(
    client, moderator, introduction, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    post(client, action_url(introduction, "forward"), {}, django_capture_on_commit_callbacks)
    (sent,) = mail.outbox
    assert sent.to == [SAM] and sent.reply_to == [ASKER]
    assert sent.subject == "Introduction via LEAD: a request for you"
    assert "Someone asked LEAD to introduce them to you." in sent.body
    assert "Is it paid? Yes, it is paid\nHow much: £250 a meeting" in sent.body
    assert "> We need a lived-experience adviser for our board." in sent.body
    assert "A note from the LEAD team" not in sent.body  # none was written
    introduction.refresh_from_db()
    assert introduction.status == "forwarded"
    html = page(client, introduction).get_text(" ", strip=True)
    assert "Status: Passed on to the member" in html and "Forwarded to the member" in html


def test_forwarding_is_not_offered_nor_done_for_a_member_without_an_account(
    client, moderator, no_account, introduction, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    with_account = page(client, introduction)
    assert with_account.find("a", string="Forward to the member") is not None  # control
    without = page(client, no_account)
    assert without.find("a", string="Forward to the member") is None
    assert "Forwarding is not offered" in without.get_text()
    assert without.find("a", string="Reply to the requester") is not None

    response = post(
        client,
        action_url(no_account, "forward"),
        {"note": "Hi"},
        django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    shown = client.get(response["Location"]).content.decode()
    assert "This request cannot be forwarded" in shown
    assert mail.outbox == []
    no_account.refresh_from_db()
    assert no_account.status == "new" and not log_entries_of(no_account).exists()


def test_an_inactive_account_or_an_empty_address_is_no_route(client, moderator, introduction):
    client.force_login(moderator)
    Membership.objects.filter(profile=introduction.profile).update(contact_email="")
    assert page(client, introduction).find("a", string="Forward to the member") is None
    Membership.objects.filter(profile=introduction.profile).update(contact_email=SAM)
    assert page(client, introduction).find("a", string="Forward to the member") is not None
    introduction.profile.membership.member.__class__.objects.filter(
        pk=introduction.profile.membership.member_id
    ).update(is_active=False)
    assert page(client, introduction).find("a", string="Forward to the member") is None


def test_a_forward_marked_spam_before_it_goes_is_not_sent(client, moderator, contact, mail_queue):
    client.force_login(moderator)
    client.post(action_url(contact, "forward"), {})
    client.post(action_url(contact, "mark"), {"status": "spam"})
    mail_queue.run()
    assert mail.outbox == []
    contact.refresh_from_db()
    assert contact.status == "spam"
    actions = [entry.action for entry in log_entries_of(contact)]
    assert actions == ["lead.request.spam", "lead.request.forward"]


# --- replying --------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["contact", "introduction"])
def test_a_moderator_replies_to_the_requester(
    client, moderator, contact, introduction, which, django_capture_on_commit_callbacks
):
    item = contact if which == "contact" else introduction
    requester = VISITOR if which == "contact" else ASKER
    client.force_login(moderator)
    form = client.get(action_url(item, "reply"))
    assert form.status_code == 200 and "Your reply" in form.content.decode()
    text = "Thank you for writing.\nSam is not taking on new work this month."
    response = post(
        client, action_url(item, "reply"), {"text": text}, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302

    (sent,) = mail.outbox
    assert sent.to == [requester] and sent.reply_to == []
    assert sent.from_email == settings.DEFAULT_FROM_EMAIL
    noun = "message" if which == "contact" else "introduction request"
    assert sent.subject == f"A reply from LEAD about your {noun}"
    assert text in sent.body
    assert "You wrote to us on 4 December 2026." in sent.body
    assert SAM not in sent.body and SAM not in str(sent.message())  # the member stays private
    assert sent.extra_headers["Auto-Submitted"] == "no"
    item.refresh_from_db()
    assert item.status == "new"  # a reply changes no status

    (entry,) = log_entries_of(item)
    (row,) = history_rows(client, item)
    assert row[0].startswith("Replied to the requester")
    assert "Sam is not taking on new work this month." in row[0]
    assert row[1] == moderator.get_username() and row[2] == shown_time(entry)


def test_an_empty_reply_is_refused_with_a_message(
    client, moderator, contact, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    response = post(
        client, action_url(contact, "reply"), {"text": ""}, django_capture_on_commit_callbacks
    )
    assert response.status_code == 200  # the form again, as Wagtail's own forms answer
    assert "Write your reply before sending it." in response.content.decode()
    assert mail.outbox == [] and not log_entries_of(contact).exists()
    response = post(
        client, action_url(contact, "reply"), {"text": "Fine."}, django_capture_on_commit_callbacks
    )
    assert response.status_code == 302 and len(mail.outbox) == 1  # control


# --- statuses --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "shown", "message"),
    [
        ("introduced", "Introduced", "Marked introduced"),
        ("declined", "Declined", "Marked declined"),
        ("spam", "Spam", "Marked spam"),
    ],
)
@pytest.mark.parametrize("which", ["contact", "introduction"])
def test_a_moderator_marks_a_request(
    client, moderator, contact, introduction, which, status, shown, message
):
    item = contact if which == "contact" else introduction
    client.force_login(moderator)
    assert "Status: New" in page(client, item).get_text(" ", strip=True)
    response = client.post(action_url(item, "mark"), {"status": status})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == status
    (entry,) = log_entries_of(item)
    assert entry.user == moderator
    assert page(client, item).find("h2", string=f"Status: {shown}") is not None
    (row,) = history_rows(client, item)
    assert row == [message, moderator.get_username(), shown_time(entry)]
    assert mail.outbox == []  # marking sends nothing


def test_an_unknown_status_is_refused(client, moderator, contact):
    client.force_login(moderator)
    for value in ("closed", "forwarded", "new", "", "<b>"):
        response = client.post(action_url(contact, "mark"), {"status": value})
        assert response.status_code == 400, value
    assert client.get(action_url(contact, "mark")).status_code == 405
    contact.refresh_from_db()
    assert contact.status == "new" and not log_entries_of(contact).exists()
    assert client.post(action_url(contact, "mark"), {"status": "declined"}).status_code == 302


def test_existing_statuses_stay_valid(contact):
    for status in ("new", "forwarded", "closed", "spam"):
        contact.status = status
        contact.full_clean()
        contact.save()
        assert ContactRequest.objects.get(pk=contact.pk).get_status_display()


# --- who may do what ---------------------------------------------------------------------------


def test_editors_read_requests_and_their_history_but_cannot_act(
    client, editor, moderator, contact, introduction, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    client.post(action_url(contact, "mark"), {"status": "declined"})
    client.force_login(editor)
    for item in (contact, introduction):
        html = page(client, item)
        assert "Moderators forward requests" in html.get_text()
        assert html.find("a", string="Reply to the requester") is None
        assert html.find("button", string="Mark spam") is None
    assert history_rows(client, contact)[0][0] == "Marked declined"  # editors see the history

    for item in (contact, introduction):
        for action, data in (
            ("forward", {}),
            ("reply", {"text": "Hi"}),
            ("mark", {"status": "spam"}),
            ("send_again", {}),
        ):
            response = post(
                client, action_url(item, action), data, django_capture_on_commit_callbacks
            )
            assert_refused(client, response)
        assert_refused(client, client.get(action_url(item, "reply")))
    assert mail.outbox == []
    contact.refresh_from_db()
    introduction.refresh_from_db()
    assert (contact.status, introduction.status) == ("declined", "new")


def assert_refused(client, response):
    """The admin's answer to a view its user may not use: back to the dashboard, saying so."""
    assert response.status_code == 302 and response["Location"] == "/admin/"
    shown = client.get("/admin/").content.decode()
    assert "Sorry, you do not have permission to access this area." in shown


def test_people_outside_the_team_are_sent_to_sign_in(client, member_user, contact):
    response = client.post(action_url(contact, "mark"), {"status": "spam"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(member_user)
    response = client.post(action_url(contact, "mark"), {"status": "spam"})
    assert response.status_code in {302, 403}
    contact.refresh_from_db()
    assert contact.status == "new"


def test_an_unknown_kind_or_request_is_not_found(client, moderator, contact):
    client.force_login(moderator)
    assert client.get(f"/admin/membership/requests/other/{contact.pk}/reply/").status_code == 404
    missing = f"/admin/membership/requests/contact/{contact.pk + 99}/reply/"
    assert client.get(missing).status_code == 404
    assert client.get(action_url(contact, "reply")).status_code == 200  # control


# --- failed emails -----------------------------------------------------------------------------


def test_a_failed_relay_shows_and_can_be_sent_again(client, moderator, editor, contact, mail_queue):
    emails.relay_contact_request.enqueue(contact.pk)
    mail_queue.server_down()
    mail_queue.run()
    assert mail.outbox == [] and len(mail_queue.waiting()) == 1  # to be tried again later

    client.force_login(editor)
    html = page(client, contact)
    assert html.find("h2", string="Sending failed") is not None
    assert html.find("button", string="Send again") is None  # editors cannot
    client.force_login(moderator)
    html = page(client, contact)
    notice = html.find(id="sending-failed").parent.get_text(" ", strip=True)
    assert "The email passing the message on to the member has not gone" in notice
    assert "refused it 1 time" in notice
    assert html.find("button", string="Send again") is not None

    mail_queue.server_up()
    mail_queue.run()
    assert mail.outbox == []  # not due yet: it waits its turn
    response = client.post(action_url(contact, "send_again"))
    assert response.status_code == 302
    mail_queue.run()
    (sent,) = mail.outbox
    assert sent.to == [SAM] and sent.reply_to == [VISITOR]
    contact.refresh_from_db()
    assert contact.status == "forwarded"
    html = page(client, contact)
    assert html.find(id="sending-failed") is None
    messages = [row[0] for row in history_rows(client, contact)]
    assert messages == [
        "Passed on to the member by the site",
        "Asked for the failed email to be sent again",
    ]
    assert history_rows(client, contact)[0][1] == "the site"


def test_a_reply_that_failed_on_an_error_can_be_sent_again(
    client, moderator, introduction, mail_queue, settings
):
    client.force_login(moderator)
    settings.LEAD_EMAIL_TRANSPORT = "no.such.Backend"  # not the mail server's error: a bug
    client.post(action_url(introduction, "reply"), {"text": "We will be in touch."})
    mail_queue.run()
    (row,) = mail_queue.waiting()
    assert row.status == "FAILED"
    notice = page(client, introduction).find(id="sending-failed").parent.get_text(" ", strip=True)
    assert "The reply to the requester has not gone" in notice
    assert "is not tried again on its own" in notice

    mail_queue.server_up()
    client.post(action_url(introduction, "send_again"))
    mail_queue.run()
    (sent,) = mail.outbox
    assert sent.to == [ASKER] and "We will be in touch." in sent.body
    assert page(client, introduction).find(id="sending-failed") is None


def test_nothing_to_send_again_says_so(client, moderator, contact):
    client.force_login(moderator)
    response = client.post(action_url(contact, "send_again"), follow=True)
    assert "No failed email was waiting to be sent again." in response.content.decode()
    assert not log_entries_of(contact).exists()


# --- retention and erasure ---------------------------------------------------------------------


def test_old_requests_are_deleted_with_their_history(
    moderator, contact, introduction, other_member, settings
):
    settings.LEAD_REQUEST_RETENTION_DAYS = 30
    old_contact = ContactRequest.objects.create(
        profile=other_member,
        sender_name="Old",
        sender_email="old@example.org",
        purpose="other",
        message="Long ago",
    )
    old_intro = IntroductionRequest.objects.create(
        profile=other_member,
        requester_name="Old",
        requester_email="old@example.org",
        request="Long ago",
        paid="unpaid",
    )
    long_ago = timezone.now() - timedelta(days=31)
    ContactRequest.objects.filter(pk=old_contact.pk).update(created_at=long_ago)
    IntroductionRequest.objects.filter(pk=old_intro.pk).update(created_at=long_ago)
    recent = timezone.now() - timedelta(days=29)
    IntroductionRequest.objects.filter(pk=introduction.pk).update(created_at=recent)
    for item in (contact, introduction, old_contact, old_intro):
        ModelLogEntry.objects.log_action(item, "lead.request.spam", user=moderator)
    old_ids = {str(old_contact.pk), str(old_intro.pk)}

    call_command("delete_old_requests", verbosity=0)

    assert not ContactRequest.objects.filter(pk=old_contact.pk).exists()
    assert not IntroductionRequest.objects.filter(pk=old_intro.pk).exists()
    assert ContactRequest.objects.filter(pk=contact.pk).exists()
    assert IntroductionRequest.objects.filter(pk=introduction.pk).exists()
    assert log_entries_of(contact).count() == 1 and log_entries_of(introduction).count() == 1
    left = ModelLogEntry.objects.filter(action="lead.request.spam", object_id__in=old_ids)
    # The other kind's entry with the same id would survive wrongly: check by content type.
    assert {(e.content_type.model, e.object_id) for e in left} == {
        (m, i)
        for m, i in {
            ("contactrequest", str(contact.pk)),
            ("introductionrequest", str(introduction.pk)),
        }
        if i in old_ids
    }
    assert not [e for e in left if e.label.startswith("Contact request " + str(old_contact.pk))]


def test_the_retention_command_reports_counts_only(capsys, contact):
    ContactRequest.objects.filter(pk=contact.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    call_command("delete_old_requests")
    out = capsys.readouterr().out
    assert (
        "Deleted 1 contact and 0 introduction request(s), 0 enquiry(ies) and 0 mentoring "
        "request(s) older than 365 days." in out
    )
    assert "Vis Itor" not in out and VISITOR not in out


def test_old_enquiries_are_deleted_with_their_history_and_recent_ones_kept(settings):
    settings.LEAD_REQUEST_RETENTION_DAYS = 30

    def enquiry(name, days_ago):
        made = Enquiry.objects.create(
            name=name, email=f"{name.lower()}@example.org", topic="Press", message="Hello"
        )
        Enquiry.objects.filter(pk=made.pk).update(
            created_at=timezone.now() - timedelta(days=days_ago)
        )
        log(instance=made, action="wagtail.edit")
        return made

    old, recent = enquiry("Old", 31), enquiry("Recent", 29)
    assert ModelLogEntry.objects.filter(content_type__model="enquiry").count() == 2
    call_command("delete_old_requests", verbosity=0)
    assert list(Enquiry.objects.values_list("name", flat=True)) == ["Recent"]
    kept = ModelLogEntry.objects.filter(content_type__model="enquiry")
    assert [entry.object_id for entry in kept] == [str(recent.pk)]
    assert not Enquiry.objects.filter(pk=old.pk).exists()


def test_erasure_removes_both_kinds_and_their_history(
    moderator, contact, introduction, other_member
):
    for item in (contact, introduction):
        ModelLogEntry.objects.log_action(
            item, "lead.request.reply", user=moderator, data={"text": "Private words"}
        )
    assert ModelLogEntry.objects.filter(action="lead.request.reply").count() == 2  # control
    erase_member(other_member, ErasureReceipt.ErasedBy.MODERATOR, former_member=False)
    assert not ContactRequest.objects.exists() and not IntroductionRequest.objects.exists()
    assert not ModelLogEntry.objects.filter(action="lead.request.reply").exists()


# --- the dashboard -----------------------------------------------------------------------------


def test_the_dashboard_counts_new_introduction_requests(
    client, moderator, introduction, no_account
):
    client.force_login(moderator)
    glance = BeautifulSoup(client.get("/admin/").content, "html.parser")
    items = {
        item.select_one(".lead-glance__label").get_text(strip=True): item
        for item in glance.select("#network-at-a-glance-section .lead-glance__item")
    }
    line = items["introduction requests awaiting action"]
    assert "2" in line.get_text()
    link = line.a["href"]
    assert link.startswith(reverse("membership_introductionrequest_modeladmin_index"))
    assert "status__exact=new" in link
    client.post(action_url(introduction, "mark"), {"status": "declined"})
    glance = BeautifulSoup(client.get("/admin/").content, "html.parser")
    labels = [label.get_text(strip=True) for label in glance.select(".lead-glance__label")]
    assert "introduction request awaiting action" in labels


# --- hostile input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "field"), [("reply", "text"), ("forward", "note"), ("mark", "status")]
)
def test_hostile_input_to_the_admin_forms_is_answered_safely(
    client, moderator, introduction, action, field, django_capture_on_commit_callbacks
):
    client.force_login(moderator)
    for value in BAD_VALUES:
        response = post(
            client,
            action_url(introduction, action),
            {field: value},
            django_capture_on_commit_callbacks,
        )
        assert response.status_code in {200, 302, 400}, (action, value[:40])
        if value in MARKUP_VALUES:
            assert value not in response.content.decode()
    history = page(client, introduction).decode()
    assert "<script>alert" not in history and "<img src=x" not in history
    if action != "mark":
        assert "&lt;script&gt;" in history  # what was sent is kept, escaped
