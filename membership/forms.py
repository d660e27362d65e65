"""The membership forms: join, a member's own profile and visibility, contact, introductions,
withdrawal."""

import html
import re
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.forms.utils import flatatt
from django.utils.choices import CallableChoiceIterator
from django.utils.html import format_html, format_html_join, linebreaks, strip_tags
from django.utils.safestring import mark_safe

from network.models import (
    Expertise,
    LivedExperienceArea,
    PaymentRoute,
    Region,
    Role,
    Visibility,
    read_terms,
    visibility,
)
from network.models.profiles import Availability, ExpectsPayment, is_linkedin

from . import consent, held_photos
from .models import ContactPurpose, IntroductionPaid
from .photos import StrippedPhoto, check_photo

HONEYPOT = "homepage"
VISIBILITY_FIELDS = [
    ("photo_visibility", "Who can see your photo?"),
    ("region_visibility", "Who can see your region?"),
    ("organisation_visibility", "Who can see your organisation?"),
    ("lived_experience_visibility", "Who can see your areas of lived experience?"),
    ("payment_visibility", "Who can see your payment preferences?"),
]
# Stricter choices rank higher: hiding takes effect at once, showing more goes to review.
STRICTNESS = visibility.STRICTNESS


def text_to_rich_text(text):
    """Plain paragraphs a member typed, as the biography's rich text (escaped)."""
    return linebreaks(text.strip(), autoescape=True) if text.strip() else ""


def rich_text_to_text(value):
    text = re.sub(r"</p>\s*", "\n\n", value or "")
    text = re.sub(r"<br\s*/?>", "\n", text)
    return html.unescape(strip_tags(text)).strip()


def terms(model):
    return model.objects.order_by("sort_order", "name")


class TermSelect(forms.Select):
    """A filter's <select>, written in one pass. Django renders each <option> through a
    template of its own: for a listing's few dozen terms that took longer than the rest of
    the page. The same markup: the attributes Django gives (id, aria-describedby...), the
    chosen option marked selected."""

    def render(self, name, value, attrs=None, renderer=None):
        chosen = {str(v) for v in self.format_value(value)}
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (option, mark_safe(" selected") if str(option) in chosen else "", label)
                for option, label in self.choices
            ),
        )
        attrs = flatatt(self.build_attrs(self.attrs, attrs))
        return format_html('<select name="{}"{}>{}</select>', name, attrs, options)


class TermChoiceField(forms.ModelChoiceField):
    """An optional taxonomy term chosen by its slug (a listing's filter). Its options are kept
    (lead/kept.py) until published content or the taxonomies next change, so showing and
    checking them costs no query; the term comes back as an unsaved instance holding its id,
    slug and name, enough to filter by."""

    def __init__(self, model, **kwargs):
        self.model = model
        kwargs.setdefault("widget", TermSelect)
        super().__init__(queryset=terms(model), to_field_name="slug", required=False, **kwargs)

    def kept_terms(self):
        from lead.kept import kept

        read = lambda: [(term.pk, term.slug, term.name) for term in terms(self.model)]  # noqa: E731
        return kept("term-options", (self.model._meta.label,), read)

    @staticmethod
    def keep_together(fields):
        """Keep the options of several fields (a form's filters) that are not kept yet, read
        in one query between them rather than one each."""
        from lead.kept import kept_many

        models = {field.model: (field.model._meta.label,) for field in fields}
        kept_many("term-options", models, read_terms)

    def _options(self):
        empty = [("", self.empty_label)] if self.empty_label is not None else []
        return empty + [(slug, name) for _pk, slug, name in self.kept_terms()]

    def _get_choices(self):  # read when the options are shown, never at import
        return CallableChoiceIterator(self._options)

    choices = property(_get_choices, forms.ChoiceField.choices.fset)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        for pk, slug, name in self.kept_terms():
            if slug == str(value):
                return self.model(pk=pk, slug=slug, name=name)
        raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")


def visibility_choice(label, initial=Visibility.PUBLIC):
    return forms.ChoiceField(
        label=label, choices=Visibility.choices, initial=initial, widget=forms.RadioSelect
    )


class AgreementField(forms.BooleanField):
    """A checkbox whose label is a statement the person agrees to (a consent, a confirmation):
    its error says on its own what to do, so the error summary shows it without repeating the
    whole statement before it."""

    bare_errors = True


