"""Leadership profiles: what a member shows, to whom, and the private record behind it."""

from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, Revision
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.models import MetadataMixin
from home.timefields import RecordedMomentField
from lead.addresses import absolute
from lead.pagecache import invalidate
from lead.renditions import with_renditions

from ..blocks import SelectedWorkBlock
from ..consent import wording_choices
from ..private_fields import PrivateFields, PrivateFieldsForm, PrivateTab, save_private_values
from ..private_photos import PHOTO_FIELDS, has_public_files, photo_url, secure_after_commit
from .choices import CHOICE_FIELDS, MemberChoices, enforce_member_choices
from .languages import ProfileLanguage
from .visibility import (
    STRICTNESS,
    Visibility,
    VisibilityChoices,
    can_see,
    stricter,
    viewer_is_member,
)

# Editor actions that make a profile public now or ask for it to be (moderation).
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")
CONSENT_MISSING = (
    "This profile cannot be published without a consent record. Fill in when consent was "
    "given and which wording the member agreed to (Private tab), then publish."
)


def is_linkedin(url):
    host = (urlsplit(url).hostname or "").lower()
    return host == "linkedin.com" or host.endswith(".linkedin.com")


PRIVATE_FIELDS_PERMISSION = "network.view_private_fields"
CARD_PHOTO = "fill-160x160"


class Availability(models.TextChoices):
    OPEN = "open", "Open to opportunities"
    LIMITED = "limited", "Limited availability"
    NOT_NOW = "not_now", "Not taking on work just now"


class ExpectsPayment(models.TextChoices):
    YES = "yes", "Yes"
    NO = "no", "No"
    PREFER_NOT = "prefer_not", "Prefer not to say"


