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


def random_name(filename):
    """A random file name (the folder is the field's); only the extension is kept. Given when
    the file is stored (membership/held_photos.py), not by an `upload_to` function, so the
    migration holds no reference to project code (tests/editorial/test_frozen_migrations.py)."""
    extension = posixpath.splitext(filename)[1].lower()
    return f"{uuid.uuid4().hex}{extension}"


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

    token = models.CharField(max_length=64, unique=True, editable=False)  # set on first save
    file = models.FileField(upload_to=FOLDER, max_length=255)
    shown_name = models.CharField(
        max_length=100, help_text="The file's name on the applicant's device, shown back to them."
    )
    held_at = models.DateTimeField(default=timezone.now, db_index=True)

    objects = HeldPhotoQuerySet.as_manager()

    class Meta:
        verbose_name = "held photo"

    def __str__(self):
        return f"Held photo {self.pk}"

    def save(self, *args, **kwargs):
        if not self.token:
            self.token = new_token()
        super().save(*args, **kwargs)
