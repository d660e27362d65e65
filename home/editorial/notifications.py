"""Wagtail's moderation emails, without the ones that name a member.

Wagtail emails moderators, superusers and a page's submitter at every workflow step
("submitted for approval", "approved", "rejected"), quoting the page's title. A profile's
title is the member's name: on every application, edit and photo change it would go to every
moderator's mailbox, and mailboxes keep it after an erasure. So, for the page types whose
title names a person (`Feature.person_pages`):
- the workflow's submitted, approved and rejected emails are not sent;
- the moderators' "waiting for review" email is LEAD's nameless notice (ReviewNotice: "A
  profile is waiting for review" and the address to review it), to the same people Wagtail
  would tell. A new application (a page never published, sent by no one signed in) is left to
  the join form, which sends its own nameless notice;
- comment emails name no one (home/templates/wagtailadmin/notifications/updated_comments*).
Posts, events and every other page type keep Wagtail's emails as they are.

Wagtail connects its notifiers in wagtail.admin's ready(), each with a dispatch_uid; connect()
puts the wrappers below in their place under the same uids (a signal keeps one receiver per
uid), whichever app's ready() runs first.
"""

from django.apps import apps
from wagtail.admin import signal_handlers as wagtail_notifiers
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from lead.features import each


def person_models():
    return tuple(apps.get_model(label) for label in each("person_pages"))


def names_a_person(obj):
    """Whether `obj` (a page, base or specific) is of a type whose title is a person's name."""
    cls = getattr(obj, "specific_class", None) or type(obj)
    return issubclass(cls, person_models())


def kind_of(obj):
    """What the page is called in a nameless notice ("profile")."""
    cls = getattr(obj, "specific_class", None) or type(obj)
    return cls._meta.verbose_name


class ReviewNotice(GroupApprovalTaskStateSubmissionEmailNotifier):
    """Moderators' "waiting for review" email, naming no one: the kind of page and the address
    to review it."""

    def can_handle(self, instance, **kwargs):
        if not super().can_handle(instance, **kwargs):
            return False
        state = instance.workflow_state
        page = state.content_object
        # A new application: never published, sent by no one signed in. The join form that
        # stored it sends its own notice.
        return bool(getattr(page, "first_published_at", None) or state.requested_by_id)

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["kind"] = kind_of(context["object"])
        return context

    def get_template_set(self, instance, **kwargs):
        return {
            "subject": "home/emails/review_waiting_subject.txt",
            "text": "home/emails/review_waiting.txt",
            "html": "home/emails/review_waiting.html",
        }


class UnlessPerson:
    """One of Wagtail's notifiers, for pages whose title names no one; for the others,
    `instead` (or nothing)."""

    def __init__(self, notifier, instead=None):
        self.notifier = notifier
        self.instead = instead

    def __call__(self, sender=None, instance=None, **kwargs):
        state = instance.workflow_state if isinstance(instance, TaskState) else instance
        if names_a_person(state.content_object):
            return self.instead(instance=instance, **kwargs) if self.instead else True
        return self.notifier(sender=sender, instance=instance, **kwargs)


# signal, sender, Wagtail's dispatch_uid, its notifier, and what profiles get instead.
RECEIVERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        UnlessPerson(wagtail_notifiers.task_submission_email_notifier, ReviewNotice()),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        UnlessPerson(wagtail_notifiers.workflow_submission_email_notifier),
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        UnlessPerson(wagtail_notifiers.workflow_rejection_email_notifier),
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        UnlessPerson(wagtail_notifiers.workflow_approval_email_notifier),
    ),
]


def connect():
    for signal, sender, uid, receiver in RECEIVERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(receiver, sender=sender, dispatch_uid=uid, weak=False)
