"""The board of paid roles (/opportunities/) and the roles on it. Pay transparency is the rule
the board is built around: no role goes live without saying what it pays."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, OuterRef, Q
from django.shortcuts import render
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    MultiFieldPanel,
    ObjectList,
    Panel,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.models import MetadataMixin
from home.pagequeries import live_public_q

from ..choices import ADJUSTMENTS, EXPENSES, HowToApply, WorkMode
from ..dates import closing_moment, uk_today
from ..feeds import AtomFeed, RssFeed
from ..listing import Board
from ..pay import PaymentTiming, PayUnit, hourly_equivalent, money, pounds
from ..structured_data import job_posting
from .pledge import PledgeSignature, pledge_page_columns, pledge_signed
from .submissions import RoleSubmission

NO_PAY = (
    "Say what the role pays. Every role on LEAD states its pay: unpaid roles, and roles that "
    "pay only expenses, cannot be listed, because lived experience is expertise and paying "
    "for it is what the network stands for."
)

NO_ROUTE = "Tick at least one way the organisation can pay."


def hours_text(hours):
    """'1 hour', '3 hours', '2.5 hours'."""
    return f"{hours.normalize():f} hour{'' if hours == 1 else 's'}"


class OpportunityIndexPage(RoutablePageMixin, MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two above the board: what kinds of roles it lists and that "
        "every role states its pay.",
    )
    submit_intro = models.TextField(
        "introduction to the form for organisations",
        max_length=600,
        blank=True,
        help_text="Shown above the form organisations use to send a role for review.",
    )

    benefits_guide = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="guide to payments and benefits",
        help_text="The page for members about how payments can affect welfare benefits. "
        "Every role links to it.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("submit_intro"),
        FieldPanel("benefits_guide"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["opportunities.OpportunityPage"]
    max_count = 1

    class Meta:
        verbose_name = "opportunities board"

    def roles(self):
        """Live, public roles on this board (open or closed), in one query: the view
        restrictions are a subquery, not a separate read."""
        return OpportunityPage.objects.child_of(self).filter(live_public_q())

    def open_roles(self, now=None):
        return self.roles().open(now)

    def get_cached_paths(self):
        return ["/", "feed/rss/", "feed/atom/"]

    @path("", name="board")
    def board(self, request):
        return self.render(request, context_overrides={"board": Board(self, request)})

    @path("feed/rss/", name="rss")
    def rss(self, request):
        return RssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom(self, request):
        return AtomFeed(self)(request)

    @path("submit/", name="submit")
    def submit(self, request):
        # Not at the top: the view's forms import the models.
        from ..views import submit_role

        return submit_role(request, self)

    @path("submit/thanks/", name="submit_thanks")
    def submit_thanks(self, request):
        return render(request, "opportunities/submit_thanks.html", {"page": self})


class OpportunityQuerySet(PageQuerySet):
    def open(self, now=None):
        """Not past the closing date, in UK time."""
        return self.filter(closing_date__gte=uk_today(now))

    def closed(self, now=None):
        return self.filter(closing_date__lt=uk_today(now))

    def below_fair_pay(self):
        """Sessional roles paying less an hour than the benchmark for their level."""
        return self.filter(hourly_pay__lt=F("activity_level__hourly_rate")).exclude(
            pay_unit=PayUnit.SALARY
        )

    def for_cards(self):
        cards = self.select_related("organisation", "region", "role", "activity_level")
        return cards.defer("description").with_pledge()

    def with_pledge(self):
        """`pledge_signed` on each role: its organisation has a verified fair-pay pledge
        signature; with the pledge page's address, which the badge links to. In the same
        query (the "Fair-pay pledge" badge on cards)."""
        signed = pledge_signed(OuterRef("organisation"))
        return self.annotate(pledge_signed=signed, **pledge_page_columns())

    def sorted_by(self, sort):
        """In one of the board's orders: "closing" (featured first, then closing soonest),
        "newest" or "pay" (highest an hour first)."""
        if sort == "newest":
            return self.order_by("-first_published_at", "pk")
        if sort == "pay":
            # A role whose hourly figure cannot be worked out comes last on every database
            # (PostgreSQL puts NULL first in a descending order).
            return self.order_by(F("hourly_pay").desc(nulls_last=True), "closing_date", "pk")
        return self.order_by("-featured", "closing_date", "title", "pk")

    def count_each(self, conditions):
        """{key: number of these roles matching conditions[key] (a Q; empty: all of them)},
        in one aggregate query however many conditions there are."""
        keys = list(conditions)
        row = self.order_by().aggregate(
            **{
                f"n{i}": Count("pk", filter=conditions[key]) if conditions[key] else Count("pk")
                for i, key in enumerate(keys)
            }
        )
        return {key: row[f"n{i}"] or 0 for i, key in enumerate(keys)}


class SubmissionPanel(Panel):
    """Who sent a role through the website, and a warning when it names an organisation on
    record from another address. Shown only on roles that came that way."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "opportunities/admin/submission_panel.html"

        @cached_property
        def submission(self):
            if not self.instance.pk:
                return None
            return RoleSubmission.objects.filter(page_id=self.instance.pk).first()

        def is_shown(self):
            return self.submission is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            submission = self.submission
            context.update(submission=submission, organisation=self.instance.organisation)
            return context


