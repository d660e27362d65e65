"""The mail queue (lead/mail.py) as production runs it: whatever the site sends waits in the
database until the worker sends it; a mail server that fails it has it tried again, later each
time; and mail a killed worker left half done can be queued again."""

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_a_message_sent_through_djangos_mail_api_waits_whole_for_the_worker(mail_queue):
    """Wagtail's notices (and anything else not LEAD's) are queued as they are."""
    message = EmailMultiAlternatives(
        "A page waits for review",
        "Plain words",
        "LEAD <hello@lead.localhost>",
        ["mod@example.com"],
        reply_to=["editor@example.com"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative("<p>Rich words</p>", "text/html")
    message.attach("notes.txt", "Some notes", "text/plain")
    message.attach("data.bin", b"\x00\x01binary", "application/octet-stream")
    assert message.send() == 1
    assert mail.outbox == []
    (queued,) = mail_queue.waiting()
    assert queued.task_path == "lead.mail.deliver"
    mail_queue.run()
    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.to) == ("A page waits for review", "Plain words",
                                                  ["mod@example.com"])  # fmt: skip
    assert sent.reply_to == ["editor@example.com"]
    assert sent.extra_headers["Auto-Submitted"] == "auto-generated"
    assert [tuple(a) for a in sent.alternatives] == [("<p>Rich words</p>", "text/html")]
    assert [tuple(a) for a in sent.attachments] == [
        ("notes.txt", "Some notes", "text/plain"),
        ("data.bin", b"\x00\x01binary", "application/octet-stream"),
    ]
    assert mail_queue.waiting() == []


def test_each_try_waits_twice_as_long_up_to_the_ceiling(mail_queue, settings, clock):
    settings.LEAD_MAIL_RETRY_SECONDS, settings.LEAD_MAIL_RETRY_MAX_SECONDS = 60, 240
    mail_queue.server_down()
    EmailMultiAlternatives("Hello", "Words", None, ["someone@example.com"]).send()
    waits = []
    for _ in range(5):
        mail_queue.run()
        (retry,) = mail_queue.waiting()
        waits.append(round((retry.run_after - retry.enqueued_at).total_seconds()))
        clock.move_to(retry.run_after + timedelta(seconds=1))
    assert waits == [60, 120, 240, 240, 240] and mail.outbox == []
    mail_queue.server_up()
    mail_queue.run()
    assert len(mail.outbox) == 1 and mail_queue.waiting() == []


def requeue(*arguments):
    out = io.StringIO()
    call_command("requeue_mail", *arguments, stdout=out)
    return out.getvalue().strip()


def test_mail_a_killed_worker_left_running_is_queued_again(mail_queue, clock):
    EmailMultiAlternatives("Hello", "Words", None, ["someone@example.com"]).send()
    (queued,) = mail_queue.waiting()
    queued.claim("a-worker-killed-mid-send")  # and never finishes
    mail_queue.run()
    assert mail.outbox == []
    assert requeue() == "Queued 0 mail tasks again."  # it may still be sending
    clock.move_to(queued.started_at + timedelta(minutes=31))
    assert requeue() == "Queued 1 mail task again."
    mail_queue.run()
    assert len(mail.outbox) == 1 and mail_queue.waiting() == []


def test_mail_that_failed_on_a_bug_is_kept_and_can_be_queued_again(mail_queue, settings):
    settings.LEAD_EMAIL_TRANSPORT = "tests.production.test_mail_queue.NoSuchBackend"
    EmailMultiAlternatives("Hello", "Words", None, ["someone@example.com"]).send()
    mail_queue.run()
    (failed,) = mail_queue.waiting()
    assert failed.status == "FAILED" and mail.outbox == []  # kept, not tried again by itself
    mail_queue.server_up()
    assert requeue("--failed") == "Queued 1 mail task again."
    mail_queue.run()
    assert len(mail.outbox) == 1 and mail_queue.waiting() == []
