"""Enquiries through the general contact page (/contact/): the form, storing a message once,
and its two emails (the editors' notice, with the sender as Reply-To, and the sender's
acknowledgement), queued with the message and sent by the mail worker (lead/mail.py)."""

from django import forms
from django.urls import reverse
from wagtail.models import Site

from home.models import SiteSettings
from lead.mail import later, mail_task

from . import once
from .emails import admin_url, editor_addresses, send
from .forms import SubmittedOnceForm, honeypot
from .models import Enquiry

TEMPLATES = "membership/emails/"


class TopicChoice(forms.RadioSelect):
    """Radio buttons for the editors' topics, each with its optional hint under it, tied to
    its button by aria-describedby so a screen reader reads it with the choice."""

    option_template_name = "membership/widgets/topic_option.html"

    def __init__(self, *args, hints=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.hints = hints or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        hint = self.hints.get(str(value), "")
        if hint and option["attrs"].get("id"):
            option["hint"] = hint
            option["hint_id"] = f"{option['attrs']['id']}_hint"
            option["attrs"]["aria-describedby"] = option["hint_id"]
        return option


class EnquiryForm(SubmittedOnceForm):
    name = forms.CharField(
        label="Your name", max_length=120, error_messages={"required": "Enter your name."}
    )
    email = forms.EmailField(
        label="Your email address",
        error_messages={"required": "Enter your email address."},
        help_text="We reply to this address. It is never shown on the website.",
    )
    organisation = forms.CharField(
        label="Your organisation",
        max_length=160,
        required=False,
        help_text="Optional.",
    )
    topic = forms.ChoiceField(
        label="What is it about?",
        error_messages={
            "required": "Choose what your message is about.",
            "invalid_choice": "Choose one of the topics listed.",
        },
    )
    message = forms.CharField(
        label="Your message",
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": "Write your message."},
        help_text="Up to 3,000 characters. Please leave out health details we do not need.",
    )
    homepage = honeypot()

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = {str(topic.pk): topic for topic in topics}
        if self.topics:
            hints = {key: topic.hint for key, topic in self.topics.items()}
            self.fields["topic"].choices = [(k, t.name) for k, t in self.topics.items()]
            self.fields["topic"].widget = TopicChoice(
                choices=self.fields["topic"].choices, hints=hints
            )
        else:
            # Editors removed every topic: the form still works, without asking.
            del self.fields["topic"]

    def enquiry_fields(self):
        """What is stored: the topic by its name now, so later edits to topics change no
        message already sent."""
        data = self.cleaned_data
        topic = self.topics.get(data.get("topic", ""))
        return {
            "name": data["name"],
            "email": data["email"],
            "organisation": data["organisation"],
            "topic": topic.name if topic else "",
            "message": data["message"],
        }


def store_enquiry(form):
    """Store the enquiry once (by its submission key), its two emails queued with it; None
    when this submission was already stored."""
    key = form.cleaned_data["submission_key"]

    def store():
        enquiry = Enquiry.objects.create(submission_key=key, **form.enquiry_fields())
        later(notify_editors_of_enquiry, enquiry.pk)
        later(acknowledge_enquiry, enquiry.pk)
        return enquiry

    return once.store_once(Enquiry, key, store)


def site_settings():
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return SiteSettings.for_site(site) if site else None


def enquiry_recipients():
    """Where enquiries go: the network's own address in the site settings, or else those who
    hear of new applications (MEMBERSHIP_NOTIFY_EMAILS, or the moderators)."""
    settings = site_settings()
    if settings and settings.contact_email:
        return [settings.contact_email]
    return editor_addresses()


@mail_task
def notify_editors_of_enquiry(enquiry_id):
    """The editors get the message itself, the sender as Reply-To: answering it is replying
    to the email. The subject names the topic, never the sender."""
    enquiry = Enquiry.objects.filter(pk=enquiry_id).first()
    to = enquiry_recipients()
    if enquiry is None or not to:
        return False
    view = reverse("membership_enquiry_modeladmin_inspect", args=[enquiry.pk])
    context = {"enquiry": enquiry, "admin_url": admin_url(view)}
    return send(f"{TEMPLATES}enquiry_received.txt", context, to, reply_to=[enquiry.email])


@mail_task
def acknowledge_enquiry(enquiry_id):
    """The sender learns their message arrived. It quotes nothing they typed (not even their
    name): anyone can give someone else's address, and the form must not let them send that
    person words of their own through LEAD."""
    enquiry = Enquiry.objects.filter(pk=enquiry_id).first()
    if enquiry is None:
        return False
    settings = site_settings()
    context = {
        "topic": enquiry.topic,
        "organisation_name": settings.organisation_name if settings else "LEAD",
        "crisis_lines": [line.value for line in settings.crisis_lines] if settings else [],
    }
    return send(f"{TEMPLATES}enquiry_acknowledged.txt", context, [enquiry.email])