class OpportunityPageForm(WagtailAdminPageForm):
    """A draft may be saved half-written; sending a role for review, approving it or
    publishing it needs the whole of its pay (the page's own rules then run in full)."""

    def clean(self):
        self.instance.draft_save = not self.publishing()
        cleaned = super().clean()
        if "payment_routes" in cleaned:
            # The page's rules read the routes ticked here, not the ones saved before.
            self.instance.payment_routes = list(cleaned["payment_routes"])
        return cleaned

    def publishing(self):
        data = self.data
        if any(data.get(action) for action in PUBLISHING_ACTIONS):
            return True
        if data.get("action-workflow-action"):
            return data.get("workflow-action-name") == "approve"
        if data.get("action-cancel-workflow"):
            return False
        # A draft saved while the role is in review is the revision an approval publishes.
        return bool(self.instance.pk and self.instance.workflow_in_progress)


PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class OpportunityPage(RoutablePageMixin, MetadataMixin, Page):
    description_field = "summary"
    search_result_template = "opportunities/includes/search_result.html"
    # Set by the admin form for "Save draft" only: the pay rules then wait for review.
    draft_save = False

    summary = models.TextField(
        max_length=280,
        help_text="Up to 280 characters: what the role is and who it suits. Shown on the "
        "board, in search and when the role is shared.",
    )
    description = RichTextField(
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text="What the person will do, who they will work with and what support they "
        "get. Plain words; no jargon.",
    )
    organisation = models.ForeignKey(
        "opportunities.Organisation",
        on_delete=models.PROTECT,
        related_name="roles",
        help_text="Who offers the role. Add organisations under Opportunities > Organisations.",
    )
    role = models.ForeignKey(
        "network.Role",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="opportunities",
        verbose_name="role type",
        help_text="The kind of role, from the network's list of roles.",
    )
    expertise = ParentalManyToManyField(
        "network.Expertise",
        blank=True,
        related_name="opportunities",
        verbose_name="expertise wanted",
        help_text="What the organisation hopes people bring.",
    )
    work_mode = models.CharField(
        "where",
        max_length=10,
        choices=WorkMode.choices,
        default=WorkMode.IN_PERSON,
        help_text="In person, remote from anywhere in the UK, or a mix.",
    )
    region = models.ForeignKey(
        "network.Region",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="opportunities",
        help_text="Where the in-person work happens. Leave empty for remote roles.",
    )
    # Time commitment
    hours_per_session = models.DecimalField(
        "hours per session",
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="How long each session, meeting or day lasts, in hours (e.g. 3 or 2.5). For "
        "a salaried role: hours a week.",
    )
    sessions = models.PositiveSmallIntegerField(
        "number of sessions",
        null=True,
        blank=True,
        help_text="How many sessions in all. Leave empty and tick 'ongoing' for regular work "
        "with no set end.",
    )
    ongoing = models.BooleanField(
        default=False, help_text="Tick for regular work with no set number of sessions."
    )
    start_date = models.DateField(null=True, blank=True, help_text="Optional: when work starts.")
    closing_date = models.DateField(
        help_text="The last day to apply (UK time). The role leaves the board, the home page, "
        "search and feeds by itself after this day."
    )
    # How to apply
    how_to_apply = models.CharField(
        max_length=10,
        choices=HowToApply.choices,
        default=HowToApply.LEAD,
        help_text="Through LEAD, which passes messages on without showing anyone's address, "
        "or on the organisation's own website.",
    )
    apply_url = models.URLField(
        "application address",
        blank=True,
        help_text="With 'apply on the organisation's own website': the page to apply on.",
    )
    apply_notes = models.TextField(
        "anything else about applying",
        max_length=600,
        blank=True,
        help_text="Optional: e.g. 'A short conversation, not a formal interview.'",
    )
    # Pay: required before review or publication (see clean()).
    pay_amount = models.DecimalField(
        "pay (£)",
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="What the role pays, in pounds, for the unit below. For a range, the lowest "
        "figure here and the highest beside it.",
    )
    pay_amount_max = models.DecimalField(
        "up to (£)",
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Optional: the top of the range.",
    )
    pay_unit = models.CharField(
        "pay is",
        max_length=10,
        choices=PayUnit.choices,
        blank=True,
        help_text="What the figure is for: an hour, a half day, a day, a session, the whole "
        "role, or a year's salary pro rata.",
    )
    payment_routes = ParentalManyToManyField(
        "network.PaymentRoute",
        blank=True,
        related_name="opportunities",
        verbose_name="payment routes offered",
        help_text="Tick every way the organisation can pay. Offering a choice helps people "
        "whose benefits or tax depend on how they are paid.",
    )
    expenses_travel = models.BooleanField(
        "travel expenses paid", default=False, help_text="Fares, mileage and parking."
    )
    expenses_care = models.BooleanField(
        "care costs paid",
        default=False,
        help_text="Childcare, or care for someone the person looks after, while they work.",
    )
    expenses_support_worker = models.BooleanField(
        "support worker's costs paid",
        default=False,
        help_text="The costs of a support worker or companion who comes with them.",
    )
    preparation_hours = models.DecimalField(
        "paid preparation (hours per session)",
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        help_text="Paid time for reading and preparing, per session, at the same rate. Leave "
        "empty if preparation is not paid.",
    )
    payment_timing = models.CharField(
        "when people are paid",
        max_length=10,
        choices=PaymentTiming.choices,
        blank=True,
        help_text="Paying promptly matters: many people cannot wait months to be paid.",
    )
    activity_level = models.ForeignKey(
        "opportunities.FairPayRate",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="opportunities",
        verbose_name="level of work",
        help_text="Which level of LEAD's fair-pay table the role compares with.",
    )
    # Adjustments and support offered (ADJUSTMENTS), each a filter on the board.
    questions_in_advance = models.BooleanField(
        ADJUSTMENTS[0][1], default=False, help_text=ADJUSTMENTS[0][2]
    )
    support_worker_welcome = models.BooleanField(
        ADJUSTMENTS[1][1], default=False, help_text=ADJUSTMENTS[1][2]
    )
    flexible_hours = models.BooleanField(
        ADJUSTMENTS[2][1], default=False, help_text=ADJUSTMENTS[2][2]
    )
    paid_preparation = models.BooleanField(
        ADJUSTMENTS[3][1], default=False, help_text=ADJUSTMENTS[3][2]
    )
    debrief_supervision = models.BooleanField(
        ADJUSTMENTS[4][1], default=False, help_text=ADJUSTMENTS[4][2]
    )
    peer_support = models.BooleanField(
        ADJUSTMENTS[5][1], default=False, help_text=ADJUSTMENTS[5][2]
    )
    featured = models.BooleanField(
        default=False,
        help_text="Show the role first on the board. Roles paying below LEAD's fair-pay rate "
        "cannot be featured.",
    )
    # Worked out on save from the pay (the lowest figure of a range), for filters and sorting.
    hourly_pay = models.DecimalField(
        max_digits=9, decimal_places=2, null=True, blank=True, editable=False
    )

    objects = PageManager.from_queryset(OpportunityQuerySet)()
    # lead/serving.py: what the role's page shows of these is read with the role.
    serve_select_related = ("organisation", "role", "region", "activity_level")

    base_form_class = OpportunityPageForm
    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types = []

    content_panels = [
        SubmissionPanel(heading="Sent by"),
        TitleFieldPanel("title", heading="Role title", placeholder=False),
        FieldPanel("summary"),
        FieldPanel("organisation"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("activity_level")]),
        FieldPanel("expertise", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldRowPanel([FieldPanel("work_mode"), FieldPanel("region")])], "Where"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("hours_per_session"), FieldPanel("sessions"), FieldPanel("ongoing")]
                ),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("closing_date")]),
            ],
            "Time and dates",
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    "<p>Every role states its pay. Unpaid and expenses-only roles are not "
                    "listed.</p>"
                ),
                FieldRowPanel(
                    [FieldPanel("pay_amount"), FieldPanel("pay_amount_max"), FieldPanel("pay_unit")]
                ),
                FieldPanel("payment_routes", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel(name) for name, _label in EXPENSES]),
                FieldRowPanel([FieldPanel("preparation_hours"), FieldPanel("payment_timing")]),
            ],
            "Pay",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel(name) for name, _l, _h in ADJUSTMENTS[i : i + 3]])
                for i in (0, 3)
            ],  # fmt: skip
            "Adjustments and support offered",
        ),
        MultiFieldPanel(
            [FieldPanel("how_to_apply"), FieldPanel("apply_url"), FieldPanel("apply_notes")],
            "How to apply",
        ),
    ]
    promote_panels = Page.promote_panels + [FieldPanel("featured")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Role"),
            ObjectList(promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.RelatedFields("organisation", [index.SearchField("name")]),
        index.RelatedFields("role", [index.SearchField("name")]),
        index.RelatedFields("region", [index.SearchField("name")]),
        index.AutocompleteField("title"),
        index.FilterField("closing_date"),
    ]

    class Meta:
        verbose_name = "paid role"

    # --- rules -----------------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        low, high = self.pay_amount, self.pay_amount_max
        if low is not None and high is not None and high < low:
            errors["pay_amount_max"] = "The top of the range must be at least the lowest pay."
        if self.how_to_apply == HowToApply.LINK and not self.apply_url:
            errors["apply_url"] = (
                "Give the address people apply on, or choose to apply through LEAD."
            )
        if self.work_mode != WorkMode.REMOTE and not self.region_id:
            errors["region"] = "Say which region the in-person work is in, or choose remote."
        if not self.draft_save:
            errors.update(self.pay_problems())
        if self.featured and self.is_below_fair_pay:
            errors["featured"] = (
                "A role paying below LEAD's fair-pay rate cannot be featured. Ask the "
                "organisation to raise the pay, or leave it unfeatured."
            )
        if errors:
            raise ValidationError(errors)

    def pay_problems(self):
        """{field: message} for each part of the pay missing; empty when the pay is stated."""
        problems = {}
        if self.pay_amount is None or self.pay_amount <= 0:
            problems["pay_amount"] = NO_PAY
        if not self.pay_unit:
            problems["pay_unit"] = "Say what the pay is for: an hour, a day, a session..."
        if not self.payment_timing:
            problems["payment_timing"] = "Say when people are paid."
        if self.pay_unit in (PayUnit.SESSION, PayUnit.FIXED, PayUnit.SALARY) and not (
            self.hours_per_session
        ):
            problems["hours_per_session"] = (
                "Give the hours of each session (a week, for a salary), so the pay can be "
                "compared by the hour."
            )
        if not self._has_routes():
            problems["payment_routes"] = NO_ROUTE
        return problems

    def _has_routes(self):
        # The routes chosen in memory (a page being edited or built, modelcluster) when there
        # are any, else those saved; none for a new page with none chosen.
        try:
            return self.payment_routes.exists()
        except ValueError:
            return False

    def save(self, *args, **kwargs):
        self.hourly_pay = self.hourly_rate()
        return super().save(*args, **kwargs)

    # --- pay, worked out -------------------------------------------------------------------

    @property
    def total_hours(self):
        """Paid hours in all (sessions and paid preparation), or None when ongoing."""
        if not (self.sessions and self.hours_per_session):
            return None
        return Decimal(self.sessions) * (self.hours_per_session + (self.preparation_hours or 0))

    def hourly_rate(self):
        """The lowest pay, as pounds an hour (None when it cannot be worked out)."""
        return hourly_equivalent(
            self.pay_amount, self.pay_unit, self.hours_per_session, self.total_hours
        )

    @property
    def fair_rate(self):
        """The benchmark's hourly rate for the role's level. None for salaried posts: a salary
        brings holiday pay and a pension, so it is not compared with sessional rates."""
        if not self.activity_level_id or self.pay_unit == PayUnit.SALARY:
            return None
        return self.activity_level.hourly_rate

    @property
    def is_below_fair_pay(self):
        rate, fair = self.hourly_rate(), self.fair_rate
        return rate is not None and fair is not None and rate < fair

    def pay_text(self):
        """'£25 to £30 per hour', '£450 fixed fee for the whole role'."""
        if self.pay_amount is None:
            return ""
        amount = pounds(self.pay_amount)
        if self.pay_amount_max and self.pay_amount_max > self.pay_amount:
            amount = f"{amount} to {pounds(self.pay_amount_max)}"
        return f"{amount} {PayUnit(self.pay_unit).label}" if self.pay_unit else amount

    def commitment_text(self):
        parts = []
        if self.hours_per_session:
            every = "a week" if self.pay_unit == PayUnit.SALARY else "a session"
            parts.append(f"{hours_text(self.hours_per_session)} {every}")
        if self.ongoing:
            parts.append("ongoing")
        elif self.sessions:
            parts.append(f"{self.sessions} session{'s' if self.sessions != 1 else ''}")
        return ", ".join(parts)

    def what_this_pays(self):
        """Lines working out the whole commitment's pay, and its total (None when ongoing or
        salaried): e.g. '6 sessions × 3 hours at £25 an hour = £450'."""
        rate = self.hourly_rate()
        lines, total = [], None
        unit, amount = self.pay_unit, self.pay_amount
        if amount is None or not unit:
            return lines, total
        prep = self.preparation_hours or Decimal(0)
        sessions = self.sessions
        if unit == PayUnit.FIXED:
            total = money(amount)
            lines.append(f"A fixed fee of {pounds(amount)} for the whole role")
            if rate is not None:
                lines.append(f"That is about {pounds(rate)} an hour for the hours stated")
            return lines, total
        if unit == PayUnit.SALARY:
            if self.hours_per_session:
                share = money(amount * self.hours_per_session / Decimal("37.5"))
                lines.append(
                    f"{pounds(amount)} a year full-time (37.5 hours a week); for "
                    f"{hours_text(self.hours_per_session)} a week that is "
                    f"{pounds(share)} a year"
                )
            return lines, total
        if unit == PayUnit.HOUR and not self.hours_per_session:
            # No sum to show: "£0 a session" would be wrong, not just unknown.
            lines.append(f"{pounds(amount)} an hour (the hours of each session are not stated)")
            return lines, total
        per_session = {
            PayUnit.HOUR: amount * self.hours_per_session,
            PayUnit.HALF_DAY: amount,
            PayUnit.DAY: amount,
            PayUnit.SESSION: amount,
        }[unit]
        if unit == PayUnit.HOUR and self.hours_per_session:
            lines.append(
                f"Each session: {hours_text(self.hours_per_session)} at "
                f"{pounds(amount)} an hour = {pounds(per_session)}"
            )
        else:
            lines.append(f"Each session: {pounds(per_session)}")
        if prep and rate is not None:
            prep_pay = money(prep * rate)
            lines.append(
                f"Paid preparation: {hours_text(prep)} at {pounds(rate)} an hour = "
                f"{pounds(prep_pay)} a session"
            )
            per_session += prep_pay
        if sessions and not self.ongoing:
            total = money(per_session * sessions)
            lines.append(
                f"{sessions} session{'s' if sessions != 1 else ''} × {pounds(per_session)} = "
                f"{pounds(total)}"
            )
        else:
            lines.append(f"{pounds(per_session)} for each session, for as long as it runs")
        return lines, total

    def expenses(self):
        return [label for name, label in EXPENSES if getattr(self, name)]

    def adjustments(self):
        return [label for name, label, _help in ADJUSTMENTS if getattr(self, name)]

    # --- open or closed --------------------------------------------------------------------

    def is_open(self, now=None):
        return self.closing_date is not None and self.closing_date >= uk_today(now)

    @cached_property
    def closes_at(self):
        return closing_moment(self.closing_date) if self.closing_date else None

    @classmethod
    def sitemap_keep(cls, today=None):
        """Only open roles are in the sitemap (lead/sitemaps.py): a closed one is noindex."""
        return Q(opportunitypage__closing_date__gte=today or uk_today())

    def get_meta_description(self):
        return self.search_description or self.summary

    def organisation_signed_pledge(self):
        """The organisation has a verified fair-pay pledge signature (read from the listing's
        annotation when the role came from one)."""
        if hasattr(self, "pledge_signed"):
            return self.pledge_signed
        return (
            PledgeSignature.objects.verified().filter(organisation_id=self.organisation_id).exists()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lines, total = self.what_this_pays()
        open_now = self.is_open()
        board = (
            OpportunityIndexPage.objects.ancestor_of(self).select_related("benefits_guide").first()
        )
        guide = board.benefits_guide if board else None
        context.update(
            {
                "benefits_guide_url": guide.url if guide and guide.live else "",
                "is_open": open_now,
                "pay_lines": lines,
                "pay_total": total,
                "job_posting": job_posting(self, request) if open_now else None,
                "pledge_signed": self.organisation_signed_pledge(),
            }
        )
        return context

    @path("interest/", name="interest")
    def interest(self, request):
        # Not at the top: the view's forms import the models.
        from ..views import express_interest

        return express_interest(request, self)

    @path("interest/sent/", name="interest_sent")
    def interest_sent(self, request):
        return render(request, "opportunities/interest_sent.html", {"page": self})
