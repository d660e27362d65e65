"""The form an organisation signs LEAD's fair-pay pledge with (/for-organisations/pledge/)."""

from django import forms
from django.core.exceptions import ValidationError

from membership.forms import AgreementField, SubmittedOnceForm, honeypot

from .forms import CHOOSE_ONE
from .models import OrganisationType

ALL_COMMITMENTS = (
    "Tick every commitment. The pledge is all of them together: if your organisation cannot "
    "make one of them yet, write to us before you sign."
)
VERSION_CHANGED = (
    "We updated the pledge while you had this page open. Read the commitments again and tick "
    "each one to sign the new version."
)


class PledgeForm(SubmittedOnceForm):
    """Signing `version` of the pledge. Every commitment must be ticked: the pledge is one
    promise made of all of them (docs/decisions.md), and the page says so before the boxes."""

    organisation_name = forms.CharField(
        label="Organisation name",
        max_length=160,
        help_text="As you want it listed once we have checked your signature.",
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        error_messages={"required": "Give your organisation's name."},
    )
    organisation_type = forms.ChoiceField(
        label="Kind of organisation",
        choices=CHOOSE_ONE + OrganisationType.choices,
        error_messages={"required": "Choose the kind of organisation."},
    )
    contact_name = forms.CharField(
        label="Your name",
        max_length=120,
        help_text="Private: so we know who to talk to. Never shown on the website.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Give your name."},
    )
    contact_email = forms.EmailField(
        label="Your email address",
        help_text="Private: we write to you here while we check the signature. Never shown.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": "Give an email address we can reach you at.",
            "invalid": "Enter an email address like name@organisation.org.uk.",
        },
    )
    signer_name = forms.CharField(
        label="Who signs for the organisation",
        max_length=120,
        help_text="Private: the name of the person signing. It can be you.",
        error_messages={"required": "Give the name of the person signing."},
    )
    signer_role = forms.CharField(
        label="Their role in the organisation",
        max_length=120,
        help_text="Private: for example 'Chief executive' or 'Director of involvement'.",
        error_messages={"required": "Give the signer's role in the organisation."},
    )
    commitments = forms.MultipleChoiceField(
        label="Our commitments",
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick each one. The pledge is all of them together.",
        error_messages={"required": ALL_COMMITMENTS, "invalid_choice": VERSION_CHANGED},
    )
    authority = AgreementField(
        label="I can sign on my organisation's behalf, and we will keep these commitments in "
        "every paid role we offer.",
        error_messages={"required": "Tick the box to confirm you can sign for the organisation."},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    homepage = honeypot()

    def __init__(self, *args, version, **kwargs):
        super().__init__(*args, **kwargs)
        self.pledge_version = version
        self.commitment_texts = [commitment.text for commitment in version.commitments.all()]
        ids = [str(commitment.pk) for commitment in version.commitments.all()]
        self.fields["commitments"].choices = list(zip(ids, self.commitment_texts, strict=True))
        self.fields["version"].initial = version.pk

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or self.cleaned_data.get("version") == self.pledge_version.pk:
            return
        # Sent from a page showing another version: show this one, with its boxes empty.
        self._errors.pop("version", None)
        self._errors.pop("commitments", None)
        self.add_error(None, ValidationError(VERSION_CHANGED))
        data = self.data.copy()  # a QueryDict from a request, or a dict
        data["version"] = str(self.pledge_version.pk)
        data.pop("commitments", None)
        self.data = data

    def clean_commitments(self):
        ticked = set(self.cleaned_data["commitments"])
        if ticked != {choice for choice, _text in self.fields["commitments"].choices}:
            raise ValidationError(ALL_COMMITMENTS)
        return self.cleaned_data["commitments"]
