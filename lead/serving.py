"""Serving a page from the tree without asking the database what it already answered.

Wagtail's own `serve` finds the site (a query), walks the tree from the home page one level at a
time (two queries per level: the child, then its specific row) and reads the view restrictions
of the page and its ancestors (two more), on every request. What they answer only changes when
published content does, so here each answer is kept in the shared cache under the page cache's
generation token (lead/pagecache.py), which every publish, unpublish, move, deletion, privacy
rule and site change replaces: nothing kept outlives the change that makes it wrong.

- The site for a host and port is kept.
- The route is kept as the page it reaches (its content type and id) and how many parts of the
  path lead to it; a request fetches that page (one query) and lets it route the rest, so
  routable pages (a blog category, a feed) still work out their own sub-routes and a page that
  is no longer live still answers 404. A page deleted since is routed afresh.
- Wagtail's view-restriction check runs only for a page inside a restricted section (the list of
  sections is kept: lead/view_restrictions.py) or an alias; any other page has no restriction.

Everything else is Wagtail's `serve`: the same hooks, in the same order.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from wagtail import hooks
from wagtail import wagtail_hooks as core_hooks
from wagtail.models import Site
from wagtail.url_routing import RouteResult

from lead.pagecache import current_generation
from lead.view_restrictions import restricted_sections

CACHE_SECONDS = 60 * 60


def _key(kind, *parts):
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()
    return f"lead:{kind}:{current_generation()}:{digest}"


def kept(kind, parts, make):
    """make()'s answer, kept in the shared cache under the generation token (so until published
    content, privacy rules or settings next change), for `kind` of answer about `parts`."""
    key = _key(kind, *parts)
    held = cache.get(key)
    if held is None:
        held = (make(),)  # a tuple, so that an answer of None is kept too
        cache.set(key, held, CACHE_SECONDS)
    return held[0]


def find_site(request):
    """`Site.find_for_request`, kept per host and port (and held on the request as Wagtail
    does, so every later caller in the request gets the same site)."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        parts = (hostname, request.get_port())
        request._wagtail_site = kept("site", parts, lambda: Site._find_for_request(request))
    return request._wagtail_site


class SiteMiddleware:
    """Find the request's site from the cache before anything asks Wagtail for it (views,
    settings, menus), after the page cache has answered what it could."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.get_host()  # a host outside ALLOWED_HOSTS is refused (400) before it is kept
        find_site(request)
        return self.get_response(request)


def _fetch(content_type_id, page_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:  # the page type's app was removed since
        return None
    return model.objects.filter(pk=page_id).first()


def _route_afresh(request, site, components, key):
    """Wagtail's routing from the home page; its answer is kept when the page it reached lies
    on the requested path (any page does, unless a custom route() hands over another page)."""
    page, args, kwargs = site.root_page.localized.specific.route(request, components)
    root_path = site.root_page.url_path
    consumed = page.depth - site.root_page.depth
    if page.url_path == root_path + "".join(f"{part}/" for part in components[:consumed]):
        cache.set(key, (page.content_type_id, page.pk, consumed), CACHE_SECONDS)
    return RouteResult(page, args, kwargs)


def route_for_request(request, path):
    """(page, args, kwargs) for the path, or None (Wagtail's `Page.route_for_request`)."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    result = None
    site = find_site(request)
    if site is not None:
        components = [part for part in path.split("/") if part]
        key = _key("route", site.pk, *components)
        try:
            kept = cache.get(key)
            page = _fetch(*kept[:2]) if kept else None
            if page is None:
                result = _route_afresh(request, site, components, key)
            else:
                result = page.route(request, components[kept[2] :])
        except Http404:
            result = None
    request._wagtail_route_for_request = result
    return result


def may_be_restricted(page):
    """Whether any view restriction could apply to the page: it lies in a restricted section
    (a restriction covers the page it is set on and everything under it), or it is an alias
    (which takes its original's restrictions)."""
    if page.alias_of_id:
        return True
    return any(
        page.path.startswith(path) and page.depth >= depth for path, depth in restricted_sections()
    )


def check_view_restrictions(callback):
    """Wagtail's check, for the pages a restriction could apply to."""
    wagtail_check = core_hooks.check_view_restrictions(callback)

    def inner(page, request, serve_args, serve_kwargs):
        if may_be_restricted(page):
            return wagtail_check(page, request, serve_args, serve_kwargs)
        return callback(page, request, serve_args, serve_kwargs)

    return inner


def _serve_chain(page, request, args, kwargs):
    return page.serve(request, *args, **kwargs)


def serve(request, path):
    """Wagtail's `serve` view, routed and checked as above."""
    route = route_for_request(request, path)
    if route is None:
        raise Http404
    page, args, kwargs = route

    chain = _serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = (check_view_restrictions if fn is core_hooks.check_view_restrictions else fn)(
            chain
        )

    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result

    return chain(page, request, args, kwargs)
