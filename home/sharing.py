"""Share links for a page: the plain "share" addresses of email and the main networks.

No script from any network and no call to one until a visitor follows a link: each is an
ordinary link carrying the page's public address (from the Site record) and its title. A page
is only offered for sharing when anyone may read it: live, outside any login- or group-
restricted section (members-only pages), and not a preview (a draft's title must never reach a
network, nor the address of something not yet public).
"""

from urllib.parse import quote, urlencode

from wagtail.models import Page

from lead.view_restrictions import restricted_sections


def _query(**params):
    return urlencode(params, quote_via=quote)  # spaces as %20: read the same by every target


def share_targets(title, url):
    """[(name, address)] in the order shown. `url` is the page's absolute public address."""
    text = f"{title} {url}"
    body = f"{title}\n\n{url}"
    return [
        ("Email", f"mailto:?{_query(subject=title, body=body)}"),
        ("LinkedIn", f"https://www.linkedin.com/sharing/share-offsite/?{_query(url=url)}"),
        ("Bluesky", f"https://bsky.app/intent/compose?{_query(text=text)}"),
        ("X", f"https://x.com/intent/post?{_query(text=title, url=url)}"),
        ("Facebook", f"https://www.facebook.com/sharer/sharer.php?{_query(u=url)}"),
        ("WhatsApp", f"https://wa.me/?{_query(text=text)}"),
    ]


def is_shareable(page, request):
    """Whether anyone may read `page` at its public address: live, not a preview, no view
    restriction on it or above it (from the request's one reading of the restrictions,
    lead/view_restrictions.py, which the page's listings have usually made already)."""
    if not isinstance(page, Page) or not page.pk or not page.live:
        return False
    if request is None or getattr(request, "is_preview", False):
        return False
    return not any(page.path.startswith(path) for path, _depth in restricted_sections())
