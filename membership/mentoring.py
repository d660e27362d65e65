"""Peer mentoring: who offers it (the members-only "Find a mentor" listing), requests between
members relayed by the site, the signed links a mentor answers them with, and what the
member's export, erasure and the retention rule do with them.

Rules kept here, for every caller:
- only live, public profiles of members with an active account are listed as mentors, and a
  card shows only what the member chose to show members (a hidden region or photo never,
  and a hidden region never matches the region filter);
- neither member sees the other's address until the mentor accepts; the site then introduces
  them by email (mentoring_emails.py);
- the accept and decline links are signed (django.core.signing), name one request and one
  answer, and expire after LEAD_MENTORING_LINK_DAYS; a request is answered once."""

from dataclasses import dataclass

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from lead.kept import kept
from lead.mail import later
from lead.paging import MAX_PAGE, CountingPaginator
from lead.prefetch import prefetch_together
from lead.renditions import with_renditions
from network.models import ProfilePage, Visibility
from network.models.profiles import ProfileView
from network.private_photos import SIZES

from . import once
from .mentoring_emails import (
    introduce_to_mentor,
    introduce_to_requester,
    tell_mentor_of_request,
    tell_requester_declined,
)
from .mentoring_links import ACCEPT, ANSWERS
from .models import Membership, MentoringChoice, MentoringRequest, MentoringStatus

SHOWN_TO_MEMBERS = (Visibility.PUBLIC, Visibility.MEMBERS)


# --- the listing ------------------------------------------------------------------------------


def mentor_profiles():
    """Live, public profiles whose member offers mentoring and has an active account, with
    what a mentor card shows, in a fixed number of queries whatever their number."""
    mentors = (
        ProfilePage.objects.live()
        .public()
        .filter(
            membership__mentoring__offers=True,
            membership__member__is_active=True,
        )
        .select_related("region", "membership__mentoring", "photo")
        .order_by("title", "pk")
    )
    return with_renditions(mentors, "photo", SIZES["small"])


def filter_mentors(profiles, expertise=None, role=None, region=None, online=False):
    """Narrow the mentors by a mentoring topic, a role, a region (only where the member shows
    their region to members: a hidden region never matches) or meeting online."""
    if expertise is not None:
        profiles = profiles.filter(membership__mentoring__expertise=expertise)
    if role is not None:
        profiles = profiles.filter(membership__mentoring__roles=role)
    if region is not None:
        profiles = profiles.filter(region=region, region_visibility__in=SHOWN_TO_MEMBERS)
    if online:
        profiles = profiles.filter(membership__mentoring__online=True)
    # No DISTINCT: each filter matches one term, and a profile has one membership and one
    # mentoring choice, so no profile can appear twice (tested).
    return profiles


@dataclass(frozen=True)
class MentorCard:
    """What a mentor card shows a member: the profile as members may see it (photo and region
    only when the member shows them to members) and the mentoring offer."""

    profile: ProfilePage
    view: ProfileView
    mentoring: MentoringChoice


def mentor_cards(profiles, also=()):
    """The cards of `profiles` (from mentor_profiles()), their topics read in one query with
    those of the mentoring choices `also` (the viewer's own, say)."""
    choices = [page.membership.mentoring for page in profiles]
    prefetch_together([*choices, *also], ("expertise", "roles"))
    return [
        MentorCard(page, ProfileView(page, is_member=True), choice)
        for page, choice in zip(profiles, choices, strict=True)
    ]


@dataclass(frozen=True)
class MentorListing:
    """One page of "Find a mentor" as a viewer sees it: how many mentors match, the page's
    number, the cards' HTML and the viewer's own topics ((slug, name) pairs)."""

    count: int
    number: int
    cards_html: str
    own_topics: list


