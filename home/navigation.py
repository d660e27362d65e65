"""The site's top-level pages (the main navigation, and features' own sections), cached per
site and cleared whenever the tree or its privacy changes.

Every page shows the menu, so it is worth one cache read instead of a query; the cache is the
shared one (Redis) in production, so a publish through any server clears it for all.
"""

from types import SimpleNamespace

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

CACHE_SECONDS = 60 * 60


def _key(site_id):
    return f"lead:top-level:{site_id}"


def top_level_pages(site):
    """Live, public pages directly under the site's home page, in the tree's order, each a
    dict of title, url, url_path, content_type_id and in_menu. The menu reads them, and so do
    features looking for their own section (the blog's feed links): one query between them."""
    items = cache.get(_key(site.pk))
    if items is None:
        pages = site.root_page.get_children().live().public()
        items = [
            {
                "title": page.title,
                "url": page.get_url(),
                "url_path": page.url_path,
                "content_type_id": page.content_type_id,
                "in_menu": page.show_in_menus,
            }
            for page in pages.only("title", "url_path", "content_type_id", "show_in_menus")
        ]
        cache.set(_key(site.pk), items, CACHE_SECONDS)
    return items


def menu_items(site):
    """Live, public pages marked "show in menus" directly under the site's home page."""
    return [
        SimpleNamespace(title=item["title"], url=item["url"], url_path=item["url_path"])
        for item in top_level_pages(site)
        if item["in_menu"]
    ]


def clear_menu_cache(**kwargs):
    cache.delete_many([_key(pk) for pk in Site.objects.values_list("pk", flat=True)])


def _clear_for_pages(sender, instance, **kwargs):
    if isinstance(instance, Page):
        clear_menu_cache()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(clear_menu_cache, dispatch_uid=f"main-nav-{signal}")
    post_delete.connect(_clear_for_pages, dispatch_uid="main-nav-page-deleted")
    for model in (PageViewRestriction, Site):
        post_save.connect(clear_menu_cache, sender=model, dispatch_uid=f"main-nav-save-{model}")
        post_delete.connect(clear_menu_cache, sender=model, dispatch_uid=f"main-nav-del-{model}")
