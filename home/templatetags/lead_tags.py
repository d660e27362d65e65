"""Template tags for the site shell: navigation, breadcrumbs, structured data, home sections."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import Page, Site

from ..navigation import menu_items
from ..pagecache import current_generation

register = template.Library()

# Escape the characters that could close the <script> element or start markup inside it.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


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
    ancestors = page.get_ancestors().filter(depth__gte=2).live().only("title", "url_path")
    return {"ancestors": list(ancestors), "page": page, "request": context.get("request")}


@register.filter
def jsonld(data):
    """Render a dict as a JSON-LD <script> block, safe against markup in the values."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def hook_sections(context, hook_name):
    """Sections feature apps add to a page through a hook (`lead_home_sections` on the home
    page, `lead_profile_sections` on profiles, `lead_head_links` in every page's <head>,
    `lead_header_links` in its header).

    Each hook takes the template context and returns rendered HTML (a SafeString), or "" when it
    has nothing to show, so the core never imports a feature app and empty sections render
    nothing. A plain string is escaped.
    """
    parts = [fn(context) for fn in hooks.get_hooks(hook_name)]
    return format_html_join("\n", "{}", ((part,) for part in parts if part))


@register.simple_tag
def content_version():
    """A token that changes whenever published content changes (the page cache's generation):
    fragments cached with it as a vary-on ({% wagtailcache %}) never outlive a publish."""
    return current_generation()
