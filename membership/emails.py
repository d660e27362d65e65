"""The membership emails: tasks on the mail queue (lead/mail.py), queued with what they are
about and sent by the worker. Each reads what it sends when it runs, so a message or profile
erased meanwhile is not sent; a mail server that fails one has it tried again later."""

import unicodedata

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.log_actions import log

from home.editorial.roles import MODERATORS
from lead.addresses import absolute
from lead.mail import mail_task, transport
from network.models import ProfilePage
from network.models.visibility import MEMBERS_GROUP

from .models import ContactRequest, ContactStatus, IntroductionRequest, Membership
from .request_kinds import RELAYED


def site_url(path):
    """A public address in an email: on the Site record's root URL, like every other absolute
    address the site gives (lead/addresses.py)."""
    return absolute(path)


def admin_url(path):
    """An admin address in an email: the admin may be served from its own host."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(template, context, to, reply_to=None, headers=None):
    """Render membership/emails/<template>.txt (or a template path of another app) and send
    it to the mail server: its first line is the subject. Only tasks call it; the server's
    errors go through to the task, which tries again later."""
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
        connection=transport(),
    )
    message.send()
    return True


def editor_addresses():
    if settings.LEAD_MEMBERSHIP_NOTIFY:
        return list(settings.LEAD_MEMBERSHIP_NOTIFY)
    users = get_user_model().objects.filter(groups__name=MODERATORS, is_active=True)
    return sorted({email for email in users.values_list("email", flat=True) if email})


@mail_task
def notify_editors_of_application(profile_id):
    """Editors learn an application is waiting; the email names no one (inboxes keep mail)."""
    to = editor_addresses()
    if not to:
        return False
    edit_url = admin_url(reverse("wagtailadmin_pages:edit", args=[profile_id]))
    return send("application_received", {"edit_url": edit_url}, to)


@mail_task
def acknowledge_application(profile_id):
    """The applicant learns we have their application (at the address it gives)."""
    membership = (
        Membership.objects.filter(profile_id=profile_id)
        .exclude(contact_email="")
        .select_related("profile")
        .first()
    )
    if membership is None:
        return False
    name = membership.profile.title
    return send("application_acknowledged", {"name": name}, [membership.contact_email])


@mail_task
def invite_member(user_id, profile_id):
    """A new member's one-time link to set a password (their account has none yet)."""
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    profile = ProfilePage.objects.filter(pk=profile_id).first()
    if user is None or profile is None or not user.email:
        return False
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


@mail_task
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
    send(
        "contact_relay",
        {
            "contact": contact,
            "name": membership.profile.title,
            "account_url": site_url("/account/"),
        },
        [membership.contact_email],
        reply_to=[contact.sender_email],
    )
    ContactRequest.objects.filter(pk=contact.pk).update(
        status=ContactStatus.FORWARDED, forwarded_at=timezone.now()
    )
    log(contact, RELAYED)  # in the request's history, by the site
    return True


def introductions_admin_url():
    """Where editors find introduction requests: their admin listing once it is registered,
    until then the admin's dashboard."""
    try:
        return admin_url(reverse("membership_introductionrequest_modeladmin_index"))
    except NoReverseMatch:
        return admin_url(reverse("wagtailadmin_home"))


@mail_task
def notify_editors_of_introduction(request_id):
    """Editors learn an introduction request waits. The email names no one, neither the member
    nor the requester (inboxes keep mail, and the request is read in the admin)."""
    to = editor_addresses()
    if not to or not IntroductionRequest.objects.filter(pk=request_id).exists():
        return False
    return send("introduction_received", {"admin_url": introductions_admin_url()}, to)


@mail_task
def acknowledge_introduction(request_id):
    """The requester learns we have their request. It says what happens next and nothing about
    why the member is not written to directly; it quotes nothing the requester typed, so
    nobody can use the form to send their own words to someone else's address."""
    introduction = (
        IntroductionRequest.objects.filter(pk=request_id).select_related("profile").first()
    )
    if introduction is None:
        return False
    profile = introduction.profile
    context = {"member": profile.title, "profile_url": profile.full_url if profile.live else ""}
    return send("introduction_acknowledged", context, [introduction.requester_email])


def same_address(typed, stored):
    """Django's own test for a password reset: the same address, ignoring case, compared in
    Unicode's compatibility form (so a look-alike character finds no account)."""
    return (
        unicodedata.normalize("NFKC", typed).casefold()
        == unicodedata.normalize("NFKC", stored).casefold()
    )


@mail_task
def send_password_reset(email):
    """A link to set a new password, for each active member account with this address (invited
    members, who have no usable password yet, included); nothing for any other address. The
    look-up happens here, in the worker: the request that asked does the same work, and gives
    the same answer, whether or not the address is a member's."""
    users = get_user_model()._default_manager.filter(
        email__iexact=email, is_active=True, groups__name=MEMBERS_GROUP
    )
    for user in users:
        if not same_address(email, user.email):
            continue
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        link = site_url(reverse("membership:password_reset_confirm", args=[uid, token]))
        send("password_reset", {"link": link}, [user.email])
    return True
