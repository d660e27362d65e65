"""Guides: the "For organisations" and "For members" sections, written and kept up to date by
editors. Each guide has an owner and review dates, shown on the page; the editors' dashboard
lists the guides past their review date."""

from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import MetadataMixin
from lead.paging import CountingPaginator

from .blocks import SourcesBlock

PER_PAGE = 24
# Ids the page around a guide's body already uses: a heading's anchor never takes one.
RESERVED_IDS = frozenset(
    {
        "main-content",
        "crisis-support-heading",
        "urgent-help",
        "share-heading",
        "site-menu",
        "site-menu-heading",
        "site-menu-panel",
        "site-search-panel",
        "site-search-q",
        "guide-summary-heading",
        "guide-contents-heading",
        "guide-sources-heading",
        "guide-related-heading",
        "guide-review-heading",
    }
)


def uk_today():
    """Today in the site's zone (Europe/London): a review falls due at UK midnight."""
    return timezone.localdate()


class GuidePageQuerySet(PageQuerySet):
    def listed(self):
        """Live guides everyone may read: the only ones a listing, search or link may show."""
        return self.live().public()

    def overdue(self, today=None):
        """Guides whose next review date has passed (drafts too: an editor should still check
        them before they go live)."""
        return self.filter(next_review_due__lt=today or uk_today())


class GuideIndexPage(MetadataMixin, Page):
    """A section of guides (/for-organisations/, /for-members/): its intro and its guides.
    Other apps' pages that belong in a section (the pay calculator, the pledge) name it as
    their parent, and the section lists them after its guides."""

    intro = models.TextField(
        max_length=400,
        help_text="Who the section is for and what it helps with, in a sentence or two. Also "
        "the description in search engines unless you write one on the Promote tab.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Optional. Shown after the intro, before the list of guides.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    # No subpage_types: the pages that belong here name this as their parent.

    class Meta:
        verbose_name = "guide section"

    def guides(self):
        """The section's live, public guides, in the order editors arranged them."""
        return GuidePage.objects.child_of(self).listed().order_by("path")

    def other_pages(self):
        """The section's other live, public pages (the pay calculator, the pledge), whatever
        app they come from, with the description on their Promote tab: one query, read from
        the page tree alone, however many page types there are."""
        pages = self.get_children().live().public().not_type(GuidePage).order_by("path")
        return list(pages.only("title", "url_path", "search_description", "locale_id"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A card shows the title, intro and review date: the bodies are not read, and the
        # page's rows carry the total (one query, not a count and then the rows).
        guides = self.guides().defer_streamfields()
        page_obj = CountingPaginator(guides, PER_PAGE).get_page(request.GET.get("page"))
        context.update(
            page_obj=page_obj,
            guides=page_obj.object_list,
            other_pages=self.other_pages() if page_obj.number == 1 else [],
        )
        return context


@dataclass(frozen=True)
class Anchor:
    """A heading in a guide's body, with the id its "On this page" entry links to."""

    text: str
    id: str
    level: str  # "h2" or "h3"


class GuidePage(MetadataMixin, Page):
    summary = RichTextField(
        features=["bold", "link", "ol", "ul"],
        help_text="The guide in a few points, shown in a box at the top ('In short').",
    )
    intro = models.TextField(
        max_length=400,
        help_text="Who the guide is for and what it covers. Shown under the title and used as "
        "the description in search engines unless you write one on the Promote tab.",
    )
    body = StreamField(
        BodyBlock(),
        help_text="The guide. Each section heading becomes an entry in 'On this page'.",
    )
    sources = StreamField(
        SourcesBlock(),
        blank=True,
        help_text="Where the guide's facts come from, listed under it in this order. Give the "
        "date you checked each one: pay rates and benefit rules change.",
    )
    related_guides = ParentalManyToManyField(
        "guides.GuidePage",
        blank=True,
        related_name="+",
        help_text="Other guides a reader of this one would want next.",
    )
    content_owner = models.CharField(
        "owner",
        max_length=120,
        help_text="The team or role that keeps this guide accurate, e.g. 'Fair pay working "
        "group'. Shown on the page.",
    )
    last_reviewed = models.DateField(
        help_text="When the owner last checked the guide was accurate. Shown on the page."
    )
    next_review_due = models.DateField(
        help_text="When it should be checked again. The dashboard lists guides past this date."
    )

    objects = PageManager.from_queryset(GuidePageQuerySet)()

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("sources"),
        FieldPanel("related_guides", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("content_owner"),
                FieldPanel("last_reviewed"),
                FieldPanel("next_review_due"),
            ],
            heading="Keeping it accurate",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("next_review_due"),
    ]

    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []

    og_type = "article"
    search_result_template = "guides/includes/search_result.html"

    class Meta:
        verbose_name = "guide"

    def clean(self):
        super().clean()
        errors = {}
        if self.last_reviewed and self.last_reviewed > uk_today():
            errors["last_reviewed"] = "This date is in the future."
        if (
            self.last_reviewed
            and self.next_review_due
            and self.next_review_due <= self.last_reviewed
        ):
            errors["next_review_due"] = "Choose a date after the last review."
        if errors:
            raise ValidationError(errors)

    def body_with_anchors(self):
        """The body's blocks, each with its anchor: an id for every heading block (unique on
        the page, from its words), "" for any other block. Read from the stored blocks, so it
        costs no query."""
        taken = set(RESERVED_IDS)
        parts = []
        for block in self.body:
            anchor = ""
            if block.block_type == "heading":
                base = slugify(block.value["text"])[:60].strip("-") or "section"
                anchor, number = base, 1
                while anchor in taken:
                    number += 1
                    anchor = f"{base}-{number}"
                taken.add(anchor)
            parts.append((block, anchor))
        return parts

    def contents(self):
        """The "On this page" list: the body's section headings (h2), each with its anchor."""
        return [
            Anchor(block.value["text"], anchor, block.value["level"])
            for block, anchor in self.body_with_anchors()
            if anchor and block.value["level"] == "h2"
        ]

    def related(self):
        """The related guides still live and public, by title: one query however many. A
        preview (the guide rebuilt from a revision) holds its choices in memory instead."""
        chosen = self.related_guides.all()
        if isinstance(chosen, GuidePageQuerySet):
            guides = chosen.listed()
        else:
            guides = GuidePage.objects.listed().filter(pk__in=[guide.pk for guide in chosen])
        return list(guides.exclude(pk=self.pk).order_by("title"))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            body_parts=self.body_with_anchors(),
            contents=self.contents(),
            related_guides=self.related(),
        )
        return context
