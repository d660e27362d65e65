"""Which parts of the page tree are restricted, read once per request.

Every `.public()` in Wagtail reads the whole view-restriction table to build its filter, so a
page whose listings each keep to public pages (the home page has nine) asks the same question
nine times. Within one request the answer is read once and held; any change to a restriction
forgets it at once (a request that adds a restriction and then lists pages sees the new rule).
Between requests the list is kept in the shared cache until a restriction changes
(lead/kept.py), so a warm page reads it from there.

The filter is the one Wagtail builds (a restricted page and everything under it), from the
restricted pages' tree paths only.
"""

from contextvars import ContextVar

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from wagtail.query import PageQuerySet

# The current request's restricted (path, depth) pairs: None outside a request, [] before the
# first read, [pairs] after it.
_held = ContextVar("lead_restricted_sections", default=None)


def _read():
    """From the shared cache (lead/kept.py): any change to a restriction, or a move of a
    restricted page, replaces the generation token, so a list kept from before it is never
    read."""
    from wagtail.models import PageViewRestriction

    from lead.kept import kept

    queryset = PageViewRestriction.objects.values_list("page__path", "page__depth")
    return kept("restricted-sections", (), lambda: tuple(queryset.distinct()))


def restricted_sections():
    """(path, depth) of every page with a view restriction."""
    held = _held.get()
    if held is None:
        return _read()
    if not held:
        held.append(_read())
    return held[0]


def private_q(queryset):
    """Wagtail's `PageQuerySet.private_q`, from the request's one reading."""
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def is_private(page):
    """Whether a view restriction covers the page (what `.public()` leaves out), from the
    request's one reading: for a page already in hand, no query."""
    return any(
        page.path.startswith(path) and page.depth >= depth for path, depth in restricted_sections()
    )


def forget(**kwargs):
    held = _held.get()
    if held:
        held.clear()


class ViewRestrictionsMiddleware:
    """Hold the restrictions for one request (read at the first `.public()`, if any)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _held.set([])
        try:
            return self.get_response(request)
        finally:
            _held.reset(token)


def connect():
    """Called once at start-up (HomeConfig.ready)."""
    from wagtail.models import PageViewRestriction

    PageQuerySet.private_q = private_q
    post_save.connect(forget, sender=PageViewRestriction)
    post_delete.connect(forget, sender=PageViewRestriction)
