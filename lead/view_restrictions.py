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

from collections import namedtuple
from contextvars import ContextVar

from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.query import PageQuerySet

from lead.viewer import group_ids

# One view restriction: on the page at `path` (and everything under it), of `kind` (Wagtail's
# password, login or groups), letting in the groups whose ids are in `groups`.
Rule = namedtuple("Rule", "pk path depth kind groups")

# The current request's rules: None outside a request, [] before the first read, [rules] after.
_held = ContextVar("lead_restricted_sections", default=None)


def _read():
    """From the shared cache (lead/kept.py): any change to a restriction, or a move of a
    restricted page, replaces the generation token, so rules kept from before it are never
    read."""
    from lead.kept import kept

    return kept("view-restriction-rules", (), _read_rules)


def _read_rules():
    from wagtail.models import PageViewRestriction

    rows = PageViewRestriction.objects.order_by("pk").values_list(
        "pk", "page__path", "page__depth", "restriction_type", "groups"
    )
    rules, groups = {}, {}
    for pk, path, depth, kind, group in rows:  # a row per group (one with None for none)
        rules[pk] = (path, depth, kind)
        groups.setdefault(pk, set()).update([group] if group is not None else [])
    return tuple(Rule(pk, *rules[pk], frozenset(groups[pk])) for pk in rules)


def restriction_rules():
    """Every view restriction, as Rules."""
    held = _held.get()
    if held is None:
        return _read()
    if not held:
        held.append(_read())
    return held[0]


def restricted_sections():
    """(path, depth) of every page with a view restriction."""
    return tuple(dict.fromkeys((rule.path, rule.depth) for rule in restriction_rules()))


def refused(page, request):
    """The restrictions on `page` and its ancestors that `request` does not meet, judged as
    Wagtail's `accept_request()` judges them, from the request's one reading of the rules and
    one of the viewer's groups (Wagtail reads both again for every restriction, twice a page).
    Not for an alias, whose restrictions are its original's."""
    return [
        rule
        for rule in restriction_rules()
        if page.path.startswith(rule.path) and not _accepts(rule, request)
    ]


def _accepts(rule, request):
    from wagtail.models import PageViewRestriction

    if rule.kind == PageViewRestriction.PASSWORD:
        key = PageViewRestriction.passed_view_restrictions_session_key
        return rule.pk in request.session.get(key, [])
    if rule.kind == PageViewRestriction.LOGIN:
        return request.user.is_authenticated
    if rule.kind == PageViewRestriction.GROUPS:
        return request.user.is_superuser or bool(rule.groups & group_ids(request.user))
    return True


def private_q(queryset):
    """Wagtail's `PageQuerySet.private_q`, from the request's one reading."""
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def is_private(page):
    """Whether a view restriction covers the page (what `.public()` leaves out), from the
    request's one reading: for a page already in hand, no query."""
    return is_private_path(page.path)


def is_private_path(page_path):
    """is_private for the page at a tree path (a restricted page's path starts every path
    under it, and only those)."""
    return any(page_path.startswith(path) for path, _depth in restricted_sections())


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
    # An editor's change to who may see a section sets the groups after saving the restriction:
    # the rules kept between requests must not keep the groups from in between.
    m2m_changed.connect(groups_changed, sender=PageViewRestriction.groups.through)


def groups_changed(action, **kwargs):
    if action.startswith("post_"):
        from lead.pagecache import invalidate

        forget()
        invalidate()
