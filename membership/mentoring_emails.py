"""The mentoring emails: tasks on the mail queue (lead/mail.py), queued with the request's id
and sent by the worker. Each reads the request when it runs, so a request erased meanwhile (with
either member) sends nothing, and the queue holds no words.

What each shares:
- the mentor's notice: the requester's display name, profile address and message, with the
  signed accept and decline links. No Reply-To: the requester's address is not shared yet.
- on accept, one introduction to each member: the other's display name, profile address and
  the address they get messages at (their private contact address, else their account's),
  with the other as Reply-To, so replying starts the conversation.
- on decline, the requester learns it kindly, without a reason and without the mentor's
  address."""

from django.conf import settings
from django.urls import reverse

from lead.mail import mail_task

from .emails import send, site_url
from .mentoring_links import ACCEPT, DECLINE, answer_token
from .models import MentoringRequest, MentoringStatus


def address_of(membership):
    """Where a member gets the site's mail: their private contact address, else their
    account's; None without an active account."""
    member = membership.member
    if member is None or not member.is_active:
        return None
    return membership.contact_email or member.email or None


def _request(request_id, status):
    return (
        MentoringRequest.objects.filter(pk=request_id, status=status)
        .select_related("mentor__profile", "mentor__member", "requester__profile")
        .select_related("requester__member")
        .first()
    )


def _profile_url(membership):
    profile = membership.profile
    return profile.full_url if profile.live else ""


@mail_task
def tell_mentor_of_request(request_id):
    """The mentor learns a member asks for mentoring, with the links to answer."""
    request = _request(request_id, MentoringStatus.WAITING)
    if request is None or (to := address_of(request.mentor)) is None:
        return False
    links = {
        reply: site_url(
            reverse("membership:mentoring_answer", args=[answer_token(request.pk, reply)])
        )
        for reply in (ACCEPT, DECLINE)
    }
    return send(
        "mentoring_request",
        {
            "name": request.mentor.profile.title,
            "requester": request.requester.profile.title,
            "requester_url": _profile_url(request.requester),
            "message": request.message,
            "accept_url": links[ACCEPT],
            "decline_url": links[DECLINE],
            "days": settings.LEAD_MENTORING_LINK_DAYS,
            "account_url": site_url(reverse("membership:mentoring")),
        },
        [to],
    )


def _introduce(request_id, to_side):
    request = _request(request_id, MentoringStatus.ACCEPTED)
    if request is None:
        return False
    mentor, requester = request.mentor, request.requester
    me, other = (mentor, requester) if to_side == "mentor" else (requester, mentor)
    to, other_address = address_of(me), address_of(other)
    if to is None or other_address is None:
        return False
    return send(
        f"mentoring_accepted_{to_side}",
        {
            "name": me.profile.title,
            "other": other.profile.title,
            "other_url": _profile_url(other),
            "other_address": other_address,
            "message": request.message,
        },
        [to],
        reply_to=[other_address],
    )


@mail_task
def introduce_to_requester(request_id):
    """Accepted: the requester meets the mentor (name, profile, address)."""
    return _introduce(request_id, "requester")


@mail_task
def introduce_to_mentor(request_id):
    """Accepted: the mentor gets the requester's address, to write first if they like."""
    return _introduce(request_id, "mentor")


@mail_task
def tell_requester_declined(request_id):
    request = _request(request_id, MentoringStatus.DECLINED)
    if request is None or (to := address_of(request.requester)) is None:
        return False
    return send(
        "mentoring_declined",
        {
            "name": request.requester.profile.title,
            "mentor": request.mentor.profile.title,
            "mentors_url": site_url(reverse("membership:mentors")),
        },
        [to],
    )
