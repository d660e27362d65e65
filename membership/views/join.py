"""/join/: the application form (served by JoinPage's route)."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from .. import once, ratelimit
from ..applications import create_application, directory_for
from ..forms import JoinForm
from ..models import ConsentRecord


def join(request, page):
    thanks_url = page.get_url(request) + "thanks/"
    if request.method == "POST":
        if once.stored(ConsentRecord, JoinForm.key_from(request.POST)):
            # A repeat of an application we hold (double-click, retry): the same answer as
            # the first time, nothing stored or sent, no rate-limit slot used.
            return redirect(thanks_url)
        address = ratelimit.client_address(request)
        if ratelimit.is_limited("join", address):
            return ratelimit.too_many_requests(request, "the join form")
        form = JoinForm(request.POST, request.FILES)
        if form.is_bot():
            # A filled honeypot: store nothing, and answer as if all went well.
            ratelimit.count("join", address)
            return redirect(thanks_url)
        if form.is_valid():
            directory = directory_for(page)
            if directory is None:
                form.add_error(None, "The directory is not open yet. Please try again later.")
            else:
                ratelimit.count("join", address)
                if create_application(form, directory) is None:
                    # A racing repeat stored first: give back the slot this one took.
                    ratelimit.uncount("join", address)
                return redirect(thanks_url)
    else:
        form = JoinForm()
    context = page.get_context(request)
    context["form"] = form
    response = TemplateResponse(request, "membership/join_page.html", context)
    add_never_cache_headers(response)
    return response
