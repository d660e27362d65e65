"""Keep the search index and the cached feed links in step with what editors publish."""

from django.core.cache import cache
from django.db.models.signals import post_delete
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished

from search.indexing import index_pages

from .models import BlogIndexPage, BlogPage

FEED_LINKS_KEY = "blog:feed-links:{site_id}"


def reindex_published_post(sender, instance, **kwargs):
    """Index a post again once published: the backend indexes on save, before its categories
    are written, so the index would otherwise keep the previous publication's names."""
    index_pages(BlogPage, [BlogPage.objects.get(pk=instance.pk)])


def clear_feed_links(sender, **kwargs):
    cache.delete_many([FEED_LINKS_KEY.format(site_id=site_id) for site_id in _site_ids()])


def _site_ids():
    return list(Site.objects.values_list("pk", flat=True))


def connect():
    page_published.connect(reindex_published_post, sender=BlogPage, dispatch_uid="blog-reindex")
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(clear_feed_links, sender=BlogIndexPage, dispatch_uid=f"blog-feeds-{signal}")
