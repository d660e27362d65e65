"""/account/: a member's own area. Every view works on request.user's own profile, found
through the account: no view takes a profile id, so no one can reach another's."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordResetForm
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_POST

from lead.mail import later
from network.private_photos import photo_url

from .. import emails, ratelimit
from ..account_summary import shown_now, visibility_choices, waiting_for_review
from ..accounts import profile_of
from ..changes import (
    accepts_messages,
    change_visibility,
    current_visibility,
    propose_photo,
    remove_photo,
    save_member_edit,
)
from ..erasure import erase_member
from ..export import member_data, member_record
from ..forms import (
    MemberProfileForm,
    PhotoForm,
    VisibilityForm,
    WithdrawForm,
)
from ..models import ErasureReceipt
from ..readable_export import readable


def member_view(view):
    """Signed in, with a profile: the view gets the member's own profile, never another."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        profile = profile_of(request.user)
        if profile is None:
            response = render(request, "membership/account_no_profile.html", status=404)
        else:
            response = view(request, profile, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return wrapper


@member_view
def account(request, profile):
    latest = profile.get_latest_revision_as_object()
    return render(
        request,
        "membership/account.html",
        {
            "profile": profile,
            "shown_now": shown_now(profile, latest),
            "waiting": waiting_for_review(profile, latest),
            "awaiting_review": profile.has_unpublished_changes,
            "visibility": visibility_choices(profile, latest),
            "choices": profile.member_choices,
            "accepts_messages": accepts_messages(profile),
            "restrictions": list(profile.staff_restrictions.all()),
        },
    )


@member_view
def edit(request, profile):
    latest = profile.get_latest_revision_as_object()
    if request.method == "POST":
        form = MemberProfileForm(request.POST)
        if form.is_valid():
            save_member_edit(profile, form, request.user)
            messages.success(
                request,
                "Thank you. Your changes are waiting for a moderator; your profile shows the "
                "previous version until they are approved.",
            )
            return redirect("membership:account")
    else:
        form = MemberProfileForm(initial=MemberProfileForm.initial_from(latest))
    return render(request, "membership/edit.html", {"form": form, "profile": profile})


@member_view
def visibility(request, profile):
    if request.method == "POST":
        form = VisibilityForm(request.POST)
        if form.is_valid():
            hidden, reviewed = change_visibility(profile, form.cleaned_data, request.user)
            if hidden:
                messages.success(request, "Done: the parts you restricted are hidden now.")
            if reviewed:
                messages.info(
                    request,
                    "Showing more goes to a moderator first: your choice applies once they "
                    "approve it.",
                )
            if not hidden and not reviewed:
                messages.info(request, "Your choices are saved.")
            return redirect("membership:account")
    else:
        form = VisibilityForm(initial=current_visibility(profile))
    return render(request, "membership/visibility.html", {"form": form, "profile": profile})


@member_view
def photo(request, profile):
    """See the photo on the live profile (through the checked address, never a file's), send a
    new one for review, or remove it at once."""
    if request.method == "POST":
        form = PhotoForm(request.POST, request.FILES)
        if form.is_valid():
            cleaned = form.cleaned_data
            propose_photo(profile, cleaned["photo"], cleaned["photo_alt_text"], request.user)
            messages.success(
                request,
                "Thank you. Your new photo is waiting for a moderator; your profile shows the "
                "previous one (or none) until they approve it.",
            )
            return redirect("membership:account")
    else:
        form = PhotoForm()
    latest = profile.get_latest_revision_as_object()
    context = {
        "form": form,
        "profile": profile,
        "live_photo_url": photo_url(profile, "medium") if profile.photo_id and profile.live else "",
        "new_photo_waiting": bool(latest.photo_id and latest.photo_id != profile.photo_id),
    }
    return render(request, "membership/photo.html", context)


@member_view
@require_POST
def photo_remove(request, profile):
    if remove_photo(profile):
        messages.success(request, "Done: your photo is off your profile and deleted.")
    else:
        messages.info(request, "Your profile has no photo.")
    return redirect("membership:account")


@member_view
def export(request, profile):
    response = HttpResponse(
        member_data(profile, request.user), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="my-lead-data.json"'
    return response


@member_view
def my_data(request, profile):
    """The same record as the download, as a page to read or print."""
    intro, sections = readable(member_record(profile, request.user))
    return render(request, "membership/my_data.html", {"intro": intro, "sections": sections})


@member_view
def withdraw(request, profile):
    if request.method == "POST":
        form = WithdrawForm(request.POST)
        if form.is_valid():
            receipt = erase_member(
                profile,
                erased_by=ErasureReceipt.ErasedBy.MEMBER,
                former_member=form.cleaned_data["byline"] == "former",
            )
            logout(request)
            request.session["lead_erasure_receipt"] = str(receipt.reference)
            return redirect("membership:withdrawn")
    else:
        form = WithdrawForm()
    return render(request, "membership/withdraw.html", {"form": form, "profile": profile})


def withdrawn(request):
    reference = request.session.pop("lead_erasure_receipt", None)
    response = render(request, "membership/withdrawn.html", {"reference": reference})
    add_never_cache_headers(response)
    return response


class LoginView(auth_views.LoginView):
    template_name = "membership/login.html"
    redirect_authenticated_user = True

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["username"].label = "Email address"
        return form


class MemberPasswordResetForm(PasswordResetForm):
    """Saving only queues the address (emails.send_password_reset looks it up in the worker):
    the request does the same work, and answers the same, for a member's address and for any
    other, so neither its answer nor its timing tells who is a member."""

    def save(self, **kwargs):
        later(emails.send_password_reset, self.cleaned_data["email"])


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "membership/password_reset.html"
    form_class = MemberPasswordResetForm
    success_url = reverse_lazy("membership:password_reset_done")

    def post(self, request, *args, **kwargs):
        address = ratelimit.client_address(request)
        if ratelimit.is_limited("password-reset", address):
            return ratelimit.too_many_requests(request, "the password reset form")
        ratelimit.count("password-reset", address)
        return super().post(request, *args, **kwargs)


logout_view = auth_views.LogoutView.as_view()
