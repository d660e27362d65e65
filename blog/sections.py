"""What the blog adds to other apps' pages (declared in BlogConfig.feature): the feed links in
every page's <head>, "Posts by …" on a member's profile, and its feeds on the Follow page."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Site

from home.navigation import only_under_home_page, top_level_pages
from home.pagequeries import live_public_q
from lead.features import Subscription
from lead.kept import kept

from .models import BlogIndexPage
from .signals import FEED_LINKS_KEY


def feed_links(context):
    """<link rel="alternate"> to the blog's feeds, on every page: from the site's top-level
    pages, which the menu reads too, when the blog is one of them (or can only be one of them:
    then a site without it has no feeds); else from its own query (cached per site)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    index_type = ContentType.objects.get_for_model(BlogIndexPage)
    for page in top_level_pages(site):
        if page["content_type_id"] == index_type.pk:
            return _links(page["title"], page["url"])
    if only_under_home_page(BlogIndexPage, site):
        return None
    key = FEED_LINKS_KEY.format(site_id=site.pk)
    links = cache.get(key)
    if links is None:
        index = BlogIndexPage.objects.live().public().in_site(site)
        index = index.first()
        links = _links(index.title, index.get_url(request)) if index is not None else {}
        cache.set(key, links, None)
    return links or None


def _links(title, url):
    resolver = BlogIndexPage.get_resolver()
    return {
        "title": title,
        "rss": url + resolver.reverse("feed_rss"),
        "atom": url + resolver.reverse("feed_atom"),
    }


def member_posts(context):
    """The live, public posts the member on this profile wrote, newest first (kept until
    published content next changes)."""
    profile = context.get("page")
    if profile is None or not profile.pk:
        return None
    posts = kept("profile-posts", (profile.pk,), lambda: _posts_by(profile))
    return {"posts": posts, "profile": profile} if posts else None


def _posts_by(profile):
    return list(
        apps.get_model("blog", "BlogPage")
        .objects.live()
        .public()
        .filter(post_authors__author__profile=profile)
        .distinct()
        .order_by("-date", "-first_published_at")
    )


def subscriptions(request):
    """The blog's feeds for the Follow page: every post, and one feed per category that has
    live, public posts (one query for the categories, however many there are)."""
    site = Site.find_for_request(request)
    index_pages = apps.get_model("blog", "BlogIndexPage").objects.in_site(site)
    index = index_pages.filter(live_public_q()).first()
    if index is None:
        return []
    base = index.get_full_url(request)
    posts = apps.get_model("blog", "BlogPage").objects.child_of(index).filter(live_public_q())
    categories = apps.get_model("blog", "BlogCategory").objects.filter(blogpage__in=posts)
    categories = categories.distinct()
    topics = tuple(
        (category.name, base + index.reverse_subpage("category_feed_rss", args=[category.slug]))
        for category in categories
    )
    return [
        Subscription(
            kind="feed",
            title=index.title,
            description="Every new post as we publish it, with a short summary.",
            url=base + index.reverse_subpage("feed_rss"),
            alternate_url=base + index.reverse_subpage("feed_atom"),
            topics=topics,
        )
    ]
