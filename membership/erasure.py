"""Withdrawal: the profile goes offline at once, then everything the site holds about the
member is erased, leaving only an anonymous receipt.

What is erased, and how:
- the profile page and all its revisions, workflow states, comments and log entries
  (deleting the page removes revisions and workflow states; its log entries hold its title and
  are deleted by page id);
- the photo (every image the page or any revision used, unless another page uses it), every
  rendition, and their files in storage (deleted here, not left to Wagtail's after-commit
  clean-up);
- search index entries (removed from every backend; on SQLite the full-text index is merged so
  no deleted text lingers in its segments);
- what features hold about the member (`Feature.erase_member`: role alerts, interest
  sent in roles, also when sent without signing in from the account's address);
- mentoring choices, and mentoring requests the member sent or received;
- contact and introduction requests and their log entries, the consent record, the profile's
  membership (its contact email and link to the account), mail still queued for the member's
  addresses, the member's privacy choices and the staff restrictions on the profile, the
  member's account and any sign-in lockout records for it;
  copies editors made of the profile go the same way;
- credits (post bylines, event speakers) are unlinked, and show "Former member" if asked;
- this site's whole cache is cleared (pages, navigation, facets and anything a feature
  cached); on a Redis shared with other sites, only this site's keys (CACHE_KEY_PREFIX). If
  Redis cannot be reached then, the clearing is done as soon as it answers again
  (lead.cache.clear_site_cache).
"""

import logging

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from axes.utils import reset
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry, ReferenceIndex
from wagtail.search.backends import get_search_backends

from lead.cache import clear_site_cache
from lead.features import call_each
from lead.mail import forget_mail_to
from network.models import MemberChoices, ProfilePage, release_profile_credits
from network.private_photos import delete_stored_file, purge_file_urls

from . import mentoring
from .accounts import member_of
from .models import ContactRequest, ErasureReceipt, IntroductionRequest, Membership
from .request_kinds import delete_with_log_entries

logger = logging.getLogger(__name__)


def take_offline(profile):
    """Unpublish now, in its own transaction: whatever happens next, the profile is offline."""
    with transaction.atomic():
        page = ProfilePage.objects.select_for_update().get(pk=profile.pk)
        if page.live:
            page.unpublish(log_action=None)
    clear_site_cache()


def erase_member(profile, erased_by, former_member):
    """Erase a member's profile and everything linked to it. Returns the ErasureReceipt.

    Copies editors made of the profile (pages bound to the member's privacy choices) hold the
    same person's data: they are erased with it."""
    profile = ProfilePage.objects.get(pk=profile.pk)
    pages = [profile, *_copies_of(profile)]
    for page in pages:
        take_offline(page)
    with transaction.atomic():
        user = member_of(profile)
        choices = profile.member_choices_id
        memberships = Membership.objects.filter(profile__in=[page.pk for page in pages])
        addresses = list(memberships.values_list("contact_email", flat=True))
        if user is not None:
            addresses += [user.email, user.get_username()]
        forget_mail_to(addresses)
        # Mentoring choices, and requests the member sent or received (the other member's
        # copy names them too).
        mentoring.erase(memberships)
        for page in pages:
            _erase_page(ProfilePage.objects.get(pk=page.pk), former_member)
        MemberChoices.objects.filter(pk=choices).delete()
        if user is not None:
            MemberChoices.objects.filter(member=user).delete()
            _delete_account(user)
        receipt = ErasureReceipt.objects.create(erased_by=erased_by)
    _compact_search_index()
    clear_site_cache()
    return receipt


def _copies_of(profile):
    if not profile.member_choices_id:
        return []
    copies = ProfilePage.objects.filter(member_choices=profile.member_choices_id)
    return list(copies.exclude(pk=profile.pk))


def _erase_page(profile, former_member):
    image_ids = photo_ids(profile)
    release_profile_credits(profile.pk, former_member=former_member)
    _delete_requests(profile)
    for backend in get_search_backends(with_auto_update=False):
        try:
            backend.delete(profile)
        except Exception:  # a search server down must not stop the erasure
            logger.exception("Could not remove profile %s from a search index.", profile.pk)
    page_id = profile.pk
    Page.objects.get(pk=page_id).specific.delete()
    PageLogEntry.objects.filter(page_id=page_id).delete()
    delete_images(image_ids, page_id)


def photo_ids(profile):
    """Every image the profile or any of its revisions uses as its photo."""
    ids = {profile.photo_id} if profile.photo_id else set()
    for content in profile.revisions.values_list("content", flat=True):
        if isinstance(content, dict) and content.get("photo"):
            ids.add(content["photo"])
    return ids


def _delete_requests(profile):
    # Contact and introduction requests, with the log entries that record what editors did
    # with them and what they wrote (replies, notes to the member).
    for model in (ContactRequest, IntroductionRequest):
        delete_with_log_entries(model.objects.filter(profile=profile))


def delete_images(image_ids, page_id):
    """Delete the images, their renditions and all their files, except an image that another
    page uses (the editors', not the member's to erase)."""
    Image = get_image_model()
    content_type = ContentType.objects.get_for_model(Image)
    for image in Image.objects.filter(pk__in=image_ids):
        elsewhere = ReferenceIndex.objects.filter(
            to_content_type=content_type, to_object_id=str(image.pk)
        ).exclude(object_id=str(page_id))
        if elsewhere.exists():
            continue  # an image the editors use on another page is not the member's to erase
        urls = []
        for rendition in image.renditions.all():
            urls.append(rendition.file.url)
            delete_stored_file(rendition.file)
        urls.append(image.file.url)
        delete_stored_file(image.file)
        # Before image.delete(), which sets image.pk to None.
        ModelLogEntry.objects.filter(content_type=content_type, object_id=str(image.pk)).delete()
        image.delete()
        purge_file_urls(urls)  # a CDN in front may hold copies of the files


def _delete_account(user):
    # What features hold about the member beyond the account's own rows (which go with it).
    call_each("erase_member", user)
    username = user.get_username()
    # Sign-in records hold what was typed: "Robin@…" from a phone is the same member.
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        model.objects.filter(username__iexact=username).delete()
    # The cache handler (Redis) removes the keys it can name; the site cache is cleared after.
    reset(username=username)
    ModelLogEntry.objects.filter(user_id=user.pk).update(user=None)
    user.delete()


def _compact_search_index():
    """SQLite's FTS5 keeps deleted text in old index segments until they are merged."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%USING fts5%'"
        )
        for (table,) in cursor.fetchall():
            cursor.execute(f'INSERT INTO "{table}"("{table}") VALUES (\'optimize\')')  # noqa: S608
