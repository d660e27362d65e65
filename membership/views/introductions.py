"""/network/<slug>/introduce/: a visitor asks LEAD to introduce them to a member. LEAD stores
the request for the editors and acknowledges it; nothing goes to the member from here.

Every live public profile takes introduction requests. One whose member accepts relayed
messages sends a visitor who opens the form to "Write to <name>" instead (a direct message is
quicker), but a request already on its way is still stored: a member who turned messages on
while the form was open loses nothing. Pages and answers are the same for every profile that
cannot be written to, whatever the reason (no account, messages off)."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers

from lead.mail import later
from network.models import ProfilePage

from .. import emails, once, ratelimit
from ..forms import IntroductionForm
from ..models import IntroductionRequest, Membership


def introducible(slug):
    """The live, public profile at this address; 404 for a draft, a private profile or none."""
    profile = (
        ProfilePage.objects.live()
        .public()
        .filter(slug=slug)
        .only("id", "title", "slug", "path", "url_path", "depth")
        .first()
    )
    if profile is None:
        raise Http404("No one to introduce here.")
    return profile


def introduce(request, slug):
    profile = introducible(slug)
    if request.method == "POST":
        if once.stored(IntroductionRequest, IntroductionForm.key_from(request.POST)):
            # A repeat of a request we hold: the same answer, nothing stored or sent again.
            return redirect("membership:introduce_sent", slug=slug)
        address = ratelimit.client_address(request)
        if ratelimit.is_limited("introduce-ip", address) or ratelimit.is_limited(
            "introduce-profile", profile.pk
        ):
            return ratelimit.too_many_requests(request, "the introduction form")
        form = IntroductionForm(request.POST)
        if form.is_bot():
            ratelimit.count("introduce-ip", address)
            return redirect("membership:introduce_sent", slug=slug)
        if form.is_valid():
            ratelimit.count("introduce-ip", address)
            ratelimit.count("introduce-profile", profile.pk)
            if store_request(profile, form) is None:
                # A racing repeat stored first: give back the slots this one took.
                ratelimit.uncount("introduce-ip", address)
                ratelimit.uncount("introduce-profile", profile.pk)
            return redirect("membership:introduce_sent", slug=slug)
    else:
        if Membership.objects.contactable().filter(profile=profile).exists():
            return redirect("membership:contact", slug=slug)
        form = IntroductionForm()
    response = render(request, "membership/introduce.html", {"form": form, "profile": profile})
    add_never_cache_headers(response)
    return response


def store_request(profile, form):
    """Store the request once (by its submission key) and queue, with it, the editors' notice
    and the requester's acknowledgement; None when this submission was already stored."""
    key = form.cleaned_data["submission_key"]

    def store():
        introduction = IntroductionRequest.objects.create(
            profile=profile, submission_key=key, **form.cleaned_data_for_storage()
        )
        later(emails.notify_editors_of_introduction, introduction.pk)
        later(emails.acknowledge_introduction, introduction.pk)
        return introduction

    return once.store_once(IntroductionRequest, key, store)


def introduce_sent(request, slug):
    profile = introducible(slug)
    return render(request, "membership/introduce_sent.html", {"profile": profile})
