"""What the blog adds to other apps' pages (declared in BlogConfig.feature): the feed links in
every page's <head>, "Posts by …" on a member's profile, and its feeds on the Follow page."""

from django.apps import apps
from django.core.cache import cache
from wagtail.models import Site

from home.pagequeries import live_public_q
from lead.features import Subscription

from .signals import FEED_LINKS_KEY


def feed_links(context):
    """<link rel="alternate"> to the blog's feeds, on every page (cached per site)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    key = FEED_LINKS_KEY.format(site_id=site.pk)
    links = cache.get(key)
    if links is None:
        index = apps.get_model("blog", "BlogIndexPage").objects.live().public().in_site(site)
        index = index.first()
        links = {}
        if index is not None:
            url = index.get_url(request)
            links = {
                "title": index.title,
                "rss": url + index.reverse_subpage("feed_rss"),
                "atom": url + index.reverse_subpage("feed_atom"),
            }
        cache.set(key, links, None)
    return links or None


def member_posts(context):
    """The live, public posts the member on this profile wrote, newest first."""
    profile = context.get("page")
    posts = list(
        apps.get_model("blog", "BlogPage")
        .objects.live()
        .public()
        .filter(post_authors__author__profile=profile)
        .distinct()
        .order_by("-date", "-first_published_at")
    )
    return {"posts": posts, "profile": profile} if posts else None


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
