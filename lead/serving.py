"""Serving a page from the tree without asking the database what it already answered.

Wagtail's own `serve` finds the site (a query), walks the tree from the home page one level at a
time (two queries per level: the child, then its specific row) and reads the view restrictions
of the page and its ancestors (two more), on every request. What they answer only changes when
published content does, so here each answer is kept in the shared cache under the page cache's
generation token (lead/pagecache.py), which every publish, unpublish, move, deletion, privacy
rule and site change replaces: nothing kept outlives the change that makes it wrong.

- The site for a host and port is kept; finding it reads every site with its home page in one
  query, which also gives the root paths Wagtail reads for page URLs.
- The route is kept as the page it reaches (its content type and id) and how many parts of the
  path lead to it; a request fetches that page (one query) and lets it route the rest, so
  routable pages (a blog category, a feed) still work out their own sub-routes and a page that
  is no longer live still answers 404. A page deleted since is routed afresh.
- Wagtail's view-restriction check runs only for a page inside a restricted section (the list of
  sections is kept: lead/view_restrictions.py) or an alias; any other page has no restriction.

Everything else is Wagtail's `serve`: the same hooks, in the same order.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from wagtail import hooks
from wagtail import wagtail_hooks as core_hooks
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
    SiteRootPath,
)

from lead.kept import CACHE_SECONDS, kept, kept_key
from lead.prefetch import prefetch_together
from lead.view_restrictions import refused


def find_site(request):
    """`Site.find_for_request`, kept per host and port (and held on the request as Wagtail
    does, so every later caller in the request gets the same site)."""
    if not hasattr(request, "_wagtail_site"):
        parts = (split_domain_port(request._get_raw_host())[0], request.get_port())
        request._wagtail_site = kept("site", parts, lambda: _site_for(*parts))
    return request._wagtail_site


# Relations and annotations every site is read with, named by the apps that read them on every
# page (the site settings and their share image's rendition: home/apps.py), so the query that
# finds the site brings them too.
SITE_RELATED = []
SITE_ANNOTATIONS = {}


def _all_sites():
    """Every site with its home page, from one query. Wagtail's cache of the sites' root
    paths (which every page URL reads) is filled from the same rows, as Wagtail fills it, so
    finding the site and then routing in it cost one query, not two."""
    related = ("root_page", "root_page__locale", *SITE_RELATED)
    sites = list(
        Site.objects.select_related(*related)
        .annotate(**SITE_ANNOTATIONS)
        .order_by("-root_page__url_path", "-is_default_site", "hostname")
    )
    paths_kept = cache.get(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
    if paths_kept is None and not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        paths = [
            SiteRootPath(s.pk, s.root_page.url_path, s.root_url, s.root_page.locale.language_code)
            for s in sites
        ]
        cache.set(SITE_ROOT_PATHS_CACHE_KEY, paths, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)
    return sites


def _site_for(hostname, port):
    """The site Wagtail's `get_site_for_hostname` picks for a host and port (None where it
    finds none): the host and port, else the host if it is the default site, else the default
    site unless exactly one other site has the host."""

    def match(site):  # Wagtail's order of preference
        if site.hostname == hostname:
            return 0 if site.port == port else 1 if site.is_default_site else 3
        return 2

    candidates = sorted(
        (site for site in _all_sites() if site.hostname == hostname or site.is_default_site),
        key=match,
    )
    if not candidates:
        return None
    best = match(candidates[0])
    if len(candidates) == 1 or best in (0, 1):
        return candidates[0]
    if best == 2:  # the default, unless exactly one site has this host
        return candidates[len(candidates) == 2]
    return None  # several sites have the host, none on this port, and there is no default


def _fetch(content_type_id, page_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None:  # the page type's app was removed since
        return None
    # A page type may name the relations its own view reads (`serve_select_related`).
    pages = model.objects.filter(pk=page_id)
    related = getattr(model, "serve_select_related", ())
    # Never select_related() without names: that joins every foreign key.
    page = (pages.select_related(*related) if related else pages).first()
    # ...and the many-to-many relations it lists, read together (`serve_prefetch_together`).
    together = getattr(model, "serve_prefetch_together", ())
    if page is not None and together:
        prefetch_together([page], together)
    return page


def _root_path(site):
    for root in Site.get_site_root_paths():  # kept by Wagtail in the cache; page URLs need it
        if root.site_id == site.pk:
            return root.root_path
    return None


def _has_subpage(content_type_id, components):
    """Whether a routable page of this type has a route of its own for these path parts (it
    takes them before its children do, as in RoutablePageMixin.route)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{part}/" for part in components))
    except Http404:
        return False
    return True


