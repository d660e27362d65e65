"""The join page: editors write its words, the application form is the site's own."""

from django.db import models
from django.template.response import TemplateResponse
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import MetadataMixin


class JoinPage(RoutablePageMixin, MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two above the form, also the description in search engines.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Anything to say before the form: what joining means, what we ask and why.",
    )
    thank_you = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text="Shown after someone applies. Say what happens next and how long it takes.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("thank_you"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "join page"

    @path("")
    def apply(self, request):
        # Not at the top: the view's form and application code import the models.
        from ..views.join import join

        return join(request, self)

    @path("thanks/")
    def thanks(self, request):
        return TemplateResponse(request, "membership/join_thanks.html", self.get_context(request))
