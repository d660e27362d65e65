"""Keep each event's occurrence rows and calendar SEQUENCE in step with its live version.

Rows are rebuilt when an event is published, from the page as it is now stored (the live
version: saving a draft revision never changes the stored page), and removed when it is
unpublished, so no draft detail can reach a listing. The cached calendar feed is dropped
whenever what it may show changes.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from network.members_restriction import lift_members_restriction, restrict_to_members

from .calendars import feed_cache_key
from .models import (
    EventIndexPage,
    EventOccurrence,
    EventPage,
    rebuild_occurrences,
    record_publication,
)


def clear_feed_cache():
    keys = [feed_cache_key(pk) for pk in EventIndexPage.objects.values_list("pk", flat=True)]
    cache.delete_many(keys)


def event_published(sender, instance, **kwargs):
    event = EventPage.objects.prefetch_related("cancelled_dates").get(pk=instance.pk)
    # "Members only" is a view restriction to the Members group, so every public output
    # (which keeps to .public() pages) leaves the event out; the live version decides it.
    if event.members_only:
        restrict_to_members(event)
    else:
        lift_members_restriction(event)
    rebuild_occurrences([event])
    record_publication(event)
    clear_feed_cache()


def event_unpublished(sender, instance, **kwargs):
    EventOccurrence.objects.filter(event_id=instance.pk).delete()
    clear_feed_cache()


def feed_may_have_changed(sender, **kwargs):
    clear_feed_cache()


def connect():
    page_published.connect(event_published, sender=EventPage, dispatch_uid="events-published")
    page_unpublished.connect(event_unpublished, sender=EventPage, dispatch_uid="events-unpublished")
    # Deleting or moving an event, or a view restriction anywhere (it may cover events).
    post_delete.connect(feed_may_have_changed, sender=EventPage, dispatch_uid="events-deleted")
    post_page_move.connect(feed_may_have_changed, dispatch_uid="events-page-moved")
    for signal in (post_save, post_delete):
        signal.connect(
            feed_may_have_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"events-restriction-{signal is post_save}",
        )
