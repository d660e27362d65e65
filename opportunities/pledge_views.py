"""Signing the fair-pay pledge: the same protections as every public form (CSRF, a honeypot, a
rate limit per address, stored once by its one-time key), then a "thank you, we will check"
page. Nothing is listed until an editor verifies the signature in the admin."""

from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers

from lead.mail import later
from membership import once, ratelimit

from . import emails
from .models import PledgeSignature, PledgeVersion
from .pledge_forms import PledgeForm

SCOPE = "pledge-sign"


def sign_pledge(request, page):
    version = PledgeVersion.current()
    thanks = page.url + "thanks/"
    form = None
    if version is not None and request.method == "POST":
        if once.stored(PledgeSignature, PledgeForm.key_from(request.POST)):
            return redirect(thanks)
        address = ratelimit.client_address(request)
        if ratelimit.is_limited(SCOPE, address):
            return ratelimit.too_many_requests(request, "the form for signing the pledge")
        form = PledgeForm(request.POST, version=version)
        if form.is_bot():
            ratelimit.count(SCOPE, address)
            return redirect(thanks)
        if form.is_valid():
            ratelimit.count(SCOPE, address)
            if store_signature(form) is None:
                ratelimit.uncount(SCOPE, address)
            return redirect(thanks)
    elif version is not None:
        form = PledgeForm(version=version)
    response = page.render(request, context_overrides={"form": form, "version": version})
    # A fresh one-time key and CSRF token on every view: never kept by a cache.
    add_never_cache_headers(response)
    return response


def store_signature(form):
    """The signature, pending, with the version and the commitments as worded now; the
    acknowledgement and the editors' notice queued with it. None when already stored."""
    data = form.cleaned_data
    key = data["submission_key"]

    def store():
        signature = PledgeSignature.objects.create(
            version=form.pledge_version,
            commitments=form.commitment_texts,
            organisation_name=data["organisation_name"],
            organisation_type=data["organisation_type"],
            contact_name=data["contact_name"],
            contact_email=data["contact_email"],
            signer_name=data["signer_name"],
            signer_role=data["signer_role"],
            submission_key=key,
        )
        later(emails.acknowledge_pledge, signature.pk)
        later(emails.notify_editors_of_pledge, signature.pk)
        return signature

    return once.store_once(PledgeSignature, key, store)