def availability_field():
    return forms.ChoiceField(
        label="Are you open to being approached about work?",
        choices=Availability.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether you are open to being approached about work."},
        help_text="People looking for lived-experience leaders can find those open to "
        "opportunities in the directory. You can change this at any time.",
    )


SUBMISSION_KEY_ERROR = (
    "This form could not be sent: its one-time key is missing or damaged (perhaps the page "
    "was open for a long time or was changed). Please check your answers and send it again."
)


def photo_field(required, label="Photo"):
    optional = "" if required else "Optional. "
    return forms.FileField(
        label=label,
        required=required,
        error_messages={"required": "Choose the photo you would like to show."},
        help_text=f"{optional}A JPEG, PNG or WebP image of up to 5 MB and 20 megapixels. We "
        "remove location and camera details from it.",
    )


def photo_alt_text_field(required):
    return forms.CharField(
        label="Describe your photo",
        max_length=200,
        required=required,
        error_messages={"required": "Describe your photo for people who cannot see it."},
        help_text="Needed with a photo, for people who cannot see it, e.g. 'Smiling, outdoors'.",
    )


def honeypot():
    """The field people never see and bots fill in (named HONEYPOT): see `is_bot`."""
    return forms.CharField(
        label="Leave this field empty",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )


class SubmittedOnceForm(forms.Form):
    """A form whose submission must be stored at most once.

    Each page view renders a fresh random `submission_key` (a UUID, in a hidden field). The
    view stores it, under a unique constraint, with what the submission creates; a second
    POST with the same key (a double-click, a browser retry, two at once) finds it and
    stores nothing new. The key is an idempotency key, not a secret: a client may make its
    own UUID, and rate limits still apply."""

    submission_key = forms.UUIDField(
        widget=forms.HiddenInput,
        initial=uuid.uuid4,  # called once per rendered form: a new key for every GET
        error_messages={"required": SUBMISSION_KEY_ERROR, "invalid": SUBMISSION_KEY_ERROR},
    )

    def full_clean(self):
        super().full_clean()
        if self.is_bound and "submission_key" in self._errors:
            # A hidden field's error means nothing beside it: show it above the form, and
            # render a fresh key so that sending the corrected form again works.
            error = self._errors.pop("submission_key")
            self.cleaned_data.pop("submission_key", None)
            self.add_error(None, error)
            self.data = self.data.copy()
            self.data[self.add_prefix("submission_key")] = str(uuid.uuid4())

    def is_bot(self):
        """Whether the hidden field (`honeypot()`, which every such form declares) was filled
        in: the view then answers as if it worked and stores nothing."""
        return bool(self.data.get(HONEYPOT, "").strip())

    @staticmethod
    def key_from(data):
        """The valid submission key in raw POST data, or None: lets a view spot a repeat
        before it validates (or rate-limits) anything."""
        try:
            return uuid.UUID(str(data.get("submission_key", "")))
        except ValueError:
            return None


