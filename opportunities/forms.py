"""Forms for organisations (sending a role for review), for anyone interested in a role, and
for members choosing their alerts."""

from django import forms
from django.core.exceptions import ValidationError

from membership.forms import SubmittedOnceForm, honeypot, text_to_rich_text
from network.models import PaymentRoute, Region, Role

from .dates import uk_today
from .models import (
    ADJUSTMENTS,
    EXPENSES,
    FairPayRate,
    HowToApply,
    OpportunityPage,
    OrganisationType,
    PaymentTiming,
    PayUnit,
    RoleAlert,
    WorkMode,
)

CHECKBOXES = forms.CheckboxSelectMultiple
CHOOSE_ONE = [("", "Choose one")]


class SubmitRoleForm(SubmittedOnceForm):
    """Everything a role page needs, plus the organisation's details and its word that the pay
    stated is what it will pay. Field names match the page's where they are the same thing."""

    # The organisation
    organisation_name = forms.CharField(
        label="Organisation name",
        max_length=160,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    organisation_type = forms.ChoiceField(
        label="Kind of organisation",
        choices=CHOOSE_ONE + OrganisationType.choices,
        error_messages={"required": "Choose the kind of organisation."},
    )
    organisation_website = forms.URLField(
        label="Organisation website (optional)",
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    contact_email = forms.EmailField(
        label="Email address for interest in this role",
        help_text="Private: we pass expressions of interest on to it, and never show it.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # The role
    title = forms.CharField(label="Role title", max_length=255)
    summary = forms.CharField(
        label="Summary",
        max_length=280,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Up to 280 characters: what the role is and who it suits.",
    )
    description = forms.CharField(
        label="Full description",
        max_length=6000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="What the person will do, with whom, and the support they will get.",
    )
    role = forms.ModelChoiceField(
        label="Kind of role",
        queryset=Role.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="Choose one (optional)",
    )
    work_mode = forms.ChoiceField(
        label="Where",
        choices=WorkMode.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Say where the work happens."},
    )
    region = forms.ModelChoiceField(
        label="Region",
        queryset=Region.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label="Choose a region",
        help_text="Not needed for remote roles.",
    )
    hours_per_session = forms.DecimalField(
        label="Hours per session", min_value=0.25, max_value=100, decimal_places=2,
        help_text="For a salaried role: hours a week.",
    )  # fmt: skip
    sessions = forms.IntegerField(
        label="Number of sessions", min_value=1, max_value=500, required=False,
        help_text="Leave empty for ongoing work.",
    )  # fmt: skip
    ongoing = forms.BooleanField(
        label="Ongoing, with no set number of sessions", required=False, label_suffix=""
    )
    start_date = forms.DateField(
        label="Start date (optional)", required=False, help_text="For example 1/3/2027."
    )
    closing_date = forms.DateField(
        label="Closing date", help_text="The last day to apply, for example 14/2/2027."
    )
    activity_level = forms.ModelChoiceField(
        label="Level of work",
        queryset=FairPayRate.objects.all(),
        required=False,
        empty_label="Not sure",
        help_text="Which level of LEAD's fair-pay table the role is closest to.",
    )
    # Pay
    pay_amount = forms.DecimalField(
        label="Pay (£)", min_value=0, max_value=1_000_000, decimal_places=2,
        error_messages={"required": "Say what the role pays."},
    )  # fmt: skip
    pay_amount_max = forms.DecimalField(
        label="Up to (£), for a range", min_value=0, max_value=1_000_000, decimal_places=2,
        required=False,
    )  # fmt: skip
    pay_unit = forms.ChoiceField(
        label="The pay is",
        choices=CHOOSE_ONE + PayUnit.choices,
        error_messages={"required": "Choose what the pay is for: an hour, a day, a session…"},
    )
    payment_routes = forms.ModelMultipleChoiceField(
        label="Ways you can pay",
        queryset=PaymentRoute.objects.exclude(slug__startswith="declines"),
        to_field_name="slug",
        widget=CHECKBOXES,
        error_messages={"required": "Tick at least one way you can pay."},
    )
    expenses = forms.MultipleChoiceField(
        label="Expenses you pay", choices=EXPENSES, widget=CHECKBOXES, required=False
    )
    preparation_hours = forms.DecimalField(
        label="Paid preparation, hours per session", min_value=0, max_value=40,
        decimal_places=2, required=False,
    )  # fmt: skip
    payment_timing = forms.ChoiceField(
        label="When people are paid",
        choices=CHOOSE_ONE + PaymentTiming.choices,
        error_messages={"required": "Say when people are paid."},
    )
    adjustments = forms.MultipleChoiceField(
        label="Adjustments and support you offer",
        choices=[(name, label) for name, label, _help in ADJUSTMENTS],
        widget=CHECKBOXES,
        required=False,
    )
    how_to_apply = forms.ChoiceField(
        label="How people apply",
        choices=HowToApply.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how people apply."},
    )
    apply_url = forms.URLField(
        label="Application address", required=False, assume_scheme="https",
        help_text="Only if people apply on your own website.",
    )  # fmt: skip
    confirm_pay = forms.BooleanField(
        label="We confirm the pay above is what we will pay, and that we will pay promptly.",
        error_messages={"required": "Tick this box to confirm the pay."},
    )
    homepage = honeypot()

    # The form in parts, each under its own heading (the honeypot is left out).
    SECTIONS = [
        (
            "Your organisation",
            ["organisation_name", "organisation_type", "organisation_website", "contact_email"],
        ),
        ("The role", ["title", "summary", "description", "role"]),
        ("Where and when", ["work_mode", "region", "hours_per_session", "sessions", "ongoing",
                            "start_date", "closing_date"]),
        ("Pay", ["pay_amount", "pay_amount_max", "pay_unit", "activity_level",
                 "preparation_hours", "payment_routes", "payment_timing", "expenses"]),
        ("Support", ["adjustments"]),
        ("Applications", ["how_to_apply", "apply_url", "confirm_pay"]),
    ]  # fmt: skip

    def sections(self):
        return [(heading, [self[name] for name in names]) for heading, names in self.SECTIONS]

    def clean_closing_date(self):
        day = self.cleaned_data["closing_date"]
        if day < uk_today():
            raise ValidationError("The closing date has passed: choose today or a later day.")
        return day

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            page = self.build_page(organisation=None)
            try:
                page.clean()
            except ValidationError as error:
                for name, messages in error.message_dict.items():
                    self.add_error(name if name in self.fields else None, messages)
        return cleaned

    def build_page(self, organisation):
        """An unsaved role page from the answers (many-to-many values are set after saving)."""
        data = self.cleaned_data
        page = OpportunityPage(
            title=data["title"],
            summary=data["summary"],
            description=text_to_rich_text(data["description"]),
            organisation=organisation,
            role=data["role"],
            work_mode=data["work_mode"],
            region=data["region"],
            hours_per_session=data["hours_per_session"],
            sessions=None if data["ongoing"] else data["sessions"],
            ongoing=data["ongoing"],
            start_date=data["start_date"],
            closing_date=data["closing_date"],
            activity_level=data["activity_level"],
            pay_amount=data["pay_amount"],
            pay_amount_max=data["pay_amount_max"],
            pay_unit=data["pay_unit"],
            preparation_hours=data["preparation_hours"] or None,
            payment_timing=data["payment_timing"],
            how_to_apply=data["how_to_apply"],
            apply_url=data["apply_url"],
            live=False,
        )
        for name, _label in EXPENSES:
            setattr(page, name, name in data["expenses"])
        for name, _label, _help in ADJUSTMENTS:
            setattr(page, name, name in data["adjustments"])
        page.payment_routes = list(data["payment_routes"])
        return page


class InterestForm(SubmittedOnceForm):
    sender_name = forms.CharField(
        label="Your name",
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": "Give your name."},
    )
    sender_email = forms.EmailField(
        label="Your email address",
        help_text="The organisation's reply comes here.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"required": "Give the email address the reply should go to."},
    )
    message = forms.CharField(
        label="Your message",
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Up to 3,000 characters: why the role interests you and what you would "
        "bring. You do not need to share anything about your health.",
        error_messages={"required": "Write a message for the organisation."},
    )
    link_profile = forms.BooleanField(
        label="Include a link to my LEAD profile", required=False, initial=True, label_suffix=""
    )
    homepage = honeypot()

    def __init__(self, *args, profile_url="", **kwargs):
        super().__init__(*args, **kwargs)
        if profile_url:
            self.fields["link_profile"].help_text = f"The organisation sees {profile_url}"
        else:
            del self.fields["link_profile"]


class AlertForm(forms.ModelForm):
    class Meta:
        model = RoleAlert
        fields = ["enabled", "use_profile", "roles", "regions", "include_remote"]
        widgets = {"roles": CHECKBOXES, "regions": CHECKBOXES}
        labels = {
            "enabled": "Email me new roles",
            "use_profile": "Match the roles and region on my profile",
            "roles": "Roles I want to hear about",
            "regions": "Regions I want to hear about",
            "include_remote": "Include remote roles (open to people anywhere in the UK)",
        }
        help_texts = {
            "enabled": "One email a day at most, only on days with new roles that match.",
            "roles": "Used when the profile box above is not ticked. Tick none to hear about "
            "every kind of role.",
            "regions": "Used when the profile box above is not ticked. Tick none to hear about "
            "every region.",
        }

    def __init__(self, *args, profile=None, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("enabled", "use_profile", "include_remote"):
            self.fields[name].label_suffix = ""
        self.fields["use_profile"].help_text = profile_match_text(profile)


def profile_match_text(profile):
    """What "match my profile" would match, in words, so a member need not go and look."""
    if profile is None:
        return "You have no profile yet: untick this and choose roles and regions below."
    roles = ", ".join(role.name for role in profile.roles_sought.all()) or "any kind of role"
    region = profile.region.name if profile.region_id else "any region"
    return f"Your profile asks for: {roles}; in {region}. Untick to choose below instead."
