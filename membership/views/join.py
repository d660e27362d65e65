"""/join/: the application form (served by JoinPage's route)."""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from .. import held_photos, once, ratelimit
from ..applications import create_application, directory_for
from ..forms import JoinForm
from ..models import ConsentRecord


def join(request, page):
    thanks_url = page.get_url(request) + "thanks/"
    if request.method == "POST":
        key = JoinForm.key_from(request.POST)
        if once.stored(ConsentRecord, key):
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
                stored = create_application(form, directory)
                form.close_photo()
                if stored is None:
                    # A racing repeat stored first: give back the slot this one took.
                    ratelimit.uncount("join", address)
                held_photos.release(form.held)
                return redirect(thanks_url)
        elif once.stored(ConsentRecord, key):
            # A repeat racing the first, which went through (and used the kept photo).
            return redirect(thanks_url)
        form.keep_photo(may_keep=_may_keep_photo(form, address))
    else:
        form = JoinForm()
    context = page.get_context(request)
    context["form"] = form
    response = TemplateResponse(request, "membership/join_page.html", context)
    add_never_cache_headers(response)
    return response


def _may_keep_photo(form, address):
    """Keeping a new photo stores a file: counted per address, so a script sending photos
    with broken forms cannot fill the store."""
    if not form.files.get("photo") or "photo" in form.errors:
        return True
    if ratelimit.is_limited("join-photo", address):
        return False
    ratelimit.count("join-photo", address)
    return True
