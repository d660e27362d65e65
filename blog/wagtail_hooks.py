"""The Blog menu in the admin, the blog's sections on other pages, and its demo content."""

from django.core.cache import cache
from django.template.loader import render_to_string
from wagtail import hooks
from wagtail.models import Site
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .models import Author, BlogCategory, BlogIndexPage, BlogPage
from .signals import FEED_LINKS_KEY

HOME_POSTS = 3


class PostAdmin(ModelAdmin):
    model = BlogPage
    menu_label = "Posts"
    menu_icon = "doc-full"
    list_display = ("title", "date", "category_list", "status")
    list_filter = ("categories", "live", "date")
    search_fields = ("title", "standfirst")
    ordering = ("-date", "-first_published_at")

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("categories")

    @staticmethod
    def category_list(obj):
        return ", ".join(category.name for category in obj.categories.all()) or "None"

    @staticmethod
    def status(obj):
        return "Live" if obj.live else "Draft"


class CategoryAdmin(ModelAdmin):
    model = BlogCategory
    menu_label = "Categories"
    menu_icon = "tag"
    list_display = ("name", "slug", "sort_order")
    search_fields = ("name", "description")
    prepopulated_fields = {"slug": ("name",)}


class AuthorAdmin(ModelAdmin):
    model = Author
    menu_label = "Authors"
    menu_icon = "user"
    list_display = ("name", "role_line", "profile")
    search_fields = ("name", "role_line")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("profile")


class BlogGroup(ModelAdminGroup):
    menu_label = "Blog"
    menu_icon = "doc-full-inverse"
    menu_order = 210
    items = (PostAdmin, CategoryAdmin, AuthorAdmin)


modeladmin_register(BlogGroup)


@hooks.register("lead_head_links")
def feed_autodiscovery_links(context):
    """<link rel="alternate"> to the blog's feeds, on every page (cached per site)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return ""
    key = FEED_LINKS_KEY.format(site_id=site.pk)
    html = cache.get(key)
    if html is None:
        index = BlogIndexPage.objects.live().public().in_site(site).first()
        html = (
            render_to_string("blog/includes/feed_links.html", {"index": index}, request=request)
            if index
            else ""
        )
        cache.set(key, html, None)
    return html


@hooks.register("lead_home_sections")
def latest_posts_section(context):
    from .listing import attach_bylines, with_card_data

    index = BlogIndexPage.objects.live().public().first()
    if index is None:
        return ""
    request = context.get("request")
    posts = attach_bylines(with_card_data(index.posts())[:HOME_POSTS], request)
    if not posts:
        return ""
    return render_to_string(
        "blog/includes/latest_posts.html", {"posts": posts, "index": index}, request=request
    )


@hooks.register("lead_profile_sections")
def member_posts_section(context):
    profile = context.get("page")
    posts = list(
        BlogPage.objects.live()
        .public()
        .filter(post_authors__author__profile=profile)
        .distinct()
        .order_by("-date", "-first_published_at")
    )
    if not posts:
        return ""
    return render_to_string(
        "blog/includes/member_posts.html",
        {"posts": posts, "profile": profile},
        request=context.get("request"),
    )


@hooks.register("lead_demo_content")
def blog_demo_content(home, stdout):
    from .demo.loader import build_blog

    return build_blog(home, stdout)


@hooks.register("lead_dashboard_items")
def blog_dashboard_items(request):
    from django.contrib.contenttypes.models import ContentType
    from django.urls import reverse
    from wagtail.models import Revision, WorkflowState

    from home.editorial.dashboard import DashboardItem

    post_type = ContentType.objects.get_for_model(BlogPage)
    awaiting = WorkflowState.objects.active().filter(content_type=post_type).count()
    scheduled = Revision.objects.filter(
        content_type=post_type, approved_go_live_at__isnull=False
    ).count()
    blog = BlogIndexPage.objects.first()
    posts_url = (
        reverse("wagtailadmin_explore", args=[blog.pk]) if blog else reverse("wagtailadmin_home")
    )
    return [
        DashboardItem(
            "posts awaiting review",
            awaiting,
            reverse("wagtailadmin_reports:workflow"),
            "Review them",
            order=20,
            singular="post awaiting review",
        ),
        DashboardItem(
            "posts scheduled to go live",
            scheduled,
            posts_url,
            "See the posts",
            order=40,
            singular="post scheduled to go live",
        ),
    ]
