"""The mentoring forms: a member's own mentoring choices, the "Find a mentor" filters, a
request to a mentor, and a mentor's answer."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import ErrorDict

from network.models import Expertise, Region, Role

from .forms import SubmittedOnceForm, TermChoiceField, honeypot, terms
from .mentoring_links import ACCEPT, DECLINE
from .models import MentoringTime


class TermsField(forms.ModelMultipleChoiceField):
    """Taxonomy terms by id. An id no database could hold (a huge number) is refused as an
    unknown choice before any query: SQLite would fail on it instead."""

    def _check_values(self, value):
        for pk in value:
            text = str(pk)
            if not text.isdigit() or len(text) > 18:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": text[:40]},
                )
        return super()._check_values(value)


class MentoringChoiceForm(forms.Form):
    offers = forms.BooleanField(
        label="I offer mentoring",
        required=False,
        help_text="Members can find you under “Find a mentor” and ask you through the site.",
    )
    seeks = forms.BooleanField(
        label="I am looking for a mentor",
        required=False,
        help_text="“Find a mentor” then points you to mentors on your topics. Nobody else sees "
        "this.",
    )
    expertise = TermsField(
        label="Topics",
        queryset=Expertise.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    roles = TermsField(
        label="Roles",
        queryset=Role.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Roles you can talk about from experience, or would like to move into.",
    )
    other_topics = forms.CharField(
        label="Other topics, in your own words",
        max_length=200,
        required=False,
        help_text="Optional, e.g. “going back to work after a break”.",
    )
    time = forms.ChoiceField(
        label="How much time?",
        choices=MentoringTime.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    online = forms.BooleanField(
        label="I can meet online (by video or phone)",
        required=False,
        help_text="Members looking for someone outside their region can find you.",
    )
    note = forms.CharField(
        label="A few words for other members",
        max_length=600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Optional, up to 600 characters: what you offer or look for. Members see it.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["expertise"].queryset = terms(Expertise)
        self.fields["roles"].queryset = terms(Role)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("offers"):
            has_topic = (
                cleaned.get("expertise") or cleaned.get("roles") or cleaned.get("other_topics")
            )
            if not has_topic:
                self.add_error("expertise", "Choose at least one topic you can mentor on.")
            if not cleaned.get("time"):
                self.add_error("time", "Say how much time you can give.")
        return cleaned

    @staticmethod
    def initial_from(choice):
        if choice is None:
            return {"online": True}
        return {
            "offers": choice.offers,
            "seeks": choice.seeks,
            "expertise": [term.pk for term in choice.expertise.all()],
            "roles": [term.pk for term in choice.roles.all()],
            "other_topics": choice.other_topics,
            "time": choice.time,
            "online": choice.online,
            "note": choice.note,
        }


class MentorFilterForm(forms.Form):
    """The listing's filters, from the address. A value that is not a term is ignored (the
    form is never shown invalid: an old or mistyped link still lists mentors)."""

    topic = TermChoiceField(Expertise, label="Topic", empty_label="Any topic")
    role = TermChoiceField(Role, label="Role", empty_label="Any role")
    region = TermChoiceField(Region, label="Region", empty_label="Any region")
    online = forms.BooleanField(label="Can meet online", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        TermChoiceField.keep_together([self.fields[name] for name in ("topic", "role", "region")])

    def filters(self):
        """{topic, role, region, online} from the valid values only."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        # Nor is such a value shown as an error (aria-invalid, pointing at no message).
        self._errors = ErrorDict()
        return {
            "expertise": data.get("topic"),
            "role": data.get("role"),
            "region": data.get("region"),
            "online": bool(data.get("online")),
        }


class MentoringRequestForm(SubmittedOnceForm):
    message = forms.CharField(
        label="Your message",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Up to 2,000 characters. Say a little about yourself, what you would like "
        "help with and how often you would like to meet.",
        error_messages={"required": "Write a few words to the mentor."},
    )
    homepage = honeypot()

    def clean_message(self):
        message = self.cleaned_data["message"].strip()
        if not re.search(r"\w", message):
            raise ValidationError("Write a few words to the mentor.")
        return message


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(choices=[(ACCEPT, "Accept"), (DECLINE, "Decline")])
