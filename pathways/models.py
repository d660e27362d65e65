"""Career pathways (/pathways/): an overview of the steps of a common lived-experience career,
and one page per step, with what the role involves, the competences it draws on, typical pay
with its source, and, drawn live, the people in the directory who hold or seek the step's
role, open paid roles of that type and the career stories that describe the step.

Stories are blog posts that name the steps they describe (the blog's own field, pointing
here by name): a step reads them through that relation (`career_stories`) and never imports
the blog."""

from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import MetadataMixin
from home.navigation import section_page
from home.pagequeries import live_public_q
from lead.paging import first_with_total
from network.models import DirectoryIndexPage
from opportunities.models import OpportunityIndexPage, OpportunityPage

# How many of each live list a step shows, with a link to the full, filtered list.
PEOPLE_SHOWN = 6
ROLES_SHOWN = 4
STORIES_SHOWN = 6

# Pay figures apply from a date that may be announced ahead, but not further than this.
A_YEAR = timedelta(days=366)
PAY_SOURCE_MISSING = "Say where the figures come from: readers need to check them."


class PathwayStepQuerySet(PageQuerySet):
    def listed(self):
        """Live steps everyone may read: the only ones a listing, search or link may show."""
        return self.live().public()


class PathwayIndexPage(MetadataMixin, Page):
    """The pathways overview: the steps, in the order editors arranged them, drawn as a path."""

    intro = models.TextField(
        max_length=400,
        help_text="Who the pathways are for and what they show, in a sentence or two. Also "
        "the description in search engines unless you write one on the Promote tab.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Optional. Shown after the path of steps: how people move between roles, "
        "that the path is not a ladder everyone must climb, where to get advice.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["pathways.PathwayStepPage"]
    max_count = 1

    class Meta:
        verbose_name = "career pathways overview"

    def steps(self):
        """The live, public steps, in the order editors arranged them in the page tree."""
        return PathwayStepPage.objects.child_of(self).listed().select_related("role")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = list(self.steps().order_by("path"))
        return context


@dataclass(frozen=True)
class Shown:
    """Some of a live list (the first few items), how many there are in all, and the address
    of the full list filtered to the step's role ("" when there is none to link to)."""

    items: list
    total: int
    more_url: str = ""

    @property
    def more(self):
        return self.total > len(self.items)


class PathwayStepPage(MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        help_text="The role in a sentence or two. Shown under the title, on the pathways "
        "overview and in search results.",
    )
    role = models.ForeignKey(
        "network.Role",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="pathway_steps",
        verbose_name="role in the directory",
        help_text="The role from the network's list of roles that matches this step. The page "
        "then lists members whose public profile holds or seeks it, and open paid roles of "
        "that type. Empty: neither list is shown.",
    )
    body = StreamField(
        BodyBlock(),
        verbose_name="what the role involves",
        help_text="What people in the role do day to day, who they work with, and how people "
        "usually come to it. Plain words; no jargon.",
    )
    competences = RichTextField(
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="The competences the role draws on. Name the framework you draw on, e.g. "
        "Health Education England's Competence Framework for Mental Health Peer Support "
        "Workers (2020), and describe the competences in your own words: never copy its text.",
    )
    pay = RichTextField(
        "typical pay",
        features=["bold", "link", "ul"],
        blank=True,
        help_text="What the role typically pays, only where public figures exist, e.g. the NHS "
        "Agenda for Change band. Where there are none, say so and tell readers what to check.",
    )
    pay_source = models.CharField(
        "source of the pay figures",
        max_length=300,
        blank=True,
        help_text="Who published the figures and which year they cover, e.g. 'NHS Employers: "
        "Agenda for Change pay scales 2025/26'. Needed when you give figures.",
    )
    pay_source_url = models.URLField(
        "web address of the source", blank=True, help_text="Where readers can check them."
    )
    pay_as_of = models.DateField(
        "date of the figures",
        null=True,
        blank=True,
        help_text="The date the figures apply from, or were published, e.g. 1 April 2025 for "
        "2025/26 NHS rates. Shown as the month and year. Needed when you give figures: pay "
        "rates change every year.",
    )

    objects = PageManager.from_queryset(PathwayStepQuerySet)()
    serve_select_related = ("role",)  # lead/serving.py: read with the step

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("role"),
        FieldPanel("body"),
        FieldPanel("competences"),
        MultiFieldPanel(
            [
                FieldPanel("pay"),
                FieldPanel("pay_source"),
                FieldPanel("pay_source_url"),
                FieldPanel("pay_as_of"),
            ],
            heading="Typical pay",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("competences"),
        index.SearchField("pay"),
        index.RelatedFields("role", [index.SearchField("name")]),
    ]

    parent_page_types = ["pathways.PathwayIndexPage"]
    subpage_types = []

    og_type = "article"
    search_result_template = "pathways/includes/search_result.html"

    class Meta:
        verbose_name = "career pathway step"

    def clean(self):
        super().clean()
        errors = {}
        has_figures = bool(self.pay and self.pay.strip())
        if has_figures and not self.pay_source.strip():
            errors["pay_source"] = PAY_SOURCE_MISSING
        if has_figures and not self.pay_as_of:
            errors["pay_as_of"] = "Give the date of the figures."
        if self.pay_as_of and self.pay_as_of > timezone.localdate() + A_YEAR:
            errors["pay_as_of"] = "This date is more than a year away."
        if errors:
            raise ValidationError(errors)

    # --- what the page shows, drawn live ------------------------------------------------------

    def people(self, limit=PEOPLE_SHOWN, request=None):
        """Live, public profiles holding or seeking the step's role, by name, with what a card
        shows: a fixed number of queries however many there are. Cards show public values
        only (network/includes/profile_card.html), the same for every viewer."""
        directory = section_page(request, DirectoryIndexPage) if self.role_id else None
        if directory is None:
            return Shown([], 0)
        profiles = directory.profiles().filter(roles_sought=self.role_id)
        shown, total = first_with_total(
            profiles.order_by(Lower("title"), "pk").with_card_data(), limit
        )
        return Shown(shown, total, f"{directory.url}?role={self.role.slug}")

    def open_roles(self, limit=ROLES_SHOWN, request=None):
        """Open, live, public paid roles of the step's role type, closing soonest first."""
        if not self.role_id:
            return Shown([], 0)
        roles = OpportunityPage.objects.filter(live_public_q()).open().filter(role=self.role_id)
        shown, total = first_with_total(roles.for_cards().sorted_by("closing"), limit)
        board = section_page(request, OpportunityIndexPage)
        more_url = f"{board.url}?role={self.role.slug}" if board is not None else ""
        return Shown(shown, total, more_url)

    def stories(self, request=None, limit=STORIES_SHOWN):
        """Live, public blog posts that describe this step (career stories), newest first,
        with their bylines. Empty when the blog is not installed or the step is unsaved."""
        posts = getattr(self, "career_stories", None)
        if posts is None or self.pk is None:
            return []
        listed = posts.all().live().public().newest_first().with_card_data()
        return listed[:limit].attach_bylines(request)

    def neighbours(self):
        """(previous step, next step) among the live, public steps beside this one: one query."""
        # Siblings by tree path (Wagtail's sibling_of would read the parent first).
        parent_path = self.path[: -PathwayStepPage.steplen]
        steps = list(
            PathwayStepPage.objects.filter(path__startswith=parent_path, depth=self.depth)
            .listed()
            .order_by("path")
            .only("title", "url_path", "path", "locale_id")
        )
        ids = [step.pk for step in steps]
        if self.pk not in ids:
            return None, None
        where = ids.index(self.pk)
        before = steps[where - 1] if where > 0 else None
        after = steps[where + 1] if where + 1 < len(steps) else None
        return before, after

    def get_context(self, request, *args, **kwargs):
        from lead.serving import parent_on_path  # it imports Wagtail's hooks: models first

        context = super().get_context(request, *args, **kwargs)
        previous_step, next_step = self.neighbours()
        context.update(
            # Callables, called by the template only when its kept fragment is not kept.
            people=partial(self.people, request=request),
            open_roles=partial(self.open_roles, request=request),
            stories=partial(self.stories, request),
            previous_step=previous_step,
            next_step=next_step,
            # From the route this request read, when it did (no query); else from the tree.
            parent=parent_on_path(request, self, PathwayIndexPage) or self.get_parent(),
        )
        return context
