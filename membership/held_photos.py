"""Photos kept across a join form that did not go through.

A photo that passed its checks on a form with other mistakes is stripped of its metadata and
kept privately (HeldPhoto: a random file name in the private store, never at any address),
so the page can say "photo.png — kept" instead of asking for it again. The form carries only
the photo's random token. The photo goes into the application when the form goes through, and
is deleted then, when the applicant removes or replaces it, or after a day
(`manage.py delete_held_photos`)."""

import logging
import posixpath
import re
import unicodedata
import uuid
from contextlib import suppress

from django.core.files.storage import default_storage
from django.db import DatabaseError
from django.utils import timezone

from .models import HeldPhoto
from .models.held_photos import FOLDER, KEEP_FOR, random_name
from .photos import StrippedPhoto, strip

logger = logging.getLogger(__name__)
TOKEN = re.compile(r"[A-Za-z0-9_-]{20,64}")
SHOWN_NAME_LENGTH = 60


def shown_name(name):
    """The chosen file's own name, for showing back to the applicant: no folders, no control
    or formatting characters (a right-to-left override could disguise it), not too long."""
    name = posixpath.basename(str(name or "").replace("\\", "/"))
    name = "".join(c for c in name if not unicodedata.category(c).startswith("C"))
    name = " ".join(name.split())
    if len(name) > SHOWN_NAME_LENGTH:
        stem, extension = posixpath.splitext(name)
        name = stem[: SHOWN_NAME_LENGTH - len(extension[:10]) - 1] + "…" + extension[:10]
    return name or "your photo"


def hold(upload):
    """Keep a checked upload (re-encoded without metadata) for the applicant's next try."""
    photo = strip(upload)
    held = HeldPhoto(shown_name=shown_name(upload.name))
    held.file.save(random_name(photo.name), photo, save=False)
    held.save()
    return held


def find(token):
    """The photo kept under `token`, if it is still kept; None for anything else."""
    if not isinstance(token, str) or not TOKEN.fullmatch(token):
        return None
    return HeldPhoto.objects.usable().filter(token=token).first()


def as_photo(held):
    """The kept photo, opened, ready for save_photo() (which stores it as it is). Raises
    OSError when its file is gone."""
    extension = posixpath.splitext(held.file.name)[1]
    handle = default_storage.open(held.file.name, "rb")
    return StrippedPhoto(handle, name=f"member-{uuid.uuid4().hex}{extension}")


def release(held):
    """Delete a kept photo and its file. A file that cannot be deleted now (the store is
    down) is left to delete_expired(), which also sweeps files without a record."""
    if held is None:
        return
    try:
        default_storage.delete(held.file.name)
    except OSError:
        logger.warning("Could not delete held photo %s now; the hourly clean-up will.", held.pk)
    with suppress(DatabaseError):
        HeldPhoto.objects.filter(pk=held.pk).delete()


def delete_expired(now=None):
    """Delete every photo kept for longer than a day, and any file in the folder older than
    that with no record (a record deleted while the store was down). Returns how many."""
    now = now or timezone.now()
    deleted = 0
    for held in HeldPhoto.objects.expired(now):
        release(held)
        deleted += 1
    known = set(HeldPhoto.objects.values_list("file", flat=True))
    try:
        _, files = default_storage.listdir(FOLDER)
    except (FileNotFoundError, NotADirectoryError):
        files = []
    for name in files:
        path = FOLDER + name
        if path in known:
            continue
        try:
            if default_storage.get_modified_time(path) <= now - KEEP_FOR:
                default_storage.delete(path)
                deleted += 1
        except OSError:
            logger.warning("Could not delete an old held photo file; trying again next time.")
    return deleted
