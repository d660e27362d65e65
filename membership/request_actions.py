"""What editors do with a request, as named actions the admin views call: forward it to the
member, reply to the requester, mark it introduced, declined or spam, and send a failed email
again. Each is recorded as a Wagtail log entry (who, when, what they wrote) in the same
transaction as the change and the queued email, so the history never shows an action that
did not happen.

Also: the emails about a request that the mail server failed (read from the mail queue's own
rows), and the retention rule (requests older than LEAD_REQUEST_RETENTION_DAYS are deleted,
with their history)."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from lead.mail import MAIL, later

from . import emails, mentoring, request_emails
from .models import Enquiry
from .request_kinds import (
    FORWARD,
    KINDS,
    MARKS,
    REPLY,
    SEND_AGAIN,
    delete_with_log_entries,
    kind_of,
    log_entries_of,
    member_address,
)


class NotForwardable(Exception):
    """The member has no account on the site, or no address to forward to."""


def can_forward(request):
    return member_address(request) is not None


def forward(request, user, note=""):
    """Pass the request on to the member (the email goes from the queue). Refused, with
    NotForwardable, when the member has no account or address."""
    if not can_forward(request):
        raise NotForwardable
    with transaction.atomic():
        _set_status(request, kind_of(request).statuses.FORWARDED)
        entry = log(request, FORWARD, user=user, data={"note": note} if note else None)
        later(request_emails.forward_request, entry.pk)
    return entry


def reply(request, user, text):
    """Send the requester the editor's words, from the site."""
    with transaction.atomic():
        entry = log(request, REPLY, user=user, data={"text": text})
        later(request_emails.reply_to_requester, entry.pk)
    return entry


def mark(request, user, status):
    """Set one of the statuses editors choose with a button (introduced, declined, spam)."""
    action = MARKS[status]
    with transaction.atomic():
        _set_status(request, status)
        return log(request, action, user=user)


def _set_status(request, status):
    type(request).objects.filter(pk=request.pk).update(status=status)
    request.status = status


# --- emails the mail server failed ------------------------------------------------------------


@dataclass(frozen=True)
class QueuedEmail:
    """An email about the request still on the mail queue (a sent one leaves no row)."""

    pk: object
    what: str  # "The reply to the requester", ...
    status: str
    attempts: int
    run_after: object

    @property
    def failed(self):
        """The mail server refused it at least once (it waits to be tried again), or it
        failed on an error that was not the mail server's (it waits for someone)."""
        return self.status == TaskResultStatus.FAILED or self.attempts > 1

    @property
    def tried_again_on_its_own(self):
        return self.status == TaskResultStatus.READY


RELAY = emails.relay_contact_request.module_path
WHAT = {
    RELAY: "The email passing the message on to the member",
    request_emails.forward_request.module_path: "The email forwarding the request to the member",
    request_emails.reply_to_requester.module_path: "The reply to the requester",
}


def queued_emails(request):
    """The emails about the request waiting on the mail queue, oldest first: the contact
    relay (queued with the request's id), and the forwards and replies (queued with their log
    entries' ids)."""
    entries = set(
        log_entries_of(request).filter(action__in=[FORWARD, REPLY]).values_list("pk", flat=True)
    )
    is_contact = kind_of(request) is KINDS["contact"]
    rows = DBTaskResult.objects.filter(backend_name=MAIL, task_path__in=list(WHAT)).exclude(
        status=TaskResultStatus.SUCCESSFUL
    )
    found = []
    for row in rows.order_by("enqueued_at"):
        arguments = row.args_kwargs or {}
        first = (arguments.get("args") or [None])[0]
        ours = (is_contact and first == request.pk) if row.task_path == RELAY else first in entries
        if ours:
            found.append(
                QueuedEmail(
                    pk=row.pk,
                    what=WHAT[row.task_path],
                    status=row.status,
                    attempts=(arguments.get("kwargs") or {}).get("attempt", 1),
                    run_after=row.run_after,
                )
            )
    return found


def failed_emails(request):
    return [email for email in queued_emails(request) if email.failed]


def send_again(request, user):
    """Put the request's failed emails back on the queue, due now. Returns how many. One the
    worker has started meanwhile is left to it."""
    with transaction.atomic():
        failed = [email.pk for email in failed_emails(request)]
        count = DBTaskResult.objects.filter(
            pk__in=failed, status__in=[TaskResultStatus.READY, TaskResultStatus.FAILED]
        ).update(
            status=TaskResultStatus.READY,
            run_after=timezone.now(),
            started_at=None,
            finished_at=None,
            exception_class_path="",
            traceback="",
        )
        if count:
            log(request, SEND_AGAIN, user=user)
    return count


# --- retention --------------------------------------------------------------------------------


def delete_old_requests(now=None):
    """Delete requests and contact-page enquiries received more than
    LEAD_REQUEST_RETENTION_DAYS ago, with their log entries. Returns {kind slug: how many}."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.LEAD_REQUEST_RETENTION_DAYS)
    with transaction.atomic():
        deleted = {
            slug: delete_with_log_entries(kind.model.objects.filter(created_at__lt=cutoff))
            for slug, kind in KINDS.items()
        }
        # Enquiries name no member, but hold a visitor's name, address and words just the same.
        old = Enquiry.objects.filter(created_at__lt=cutoff)
        ids = [str(pk) for pk in old.values_list("pk", flat=True)]
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Enquiry), object_id__in=ids
        ).delete()
        old.delete()
        deleted["enquiry"] = len(ids)
        # Mentoring requests between members: answered or not, none outlives the period.
        deleted["mentoring"] = mentoring.delete_old(cutoff)
        return deleted
