"""Organisations send roles for review; anyone can express interest in a role; members choose
their alerts and can leave them with one click from any alert email."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt

from lead.mail import later
from membership import once, ratelimit
from membership.accounts import profile_of
from membership.applications import submit_for_review

from . import emails
from .alerts import member_for_token
from .forms import AlertForm, InterestForm, SubmitRoleForm
from .models import ExpressionOfInterest, Organisation, RoleAlert, RoleSubmission


def _never_cached(response):
    add_never_cache_headers(response)
    return response


# --- organisations send a role ----------------------------------------------------------------


def submit_role(request, board):
    if request.method == "POST":
        key = SubmitRoleForm.key_from(request.POST)
        if _role_stored(key):
            return redirect(board.url + "submit/thanks/")
        address = ratelimit.client_address(request)
        if ratelimit.is_limited("role-submit", address):
            return ratelimit.too_many_requests(request, "the form for sending a role")
        form = SubmitRoleForm(request.POST)
        if form.is_bot():
            ratelimit.count("role-submit", address)
            return redirect(board.url + "submit/thanks/")
        if form.is_valid():
            ratelimit.count("role-submit", address)
            if store_role(board, form) is None:
                ratelimit.uncount("role-submit", address)
            return redirect(board.url + "submit/thanks/")
    else:
        form = SubmitRoleForm()
    return _never_cached(
        render(request, "opportunities/submit.html", {"form": form, "page": board})
    )


def _role_stored(key):
    return once.stored(RoleSubmission, key)


def store_role(board, form):
    """In one transaction: the organisation (found by name, or added), the role as an
    unpublished page with a revision, its review started, and the editors' nameless notice
    and the sender's acknowledgement queued. None when this submission was already stored."""
    data = form.cleaned_data
    key = data["submission_key"]

    def store():
        organisation = Organisation.objects.filter(name__iexact=data["organisation_name"]).first()
        if organisation is None:
            organisation = Organisation.objects.create(
                name=data["organisation_name"],
                organisation_type=data["organisation_type"],
                website=data["organisation_website"],
                region=data["region"],
                contact_email=data["contact_email"],
            )
        page = form.build_page(organisation)
        routes = page.payment_routes.all()
        board.add_child(instance=page)
        page.payment_routes = list(routes)
        revision = page.save_revision()
        RoleSubmission.objects.create(
            page=page, submission_key=key, contact_email=data["contact_email"]
        )
        submit_for_review(page)
        later(emails.notify_editors_of_role, page.pk)
        later(emails.acknowledge_role, page.pk)
        return revision

    return once.store_once(RoleSubmission, key, store)


# --- interest in a role -----------------------------------------------------------------------


def _member_profile_url(request):
    user = request.user
    if not user.is_authenticated:
        return ""
    profile = profile_of(user)
    if profile is None or not profile.live:
        return ""
    return profile.get_full_url(request)


def express_interest(request, role):
    if not role.is_open() or role.how_to_apply != "lead":
        raise Http404("This role does not take interest through LEAD.")
    profile_url = _member_profile_url(request)
    sent = role.url + "interest/sent/"
    if request.method == "POST":
        if once.stored(ExpressionOfInterest, InterestForm.key_from(request.POST)):
            return redirect(sent)
        address = ratelimit.client_address(request)
        if ratelimit.is_limited("interest-ip", address) or ratelimit.is_limited(
            "interest-role", role.pk
        ):
            return ratelimit.too_many_requests(request, "the form for expressing interest")
        form = InterestForm(request.POST, profile_url=profile_url)
        if form.is_bot():
            ratelimit.count("interest-ip", address)
            return redirect(sent)
        if form.is_valid():
            ratelimit.count("interest-ip", address)
            ratelimit.count("interest-role", role.pk)
            if store_interest(role, form, request, profile_url) is None:
                ratelimit.uncount("interest-ip", address)
                ratelimit.uncount("interest-role", role.pk)
            return redirect(sent)
    else:
        form = InterestForm(profile_url=profile_url, initial=_sender_initial(request.user))
    context = {"form": form, "page": role, "profile_url": profile_url}
    return _never_cached(render(request, "opportunities/interest.html", context))


def _sender_initial(user):
    """A signed-in member's name and email, filled in for them (they can change both)."""
    if not user.is_authenticated:
        return {}
    profile = profile_of(user)
    name = user.get_full_name() or (profile.title if profile is not None else "")
    return {"sender_name": name, "sender_email": user.email}


def store_interest(role, form, request, profile_url):
    data = form.cleaned_data
    key = data["submission_key"]
    linked = bool(profile_url and data.get("link_profile"))

    def store():
        interest = ExpressionOfInterest.objects.create(
            opportunity=role,
            sender_name=data["sender_name"],
            sender_email=data["sender_email"],
            message=data["message"],
            member=request.user if request.user.is_authenticated else None,
            profile_url=profile_url if linked else "",
            submission_key=key,
        )
        later(emails.relay_interest, interest.pk)
        return interest

    return once.store_once(ExpressionOfInterest, key, store)


# --- alerts -----------------------------------------------------------------------------------


@login_required
def alerts(request):
    alert, _created = RoleAlert.objects.get_or_create(member=request.user)
    profile = profile_of(request.user)
    if request.method == "POST":
        form = AlertForm(request.POST, instance=alert, profile=profile)
        if form.is_valid():
            form.save()
            state = "on" if form.instance.enabled else "off"
            messages.success(request, f"Your role alerts are {state}.")
            return redirect("opportunities:alerts")
    else:
        form = AlertForm(instance=alert, profile=profile)
    return _never_cached(render(request, "opportunities/alerts.html", {"form": form}))


@csrf_exempt  # RFC 8058 one-click: mail clients POST with no session; the token is the proof
def unsubscribe(request, token):
    """GET shows a button (link checkers in mail systems must not unsubscribe anyone); POST,
    from that button or a mail client's one-click unsubscribe, turns alerts off."""
    if request.method not in ("GET", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    member = member_for_token(token)
    if member is None:
        response = render(request, "opportunities/unsubscribe.html", {"invalid": True}, status=404)
        return _never_cached(response)
    done = False
    if request.method == "POST":
        RoleAlert.objects.filter(member=member).update(enabled=False)
        done = True
    return _never_cached(
        render(request, "opportunities/unsubscribe.html", {"done": done, "token": token})
    )
