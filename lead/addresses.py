"""Absolute addresses, from one source: the Wagtail Site record.

Pages take theirs from it already (`Page.full_url` is the page's `Site.root_url` and path).
Everything else that needs an absolute address (feed self links, profile links and images in
structured data and share tags, robots.txt's sitemap line) goes through `absolute()`: never
`request.build_absolute_uri()`, which repeats whatever Host header ALLOWED_HOSTS let through (an
internal name, a load balancer's address), and never Wagtail's `Rendition.full_url`, which reads
WAGTAILADMIN_BASE_URL. One source means one setting to get right: the Site's hostname and port
must be the public address (docs/deployment.md)."""

from wagtail.models import Site


def site_root_url(request=None):
    """The root URL (scheme, host, port) of the site serving `request` (Wagtail matches the
    host name and falls back to the default site), or of the default site."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else ""


def absolute(url, request=None):
    """`url` on the site's root URL. An address that names its own host (a CDN, a storage
    bucket, another Wagtail site) is left as it is."""
    if not url or not url.startswith("/") or url.startswith("//"):
        return url
    return site_root_url(request) + url
