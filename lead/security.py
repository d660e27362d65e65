"""Content-Security-Policy: one strict policy for the public site, a looser one for the admin.

The strict policy (settings.CONTENT_SECURITY_POLICY) applies everywhere. The Wagtail admin and
the Django admin render inline scripts and styles, so responses under settings.LEAD_ADMIN_CSP_PATHS
get settings.LEAD_ADMIN_CSP_ADDITIONS added to it. Adding to the public policy (rather than keeping
a second, separate policy) means the admin can never end up stricter in one place and looser in
another by accident: whatever the public policy forbids, the admin forbids too, unless it is listed
as an addition. XML responses (the feeds, which a browser draws with an XSLT stylesheet) get
settings.LEAD_FEED_CSP_ADDITIONS in the same way: the browser's own notice about XSLT, by hash.

This is django-csp's own extension point: CSPMiddleware.get_policy_parts() returns the pieces
(config, update, replace, nonce) that it builds the header from.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def is_admin_path(path):
    """True for the Wagtail admin, its page previews and the Django admin."""
    return path.startswith(tuple(settings.LEAD_ADMIN_CSP_PATHS))


def merge_directives(*parts):
    """Join several {directive: [sources]} dicts, keeping each source once and in order."""
    merged = {}
    for part in parts:
        for directive, sources in (part or {}).items():
            if isinstance(sources, str):
                sources = [sources]
            merged[directive] = list(dict.fromkeys([*merged.get(directive, []), *sources]))
    return merged


def is_xml_document(response):
    """True for an XML document a browser may draw with a stylesheet (the feeds). Decided by
    the header, which a copy from the page cache keeps."""
    return response.get("Content-Type", "").startswith(("application/xml", "text/xml"))


class LeadCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, adding the admin's allowances on admin paths only, and the
    feeds' on XML documents only."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if is_admin_path(request.path_info):
            parts.update = merge_directives(settings.LEAD_ADMIN_CSP_ADDITIONS, parts.update)
        elif is_xml_document(response):
            parts.update = merge_directives(settings.LEAD_FEED_CSP_ADDITIONS, parts.update)
        return parts
