"""The directory page (/network/) and the profiles editors feature on the home page."""

from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.utils.cache import patch_cache_control
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.models import MetadataMixin

from .profiles import ProfilePage


class DirectoryIndexPage(MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        blank=True,
        help_text="A sentence or two above the directory, saying who is listed and how to use it.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "featured_profiles",
            label="Featured profile",
            max_num=4,
            help_text="Up to four profiles for the home page. Empty: the newest members show.",
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["network.ProfilePage"]
    max_count = 1

    class Meta:
        verbose_name = "directory"

    def profiles(self):
        """Live, public profiles in this directory: the only ones any listing may show."""
        return ProfilePage.objects.child_of(self).live().public()

    def featured(self, limit=4):
        """Editor-picked live, public profiles in the editors' order, topped up with the most
        recently joined: one query for the profiles (and their card data), not two of each."""
        picked = FeaturedProfile.objects.filter(page_id=self.pk, profile_id=OuterRef("pk"))
        ranked = self.profiles().annotate(pick=Subquery(picked.values("sort_order")[:1]))
        ranked = ranked.order_by(F("pick").asc(nulls_last=True), "-first_published_at", "pk")
        return list(ranked.with_card_data()[:limit])

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if request.user.is_authenticated:
            # A member's cards and counts include members-only values: never in a shared cache
            # (the page cache already skips signed-in visitors; this tells a CDN too).
            patch_cache_control(response, private=True)
        return response

    def get_context(self, request, *args, **kwargs):
        # Not at the top: network/directory.py imports the models (and is left unchanged while
        # the mutation tests cover it).
        from ..directory import DirectorySearch

        context = super().get_context(request, *args, **kwargs)
        context["directory"] = DirectorySearch(self, request)
        return context


class FeaturedProfile(Orderable):
    page = ParentalKey(DirectoryIndexPage, related_name="featured_profiles")
    profile = models.ForeignKey(
        "network.ProfilePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text="Only live, public profiles appear on the home page.",
    )

    panels = [FieldPanel("profile")]