class ProfilePageForm(PrivateFieldsForm, WagtailAdminPageForm):
    """Explains the consent gate and the photo's alt text in the editor, next to the fields,
    and keeps a member's privacy choices: staff see each choice, can only make a value
    stricter (for a safeguarding reason the member is shown), and a form opened before the
    member changed a choice cannot undo it."""

    safeguarding_reason = forms.CharField(
        label="Why are you making this stricter than the member chose?",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Only needed when you restrict who sees part of this profile beyond the "
        "member's own choice, for a safeguarding reason. It applies at once, and the member "
        "reads these words, with the date, on their account page.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices_id = self.instance.member_choices_id
        self.member_choices = (
            MemberChoices.objects.filter(pk=choices_id).first() if choices_id else None
        )
        self.kept_choices, self.restrictions = {}, {}
        if "consent_given_at" in self.fields:
            self._consent_time_in_uk_time()
        if "consent_wording_version" in self.fields:
            self._consent_wordings_offered()
        if self.member_choices:
            self._offer_only_stricter()

    def _consent_time_in_uk_time(self):
        shown = self.fields["consent_given_at"]
        field = RecordedMomentField(
            required=shown.required, label=shown.label, help_text=shown.help_text,
            widget=shown.widget,
        )  # fmt: skip
        field.saved = self.instance.consent_given_at
        self.fields["consent_given_at"] = field

    def _consent_wordings_offered(self):
        # The wordings are declared by the app that holds them (network/consent.py).
        shown = self.fields["consent_wording_version"]
        self.fields["consent_wording_version"] = forms.TypedChoiceField(
            choices=[("", "---------"), *wording_choices()],
            required=False,
            empty_value="",
            label=shown.label,
            help_text=shown.help_text,
        )

    def _offer_only_stricter(self):
        record = self.member_choices
        for name in CHOICE_FIELDS:  # their panels need no permission: always in the form
            field = self.fields[name]
            chosen = getattr(record, name)
            # Every value still validates (a stale form is corrected in clean(), not refused),
            # but only the member's choice and stricter ones are offered.
            field.widget.choices = [
                (value, label)
                for value, label in Visibility.choices
                if STRICTNESS[value] >= STRICTNESS[chosen]
            ]
            field.help_text = (
                f"The member's choice: {Visibility(chosen).label}, on "
                f"{record.chosen_at:%-d %B %Y}. You can keep it or make it stricter; only the "
                "member can make it more visible, from their account."
            )

    def clean(self):
        cleaned = super().clean()
        wants_publication = any(self.data.get(action) for action in PUBLISHING_ACTIONS)
        # Editors without the private-fields permission have no consent fields in their form:
        # the record they cannot see is the page's own.
        given_at, version = (
            cleaned.get(name, getattr(self.instance, name))
            for name in ("consent_given_at", "consent_wording_version")
        )
        if wants_publication and not (given_at and version):
            field = "consent_given_at" if "consent_given_at" in self.fields else None
            self.add_error(field, CONSENT_MISSING)
        if self.member_choices:
            self._keep_member_choices(cleaned)
        return cleaned

    def _keep_member_choices(self, cleaned):
        # Read afresh: the member may have changed a choice since this form was opened.
        record = MemberChoices.objects.get(pk=self.member_choices.pk)
        for name in CHOICE_FIELDS:
            value = cleaned.get(name)
            if value is None:
                continue
            chosen = getattr(record, name)
            if STRICTNESS[value] < STRICTNESS[chosen]:
                cleaned[name] = chosen
                self.kept_choices[name] = chosen
            elif STRICTNESS[value] > STRICTNESS[stricter(chosen, self.initial.get(name))]:
                self.restrictions[name] = value
        reason = cleaned.get("safeguarding_reason")  # None when refused (too long): said already
        if self.restrictions and reason is not None and not reason.strip():
            self.add_error(
                "safeguarding_reason",
                "Say why you are making this stricter than the member chose. The member will "
                "read it on their account page.",
            )
        self.member_choices = record

    def save(self, *args, **kwargs):
        page = super().save(*args, **kwargs)
        # Read by the after-edit hook (network/wagtail_hooks.py), which tells the editor what
        # was kept and applies safeguarding restrictions at once.
        page.kept_member_choices = dict(self.kept_choices)
        page.member_choices_chosen_at = self.member_choices and self.member_choices.chosen_at
        reason = self.cleaned_data["safeguarding_reason"].strip()
        page.safeguarding = (dict(self.restrictions), reason)
        return page


class MemberChoicesPanel(FieldPanel):
    """A field shown only on profiles bound by a member's choices."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self):
            return super().is_shown() and bool(getattr(self.form, "member_choices", None))


# Values an update can loosen beyond what a member chose (see network/models/choices.py).
LOOSENING = {name: Visibility.HIDDEN for name in CHOICE_FIELDS}


def exposes_old_files(before, after):
    """Whether the live photo's files must be renamed, given (photo_id, visibility) before and
    after a change: the photo is now not public, and either it is a different image (its files
    may have public names) or it was public until now."""
    photo_id, visibility = after
    if not photo_id or visibility == Visibility.PUBLIC:
        return False
    return before is None or before[0] != photo_id or before[1] == Visibility.PUBLIC


class ProfilePageQuerySet(PageQuerySet):
    def with_card_data(self):
        """What a profile card shows (region, photo rendition, expertise): the region, photo
        and its rendition read with the profiles, then one query for the expertise, for any
        number of profiles."""
        # Expertise comes in its model's order: the editors' sort order, then name.
        cards = with_renditions(self.select_related("region", "photo"), "photo", CARD_PHOTO)
        return cards.prefetch_related("expertise")

    def change(self, **values):
        """Change stored profiles without a save, with the rules a save applies: the member's
        account hides a value at once this way. Code changes profiles with this, never with
        update() (Django's: it applies none of these). In one transaction:
        - a photo that stops being public gets new file names (ProfilePage.secure_photo);
        - a profile the change made more visible than its member chose goes back under their
          choices (network/models/choices.py);
        - changed languages are listed again for the directory (network/models/languages.py);
        - every stored page is made stale (lead/pagecache.py): no signal tells the page cache.
        Returns the number of profiles changed."""
        loosens = any(
            name in values and values[name] != strictest for name, strictest in LOOSENING.items()
        )
        photo = bool(set(values) & set(PHOTO_FIELDS))
        with transaction.atomic():
            bound = loosens and list(self.exclude(member_choices=None).values_list("pk", flat=True))
            before = dict(self._photo_states(self)) if photo else {}
            rows = self.update(**values)
            if bound:
                enforce_member_choices(bound)
            if before:
                after = self._photo_states(ProfilePage.objects.filter(pk__in=before))
                for pk, state in after:
                    ProfilePage.secure_photo(before[pk], state)
            if "languages" in values:
                ProfileLanguage.objects.keep_up_with_each(self)
            invalidate()
        return rows

    @staticmethod
    def _photo_states(queryset):
        rows = queryset.order_by().values_list("pk", "photo_id", "photo_visibility")
        return [(pk, (photo, visibility)) for pk, photo, visibility in rows]


class ProfilePage(VisibilityChoices, MetadataMixin, Page):
    # lead/serving.py: read with the profile, as its page shows them (ProfileView).
    serve_select_related = ("region", "photo")
    serve_prefetch_together = ("expertise", "roles_sought", "lived_experience", "payment_routes")

    pronouns = models.CharField(
        max_length=40, blank=True, help_text="Optional, as the member writes them, e.g. she/her."
    )
    headline = models.CharField(
        "current role",
        max_length=120,
        help_text="The member's current role in a few words, e.g. 'Peer trainer and board member'.",
    )
    organisation = models.CharField(
        max_length=120, blank=True, help_text="Where the member works now, if they want to say."
    )
    region = models.ForeignKey(
        "network.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="profiles",
        help_text="The region the member works in. Never a town or address.",
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Optional. Only a photo the member sent us and agreed to show.",
    )
    photo_alt_text = models.CharField(
        "photo description",
        max_length=200,
        blank=True,
        help_text="Required with a photo: describe it for people who cannot see it.",
    )
    summary = models.TextField(
        max_length=280,
        help_text="Up to 280 characters, shown on the directory card and in search engines.",
    )
    biography = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text="The member's story of their work, in their own words.",
    )
    lived_experience = ParentalManyToManyField(
        "network.LivedExperienceArea",
        blank=True,
        related_name="profiles",
        verbose_name="areas of lived experience",
        help_text="Experience, never a diagnosis. This is health information: only what the "
        "member chose to share.",
    )
    expertise = ParentalManyToManyField(
        "network.Expertise", blank=True, related_name="profiles", help_text="What they bring."
    )
    roles_sought = ParentalManyToManyField(
        "network.Role",
        blank=True,
        related_name="profiles",
        verbose_name="roles sought or held",
        help_text="The roles the member holds or would like to be asked about.",
    )
    availability = models.CharField(
        max_length=10,
        choices=Availability.choices,
        default=Availability.OPEN,
        help_text="Whether the member wants to be approached now. Shown as a badge and filter.",
    )
    expects_payment = models.CharField(
        "expects payment for involvement",
        max_length=12,
        choices=ExpectsPayment.choices,
        default=ExpectsPayment.YES,
        help_text="LEAD expects organisations to pay for involvement; this records the "
        "member's own answer.",
    )
    payment_routes = ParentalManyToManyField(
        "network.PaymentRoute",
        blank=True,
        related_name="profiles",
        verbose_name="preferred payment routes",
        help_text="How the member prefers to be paid. Payments can affect welfare benefits.",
    )
    languages = models.CharField(
        max_length=200,
        blank=True,
        help_text="Languages the member works in, separated by commas, e.g. English, Welsh, "
        "BSL. Each one is offered as a filter in the directory.",
    )
    website_url = models.URLField(
        "website", blank=True, help_text="The member's own site, starting https://"
    )
    linkedin_url = models.URLField(
        "LinkedIn", blank=True, help_text="The full address, starting https://www.linkedin.com/"
    )
    other_url = models.URLField(
        "other link", blank=True, help_text="Any other page the member wants to link, e.g. a blog."
    )
    selected_work = StreamField(
        [("work", SelectedWorkBlock())],
        blank=True,
        help_text="Talks, publications and projects the member wants to show.",
    )

    # Private: never rendered publicly, never indexed.
    consent_given_at = models.DateTimeField(
        "consent given at",
        null=True,
        blank=True,
        help_text="When the member gave explicit consent. Required before publishing.",
    )
    consent_wording_version = models.CharField(
        "consent wording",
        max_length=20,
        blank=True,
        help_text="The version of the consent wording the member agreed to.",
    )
    consent_recorded_by = models.CharField(
        max_length=120,
        blank=True,
        help_text="Who recorded the consent: an editor's name, or 'the join form'.",
    )
    editor_notes = models.TextField(blank=True, help_text="Private notes for editors only.")
    # The member's own choices: the most any value may show (network/models/choices.py). Kept
    # on the page row, so no revision changes it (see with_content_json), and kept by a copy.
    member_choices = models.ForeignKey(
        MemberChoices,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="profiles",
        editable=False,
        help_text="The member's privacy choices, which no edit can loosen.",
    )

    objects = PageManager.from_queryset(ProfilePageQuerySet)()

    og_type = "profile"
    description_field = "summary"  # what search engines get when no description is set
    base_form_class = ProfilePageForm
    parent_page_types = ["network.DirectoryIndexPage"]
    subpage_types = []

    content_panels = [
        TitleFieldPanel(
            "title", heading="Display name", help_text="A pseudonym is fine.", placeholder=False
        ),
        FieldRowPanel([FieldPanel("pronouns"), FieldPanel("headline")]),
        FieldPanel("summary"),
        FieldPanel("biography"),
        MemberChoicesPanel("safeguarding_reason", heading="Safeguarding"),
        MultiFieldPanel(
            [FieldPanel("organisation"), FieldPanel("organisation_visibility")], "Organisation"
        ),
        MultiFieldPanel([FieldPanel("region"), FieldPanel("region_visibility")], "Region"),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt_text"), FieldPanel("photo_visibility")],
            "Photo",
        ),
        MultiFieldPanel(
            [
                FieldPanel("lived_experience", widget=forms.CheckboxSelectMultiple),
                FieldPanel("lived_experience_visibility"),
            ],
            "Lived experience",
        ),
        FieldPanel("expertise", widget=forms.CheckboxSelectMultiple),
        FieldPanel("roles_sought", widget=forms.CheckboxSelectMultiple),
        FieldPanel("availability"),
        MultiFieldPanel(
            [
                FieldPanel("expects_payment"),
                FieldPanel("payment_routes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("payment_visibility"),
            ],
            "Payment for involvement",
        ),
        FieldPanel("languages"),
        MultiFieldPanel(
            [FieldPanel("website_url"), FieldPanel("linkedin_url"), FieldPanel("other_url")],
            "Links",
        ),
        FieldPanel("selected_work"),
    ]
    # Contact details, the consent record and editors' notes are for moderators only: each
    # field carries the permission, so the page form leaves it out (and keeps its value) for
    # anyone without it, and the tab is hidden from them. The member's contact details are
    # kept by membership, which adds them here (network/private_fields.py).
    private_panels = [
        HelpPanel(
            "<p>Nothing on this tab is ever shown on the website.</p>",
        ),
        PrivateFields(),
        MultiFieldPanel(
            [
                FieldPanel("consent_given_at", permission=PRIVATE_FIELDS_PERMISSION),
                FieldPanel("consent_wording_version", permission=PRIVATE_FIELDS_PERMISSION),
                FieldPanel("consent_recorded_by", permission=PRIVATE_FIELDS_PERMISSION),
            ],
            "Consent record",
        ),
        FieldPanel("editor_notes", permission=PRIVATE_FIELDS_PERMISSION),
        PrivateFields(read_only=True),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Profile"),
            PrivateTab(private_panels, heading="Private", permission=PRIVATE_FIELDS_PERMISSION),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    # Only public values are indexed: a profile is never found by words only hidden or
    # members-only fields hold.
    search_fields = Page.search_fields + [
        index.SearchField("headline"),
        index.SearchField("summary"),
        index.SearchField("biography"),
        index.SearchField("languages"),
        index.SearchField("public_organisation"),
        index.SearchField("public_region_name"),
        index.SearchField("public_lived_experience_names"),
        index.RelatedFields("expertise", [index.SearchField("name")]),
        index.RelatedFields("roles_sought", [index.SearchField("name")]),
        index.AutocompleteField("title"),
        index.FilterField("availability"),
    ]

    class Meta:
        verbose_name = "profile"
        permissions = [
            ("view_private_fields", "Can see and change members' contact details and consent"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.photo_id and not self.photo_alt_text.strip():
            errors["photo_alt_text"] = "Describe the photo for people who cannot see it."
        if self.linkedin_url and not is_linkedin(self.linkedin_url):
            errors["linkedin_url"] = "Use a LinkedIn address, starting https://www.linkedin.com/"
        if self.live and not self.has_consent:
            errors["consent_given_at"] = CONSENT_MISSING
        if errors:
            raise ValidationError(errors)

    def with_content_json(self, content):
        """A revision never changes which choices bind the page: they are the member's own,
        kept on the page row, not in editors' drafts. Its visibility values are put under the
        member's choices when it is saved."""
        obj = super().with_content_json(content)
        obj.member_choices_id = self.member_choices_id
        return obj

    def apply_member_choices(self):
        """Make this page no more visible than its member last chose (read afresh, so a form
        opened before the member's change cannot undo it). Returns {field: value kept}."""
        if not self.member_choices_id:
            return {}
        record = MemberChoices.objects.filter(pk=self.member_choices_id).first()
        limits = record.limits(self) if record else {}
        for name, value in limits.items():
            setattr(self, name, value)
        return limits

    def restrict_now(self, stricter):
        """Apply stricter visibility values at once: to the live page (only where they are
        stricter than it) and to every revision (so no later approval of an older draft can
        show the value again); the live page is re-indexed. Callers clear the site's cache."""
        current = ProfilePage.objects.get(pk=self.pk)
        live_update = {
            name: value
            for name, value in stricter.items()
            if STRICTNESS[value] > STRICTNESS[getattr(current, name)]
        }
        if live_update:
            ProfilePage.objects.filter(pk=self.pk).change(**live_update)
        for revision in Revision.objects.filter(pk__in=self.revisions.values("pk")):
            content = revision.content
            changed = False
            for name, value in stricter.items():
                if STRICTNESS[value] > STRICTNESS.get(content.get(name), 0):
                    content[name] = value
                    changed = True
            if changed:
                Revision.objects.filter(pk=revision.pk).update(content=content)
        page = ProfilePage.objects.get(pk=self.pk)
        if page.live:
            index.insert_or_update_object(page)

    def save(self, *args, **kwargs):
        # Every route to the live page ends here: publishing (a workflow approval, a scheduled
        # or older revision, a revert), a copy, a bulk action or a script.
        self.apply_member_choices()
        before = self.stored_photo(kwargs.get("update_fields"))
        saved = super().save(*args, **kwargs)
        if before is not False:
            self.secure_photo(before, (self.photo_id, self.photo_visibility))
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "languages" in update_fields:
            ProfileLanguage.objects.keep_up_with(self)
        return saved

    def stored_photo(self, update_fields=None):
        """(photo id, visibility) as stored now, before a save: None for a new page, False
        when a save of `update_fields` cannot change the photo."""
        if update_fields is not None and not set(update_fields) & set(PHOTO_FIELDS):
            return False
        if self.pk is None:
            return None
        return (
            ProfilePage.objects.filter(pk=self.pk)
            .values_list("photo_id", "photo_visibility")
            .first()
        )

    @staticmethod
    def secure_photo(before, after):
        """The photo rule of every change to a profile: when its photo has just stopped being
        public (it was public, or it is another image, and now it is not), its files get new
        names once the change is committed (network/private_photos.py). `before` and `after`:
        (photo id, visibility) as stored before and after the change; `before` is None for a
        new page."""
        if exposes_old_files(before, after):
            secure_after_commit(after[0])

    def save_revision(self, *args, **kwargs):
        self.apply_member_choices()
        revision = super().save_revision(*args, **kwargs)
        # What the Private tab sent for values other apps keep: every admin action saves a
        # revision before it publishes (network/private_fields.py).
        save_private_values(self)
        return revision

    @property
    def has_consent(self):
        return bool(self.consent_given_at and self.consent_wording_version)

    # Public values, for the search index and anything anonymous visitors receive.
    def public_organisation(self):
        return self.organisation if self.organisation_visibility == Visibility.PUBLIC else ""

    def public_region_name(self):
        if self.region_id and self.region_visibility == Visibility.PUBLIC:
            return self.region.name
        return ""

    def public_lived_experience_names(self):
        if self.lived_experience_visibility != Visibility.PUBLIC:
            return ""
        return " ".join(area.name for area in self.lived_experience.all())

    def visible_to(self, request):
        """The values this viewer may see, for templates: nothing else is passed on."""
        return ProfileView(self, viewer_is_member(request))

    def get_meta_description(self):
        return self.search_description or self.summary

    def get_meta_image(self):
        """The share image: a public photo with public files (a member's own photo is only
        ever sent through the checked photo address)."""
        if self.photo_visibility == Visibility.PUBLIC and has_public_files(self.photo):
            return self.photo
        return None

    def get_meta_image_alt(self):
        return self.photo_alt_text if self.get_meta_image() else ""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # A signed-in viewer may see members-only values: never store that in a shared cache.
            patch_cache_control(response, private=True)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        view = self.visible_to(request)
        context["profile"] = view
        context["profile_jsonld"] = view.structured_data(request)
        return context


class ProfileView:
    """A profile as one viewer may see it. Values the viewer may not see are None or empty."""

    def __init__(self, page, is_member):
        self.page = page
        self.is_member = is_member

    def _shown(self, visibility):
        return can_see(visibility, self.is_member)

    @cached_property
    def photo(self):
        shown = self.page.photo_id and self._shown(self.page.photo_visibility)
        return self.page.photo if shown else None

    @cached_property
    def expertise(self):
        """Always public; read once for both the page and its structured data."""
        return list(self.page.expertise.all())

    @cached_property
    def region(self):
        return self.page.region if self._shown(self.page.region_visibility) else None

    @cached_property
    def organisation(self):
        return self.page.organisation if self._shown(self.page.organisation_visibility) else ""

    @cached_property
    def lived_experience(self):
        if not self._shown(self.page.lived_experience_visibility):
            return []
        return list(self.page.lived_experience.all())

    @cached_property
    def payment(self):
        if not self._shown(self.page.payment_visibility):
            return None
        return {
            "expects": self.page.get_expects_payment_display(),
            "routes": list(self.page.payment_routes.all()),
        }

    def is_members_only(self, field):
        return getattr(self.page, f"{field}_visibility") == Visibility.MEMBERS

    def structured_data(self, request):
        """schema.org ProfilePage + Person, from public values only (whoever is viewing):
        areas of lived experience are health data and are never put in structured data."""
        page = self.page
        person = {
            "@type": "Person",
            "name": page.title,
            "jobTitle": page.headline,
            "description": page.summary,
            "url": page.get_full_url(request),
            "knowsAbout": [term.name for term in self.expertise],
        }
        if page.organisation and page.organisation_visibility == Visibility.PUBLIC:
            person["worksFor"] = {"@type": "Organization", "name": page.organisation}
        if page.region_id and page.region_visibility == Visibility.PUBLIC:
            person["homeLocation"] = {"@type": "Place", "name": page.region.name}
        if page.photo_id and page.photo_visibility == Visibility.PUBLIC:
            if has_public_files(page.photo):
                person["image"] = absolute(page.photo.get_rendition("fill-400x400").url, request)
            else:
                person["image"] = absolute(photo_url(page, "large"), request)
        links = [url for url in (page.website_url, page.linkedin_url, page.other_url) if url]
        if links:
            person["sameAs"] = links
        data = {
            "@context": "https://schema.org",
            "@type": "ProfilePage",
            "mainEntity": person,
        }
        if page.first_published_at:
            data["dateCreated"] = page.first_published_at
        if page.last_published_at:
            data["dateModified"] = page.last_published_at
        return data
