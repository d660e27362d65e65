"""Peer mentoring for members: /account/mentoring/ (a member's own choices and requests),
/account/mentors/ ("Find a mentor", members only), /account/mentors/<slug>/ask/ (a request
through the site) and /account/mentoring/answer/<token>/ (the emailed accept and decline links).

Everything lives under /account/, which the anonymous page cache never serves or stores
(LEAD_PAGE_CACHE_SKIP_PATHS), and every answer is marked never to be cached."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_POST

from lead.serving import find_site
from network.models.visibility import viewer_is_member

from .. import once, ratelimit
from ..mentoring import (
    answer,
    membership_of_user,
    mentor_by_slug,
    mentor_listing,
    send_request,
    waiting_request,
)
from ..mentoring_forms import (
    AnswerForm,
    MentorFilterForm,
    MentoringChoiceForm,
    MentoringRequestForm,
)
from ..mentoring_links import ACCEPT, BadLink, read_answer_token
from ..models import MentoringChoice, MentoringRequest

PER_PAGE = 20


def never_cached(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return wrapper


def members_only(view):
    """Signed in (else the sign-in page) and a member of the Members group (else a page that
    says this part is for members, 403). The view gets the viewer's own Membership, or None
    for staff without a profile."""

    @login_required
    @never_cached
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not viewer_is_member(request):
            return render(request, "membership/mentoring_members_only.html", status=403)
        return view(request, membership_of_user(request.user), *args, **kwargs)

    return wrapper


def with_own_membership(view):
    """Members only, with a profile of their own (to ask, or to be asked)."""

    @members_only
    @wraps(view)
    def wrapper(request, membership, *args, **kwargs):
        if membership is None:
            return render(request, "membership/account_no_profile.html", status=404)
        return view(request, membership, *args, **kwargs)

    return wrapper


@with_own_membership
def my_mentoring(request, membership):
    choice = MentoringChoice.objects.of(membership)
    if request.method == "POST":
        form = MentoringChoiceForm(request.POST)
        if form.is_valid():
            save_choices(membership, form.cleaned_data)
            messages.success(request, "Your mentoring choices are saved.")
            return redirect("membership:mentoring")
    else:
        form = MentoringChoiceForm(initial=MentoringChoiceForm.initial_from(choice))
    received = membership.mentoring_received.select_related("requester__profile")
    sent = membership.mentoring_sent.select_related("mentor__profile")
    context = {"form": form, "choice": choice, "received": received, "sent": sent}
    return render(request, "membership/mentoring.html", context)


def save_choices(membership, data):
    """Keep the member's choices; with neither offering nor looking, keep nothing."""
    with transaction.atomic():
        if not data["offers"] and not data["seeks"]:
            MentoringChoice.objects.filter(membership=membership).delete()
            return None
        fields = ("offers", "seeks", "other_topics", "time", "online", "note")
        choice, _created = MentoringChoice.objects.update_or_create(
            membership=membership, defaults={name: data[name] for name in fields}
        )
        choice.expertise.set(data["expertise"])
        choice.roles.set(data["roles"])
        return choice


@members_only
def mentors(request, membership):
    form = MentorFilterForm(request.GET)
    # The site as pages find it (with its settings, and the root paths the cards' links read),
    # before the cards ask Wagtail for it on its own.
    find_site(request)
    listing = mentor_listing(
        request, membership, form.filters(), request.GET.get("page"), PER_PAGE
    )
    # The pagination's numbers, from the kept count (its links keep the other parameters).
    page = Paginator(range(listing.count), PER_PAGE).get_page(listing.number)
    context = {"form": form, "page": page, "listing": listing}
    return render(request, "membership/mentors.html", context)


@with_own_membership
def ask(request, membership, slug):
    mentor = mentor_by_slug(slug)
    if mentor is None or mentor.pk == membership.pk:
        raise Http404("No mentor here.")
    context = {"mentor": mentor, "profile": mentor.profile}
    if request.method == "POST":
        if once.stored(MentoringRequest, MentoringRequestForm.key_from(request.POST)):
            return redirect("membership:mentoring_sent", slug=slug)
        if ratelimit.is_limited("mentoring-member", request.user.pk) or ratelimit.is_limited(
            "mentoring-mentor", mentor.pk
        ):
            return ratelimit.too_many_requests(request, "mentoring requests")
        form = MentoringRequestForm(request.POST)
        if form.is_bot():
            ratelimit.count("mentoring-member", request.user.pk)
            return redirect("membership:mentoring_sent", slug=slug)
        if waiting_request(membership, mentor) is not None:
            context["already"] = True
        elif form.is_valid():
            ratelimit.count("mentoring-member", request.user.pk)
            ratelimit.count("mentoring-mentor", mentor.pk)
            data = form.cleaned_data
            if send_request(membership, mentor, data["message"], data["submission_key"]) is None:
                ratelimit.uncount("mentoring-member", request.user.pk)
                ratelimit.uncount("mentoring-mentor", mentor.pk)
            return redirect("membership:mentoring_sent", slug=slug)
    else:
        form = MentoringRequestForm()
        context["already"] = waiting_request(membership, mentor) is not None
    context["form"] = form
    return render(request, "membership/mentoring_ask.html", context)


@with_own_membership
def ask_sent(request, membership, slug):
    mentor = mentor_by_slug(slug)
    if mentor is None:
        raise Http404("No mentor here.")
    return render(request, "membership/mentoring_sent.html", {"profile": mentor.profile})


@with_own_membership
@require_POST
def answer_from_account(request, membership, pk):
    """The mentor answers a request to them from /account/mentoring/."""
    form = AnswerForm(request.POST)
    mentoring = membership.mentoring_received.filter(pk=pk).first()
    if mentoring is None:
        raise Http404("No such request.")
    if not form.is_valid():
        messages.error(request, "Choose Accept or Decline.")
    elif answer(mentoring.pk, form.cleaned_data["answer"]):
        messages.success(request, _answered_message(form.cleaned_data["answer"], mentoring))
    else:
        messages.info(request, "That request was already answered.")
    return redirect("membership:mentoring")


def _answered_message(reply, mentoring):
    name = mentoring.requester.profile.title
    if reply == ACCEPT:
        return f"Thank you. We have introduced you and {name} to each other by email."
    return f"Done: we will let {name} know, kindly and without your address."


@never_cached
def answer_by_link(request, token):
    """The emailed link: a page with a button (GET answers nothing, so a mail scanner that
    opens links answers nothing), then the answer. The signed token is the key: no sign-in
    needed, but it names one request and one answer, and expires."""
    try:
        request_id, reply = read_answer_token(token)
    except BadLink as error:
        context = {"expired": str(error) == "expired"}
        return render(request, "membership/mentoring_bad_link.html", context, status=404)
    mentoring = (
        MentoringRequest.objects.filter(pk=request_id)
        .select_related("requester__profile", "mentor__profile")
        .first()
    )
    if mentoring is None:
        return render(request, "membership/mentoring_bad_link.html", {}, status=404)
    context = {"mentoring": mentoring, "reply": reply, "requester": mentoring.requester.profile}
    if request.method == "POST":
        context["done"] = answer(mentoring.pk, reply)
        mentoring.refresh_from_db()
    return render(request, "membership/mentoring_answer.html", context)
