"""The one way tests put a page on the site: as an editor does, through a revision."""

from wagtail.models import PageViewRestriction


def publish(page):
    """Publish the page's latest revision, as a moderator approving it does. Returns the page
    fresh from the database: publishing writes the row behind any instance already held."""
    page = page.specific_class.objects.get(pk=page.pk)
    page.get_latest_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def add_page(parent, page, *, live=True, restricted=False, before_revision=None):
    """Add `page` (built, not saved) under `parent` with a first revision, published from it
    unless live=False (a draft never published), and restricted to signed-in people if asked.
    `before_revision(page)` makes rows that belong beside the saved page (a profile's
    membership) before its first revision, as the site's own forms do. Returns the page fresh
    from the database."""
    page.live = live
    parent.add_child(instance=page)
    if before_revision is not None:
        before_revision(page)
    page.save_revision()
    if live:
        page = publish(page)
    if restricted:
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    return page.specific_class.objects.get(pk=page.pk)
