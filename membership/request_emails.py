"""The emails editors send about a request: forwarding it to the member, and replying to the
requester. Tasks on the mail queue (lead/mail.py) like the other membership emails, queued with
the id of the log entry that records the editor's action: the entry holds what the editor
wrote, so the queue holds no words, and a request erased or deleted before its email goes takes
its entries with it and nothing is sent."""

from django.utils import timezone
from wagtail.models import ModelLogEntry

from lead.mail import mail_task

from .emails import send, site_url
from .models import ContactRequest
from .request_kinds import FORWARD, REPLY, kind_of, member_address, request_of_entry


def _entry(entry_id, action):
    entry = ModelLogEntry.objects.filter(pk=entry_id, action=action).first()
    if entry is None:
        return None, None
    return entry, request_of_entry(entry)


@mail_task
def forward_request(entry_id):
    """Pass the request on to the member's private address, the requester as Reply-To. Not
    sent if the request was marked otherwise since (spam, declined) or the member has no
    account or address any more."""
    entry, request = _entry(entry_id, FORWARD)
    if request is None or request.status != kind_of(request).statuses.FORWARDED:
        return False
    address = member_address(request)
    if address is None:
        return False
    kind = kind_of(request)
    send(
        "request_forward",
        {
            "kind": kind.slug,
            "request": request,
            "name": request.profile.title,
            "requester_name": kind.requester_name(request),
            "text": kind.text(request),
            "note": entry.data.get("note", ""),
            "account_url": site_url("/account/"),
        },
        [address],
        reply_to=[kind.requester_email(request)],
    )
    if isinstance(request, ContactRequest):
        ContactRequest.objects.filter(pk=request.pk).update(forwarded_at=timezone.now())
    return True


@mail_task
def reply_to_requester(entry_id):
    """The editor's reply, from the site, to the address the requester gave."""
    entry, request = _entry(entry_id, REPLY)
    if request is None:
        return False
    kind = kind_of(request)
    send(
        "request_reply",
        {
            "noun": kind.noun,
            "request": request,
            "requester_name": kind.requester_name(request),
            "reply": entry.data.get("text", ""),
            "text": kind.text(request),
        },
        [kind.requester_email(request)],
        # Written by a person, not generated (RFC 3834): auto-responders may answer it.
        headers={"Auto-Submitted": "no"},
    )
    return True
