"""/network/<slug>/contact/: a visitor writes to a member; LEAD stores it, then relays it."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers

from lead.mail import later
from network.models import ProfilePage

from .. import emails, once, ratelimit
from ..forms import ContactForm
from ..models import ContactRequest, Membership


def contactable(slug):
    profile = (
        ProfilePage.objects.live()
        .public()
        .filter(slug=slug, membership__in=Membership.objects.contactable())
        .only("id", "title", "slug", "path", "url_path", "depth")
        .first()
    )
    if profile is None:
        raise Http404("No one to contact here.")
    return profile


def contact(request, slug):
    profile = contactable(slug)
    if request.method == "POST":
        if once.stored(ContactRequest, ContactForm.key_from(request.POST)):
            # A repeat of a message we hold (double-click, retry): the same answer as the
            # first time, nothing stored or sent, no rate-limit slot used.
            return redirect("membership:contact_sent", slug=slug)
        address = ratelimit.client_address(request)
        if ratelimit.is_limited("contact-ip", address) or ratelimit.is_limited(
            "contact-profile", profile.pk
        ):
            return ratelimit.too_many_requests(request, "the contact form")
        form = ContactForm(request.POST)
        if form.is_bot():
            ratelimit.count("contact-ip", address)
            return redirect("membership:contact_sent", slug=slug)
        if form.is_valid():
            ratelimit.count("contact-ip", address)
            ratelimit.count("contact-profile", profile.pk)
            if store_message(profile, form) is None:
                # A racing repeat stored first: give back the slots this one took.
                ratelimit.uncount("contact-ip", address)
                ratelimit.uncount("contact-profile", profile.pk)
            return redirect("membership:contact_sent", slug=slug)
    else:
        form = ContactForm()
    response = render(request, "membership/contact.html", {"form": form, "profile": profile})
    add_never_cache_headers(response)
    return response


def store_message(profile, form):
    """Store the message once (by its submission key) and queue its relay with it; None when
    this submission was already stored."""
    key = form.cleaned_data["submission_key"]

    def store():
        message = ContactRequest.objects.create(
            profile=profile, submission_key=key, **form.cleaned_data_for_storage()
        )
        later(emails.relay_contact_request, message.pk)
        return message

    return once.store_once(ContactRequest, key, store)


def contact_sent(request, slug):
    profile = contactable(slug)
    return render(request, "membership/contact_sent.html", {"profile": profile})
