"""Email leaves the request. Every email goes through the "mail" task queue (`TASKS["mail"]`:
django-tasks-db's database backend, worked by `manage.py db_worker --backend mail`), and only
the worker talks to the mail server, through `LEAD_EMAIL_TRANSPORT` (SMTP in production). A
request stores what an email is about and queues a task: a slow or stopped mail server can
neither slow nor fail it, and nothing is lost. A task the mail server fails is queued again,
later each time (`LEAD_MAIL_RETRY_SECONDS`, doubling up to `LEAD_MAIL_RETRY_MAX_SECONDS`),
for as long as it takes.

Two kinds of task:
- the site's own emails (`mail_task`) get ids and read what they send when they run, so an
  email whose subject is erased before it goes is not sent, and the queue holds no copy of it;
- anything else sent through Django's mail API (Wagtail's moderation notices, the emails of
  its admin password reset, which admin_password_reset.py makes in the worker) meets
  `QueuedEmailBackend`, the EMAIL_BACKEND, which queues each message whole (`deliver`).
"""

import base64
import logging
import smtplib
from datetime import timedelta
from email import message_from_string
from functools import partial, wraps

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks.signals import task_finished
from django_tasks_db.backend import DatabaseBackend

MAIL = "mail"  # the TASKS alias of the queue every email goes through
# What a mail server that is down, slow, refusing or misconfigured raises: refused and timed
# out connections and TLS failures are OSErrors, the rest smtplib's.
DELIVERY_ERRORS = (smtplib.SMTPException, OSError)

logger = logging.getLogger(__name__)


def transport():
    """A connection to the mail server itself: only tasks, in the worker, use it."""
    return get_connection(settings.LEAD_EMAIL_TRANSPORT)


def retry_delay(attempt):
    """Seconds to wait after failed attempt number `attempt` (1, 2, ...): doubling, capped."""
    doubled = settings.LEAD_MAIL_RETRY_SECONDS * 2 ** min(attempt - 1, 32)
    return min(doubled, settings.LEAD_MAIL_RETRY_MAX_SECONDS)


def stores_tasks(task):
    return isinstance(task.get_backend(), DatabaseBackend)


def later(task, *args):
    """Queue `task(*args)`. On the database queue the row joins the current transaction, so it
    commits with what the email is about, or not at all; a queue that runs tasks at once (the
    tests' immediate backend) runs it after the commit instead, as a worker would."""
    if stores_tasks(task):
        task.enqueue(*args)
    else:
        transaction.on_commit(partial(task.enqueue, *args))


def mail_task(function):
    """Make `function` a task on the mail queue, tried again later whenever the mail server
    fails it. It must read what it sends when it runs, send through `transport()`, let the
    server's errors through, and be safe to run again: mark what went only after it went."""

    @wraps(function)
    def run(*args, attempt=1):
        try:
            return function(*args)
        except DELIVERY_ERRORS as error:
            _try_again(queued, args, attempt, error)
            return None

    queued = task(backend=MAIL)(run)
    return queued


def _try_again(queued, args, attempt, error):
    """Queue the task again, after a pause. The log names the task and the error's kind,
    never an address (a refusal's text lists its recipients)."""
    if not stores_tasks(queued):
        # The immediate backend cannot wait: only the tests use it, never a live site.
        logger.error(
            "The mail server failed %s (%s); this task backend cannot try again later.",
            queued.name,
            type(error).__name__,
        )
        return
    delay = retry_delay(attempt)
    logger.warning(
        "The mail server failed %s (%s), attempt %d; trying again in %s s.",
        queued.name,
        type(error).__name__,
        attempt,
        delay,
    )
    run_after = timezone.now() + timedelta(seconds=delay)
    queued.using(run_after=run_after).enqueue(*args, attempt=attempt + 1)


# --- everything else Django sends ---------------------------------------------------------------


class QueuedEmailBackend(BaseEmailBackend):
    """EMAIL_BACKEND: each message is queued whole for the worker (`deliver`), at once, so on
    the database queue it commits with the transaction that sent it (Wagtail's moderation
    notices go with the workflow step they announce)."""

    def send_messages(self, email_messages):
        try:
            for message in email_messages:
                deliver.enqueue(message_data(message))
        except Exception:
            if not self.fail_silently:
                raise
            return 0
        return len(email_messages)


def message_data(message):
    """A message as JSON: what `deliver` rebuilds it from."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, tuple):
            filename, content, mimetype = attachment
            if isinstance(content, bytes):
                content = {"base64": base64.b64encode(content).decode("ascii")}
            attachments.append({"file": [filename, content, mimetype]})
        else:  # a ready-made MIME part
            attachments.append({"mime": attachment.as_string()})
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [list(item) for item in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def rebuild(data):
    message = EmailMultiAlternatives(
        data["subject"],
        data["body"],
        data["from_email"],
        data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for attachment in data["attachments"]:
        if "mime" in attachment:
            message.attach(message_from_string(attachment["mime"]))
            continue
        filename, content, mimetype = attachment["file"]
        if isinstance(content, dict):
            content = base64.b64decode(content["base64"])
        message.attach(filename, content, mimetype)
    return message


@mail_task
def deliver(data):
    """Send a message QueuedEmailBackend queued."""
    transport().send_messages([rebuild(data)])


# --- what the queue keeps -----------------------------------------------------------------------


def forget_finished(sender, task_result, **kwargs):
    """A mail task that went well leaves no row behind: its arguments may name people (the
    address a password link was asked for, a whole queued message)."""
    if task_result.backend != MAIL or task_result.status != TaskResultStatus.SUCCESSFUL:
        return
    if stores_tasks(task_result.task):
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.filter(pk=task_result.id).delete()


def forget_mail_to(addresses):
    """Delete the mail still queued (or failed) whose task arguments hold any of `addresses`:
    erasure leaves none of a member's mail waiting. A task running now finishes first."""
    from django_tasks_db.models import DBTaskResult

    addresses = {address.strip().lower() for address in addresses if address and address.strip()}
    if not addresses:
        return 0
    names = Q()
    for address in addresses:
        names |= Q(arguments__icontains=address)
    queued = (
        DBTaskResult.objects.filter(backend_name=MAIL)
        .exclude(status=TaskResultStatus.RUNNING)
        .annotate(arguments=Cast("args_kwargs", TextField()))
        .filter(names)
    )
    ids = list(queued.values_list("pk", flat=True))
    deleted, _ = DBTaskResult.objects.filter(pk__in=ids).delete()
    return deleted


def requeue(stalled_before, failed=False):
    """Queue again the mail tasks a worker was killed in the middle of (marked running since
    before `stalled_before`: a send gives up after EMAIL_TIMEOUT) and, with `failed`, those
    that failed with an error that was not the mail server's (once it is fixed). Returns how
    many. A task the worker still runs is left alone."""
    from django_tasks_db.models import DBTaskResult

    which = Q(status=TaskResultStatus.RUNNING, started_at__lt=stalled_before)
    if failed:
        which |= Q(status=TaskResultStatus.FAILED)
    return (
        DBTaskResult.objects.filter(backend_name=MAIL)
        .filter(which)
        .update(
            status=TaskResultStatus.READY,
            started_at=None,
            finished_at=None,
            exception_class_path="",
            traceback="",
        )
    )


def connect():
    task_finished.connect(forget_finished, dispatch_uid="lead.mail.forget_finished")
