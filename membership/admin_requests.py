"""The admin pages where the editorial team acts on requests (Membership › Contact requests and
› Introduction requests): each request's page shows what was sent, what the team did with it
(its history) and any email that failed, with buttons for the actions
(membership/request_actions.py).

Editors read requests and their history; moderators act on them, as they did on contact
requests before (the model's "change" permission, `Feature.editorial` in apps.py): acting
speaks for LEAD to a member or a visitor, and forwarding gives a visitor's words to a member.
"""

from datetime import datetime

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.timezone import localtime
from django.views.decorators.http import require_POST
from wagtail_modeladmin.views import InspectView

from . import request_actions
from .request_kinds import KINDS, MARKS, kind_of, log_entries_of

MARK_LABELS = {"introduced": "Mark introduced", "declined": "Mark declined", "spam": "Mark spam"}


def inspect_url(request_object):
    meta = request_object._meta
    name = f"{meta.app_label}_{meta.model_name}_modeladmin_inspect"
    return reverse(name, args=[request_object.pk])


def may_act(user, kind):
    meta = kind.model._meta
    return user.has_perm(f"{meta.app_label}.change_{meta.model_name}")


def action_urls(request_object):
    slug = kind_of(request_object).slug
    args = [slug, request_object.pk]
    return {
        "forward_url": reverse("membership_request_forward", args=args),
        "reply_url": reverse("membership_request_reply", args=args),
        "mark_url": reverse("membership_request_mark", args=args),
        "send_again_url": reverse("membership_request_send_again", args=args),
    }


class RequestInspectView(InspectView):
    """A request's page: the request, any failed email, the actions and the history."""

    def get_template_names(self):
        return ["membership/admin/request_inspect.html"]

    def get_field_display_value(self, field_name, field=None):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime):
            return date_format(localtime(value), "j F Y, H:i")
        return value

    def get_context_data(self, **kwargs):
        instance = self.instance
        kind = kind_of(instance)
        queued = request_actions.queued_emails(instance)
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "kind": kind,
                "history": log_entries_of(instance),
                "failed_emails": [email for email in queued if email.failed],
                "waiting_emails": [email for email in queued if not email.failed],
                "may_act": may_act(self.request.user, kind),
                "can_forward": request_actions.can_forward(instance),
                "marks": list(MARK_LABELS.items()),
                **action_urls(instance),
            }
        )
        return context


class ForwardForm(forms.Form):
    note = forms.CharField(
        label="A note to the member (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Shown above the request in the email: for example, why the team thinks it "
        "suits them. Never add anyone's contact details.",
    )


class ReplyForm(forms.Form):
    text = forms.CharField(
        label="Your reply",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="Sent from LEAD's address to the requester, with what they sent quoted "
        "below it. Write as the LEAD team. Never give a member's email address or phone number.",
        error_messages={"required": "Write your reply before sending it."},
    )


def _request_for_action(request, kind_slug, pk):
    kind = KINDS.get(kind_slug)
    if kind is None:
        raise Http404("No such kind of request.")
    if not may_act(request.user, kind):
        raise PermissionDenied
    return kind, get_object_or_404(kind.model.objects.select_related("profile"), pk=pk)


def forward_view(request, kind_slug, pk):
    kind, item = _request_for_action(request, kind_slug, pk)
    if not request_actions.can_forward(item):
        messages.error(
            request,
            "This request cannot be forwarded: the member has no account on the site, or no "
            "address for messages. Reply to the requester, or mark the request declined.",
        )
        return redirect(inspect_url(item))
    form = ForwardForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        request_actions.forward(item, request.user, form.cleaned_data["note"])
        messages.success(request, "The request is on its way to the member.")
        return redirect(inspect_url(item))
    return _form_page(request, kind, item, form, "forward")


def reply_view(request, kind_slug, pk):
    kind, item = _request_for_action(request, kind_slug, pk)
    form = ReplyForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        request_actions.reply(item, request.user, form.cleaned_data["text"])
        messages.success(request, "Your reply is on its way to the requester.")
        return redirect(inspect_url(item))
    return _form_page(request, kind, item, form, "reply")


def _form_page(request, kind, item, form, action):
    title = "Forward to the member" if action == "forward" else "Reply to the requester"
    return TemplateResponse(
        request,
        f"membership/admin/request_{action}.html",
        {
            "page_title": title,
            "kind": kind,
            "item": item,
            "requester_name": kind.requester_name(item),
            "form": form,
            "cancel_url": inspect_url(item),
        },
    )


@require_POST
def mark_view(request, kind_slug, pk):
    _kind, item = _request_for_action(request, kind_slug, pk)
    status = request.POST.get("status", "")
    if status not in MARKS:
        return HttpResponseBadRequest("Choose introduced, declined or spam.")
    request_actions.mark(item, request.user, status)
    messages.success(request, f"The request is marked {status}.")
    return redirect(inspect_url(item))


@require_POST
def send_again_view(request, kind_slug, pk):
    _kind, item = _request_for_action(request, kind_slug, pk)
    if request_actions.send_again(item, request.user):
        messages.success(request, "The email is back on the queue, to be sent now.")
    else:
        messages.info(request, "No failed email was waiting to be sent again.")
    return redirect(inspect_url(item))
