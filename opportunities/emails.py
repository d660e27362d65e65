"""The opportunities emails: tasks on the mail queue (lead/mail.py), queued with what they are
about and sent by the worker, which tries again later when the mail server fails."""

from django.urls import reverse
from django.utils import timezone

from lead.mail import mail_task
from membership.emails import admin_url, editor_addresses, send, site_url

from .models import ExpressionOfInterest, InterestStatus, PledgeSignature, RoleSubmission

TEMPLATES = "opportunities/emails/"


@mail_task
def notify_editors_of_role(page_id):
    """Editors learn a role waits for review; the email names no one."""
    to = editor_addresses()
    if not to:
        return False
    edit_url = admin_url(reverse("wagtailadmin_pages:edit", args=[page_id]))
    submission = RoleSubmission.objects.filter(page_id=page_id).first()
    unknown_sender = bool(submission and submission.unknown_sender)
    context = {"edit_url": edit_url, "unknown_sender": unknown_sender}
    return send(f"{TEMPLATES}role_received.txt", context, to)


@mail_task
def acknowledge_role(page_id):
    """The organisation learns we have its role (at the address it sent it from)."""
    submission = RoleSubmission.objects.filter(page_id=page_id).select_related("page").first()
    if submission is None:
        return False
    context = {"title": submission.page.title}
    return send(f"{TEMPLATES}role_acknowledged.txt", context, [submission.contact_email])


@mail_task
def relay_interest(interest_id):
    """Pass a stored expression of interest on to the organisation, the sender as Reply-To."""
    interest = (
        ExpressionOfInterest.objects.filter(pk=interest_id)
        .select_related("opportunity__organisation")
        .first()
    )
    if interest is None or interest.status != InterestStatus.NEW:
        return False
    role = interest.opportunity
    send(
        f"{TEMPLATES}interest_relay.txt",
        {"interest": interest, "role": role, "role_url": role.get_full_url()},
        [role.organisation.contact_email],
        reply_to=[interest.sender_email],
    )
    ExpressionOfInterest.objects.filter(pk=interest.pk).update(
        status=InterestStatus.RELAYED, relayed_at=timezone.now()
    )
    return True


def send_digest(member, roles, unsubscribe_url):
    """One member's daily list of new matching roles, with a one-click unsubscribe (RFC 8058);
    sent by the task alerts.send_alert_digest."""
    return send(
        f"{TEMPLATES}alert_digest.txt",
        {
            "roles": roles,
            "count": len(roles),
            "unsubscribe_url": unsubscribe_url,
            "alerts_url": site_url(reverse("opportunities:alerts")),
        },
        [member.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


@mail_task
def acknowledge_pledge(signature_id):
    """The organisation's contact learns we have its signature, what it signed and that it is
    listed only once checked."""
    signature = PledgeSignature.objects.filter(pk=signature_id).select_related("version").first()
    if signature is None:
        return False
    context = {"signature": signature}
    return send(f"{TEMPLATES}pledge_acknowledged.txt", context, [signature.contact_email])


@mail_task
def notify_editors_of_pledge(signature_id):
    """Editors learn a signature waits to be checked. The email names no one: not the
    organisation (anyone can type a name; it is public only once verified), the contact or the
    signer. The link opens the signatures waiting."""
    to = editor_addresses()
    signature = PledgeSignature.objects.filter(pk=signature_id).first()
    if not to or signature is None:
        return False
    listing = reverse("opportunities_pledgesignature_modeladmin_index")
    context = {"listing_url": admin_url(f"{listing}?status=pending")}
    return send(f"{TEMPLATES}pledge_received.txt", context, to)
