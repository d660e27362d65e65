"""LEAD's fair-pay pledge (/for-organisations/pledge/): the commitments editors write, in
versions; the page organisations sign it on; and the signatures editors verify.

What is public: a verified signatory's organisation name and type, the day it was verified and
the version it signed. Everything else a signature holds (who asked, their email, who signed
for the organisation, a withdrawal's reason) is private and shown only in the admin."""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models, transaction
from django.db.models import Exists, Q, Subquery
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.log_actions import log
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import MetadataMixin

from ..choices import OrganisationType

SIGNATORIES_PER_PAGE = 100
# The signature's history in the admin (Wagtail log entries; registered in wagtail_hooks.py).
VERIFY_ACTION = "opportunities.pledge.verify"
WITHDRAW_ACTION = "opportunities.pledge.withdraw"


class PledgeVersion(ClusterableModel):
    """One wording of the pledge. Organisations sign the current one; each signature keeps its
    version and the commitments as they were worded, so a new version never changes what an
    earlier signatory signed."""

    label = models.CharField(
        max_length=40,
        unique=True,
        help_text="How the version is named beside each signatory, e.g. 'Version 1' or '2027'.",
    )
    published_on = models.DateField(
        "published", help_text="The day this wording was published. Shown on the pledge page."
    )
    is_current = models.BooleanField(
        "current version",
        default=False,
        help_text="The version the pledge page shows and organisations sign. Ticking it here "
        "makes every other version not current. Organisations that signed an earlier version "
        "stay listed with the version they signed.",
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("published_on"),
        FieldPanel("is_current"),
        InlinePanel(
            "commitments",
            heading="Commitments",
            label="Commitment",
            min_num=1,
            help_text="Once organisations have signed this version, add a new version rather "
            "than rewording this one. Each signature keeps the words it was signed with.",
        ),
    ]

    class Meta:
        ordering = ["-published_on", "-pk"]
        verbose_name = "pledge version"
        constraints = [
            models.UniqueConstraint(
                fields=["is_current"],
                condition=Q(is_current=True),
                name="one_current_pledge_version",
            )
        ]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        with transaction.atomic():
            if self.is_current:
                others = PledgeVersion.objects.filter(is_current=True).exclude(pk=self.pk)
                others.update(is_current=False)
            super().save(*args, **kwargs)

    @classmethod
    def current(cls):
        """The version organisations sign now, with its commitments, or None."""
        return cls.objects.filter(is_current=True).prefetch_related("commitments").first()


class PledgeCommitment(Orderable):
    version = ParentalKey(PledgeVersion, on_delete=models.CASCADE, related_name="commitments")
    text = models.CharField(
        max_length=300,
        help_text="One promise, in plain words, e.g. 'We pay within 30 days of the work.'",
    )

    class Meta(Orderable.Meta):
        verbose_name = "commitment"

    def __str__(self):
        return self.text


class PledgeStatus(models.TextChoices):
    PENDING = "pending", "Waiting to be checked"
    VERIFIED = "verified", "Verified (listed publicly)"
    WITHDRAWN = "withdrawn", "Verification withdrawn"


class PledgeSignatureQuerySet(models.QuerySet):
    def verified(self):
        """Signatures an editor has checked and not withdrawn: the only ones shown anywhere."""
        return self.filter(status=PledgeStatus.VERIFIED)

    def public_list(self):
        """The public list of signatories, in one query: what it shows and nothing else."""
        return (
            self.verified()
            .select_related("version")
            .only(
                "organisation_name",
                "organisation_type",
                "verified_at",
                "version__label",
                "version__published_on",
            )
            .order_by("organisation_name", "-verified_at", "pk")
        )


def pledge_page_columns():
    """The live pledge page's place in the tree and address, as columns of a roles query, for
    the badge's link: the same on every row, so the database works them out once."""
    live = PledgePage.objects.live().order_by("path")
    return {
        "pledge_page_path": Subquery(live.values("path")[:1]),
        "pledge_page_url_path": Subquery(live.values("url_path")[:1]),
    }


def pledge_signed(organisation):
    """An Exists() for querysets: True when `organisation` (an expression naming an
    organisation's id) has a verified signature. Read in the listing's own query."""
    return Exists(PledgeSignature.objects.verified().filter(organisation=organisation))


