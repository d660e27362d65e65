"""Profile photos that are not public: no file address in any page, no file at a guessable name.

Wagtail writes renditions to public storage as images/<original name>.<filter>.<ext>, and
anything in MEDIA_ROOT (or the S3 bucket) is fetched without a permission check. So:

- a public photo is rendered as usual ({% image %}: a public, cacheable file);
- a photo that is members-only or hidden is never given a file URL: viewers allowed to see it
  get /network/<slug>/photo/<size>/ (network/views.py), which checks the same rule as the
  profile page and streams the rendition through the storage API;
- whenever a profile's live photo becomes non-public (a new photo, or a public one made
  members-only or hidden, through the editor, the member's account or a script), its original
  gets a new random name and every rendition is deleted, files included, so every address a
  visitor may have seen stops working. The profile decides when (ProfilePage.secure_photo,
  called by its save(), and ProfilePageQuerySet.change()); this module does the renaming.
  Renditions are made again under the new name when an allowed viewer asks for them. When a
  CDN or proxy is configured for purging (WAGTAILFRONTENDCACHE), the old file addresses are
  purged from it too.

An image that editors also use publicly elsewhere (a blog hero, another profile) is public
there anyway: renaming does not change that.
"""

import logging
import os
import secrets
from urllib.parse import urljoin

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.images import get_image_model

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


def secure_after_commit(image_id):
    """Rename the image's files once the change that made it private is committed (so a
    rolled-back change never leaves the database pointing at a deleted file). Outside a
    transaction this runs at once."""
    transaction.on_commit(lambda: _secure_or_log(image_id))


def _secure_or_log(image_id):
    # The change itself is committed: a storage failure here must not turn it into an error
    # page, but it must be seen, since the old addresses may still work.
    try:
        secure_image_files(image_id)
    except Exception:
        logger.exception("Could not rename the files of private photo %s.", image_id)


def secure_image_files(image_id):
    """Give the image's original a new random name and delete every rendition, rows and files.

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
        target = image.file.field.generate_filename(image, secrets.token_hex(16) + extension)
        with storage.open(old_name, "rb") as source:
            new_name = storage.save(target, source)
        # A plain update: the image's other data (title, hash, focal point) is unchanged.
        Image.objects.filter(pk=image_id).update(file=new_name)
    else:
        logger.warning("Private photo %s has no original file to rename.", image_id)
    # After the rename, so a rendition made meanwhile under the old name goes too.
    old_urls = []
    for rendition in image.renditions.all():
        old_urls.append(rendition.file.url)
        rendition.file.delete(save=False)
        rendition.delete()  # Wagtail's signal also purges it from the renditions cache
    if new_name:
        old_urls.append(storage.url(old_name))
        storage.delete(old_name)
    purge_file_urls(old_urls)


def purge_file_urls(urls):
    """Purge old file addresses from the configured CDN or proxy, if any (local media URLs are
    made absolute with the site's base URL)."""
    if urls and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
        purge_urls_from_cache([urljoin(base, url) for url in urls])
