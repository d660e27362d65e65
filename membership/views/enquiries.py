"""/contact/: anyone writes to the editorial team (served by ContactPage's route). The same
protections as the contact relay: CSRF, a honeypot, a limit per address and one stored
message per submission key."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from .. import once, ratelimit
from ..enquiries import EnquiryForm, store_enquiry
from ..models import Enquiry

SCOPE = "enquiry"


def contact_page(request, page):
    sent = page.sent_url(request)
    topics = list(page.topics.all())
    if request.method == "POST":
        if once.stored(Enquiry, EnquiryForm.key_from(request.POST)):
            # A repeat of a message we hold (double-click, retry): the same answer as the
            # first time, nothing stored or sent, no rate-limit slot used.
            return redirect(sent)
        address = ratelimit.client_address(request)
        if ratelimit.is_limited(SCOPE, address):
            return ratelimit.too_many_requests(request, "the contact form")
        form = EnquiryForm(request.POST, topics=topics)
        if form.is_bot():
            # A filled honeypot: store nothing, and answer as if all went well.
            ratelimit.count(SCOPE, address)
            return redirect(sent)
        if form.is_valid():
            ratelimit.count(SCOPE, address)
            if store_enquiry(form) is None:
                # A racing repeat stored first: give back the slot this one took.
                ratelimit.uncount(SCOPE, address)
            return redirect(sent)
    else:
        form = EnquiryForm(topics=topics)
    context = page.get_context(request)
    context["form"] = form
    response = TemplateResponse(request, "membership/contact_page.html", context)
    # The form carries a CSRF token and a one-time key: never a copy in any cache.
    add_never_cache_headers(response)
    return response
