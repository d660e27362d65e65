"""After "Submit for moderation" (or publishing, or deleting), editors go back to the listing
they opened the page from, not to the page tree.

Wagtail goes back to the address in `next` when the edit or create view was opened with one,
and otherwise to the page's parent in the explorer. So:
- the admin's page listings (Events, Posts, Profiles, Paid roles) put the listing as the
  editor sees it (filters, search, page number) in `next` (`PageListingAdmin`);
- a page opened from any other listing an editor works from (the dashboard, the explorer,
  admin search, reports) without `next` is sent once to the same address with that listing
  in `next`, read from the address the browser says it came from (`Referer`). Anything else
  (no Referer, another site, a form) keeps Wagtail's own behaviour.
"""

from urllib.parse import urlsplit, urlunsplit

from django.http import QueryDict
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from wagtail import hooks
from wagtail_modeladmin.helpers import PageButtonHelper
from wagtail_modeladmin.options import ModelAdmin

# The admin screens an editor opens pages from, by URL name.
LISTINGS = {
    "wagtailadmin_home",
    "wagtailadmin_explore",
    "wagtailadmin_explore_root",
    "wagtailadmin_pages:search",
    "missing_descriptions",
    "profiles_without_consent",
}
LISTING_NAMESPACES = {"wagtailadmin_reports"}


def with_next(url, listing):
    """`url` with its `next` set to `listing` (an address on this site)."""
    parts = urlsplit(url)
    query = QueryDict(parts.query, mutable=True)
    query["next"] = listing
    return urlunsplit(parts._replace(query=query.urlencode(safe="/")))


def listing_came_from(request):
    """The admin listing the browser says this request came from (path and query), if any."""
    referer = urlsplit(request.headers.get("Referer", ""))
    if referer.netloc != request.get_host():
        return None
    try:
        match = resolve(referer.path)
    except Resolver404:
        return None
    is_listing = (
        match.view_name in LISTINGS
        or set(match.namespaces) & LISTING_NAMESPACES
        or (match.url_name or "").endswith("_modeladmin_index")
    )
    if not is_listing:
        return None
    return urlunsplit(("", "", referer.path, referer.query, ""))


def _remember_listing(request):
    if request.method != "GET" or "next" in request.GET:
        return None
    listing = listing_came_from(request)
    if listing is None:
        return None
    query = request.GET.copy()
    query["next"] = listing
    return redirect(f"{request.path}?{query.urlencode(safe='/')}")


@hooks.register("before_edit_page")
def remember_listing_when_editing(request, page):
    return _remember_listing(request)


@hooks.register("before_create_page")
def remember_listing_when_creating(request, parent_page, page_class):
    return _remember_listing(request)


class ReturnToListingButtonHelper(PageButtonHelper):
    """A page listing's buttons (edit, copy, unpublish, delete, and the title link) come back
    to the listing as shown: Wagtail's own name it without its filters."""

    def _here(self, button):
        if button and "next=" in button.get("url", ""):
            button["url"] = with_next(button["url"], self.request.get_full_path())
        return button

    def get_buttons_for_obj(self, obj, *args, **kwargs):
        return [self._here(button) for button in super().get_buttons_for_obj(obj, *args, **kwargs)]

    def get_primary_button(self, obj):
        return self._here(super().get_primary_button(obj))


class PageListingAdmin(ModelAdmin):
    """The base of every admin listing of pages (Events, Posts, Profiles, Paid roles)."""

    button_helper_class = ReturnToListingButtonHelper
