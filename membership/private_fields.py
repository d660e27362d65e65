"""The member's contact details on a profile's Private tab in the admin (moderators only),
declared to the directory in membership/apps.py (network/private_fields.py)."""

from django import forms

from network.private_fields import PrivateField

from .models import Membership


class ContactEmail(PrivateField):
    """Moderators may correct it. It takes effect at once: it is the member's, not page content."""

    name = "contact_email"
    label = "Contact email"
    help_text = Membership._meta.get_field("contact_email").help_text

    def form_field(self):
        return forms.EmailField(
            required=False, max_length=254, label=self.label, help_text=self.help_text
        )

    def value(self, page):
        membership = Membership.objects.of(page)
        return membership.contact_email if membership else ""

    def save(self, page, value):
        if value != self.value(page):
            Membership.objects.set_for(page, contact_email=value)


class AcceptsMessages(PrivateField):
    """Shown, never edited: only the member changes it (join form or their account)."""

    name = "accepts_messages"
    label = "Accepts relayed messages"
    help_text = Membership._meta.get_field("accepts_messages").help_text
    icon = "tick-inverse"
    read_only = True

    def value(self, page):
        membership = Membership.objects.of(page)
        return bool(membership and membership.accepts_messages)


def contact_details():
    return [ContactEmail(), AcceptsMessages()]
