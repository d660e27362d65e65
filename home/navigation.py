"""The site's top-level pages (the main navigation, and features' own sections), cached per
site and cleared whenever the tree or its privacy changes.

Every page shows the menu, so it is worth one cache read instead of a query; the cache is the
shared one (Redis) in production, so a publish through any server clears it for all.
"""

from types import SimpleNamespace

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from lead.view_restrictions import is_private_path

CACHE_SECONDS = 60 * 60


def _key(site_id):
    return f"lead:top-level:v3:{site_id}"


def top_level_pages(site, *, restricted_too=False):
    """Live, public pages directly under the site's home page, in the tree's order, each a
    dict of pk, path, title, url, url_path, content_type_id and in_menu. The menu reads them,
    and so do features looking for their own section (the blog's feed links, the home page's
    sections, the members' space, which is restricted: `restricted_too`): one query between
    them. Which are restricted is judged on each request, from its one reading of the view
    restrictions."""
    items = cache.get(_key(site.pk))
    if items is None:
        pages = site.root_page.get_children().live()
        fields = ("path", "title", "url_path", "content_type_id", "show_in_menus")
        items = [
            {
                "pk": page.pk,
                "path": page.path,
                "title": page.title,
                "url": page.get_url(),
                "url_path": page.url_path,
                "content_type_id": page.content_type_id,
                "in_menu": page.show_in_menus,
            }
            for page in pages.only(*fields)
        ]
        cache.set(_key(site.pk), items, CACHE_SECONDS)
    if restricted_too:
        return items
    return [item for item in items if not is_private_path(item["path"])]


def menu_items(site):
    """Live, public pages marked "show in menus" directly under the site's home page."""
    return [
        SimpleNamespace(title=item["title"], url=item["url"], url_path=item["url_path"])
        for item in top_level_pages(site)
        if item["in_menu"]
    ]


def section_page(request, model, *, restricted_too=False):
    """The live, public page of a feature's section (the blog, the directory), or None;
    live and restricted too with `restricted_too` (the members' space).

    A page type that may sit only under the home page is one of the site's top-level pages
    when the site starts at the home page: it comes from their cached list, with no query, as
    an instance holding its place in the tree, address and title (any other field is read
    from the database when first used). Otherwise, the first such page of the type."""
    site = Site.find_for_request(request) if request is not None else None
    if site is not None and only_under_home_page(model, site):
        wanted = ContentType.objects.get_for_model(model).pk
        for item in top_level_pages(site, restricted_too=restricted_too):
            if item["content_type_id"] == wanted:
                return _partly_loaded(model, item)
        return None
    pages = model.objects.live()
    return (pages if restricted_too else pages.public()).first()


def only_under_home_page(model, site):
    """True when pages of `model` can only be the site's top-level pages: then a live,
    public one is among top_level_pages(site), or there is none."""
    from .models import HomePage

    home = ContentType.objects.get_for_model(HomePage).pk
    parents = model.allowed_parent_page_models()
    return parents == [HomePage] and site.root_page.content_type_id == home


def _partly_loaded(model, item):
    values = {
        "id": item["pk"],
        model._meta.pk.attname: item["pk"],
        "path": item["path"],
        "depth": len(item["path"]) // Page.steplen,
        "title": item["title"],
        "url_path": item["url_path"],
        "content_type_id": item["content_type_id"],
        "live": True,
    }
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db(DEFAULT_DB_ALIAS, names, [values[name] for name in names])


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
