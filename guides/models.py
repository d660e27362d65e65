"""Guides: the "For organisations" and "For members" sections, written and kept up to date by
editors. Each guide has an owner and review dates, shown on the page."""

from django.db import models
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import MetadataMixin


class GuideIndexPage(MetadataMixin, Page):
    """A section of guides (/for-organisations/, /for-members/): its intro and its guides.
    Other apps' pages that belong in a section (the pay calculator, the pledge) name it as
    their parent."""

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

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("related_guides"),
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

    class Meta:
        verbose_name = "guide"
