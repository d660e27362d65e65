"""The membership emails. Each is sent after the data it is about is safely stored; a mail
failure is logged (without addresses) and never reaches the visitor as an error."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from home.editorial.roles import MODERATORS

from .models import ContactRequest, ContactStatus, Membership

logger = logging.getLogger(__name__)


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(template, context, to, reply_to=None, headers=None):
    """Render membership/emails/<template>.txt (or a template path of another app) and send
    it: its first line is the subject. Returns True when it went; False (logged) when the mail
    server failed."""
    name = template if "/" in template else f"membership/emails/{template}.txt"
    text = render_to_string(name, context).strip()
    subject, _, body = text.partition("\n")
    message = EmailMessage(
        subject.strip(),
        body.strip() + "\n",
        settings.DEFAULT_FROM_EMAIL,
        to,
        reply_to=reply_to,
        headers={"Auto-Submitted": "auto-generated", **(headers or {})},
    )
    try:
        message.send()
    except Exception:
        logger.exception("Could not send the %r email; what it was about is stored.", template)
        return False
    return True


def editor_addresses():
    if settings.LEAD_MEMBERSHIP_NOTIFY:
        return list(settings.LEAD_MEMBERSHIP_NOTIFY)
    users = get_user_model().objects.filter(groups__name=MODERATORS, is_active=True)
    return sorted({email for email in users.values_list("email", flat=True) if email})


def notify_editors_of_application(profile_id):
    """Editors learn an application is waiting; the email names no one (inboxes keep mail)."""
    to = editor_addresses()
    if not to:
        return False
    edit_url = site_url(reverse("wagtailadmin_pages:edit", args=[profile_id]))
    return send("application_received", {"edit_url": edit_url}, to)


def acknowledge_application(email, display_name):
    return send("application_acknowledged", {"name": display_name}, [email])


def invite_member(user, profile):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    link = site_url(reverse("membership:password_reset_confirm", args=[uid, token]))
    days = max(1, settings.PASSWORD_RESET_TIMEOUT // 86400)
    return send(
        "member_invitation",
        {
            "name": profile.title,
            "link": link,
            "days": days,
            "login_url": site_url(reverse("membership:login")),
            "profile_url": profile.get_full_url(),
        },
        [user.email],
    )


def relay_contact_request(request_id):
    """Pass a stored message on to the member, the sender as Reply-To; mark it forwarded."""
    contact = ContactRequest.objects.filter(pk=request_id).first()
    if contact is None or contact.status != ContactStatus.NEW:
        return False
    membership = (
        Membership.objects.filter(profile_id=contact.profile_id)
        .exclude(contact_email="")
        .select_related("profile")
        .first()
    )
    if membership is None:
        return False
    sent = send(
        "contact_relay",
        {
            "contact": contact,
            "name": membership.profile.title,
            "account_url": site_url("/account/"),
        },
        [membership.contact_email],
        reply_to=[contact.sender_email],
    )
    if sent:
        ContactRequest.objects.filter(pk=contact.pk).update(
            status=ContactStatus.FORWARDED, forwarded_at=timezone.now()
        )
    return sent
