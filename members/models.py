"""The members' space (/members/): a section only members may read, and its posts and
resources. The section is always under a view restriction to the Members group (signals.py
adds it whenever the page is saved, and the pages refuse anyone else themselves, should an
editor lift it): nothing here is in any public listing, feed, sitemap or search."""

from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db import models
from django.utils.cache import patch_cache_control
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import MetadataMixin
from network.models.visibility import viewer_is_member

PER_PAGE = 20


class MembersOnlyMixin:
    """Served to members (and staff) only, whatever the restrictions say; never to a shared
    cache."""

    def serve(self, request, *args, **kwargs):
        # A preview is reached only through the admin, by editors allowed to edit the page.
        if not viewer_is_member(request) and not getattr(request, "is_preview", False):
            # Reached only if an editor lifted the section's restriction: refuse, as it would.
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            from .wagtail_hooks import members_only_response

            return members_only_response(request, self)
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, private=True)
        return response


class MembersSpacePage(MembersOnlyMixin, MetadataMixin, Page):
    intro = models.TextField(
        max_length=400,
        help_text="What the space is for, in a sentence or two. Only members see it.",
    )
    body = StreamField(
        BodyBlock(),
        blank=True,
        help_text="Optional: resources, links and documents for members, above the posts.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["members.MembersPostPage"]
    max_count = 1

    class Meta:
        verbose_name = "members' space"

    def posts(self):
        # The section is restricted: its children are "public" only to Wagtail's eyes here,
        # where the viewer has already been let in.
        return MembersPostPage.objects.child_of(self).live().order_by("-first_published_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        page_obj = Paginator(self.posts(), PER_PAGE).get_page(request.GET.get("page"))
        context.update(page_obj=page_obj, posts=page_obj.object_list)
        return context


class MembersPostPage(MembersOnlyMixin, MetadataMixin, Page):
    class Kind(models.TextChoices):
        POST = "post", "Post"
        RESOURCE = "resource", "Resource"

    kind = models.CharField(
        max_length=10,
        choices=Kind.choices,
        default=Kind.POST,
        help_text="A post is news or an update; a resource is something members come back to "
        "(a guide, a template, a list of links). Shown above the title.",
    )
    summary = models.TextField(
        max_length=400, help_text="A sentence or two, shown in the members' space listing."
    )
    body = StreamField(
        BodyBlock(),
        help_text="The post or resource. Only members read it, but write it so it could be "
        "forwarded by mistake without harm: no one's private details.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    description_field = "summary"
    og_type = "article"

    parent_page_types = ["members.MembersSpacePage"]
    subpage_types = []

    class Meta:
        verbose_name = "members' post or resource"
