"""Template tags for the site shell: navigation, breadcrumbs, structured data, the sections
feature apps add to pages."""

import json
import re
from types import SimpleNamespace

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar
from wagtail.models import Page, Site

from lead import features, serving
from lead.addresses import absolute
from lead.features import each
from lead.kept import kept
from lead.pagecache import current_generation
from lead.viewer import may_use_admin

from ..navigation import menu_items, top_level_pages

register = template.Library()

# Escape the characters that could close the <script> element or start markup inside it.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}
# A page number past the first, as a listing's paginator reads it (anything else: page one).
_LATER_PAGE = re.compile(r"[2-9]|[1-9][0-9]{1,5}")


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_navigation(context):
    """Live, public pages marked "show in menus" directly under the home page."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    root = site.root_page if site else None
    items = menu_items(site) if site else []
    current = context.get("page")
    # Views that are not pages (search, say) mark no menu item as current.
    current_path = current.url_path if isinstance(current, Page) else None
    return {
        "request": request,
        "root": root,
        "items": items,
        "current_path": current_path,
    }


@register.inclusion_tag("includes/site_menu.html", takes_context=True)
def site_menu(context):
    """The main navigation's pages again, for the footer: the same on every page (no current
    page), so it can live in the cached footer."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return {"root": site.root_page if site else None, "items": menu_items(site) if site else []}


@register.simple_tag(takes_context=True)
def nav_state(context, item, current_path):
    """'page' for the current page, 'true' for its section, '' otherwise (for aria-current)."""
    if not current_path:
        return ""
    if item.url_path == current_path:
        return "page"
    if current_path.startswith(item.url_path):
        return "true"
    return ""


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    # No .public(): a view restriction covers a page's descendants, so whoever may see this
    # page may see its ancestors.
    request = context.get("request")
    ancestors = kept("breadcrumbs", (page.pk,), lambda: _ancestor_links(page, request))
    return {"ancestors": ancestors, "page": page, "request": request}


def _ancestor_links(page, request):
    """The ancestors' titles and links: as the route to the page read them, when it was
    found afresh (no query), else from the tree."""
    ancestors = serving.ancestors_on_path(request, page) if request else None
    if ancestors is None:
        ancestors = page.get_ancestors().filter(depth__gte=2).live().only("title", "url_path")
    return [SimpleNamespace(title=ancestor.title, url=ancestor.url) for ancestor in ancestors]


@register.simple_tag(takes_context=True)
def userbar(context):
    """Wagtail's userbar (edit this page, the accessibility checker), for those who may use
    the admin. Wagtail's own check reads every permission the viewer holds (two queries on
    every page a member views); one query settles it here, and Wagtail checks again itself."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.is_active:
        return ""
    if not user.is_superuser and not may_use_admin(user):
        return ""
    return wagtailuserbar(context)


@register.filter
def jsonld(data):
    """Render a dict as a JSON-LD <script> block, safe against markup in the values."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def feature_sections(context, kind):
    """The sections feature apps add to a page (`Feature.profile_sections` on profiles,
    `head_sections` in every page's <head>, `header_sections` in its header), in INSTALLED_APPS
    order. Each section's function returns its template's context, or None to show nothing; the
    core never imports a feature app."""
    request = context.get("request")
    parts = []
    for section in each(kind):
        data = features.function(section.context)(context)
        if data is not None:
            parts.append(render_to_string(section.template, {**data, "request": request}, request))
    return mark_safe("\n".join(parts))  # noqa: S308 - each part rendered by its template


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` on the site's public address (the Site record), never the request's host."""
    return absolute(url, context.get("request"))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The address of what the page shows: the page's own address on its Site record, and the
    route within it (a blog category, /events/past/), without the filters, sort or tracking
    parameters a visitor's address carries; a later page of a listing keeps its page number."""
    page, request = context.get("page"), context.get("request")
    if not isinstance(page, Page):
        return ""
    parts = page.get_url_parts(request)
    if parts is None:
        return ""
    _site_id, root_url, page_path = parts
    if request is None:
        return f"{root_url}{page_path}"
    path = page_path
    # A preview is served from an admin address: the page's own address stands for it.
    if not getattr(request, "is_preview", False) and request.path.startswith(page_path):
        path = request.path
    number = request.GET.get("page", "")
    later_page = f"?page={number}" if _LATER_PAGE.fullmatch(number) else ""
    return f"{root_url}{path}{later_page}"


@register.simple_tag(takes_context=True)
def share_image(context, site_settings):
    """The image a shared link shows and its description for og:image:alt: the page's own
    (described by its editor), else the site's default (its description, or its title), else
    None."""
    page = context.get("page")
    own = page.get_meta_image() if hasattr(page, "get_meta_image") else None
    if own is not None:
        return {"image": own, "alt": page.get_meta_image_alt() or own.default_alt_text}
    default = getattr(site_settings, "default_share_image", None)
    return {"image": default, "alt": default.default_alt_text} if default else None


@register.simple_tag(takes_context=True)
def top_level_url(context, slug):
    """The address of the site's live, public top-level page with this slug, or "": from the
    top-level pages the menu reads (no query, where Wagtail's slugurl makes one or two)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return ""
    for item in top_level_pages(site):
        if item["url_path"].rstrip("/").rpartition("/")[2] == slug:
            return item["url"]
    return ""


@register.simple_tag
def content_version():
    """A token that changes whenever published content changes (the page cache's generation):
    fragments cached with it as a vary-on ({% wagtailcache %}) never outlive a publish."""
    return current_generation()