class PledgeSignature(models.Model):
    version = models.ForeignKey(
        PledgeVersion,
        on_delete=models.PROTECT,
        related_name="signatures",
        help_text="The version of the pledge the organisation signed.",
    )
    commitments = models.JSONField(
        "commitments signed",
        default=list,
        editable=False,
        help_text="The commitments as they were worded when the organisation signed.",
    )
    organisation_name = models.CharField(
        max_length=160, help_text="As the organisation gave it. Public once verified."
    )
    organisation_type = models.CharField(
        "type of organisation",
        max_length=20,
        choices=OrganisationType.choices,
        help_text="Public once verified.",
    )
    contact_name = models.CharField(
        "contact's name", max_length=120, help_text="Private: never shown on the website."
    )
    contact_email = models.EmailField(
        "contact's email",
        help_text="Private: where the acknowledgement went. Never shown on the website.",
    )
    signer_name = models.CharField(
        "signed by", max_length=120, help_text="Private: never shown on the website."
    )
    signer_role = models.CharField(
        "signer's role",
        max_length=120,
        help_text="Private: their role in the organisation, e.g. 'Chief executive'.",
    )
    organisation = models.ForeignKey(
        "opportunities.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pledge_signatures",
        verbose_name="organisation on the board",
        help_text="Set when verifying: this organisation's paid roles then carry the "
        "'Fair-pay pledge' badge.",
    )
    status = models.CharField(
        max_length=10,
        choices=PledgeStatus.choices,
        default=PledgeStatus.PENDING,
        editable=False,
    )
    created_at = models.DateTimeField("signed", auto_now_add=True)
    verified_at = models.DateTimeField(null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    withdrawn_reason = models.TextField(
        "reason for withdrawing",
        max_length=2000,
        blank=True,
        editable=False,
        help_text="Private: kept for editors, never shown on the website or sent to anyone.",
    )
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    objects = PledgeSignatureQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "pledge signature"

    def __str__(self):
        return self.organisation_name

    @property
    def is_listed(self):
        return self.status == PledgeStatus.VERIFIED

    def verify(self, user, organisation=None):
        """Checked by `user`: listed publicly from now, and, linked to `organisation`, its
        roles carry the badge. Logged in the signature's history."""
        self.status = PledgeStatus.VERIFIED
        self.verified_at = timezone.now()
        self.verified_by = user
        if organisation is not None:
            self.organisation = organisation
        with transaction.atomic():
            self.save()
            log(self, VERIFY_ACTION, user=user)

    def withdraw(self, user, reason):
        """No longer listed and no badge; the reason is kept privately (not in the log)."""
        self.status = PledgeStatus.WITHDRAWN
        self.withdrawn_at = timezone.now()
        self.withdrawn_by = user
        self.withdrawn_reason = reason
        with transaction.atomic():
            self.save()
            log(self, WITHDRAW_ACTION, user=user)


class PledgePage(RoutablePageMixin, MetadataMixin, Page):
    """The pledge: what it asks, the form to sign it and who has signed (verified only)."""

    intro = models.TextField(
        max_length=400,
        help_text="What the pledge is and who it is for, in a sentence or two. Also the "
        "description in search engines unless you write one on the Promote tab.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Optional. Shown after the commitments: why the pledge matters, what signing "
        "means, how LEAD checks signatures.",
    )
    thanks = models.TextField(
        "thank-you message",
        max_length=600,
        default="Thank you for signing. We will check your signature, usually within a few "
        "working days, and then list your organisation on this page.",
        help_text="Shown to an organisation after it signs.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("thanks"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "fair-pay pledge page"

    def signatories(self, page_number=None):
        """A page of the public list (Paginator.get_page: a bad number gives a real page)."""
        signatures = PledgeSignature.objects.public_list()
        return Paginator(signatures, SIGNATORIES_PER_PAGE).get_page(page_number)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["signatories"] = self.signatories(request.GET.get("page"))
        return context

    @path("", name="pledge")
    def pledge(self, request):
        # Not at the top: the view's form imports the models.
        from ..pledge_views import sign_pledge

        return sign_pledge(request, self)

    @path("thanks/", name="pledge_thanks")
    def pledge_thanks(self, request):
        response = render(request, "opportunities/pledge_thanks.html", {"page": self})
        add_never_cache_headers(response)
        return response
