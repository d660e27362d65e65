"""A photo the join form has checked, kept while the applicant puts the rest of the form right,
so they need not choose it again (membership/held_photos.py)."""

import posixpath
import secrets
import uuid
from datetime import timedelta

from django.db import models
from django.utils import timezone

# Long enough to fix a form and come back after a break; `manage.py delete_held_photos` (run
# hourly) deletes what is older.
KEEP_FOR = timedelta(days=1)
# Under "private/": the private store (lead/private_media.py), outside MEDIA_ROOT. No view
# serves these files: the private-file view only serves images of the library.
FOLDER = "private/held-photos/"


def held_photo_name(instance, filename):
    """A random name in the private folder; only the extension is kept."""
    extension = posixpath.splitext(filename)[1].lower()
    return f"{FOLDER}{uuid.uuid4().hex}{extension}"


def new_token():
    return secrets.token_urlsafe(32)


class HeldPhotoQuerySet(models.QuerySet):
    def usable(self, now=None):
        return self.filter(held_at__gt=(now or timezone.now()) - KEEP_FOR)

    def expired(self, now=None):
        return self.filter(held_at__lte=(now or timezone.now()) - KEEP_FOR)


class HeldPhoto(models.Model):
    """One photo, already stripped of its metadata, waiting for its application. The form
    names it only by `token` (in a hidden field of the page the applicant sees)."""

    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    file = models.FileField(upload_to=held_photo_name, max_length=255)
    shown_name = models.CharField(
        max_length=100, help_text="The file's name on the applicant's device, shown back to them."
    )
    held_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = HeldPhotoQuerySet.as_manager()

    class Meta:
        verbose_name = "held photo"

    def __str__(self):
        return f"Held photo {self.pk}"