def page_key(number):
    """The page asked for, as the listing keeps it: a number in range, or what CountingPaginator
    makes of anything else (page 1 for words, the last page past either end)."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        return 1
    return number if 1 <= number <= MAX_PAGE else "last"


def mentor_listing(request, membership, filters, number, per_page):
    """The listing for `membership` (the viewer's, or None for staff), kept (lead/kept.py)
    until published content, a membership, a member's account or anyone's mentoring choices
    next change: each of those replaces the generation token (MentoringChoice is not private
    in MembershipConfig's Feature for this reason; membership/signals.py adds accounts)."""
    own = own_choice(membership)
    own_profile = membership.profile_id if membership is not None else None
    can_ask = membership is not None
    parts = (
        own_profile,
        can_ask,
        *(getattr(filters[name], "pk", None) for name in ("expertise", "role", "region")),
        filters["online"],
        page_key(number),
    )

    def make():
        profiles = mentor_profiles()
        if own_profile is not None:
            profiles = profiles.exclude(pk=own_profile)
        page = CountingPaginator(filter_mentors(profiles, **filters), per_page).get_page(number)
        cards = mentor_cards(page.object_list, also=[own])  # own topics read with theirs
        context = {"cards": cards, "can_ask": can_ask}
        html = render_to_string("membership/includes/mentor_cards.html", context, request)
        seeks = own is not None and own.seeks
        topics = [(term.slug, term.name) for term in own.expertise.all()] if seeks else []
        return MentorListing(page.paginator.count, page.number, html, topics)

    return kept("mentor-listing", parts, make)


def own_choice(membership):
    """The member's own mentoring choices (read with their membership), or None."""
    try:
        return membership.mentoring if membership is not None else None
    except MentoringChoice.DoesNotExist:
        return None


# --- requests -----------------------------------------------------------------------------------


def membership_of_user(user):
    """The signed-in member's own Membership (with its profile), or None."""
    if not user.is_authenticated:
        return None
    # With their mentoring choices, if any (read by the mentoring pages).
    return Membership.objects.filter(member=user).select_related("profile", "mentoring").first()


def mentor_by_slug(slug):
    """The Membership of the listed mentor at /network/<slug>/, or None."""
    profile = mentor_profiles().filter(slug=slug).first()
    return profile.membership if profile else None


def waiting_request(requester, mentor):
    return MentoringRequest.objects.waiting().filter(requester=requester, mentor=mentor).first()


def send_request(requester, mentor, message, key):
    """Store the request once (by its submission key) and queue the mentor's email with it;
    None when this submission was already stored."""

    def store():
        made = MentoringRequest.objects.create(
            mentor=mentor, requester=requester, message=message, submission_key=key
        )
        later(tell_mentor_of_request, made.pk)
        return made

    return once.store_once(MentoringRequest, key, store)


def answer(request_id, reply):
    """Accept or decline a waiting request, once: True when this call answered it, False when
    it was answered before (or no longer exists). The requester's email is queued with it."""
    with transaction.atomic():
        updated = MentoringRequest.objects.filter(
            pk=request_id, status=MentoringStatus.WAITING
        ).update(status=ANSWERS[reply], answered_at=timezone.now())
        if not updated:
            return False
        if reply == ACCEPT:
            later(introduce_to_requester, request_id)
            later(introduce_to_mentor, request_id)
        else:
            later(tell_requester_declined, request_id)
    return True


# --- export, erasure, retention, counts ------------------------------------------------------


def _request_record(request, other):
    return {
        "member": other.profile.title if other and other.profile_id else None,
        "message": request.message,
        "status": request.get_status_display(),
        "sent_at": request.created_at,
        "answered_at": request.answered_at,
    }


def member_record(membership):
    """The member's mentoring for their export: their choices, and the requests they sent and
    received (with the other member's display name)."""
    if membership is None:
        return {"mentoring": None}
    choice = MentoringChoice.objects.of(membership)
    sent = membership.mentoring_sent.select_related("mentor__profile")
    received = membership.mentoring_received.select_related("requester__profile")
    return {
        "mentoring": {
            "choices": choice.as_dict() if choice else None,
            "requests_sent": [_request_record(r, r.mentor) for r in sent],
            "requests_received": [_request_record(r, r.requester) for r in received],
        }
    }


def erase(memberships):
    """Delete the mentoring choices of these memberships and every request they sent or
    received (the other member's copy goes too: it names the erased member)."""
    MentoringRequest.objects.involving(memberships).delete()
    MentoringChoice.objects.filter(membership__in=memberships).delete()


def delete_old(cutoff):
    """Delete requests sent before `cutoff`; returns how many."""
    old = MentoringRequest.objects.filter(created_at__lt=cutoff)
    count = old.count()
    old.delete()
    return count


def counts():
    """Numbers only, for the editors: never who, never what was written."""
    return {
        "mentors": MentoringChoice.objects.filter(offers=True).count(),
        "seeking": MentoringChoice.objects.filter(seeks=True).count(),
        "waiting": MentoringRequest.objects.waiting().count(),
        "accepted": MentoringRequest.objects.filter(status=MentoringStatus.ACCEPTED).count(),
        "declined": MentoringRequest.objects.filter(status=MentoringStatus.DECLINED).count(),
    }