def _endpoint(site, components):
    """(content type, id, path parts it accounts for, the pages above it) of the page Wagtail's
    walk down the tree would hand the request to, found in one query instead of two per level:
    the pages on the path, by slug and depth (both indexed), checked against their URL paths.
    The walk stops at a missing level, or at a live routable page with a route of its own for
    the rest. The pages above it are its ancestors from depth 2 (for the breadcrumbs), or None
    for a site whose home page is deeper."""
    root_path = _root_path(site)
    if root_path is None:
        return None
    root_depth = root_path.count("/")  # "/home/" is at depth 2
    wanted = {root_path + "".join(f"{part}/" for part in components[:n]): n
              for n in range(len(components) + 1)}  # fmt: skip
    on_path = Q(slug__in=components, depth__gt=root_depth, depth__lte=root_depth + len(components))
    rows = Page.objects.filter(Q(pk=site.root_page_id) | on_path).values_list(
        "url_path", "content_type_id", "pk", "live", "title"
    )
    found = None
    levels = []  # (url_path, live, title) of each page on the way, the site's home first
    for n, url_path, content_type_id, pk, live, title in sorted(
        (wanted[row[0]], *row) for row in rows if row[0] in wanted
    ):
        if n != (found[2] + 1 if found else 0):
            break
        found = (content_type_id, pk, n)
        levels.append((url_path, live, title))
        if live and _has_subpage(content_type_id, components[n:]):
            break
    return found and (*found, levels[:-1] if root_depth == 2 else None)


def ancestors_on_path(request, page):
    """The live pages above `page` from the site's home page down, as its route found them
    (title and url_path only), when this request routed to it afresh; None otherwise."""
    on_path = getattr(request, "_lead_ancestors", None)
    if on_path is None or on_path[0] != page.pk:
        return None
    return [Page(title=title, url_path=url_path) for url_path, live, title in on_path[1] if live]


def parent_on_path(request, page, model):
    """The page's parent as a `model` holding its title and url_path (enough for its links
    and its own routes' addresses) when this request's route read it and it is live; else
    None. No query."""
    ancestors = ancestors_on_path(request, page) if request is not None else None
    parent = ancestors[-1] if ancestors else None
    if parent is None or parent.url_path.count("/") != page.depth - 1:
        return None  # not live, so not among them: the caller looks it up
    return model(title=parent.title, url_path=parent.url_path)


def route_for_request(request, path):
    """(page, args, kwargs) for the path, or None (Wagtail's `Page.route_for_request`). The
    page reached is fetched and routes the rest of the path itself, so a page that is no
    longer live answers 404 whatever was kept."""
    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    result = None
    site = find_site(request)
    if site is not None:
        components = [part for part in path.split("/") if part]
        key = kept_key("route", site.pk, *components)
        endpoint = cache.get(key)
        page = _fetch(*endpoint[:2]) if endpoint else None
        afresh = page is None  # not kept, or the page was deleted since
        if afresh:
            endpoint = _endpoint(site, components)
            page = _fetch(*endpoint[:2]) if endpoint else None
            if page is not None and endpoint[3] is not None:  # the breadcrumbs' pages
                request._lead_ancestors = (page.pk, endpoint[3])
        try:
            result = page.route(request, components[endpoint[2] :]) if page else None
        except Http404:
            result = None
        if afresh and result is not None:  # kept once, not written again on every request
            cache.set(key, endpoint[:3], CACHE_SECONDS)
    request._wagtail_route_for_request = result
    return result


def check_view_restrictions(callback):
    """Wagtail's check, for the pages a restriction applies to and the viewer does not meet."""
    wagtail_check = core_hooks.check_view_restrictions(callback)

    def inner(page, request, serve_args, serve_kwargs):
        # Wagtail answers any restriction not met (sign in, the password form, 403), and an
        # alias, whose restrictions are its original's; met ones cost no query (kept rules).
        if page.alias_of_id or refused(page, request):
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
        chain = (check_view_restrictions if fn is core_hooks.check_view_restrictions else fn)(chain)

    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result

    return chain(page, request, args, kwargs)