class ProfileFieldsForm(forms.Form):
    """What a member writes about themselves; shared by the join form and "Edit my profile"."""

    display_name = forms.CharField(
        max_length=120,
        help_text="The name your profile shows. A pseudonym is fine.",
    )
    pronouns = forms.CharField(max_length=40, required=False, help_text="Optional, e.g. she/her.")
    headline = forms.CharField(
        label="Current role",
        max_length=120,
        help_text="A few words, e.g. 'Peer trainer and board member'.",
    )
    organisation = forms.CharField(
        max_length=120, required=False, help_text="Optional: where you work now."
    )
    region = forms.ModelChoiceField(
        queryset=Region.objects.none(),
        required=False,
        empty_label="Choose a region (optional)",
        help_text="The region you work in. We never ask for a town or address.",
    )
    lived_experience = forms.ModelMultipleChoiceField(
        label="Areas of lived experience",
        queryset=LivedExperienceArea.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Experience, never a diagnosis. Optional: share only what you are comfortable "
        "sharing.",
    )
    expertise = forms.ModelMultipleChoiceField(
        queryset=Expertise.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    roles_sought = forms.ModelMultipleChoiceField(
        label="Roles sought or held",
        queryset=Role.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    availability = availability_field()
    summary = forms.CharField(
        max_length=280,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Up to 280 characters, shown on your directory card.",
    )
    biography = forms.CharField(
        label="About your work",
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Optional. Your story of your work, in your own words. Leave a blank line "
        "between paragraphs.",
    )
    expects_payment = forms.ChoiceField(
        label="Do you expect to be paid for involvement?",
        choices=ExpectsPayment.choices,
        initial=ExpectsPayment.YES,
        widget=forms.RadioSelect,
    )
    payment_routes = forms.ModelMultipleChoiceField(
        label="How would you prefer to be paid?",
        queryset=PaymentRoute.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Payments can affect welfare benefits: choose what works for you.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in (
            ("region", Region),
            ("lived_experience", LivedExperienceArea),
            ("expertise", Expertise),
            ("roles_sought", Role),
            ("payment_routes", PaymentRoute),
        ):
            self.fields[name].queryset = terms(model)

    def clean_display_name(self):
        name = self.cleaned_data["display_name"].strip()
        if not re.search(r"\w", name):
            raise ValidationError("Please enter a name with at least one letter or number.")
        return name

    def apply_to(self, profile):
        """Copy the answers onto a ProfilePage (in memory: the caller saves a revision)."""
        data = self.cleaned_data
        profile.title = profile.draft_title = data["display_name"]
        for name in (
            "pronouns", "headline", "organisation", "availability", "summary", "expects_payment",
        ):  # fmt: skip
            setattr(profile, name, data[name])
        profile.region = data["region"]
        profile.biography = text_to_rich_text(data["biography"])
        profile.lived_experience = list(data["lived_experience"])
        profile.expertise = list(data["expertise"])
        profile.roles_sought = list(data["roles_sought"])
        profile.payment_routes = list(data["payment_routes"])

    @classmethod
    def initial_from(cls, profile):
        return {
            "display_name": profile.title,
            "pronouns": profile.pronouns,
            "headline": profile.headline,
            "organisation": profile.organisation,
            "region": profile.region_id,
            "lived_experience": [t.pk for t in profile.lived_experience.all()],
            "expertise": [t.pk for t in profile.expertise.all()],
            "roles_sought": [t.pk for t in profile.roles_sought.all()],
            "availability": profile.availability,
            "summary": profile.summary,
            "biography": rich_text_to_text(profile.biography),
            "expects_payment": profile.expects_payment,
            "payment_routes": [t.pk for t in profile.payment_routes.all()],
        }


class HeldPhotoField(forms.CharField):
    """The token of a photo kept from the applicant's last try (membership/held_photos.py), in
    a hidden field. Anything that is not a token reads as none: never an error beside nothing."""

    widget = forms.HiddenInput

    def to_python(self, value):
        value = super().to_python(value)
        return value if held_photos.TOKEN.fullmatch(value) else ""


HELD_PHOTO_GONE = (
    "We no longer have the photo you chose earlier (we keep one for a day). Please choose it again."
)
PHOTO_NOT_KEPT = "Please choose your photo again: we could not keep it this time."


class JoinForm(SubmittedOnceForm, ProfileFieldsForm):
    email = forms.EmailField(
        label="Email address",
        help_text="Private: never shown to anyone. We use it to reply, to pass on messages if "
        "you want them, and to let you sign in.",
    )
    photo = photo_field(required=False)
    held_photo = HeldPhotoField(required=False)
    photo_alt_text = photo_alt_text_field(required=False)
    photo_visibility = visibility_choice("Who can see your photo?")
    region_visibility = visibility_choice("Who can see your region?")
    organisation_visibility = visibility_choice("Who can see your organisation?")
    lived_experience_visibility = visibility_choice(
        "Who can see your areas of lived experience?", Visibility.MEMBERS
    )
    payment_visibility = visibility_choice("Who can see your payment preferences?")
    consent_publishing = AgreementField(
        label=consent.wording(consent.PUBLISHING),
        error_messages={"required": "Tick this box to publish your profile."},
    )
    consent_lived_experience = AgreementField(
        label=consent.wording(consent.LIVED_EXPERIENCE),
        required=False,
        help_text="Needed only if you chose areas of lived experience.",
    )
    consent_messages = AgreementField(
        label=consent.wording(consent.MESSAGES),
        required=False,
        help_text="Optional. Without it, your profile has no contact form.",
    )
    homepage = honeypot()

    consent_version = consent.CURRENT_VERSION

    field_order = [
        "display_name", "email", "pronouns", "headline", "organisation",
        "organisation_visibility", "region", "region_visibility", "lived_experience",
        "lived_experience_visibility", "expertise", "roles_sought", "availability", "summary",
        "biography", "photo", "photo_remove", "photo_alt_text", "photo_visibility",
        "expects_payment", "payment_routes", "payment_visibility", "consent_publishing",
        "consent_lived_experience", "consent_messages", HONEYPOT,
    ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The photo kept from the applicant's last try, if the form names one still kept.
        token = self.data.get(self.add_prefix("held_photo")) if self.is_bound else None
        self.held = held_photos.find(token)
        if self.held is not None:
            self._offer_held_photo(self.held)

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        if photo:
            check_photo(photo)
        return photo

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        self._use_held_photo(cleaned)
        # Every mistake in one round: a photo that was sent needs its description even when
        # the photo itself was refused (its own error says why).
        photo_sent = cleaned.get("photo") or self.files.get(self.add_prefix("photo"))
        if photo_sent and not cleaned.get("photo_alt_text", "").strip():
            self.add_error("photo_alt_text", "Describe your photo for people who cannot see it.")
        if cleaned.get("lived_experience") and not cleaned.get("consent_lived_experience"):
            self.add_error(
                "consent_lived_experience",
                "Tick this box to let us hold your areas of lived experience, or untick the areas.",
            )
        return cleaned

    def _use_held_photo(self, cleaned):
        """No new photo chosen: the kept one, unless the applicant removed it; an error when
        the form names a kept photo that has gone (a day has passed)."""
        if cleaned.get("photo") or "photo" in self.errors or cleaned.get("photo_remove"):
            return
        if self.held is not None:
            try:
                cleaned["photo"] = held_photos.as_photo(self.held)
            except OSError:
                self.add_error("photo", HELD_PHOTO_GONE)
        elif cleaned.get("held_photo"):
            self.add_error("photo", HELD_PHOTO_GONE)

    def keep_photo(self, may_keep=True):
        """After a failed submit: keep a newly chosen photo that passed its checks (or stop
        keeping one the applicant removed), so the page shows what is kept. Returns the
        photo now kept, or None."""
        self.close_photo()
        upload = self.files.get(self.add_prefix("photo"))
        if upload and "photo" not in self.errors:
            if not may_keep:
                self.add_error("photo", PHOTO_NOT_KEPT)
                return self.held
            previous, self.held = self.held, held_photos.hold(upload)
            held_photos.release(previous)
            self.data = self.data.copy()
            self.data.pop(self.add_prefix("photo_remove"), None)  # a new photo: not removed
            self._offer_held_photo(self.held)
        elif self.held is not None and self.cleaned_data.get("photo_remove"):
            held_photos.release(self.held)
            self.held = None
            self._withdraw_held_photo()
        return self.held

    def close_photo(self):
        photo = getattr(self, "cleaned_data", {}).get("photo")
        if isinstance(photo, StrippedPhoto):
            photo.close()

    def _offer_held_photo(self, held):
        self.data = self.data.copy()
        self.data[self.add_prefix("held_photo")] = held.token
        name = held.shown_name
        self.fields["photo"].help_text = format_html(
            "<strong>{}</strong> — kept from your last try, so you need not choose it again. "
            "Keep it, or choose another file to change it (a JPEG, PNG or WebP image of up to "
            "5 MB and 20 megapixels).",
            name,
        )
        self.fields["photo_remove"] = forms.BooleanField(
            label=f"Remove {name}: send my application without a photo.",
            required=False,
        )
        self.order_fields(self.field_order)
        for field_name in ("photo", "photo_remove"):  # a bound field copies label and help
            self._bound_fields_cache.pop(field_name, None)

    def _withdraw_held_photo(self):
        self.data = self.data.copy()
        self.data[self.add_prefix("held_photo")] = ""
        self.data.pop(self.add_prefix("photo_remove"), None)
        self.fields.pop("photo_remove", None)
        self.fields["photo"].help_text = type(self).base_fields["photo"].help_text
        for field_name in ("photo", "photo_remove"):
            self._bound_fields_cache.pop(field_name, None)


class MemberProfileForm(ProfileFieldsForm):
    """A member edits their own profile; each save becomes a revision for review."""

    languages = forms.CharField(max_length=200, required=False)
    website_url = forms.URLField(label="Your website", required=False, assume_scheme="https")
    linkedin_url = forms.URLField(label="LinkedIn", required=False, assume_scheme="https")

    def clean_linkedin_url(self):
        url = self.cleaned_data["linkedin_url"]
        if url and not is_linkedin(url):
            raise ValidationError("Use a LinkedIn address, starting https://www.linkedin.com/")
        return url

    def apply_to(self, profile):
        super().apply_to(profile)
        for name in ("languages", "website_url", "linkedin_url"):
            setattr(profile, name, self.cleaned_data[name])

    @classmethod
    def initial_from(cls, profile):
        initial = super().initial_from(profile)
        for name in ("languages", "website_url", "linkedin_url"):
            initial[name] = getattr(profile, name)
        return initial


class VisibilityForm(forms.Form):
    accepts_messages = forms.BooleanField(
        label=consent.wording(consent.MESSAGES),
        required=False,
        help_text="Untick to remove the contact form from your profile straight away.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in VISIBILITY_FIELDS:
            self.fields[name] = visibility_choice(label)


class PhotoForm(forms.Form):
    """A member's new photo, for a moderator to approve."""

    photo = photo_field(required=True, label="New photo")
    photo_alt_text = photo_alt_text_field(required=True)

    def clean_photo(self):
        photo = self.cleaned_data["photo"]
        check_photo(photo)
        return photo


class ContactForm(SubmittedOnceForm):
    sender_name = forms.CharField(label="Your name", max_length=120)
    sender_email = forms.EmailField(
        label="Your email address", help_text="The member's reply comes here."
    )
    organisation = forms.CharField(label="Your organisation", max_length=160, required=False)
    purpose = forms.ChoiceField(
        label="What is it about?", choices=ContactPurpose.choices, widget=forms.RadioSelect
    )
    message = forms.CharField(
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Up to 3,000 characters. If you are offering work, say whether and how much "
        "it pays.",
    )
    homepage = honeypot()

    def cleaned_data_for_storage(self):
        return {
            name: self.cleaned_data[name]
            for name in ("sender_name", "sender_email", "organisation", "purpose", "message")
        }


class IntroductionForm(SubmittedOnceForm):
    """Someone asks LEAD to introduce them to a member who is not written to directly. It asks
    what the editors need to judge the request, pay included (pay transparency)."""

    requester_name = forms.CharField(
        label="Your name",
        max_length=120,
        error_messages={"required": "Enter your name."},
    )
    organisation = forms.CharField(
        label="Your organisation",
        max_length=160,
        required=False,
        help_text="Optional. Leave it empty if you are asking for yourself.",
    )
    requester_email = forms.EmailField(
        label="Your email address",
        help_text="Our answer comes here. We do not add you to any mailing list.",
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address like name@example.org.",
        },
    )
    request = forms.CharField(
        label="What is the role or request?",
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="Up to 3,000 characters. Say what you have in mind, when, and where or online.",
        error_messages={"required": "Tell us what the role or request is."},
    )
    paid = forms.ChoiceField(
        label="Is it paid?",
        choices=IntroductionPaid.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether it is paid."},
    )
    pay_details = forms.CharField(
        label="How much does it pay?",
        max_length=200,
        required=False,
        help_text="Needed if it is paid, e.g. '£150 a day, plus travel'.",
    )
    homepage = honeypot()

    def clean_requester_name(self):
        name = self.cleaned_data["requester_name"].strip()
        if not re.search(r"\w", name):
            raise ValidationError("Enter a name with at least one letter or number.")
        return name

    def clean(self):
        cleaned = super().clean()
        paid = cleaned.get("paid") == IntroductionPaid.PAID
        if paid and not cleaned.get("pay_details", "").strip():
            self.add_error("pay_details", "Say how much it pays, or choose 'Not decided yet'.")
        return cleaned

    def cleaned_data_for_storage(self):
        return {
            name: self.cleaned_data[name]
            for name in (
                "requester_name", "organisation", "requester_email", "request", "paid",
                "pay_details",
            )
        }  # fmt: skip


class WithdrawForm(forms.Form):
    BYLINE_CHOICES = [
        ("keep", "Keep my name on posts and events I was credited on"),
        ("former", "Show 'Former member' instead of my name"),
    ]
    byline = forms.ChoiceField(
        label="Your name on posts and events",
        choices=BYLINE_CHOICES,
        initial="keep",
        widget=forms.RadioSelect,
    )
    confirm = AgreementField(
        label="I understand: my profile goes offline now, my account and everything LEAD holds "
        "about me is erased, and this cannot be undone.",
        error_messages={"required": "Tick the box to confirm you want to withdraw."},
    )
