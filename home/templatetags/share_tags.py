"""The share links under a post, an event or a role (home/sharing.py holds the rules)."""

from django import template

from ..sharing import is_shareable, share_targets

register = template.Library()


@register.inclusion_tag("includes/share_links.html", takes_context=True)
def share_links(context, page, what="page", level=2):
    """Email and the main networks' share links for `page`, and a button for the device's own
    share sheet (shown by static/js/share.js only where the browser has the Web Share API).
    Nothing at all for a page not everyone may read, or a preview. `what` names the page in
    the heading ("Share this event"); `level` is the heading's level where it sits."""
    request = context.get("request")
    if not is_shareable(page, request):
        return {"targets": None}
    url = page.get_full_url(request)
    return {
        "targets": share_targets(page.title, url),
        "title": page.title,
        "url": url,
        "what": what,
        "level": level,
    }
