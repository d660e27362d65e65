"""What the blog adds to other apps' pages (declared in BlogConfig.feature): the feed links in
every page's <head>, and "Posts by …" on a member's profile."""

from django.apps import apps
from django.core.cache import cache
from wagtail.models import Site

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
