"""The sitemap: an index at /sitemap.xml, then one sitemap per section, in pages of at most
PER_PAGE addresses.

Wagtail's own sitemap is one document built from `.specific` pages and each page's
`get_sitemap_urls()`: at 13,000 pages that is one 1.3 MB document and seconds of work. Here each
sitemap is one query over the page tree's own columns (address, last published, type), so its
cost does not depend on what kind of pages a section holds:

- "home" lists the home page and its children (the section pages and top-level pages);
- each child with pages under it gets its own sitemap, `/sitemap-<slug>.xml`, of everything
  below it.

Only live pages without a view restriction are listed. A page type adds to this with two
class-level hooks instead of per-page code:

- `sitemap_keep(today)`: a Q over Page rows of that type to keep (a closed role is left out);
- `sitemap_extra_paths(rows)`: more addresses for its pages in a sitemap (a blog's category
  pages, the events archive), from at most one query.

The built document is kept in the cache under the page cache's generation token
(lead/pagecache.py) and today's UK date, so publishing, unpublishing, moving or deleting a page
and changing a view restriction make it stale at once, everywhere, and a role that closes
leaves the sitemap at midnight.
"""

import io
import math
from xml.sax.saxutils import escape

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, Q
from django.db.models.functions import Substr
from django.http import Http404, HttpResponse
from django.utils import timezone
from wagtail.models import Page, Site, get_page_models

from lead import pagecache

PER_PAGE = 10_000
CHUNK = 2_000  # rows read from the database at a time
CACHE_SECONDS = 24 * 60 * 60  # stale long before this: the generation token moves on
HOME = "home"
HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
NAMESPACE = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _live_public():
    return Page.objects.live().public()


def _keep_only_listed(pages, today):
    """Apply each page type's `sitemap_keep(today)` to the rows of that type."""
    for model in get_page_models():
        if "sitemap_keep" in model.__dict__:
            of_type = Q(content_type_id=ContentType.objects.get_for_model(model).pk)
            pages = pages.filter(~of_type | model.sitemap_keep(today))
    return pages


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site.")
    return site


def _root(site):
    return Page.objects.only("path", "depth", "url_path").get(pk=site.root_page_id)


def _sections(root, today):
    """{slug: (section page path, depth, number of listed pages below it)}: one query for the
    children, one for every section's count."""
    children = dict(
        _live_public().child_of(root).filter(numchild__gt=0).values_list("path", "slug")
    )
    width = len(root.path) + Page.steplen
    below = _keep_only_listed(
        _live_public().filter(path__startswith=root.path, depth__gt=root.depth + 1), today
    )
    counts = dict(
        below.order_by()  # no ordering: it would join the GROUP BY
        .annotate(section=Substr("path", 1, width))
        .values("section")
        .annotate(listed=Count("pk"))
        .values_list("section", "listed")
    )
    return {
        slug: (path, root.depth + 1, counts[path])
        for path, slug in sorted(children.items())
        if counts.get(path)
    }


def _rows(pages, offset=0, limit=None):
    """The rows, read a chunk at a time: a section's 10,000 rows are never all held at once
    (a worker kept that peak as memory it could not give back)."""
    fields = ("path", "depth", "url_path", "last_published_at", "content_type_id")
    ordered = pages.order_by("path").values(*fields)
    return (ordered[offset : offset + limit] if limit else ordered).iterator(chunk_size=CHUNK)


def _extra_paths(rows_by_type):
    """(url_path, lastmod) from each page type's `sitemap_extra_paths` for its rows here."""
    extra = []
    for type_id, typed_rows in rows_by_type.items():
        extra += _extra_paths_hook(type_id)(typed_rows)
    return extra


def _extra_paths_hook(type_id):
    model = ContentType.objects.get_for_id(type_id).model_class()
    return getattr(model, "sitemap_extra_paths", None) if model else None


def _urlset(root_url, root, rows):
    """(the XML for rows of pages, then their types' extra addresses; how many rows). Only
    the rows of types with extra addresses are kept until the end."""
    strip = len(root.url_path) - 1  # the root page's path: "/home/" -> "/"
    document = io.StringIO()
    document.write(f"{HEADER}<urlset {NAMESPACE}>\n")
    hooked, hooks, count = {}, {}, 0

    def write(url_path, lastmod):
        location = escape(root_url + url_path[strip:])
        modified = f"<lastmod>{timezone.localdate(lastmod):%Y-%m-%d}</lastmod>" if lastmod else ""
        document.write(f"<url><loc>{location}</loc>{modified}</url>\n")

    for row in rows:
        count += 1
        write(row["url_path"], row["last_published_at"])
        type_id = row["content_type_id"]
        if type_id not in hooks:
            hooks[type_id] = _extra_paths_hook(type_id) is not None
        if hooks[type_id]:
            hooked.setdefault(type_id, []).append(row)
    for url_path, lastmod in _extra_paths(hooked):
        write(url_path, lastmod)
    document.write("</urlset>\n")
    return document.getvalue(), count


def _page_number(request):
    raw = request.GET.get("p", "1")
    if not raw.isascii() or not raw.isdigit() or len(raw) > 6 or int(raw) < 1:
        raise Http404("No such sitemap page.")
    return int(raw)


def _cached(request, name, build):
    """The document for `name`, built once per generation, day and host."""
    today = timezone.localdate()
    key = f"lead:sitemap:{pagecache.current_generation()}:{today}:{request.get_host()}:{name}"
    body = cache.get(key)
    if body is None:
        body = build(today)
        cache.set(key, body, CACHE_SECONDS)
    response = HttpResponse(body, content_type="application/xml; charset=utf-8")
    response["X-Robots-Tag"] = "noindex"  # a list of addresses, not a page to show in results
    return response


def index(request):
    """/sitemap.xml: the home sitemap, then each section's pages of addresses."""
    page_number = _page_number(request)
    if page_number != 1:
        raise Http404("The sitemap index has one page.")
    site = _site(request)

    def build(today):
        root = _root(site)
        locations = [f"{site.root_url}/sitemap-{HOME}.xml"]
        for slug, (_path, _depth, listed) in _sections(root, today).items():
            pages = math.ceil(listed / PER_PAGE)
            base = f"{site.root_url}/sitemap-{slug}.xml"
            locations += [base] + [f"{base}?p={number}" for number in range(2, pages + 1)]
        body = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>\n" for loc in locations)
        return f"{HEADER}<sitemapindex {NAMESPACE}>\n{body}</sitemapindex>\n"

    return _cached(request, "index", build)


def section(request, slug):
    """/sitemap-<slug>.xml[?p=N]: the home page and its children, or everything in a section."""
    page_number = _page_number(request)
    site = _site(request)

    def build(today):
        root = _root(site)
        if slug == HOME:
            if page_number != 1:
                raise Http404("The home sitemap has one page.")
            pages = _live_public().filter(path__startswith=root.path, depth__lte=root.depth + 1)
            return _urlset(site.root_url, root, _rows(_keep_only_listed(pages, today)))[0]
        top = _live_public().child_of(root).filter(slug=slug).values_list("path", "depth").first()
        if top is None:
            raise Http404("No such section.")
        path, depth = top
        pages = _live_public().filter(path__startswith=path, depth__gt=depth)
        offset = (page_number - 1) * PER_PAGE
        rows = _rows(_keep_only_listed(pages, today), offset, PER_PAGE)
        document, count = _urlset(site.root_url, root, rows)
        if not count and page_number > 1:
            raise Http404("No such sitemap page.")
        return document

    return _cached(request, f"{slug}:{page_number}", build)
