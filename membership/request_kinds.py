"""The two kinds of request visitors send the network, as editors act on them: a contact request
(a message for a member, relayed by the site) and an introduction request (for a member who
cannot be written to directly). One description of each, so the actions, emails and admin
pages treat both alike without the models sharing a base class.

What editors do is kept as Wagtail log entries on the request (who, when, and what they wrote);
the actions' names and the words the history shows for them are here."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import models
from wagtail.models import ModelLogEntry

from .models import ContactRequest, IntroductionRequest, Membership
from .models.contact import ContactStatus
from .models.introductions import IntroductionStatus

# What editors do, as log entry actions: (action, label in filters, message in the history).
FORWARD = "lead.request.forward"
REPLY = "lead.request.reply"
INTRODUCED = "lead.request.introduced"
DECLINED = "lead.request.declined"
SPAM = "lead.request.spam"
SEND_AGAIN = "lead.request.send_again"
RELAYED = "lead.request.relayed"
LOG_ACTIONS = (
    (FORWARD, "Forward to the member", "Forwarded to the member"),
    (REPLY, "Reply to the requester", "Replied to the requester"),
    (INTRODUCED, "Mark introduced", "Marked introduced"),
    (DECLINED, "Mark declined", "Marked declined"),
    (SPAM, "Mark spam", "Marked spam"),
    (SEND_AGAIN, "Send again", "Asked for the failed email to be sent again"),
    (RELAYED, "Relayed by the site", "Passed on to the member by the site"),
)


@dataclass(frozen=True)
class Kind:
    """How one kind of request names its parts."""

    slug: str  # in the admin's addresses
    model: type[models.Model]
    statuses: type[models.TextChoices]
    name_field: str  # the requester's name
    email_field: str  # the requester's address
    text_field: str  # what they wrote
    noun: str  # "message", "introduction request": in emails to the requester

    def requester_name(self, request):
        return getattr(request, self.name_field)

    def requester_email(self, request):
        return getattr(request, self.email_field)

    def text(self, request):
        return getattr(request, self.text_field)

    def content_type(self):
        return ContentType.objects.get_for_model(self.model)


CONTACT = Kind(
    "contact",
    ContactRequest,
    ContactStatus,
    "sender_name",
    "sender_email",
    "message",
    "message",
)
INTRODUCTION = Kind(
    "introduction",
    IntroductionRequest,
    IntroductionStatus,
    "requester_name",
    "requester_email",
    "request",
    "introduction request",
)
KINDS = {kind.slug: kind for kind in (CONTACT, INTRODUCTION)}
# The statuses editors set with a button, by the log entry that records it. Both kinds have them.
MARKS = {"introduced": INTRODUCED, "declined": DECLINED, "spam": SPAM}


def kind_of(request):
    return CONTACT if isinstance(request, ContactRequest) else INTRODUCTION


def log_entries_of(request):
    """What was done with the request, newest first (Wagtail's own ordering)."""
    return ModelLogEntry.objects.for_instance(request).select_related("user")


def request_of_entry(entry):
    """The request a log entry is about, or None (erased, deleted, or another model's entry)."""
    for kind in KINDS.values():
        if entry.content_type_id == kind.content_type().pk:
            return kind.model.objects.filter(pk=entry.object_id).first()
    return None


def member_address(request):
    """The member's private address for relayed mail, only when the member has an active
    account on the site; None otherwise (no account, or no address)."""
    membership = (
        Membership.objects.filter(profile_id=request.profile_id, member__is_active=True)
        .exclude(contact_email="")
        .first()
    )
    return membership.contact_email if membership else None


def delete_with_log_entries(requests, batch=500):
    """Delete the requests in a queryset and the log entries that record what editors did
    with them (and what they wrote), a batch at a time. Returns how many requests."""
    kind = CONTACT if requests.model is ContactRequest else INTRODUCTION
    content_type = kind.content_type()
    ids = list(requests.values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        chunk = ids[start : start + batch]
        ModelLogEntry.objects.filter(
            content_type=content_type, object_id__in=[str(pk) for pk in chunk]
        ).delete()
        kind.model.objects.filter(pk__in=chunk).delete()
    return len(ids)
