"""Profile photos that are not public: no file address in any page, no file at a public
address.

Wagtail writes renditions as images/<original name>.<filter>.<ext>, and anything in MEDIA_ROOT
(or the public bucket) is fetched without a permission check. So:

- a member's photo, and any photo that is not public, lives in the members' photo collection,
  whose files are in the private store (network/photo_store.py, lead/private_media.py);
- such a photo is never given a file URL on the site: viewers allowed to see it get
  /network/<slug>/photo/<size>/ (network/views.py), which checks the same rule as the profile
  page and streams the rendition through the storage API. A public photo from the library
  (outside the collection) is rendered as usual ({% image %}: a public, cacheable file);
- whenever a profile's live photo becomes non-public (a new photo, or a public one made
  members-only or hidden, through the editor, the member's account or a script), the image
  moves into the collection, its original gets a new random name in the private store, and
  every rendition is deleted, files included, so every address a visitor may have seen stops
  working. The profile decides when (ProfilePage.secure_photo, called by its save(), and
  ProfilePageQuerySet.change()); this module does the moving. Renditions are made again, in
  the private store, when an allowed viewer asks for them. When a CDN or proxy is configured
  for purging (WAGTAILFRONTENDCACHE), the old public file addresses are purged from it too;
- an image moved into or out of the collection in the admin has its files moved to match
  (place_files_after_commit).

An image that editors also use on another kind of page (a blog hero) stays where it is, and
keeps being public there; its files are only renamed.
"""

import logging
import os
import secrets

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.images import get_image_model
from wagtail.models import ReferenceIndex

from lead.addresses import absolute
from lead.private_media import PREFIX, is_private

from .photo_store import belongs_private, photo_collection, private_collections

logger = logging.getLogger(__name__)

# The only renditions the photo view makes: never a filter spec taken from the request.
SIZES = {
    "small": "fill-160x160",
    "medium": "fill-240x240",
    "large": "max-800x800",
}
# The profile fields whose change can turn a photo from public to not public.
PHOTO_FIELDS = ("photo", "photo_id", "photo_visibility")


def photo_url(page, size):
    """The permission-checked address of a profile's photo (never a file address)."""
    return reverse("network:profile_photo", kwargs={"slug": page.slug, "size": size})


def has_public_files(image):
    """Whether the image's files are at public addresses (not in the private store)."""
    return image is not None and not is_private(image.file.name)


def secure_after_commit(image_id):
    """Move the image's files once the change that made it private is committed (so a
    rolled-back change never leaves the database pointing at a deleted file). Outside a
    transaction this runs at once."""
    transaction.on_commit(lambda: _or_log(secure_image_files, image_id))


def place_files_after_commit(image_id):
    """Once committed, move the image's files to the store its collection calls for."""
    transaction.on_commit(lambda: _or_log(place_files, image_id))


def _or_log(move, image_id):
    # The change itself is committed: a storage failure here must not turn it into an error
    # page, but it must be seen, since the old addresses may still work.
    try:
        move(image_id)
    except Exception:
        logger.exception("Could not move the files of photo %s.", image_id)


def secure_image_files(image_id):
    """A photo has just stopped being public: into the members' photo collection (unless
    another kind of page uses it), and new files where they now belong."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return
    if not belongs_private(image) and not used_beyond_profiles(image):
        get_image_model().objects.filter(pk=image_id).update(collection=photo_collection())
    renew_files(image_id)


def place_files(image_id):
    """Move the image's files if they are not in the store its collection calls for."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None and belongs_private(image) != is_private(image.file.name):
        renew_files(image_id)


def secure_existing_photos():
    """Put photos stored before the private store existed where they belong: every live
    profile's photo that is not public joins the members' photo collection (unless another
    kind of page uses it), and every image of the collection whose files are still public gets
    private ones. Safe to run again. Returns how many images' files moved."""
    Image = get_image_model()
    ProfilePage = apps.get_model("network", "ProfilePage")
    not_public = ProfilePage.objects.exclude(photo=None).exclude(photo_visibility="public")
    for image in Image.objects.filter(pk__in=not_public.values("photo_id")):
        if not belongs_private(image) and not used_beyond_profiles(image):
            Image.objects.filter(pk=image.pk).update(collection=photo_collection())
    moved = Image.objects.filter(collection__in=private_collections()).exclude(
        file__startswith=PREFIX
    )
    ids = list(moved.values_list("pk", flat=True))
    for image_id in ids:
        renew_files(image_id)
    return len(ids)


def used_beyond_profiles(image):
    """Whether a page or record other than a profile refers to the image (a post's banner)."""
    profiles = ContentType.objects.get_for_model(apps.get_model("network", "ProfilePage"))
    return ReferenceIndex.get_references_to(image).exclude(content_type=profiles).exists()


def renew_files(image_id):
    """Give the image's original a new random name, in the private store when its collection
    calls for it, and delete every rendition, rows and files.

    Works through the storage API only (local files or S3 alike). Files are deleted here, not
    left to Wagtail's clean-up task, so old addresses stop working now."""
    Image = get_image_model()
    image = Image.objects.filter(pk=image_id).first()
    if image is None:
        return
    storage = image.file.storage
    old_name = image.file.name
    new_name = None
    if old_name and storage.exists(old_name):
        extension = os.path.splitext(old_name)[1].lower()
        # Through the image's own naming, so the collection decides the store.
        target = image.file.field.generate_filename(image, secrets.token_hex(16) + extension)
        with storage.open(old_name, "rb") as source:
            new_name = storage.save(target, source)
        # A plain update: the image's other data (title, hash, focal point) is unchanged.
        Image.objects.filter(pk=image_id).update(file=new_name)
    else:
        logger.warning("Photo %s has no original file to move.", image_id)
    # After the move, so a rendition made meanwhile under the old name goes too.
    old_urls = []
    for rendition in image.renditions.all():
        if not is_private(rendition.file.name):
            old_urls.append(rendition.file.url)
        delete_stored_file(rendition.file)
        rendition.delete()  # Wagtail's signal also purges it from the renditions cache
    if new_name:
        if not is_private(old_name):
            old_urls.append(storage.url(old_name))
        storage.delete(old_name)
    purge_file_urls(old_urls)


def delete_stored_file(field_file):
    """Delete a file from storage now, keeping its name on the record.

    FieldFile.delete() would clear the name; deleting the row then queues Wagtail's own
    clean-up task with no name, which fails ("The name must be given to delete()"). With the
    name kept, that task finds the file already gone and does nothing."""
    if field_file.name:
        field_file.storage.delete(field_file.name)


def purge_file_urls(urls):
    """Purge old file addresses from the configured CDN or proxy, if any (local media URLs are
    made absolute on the Site record's root URL, the public address)."""
    if urls and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_urls_from_cache([absolute(url) for url in urls])
