"""Members' photos: checked by their content, stripped of metadata, kept in the members' photo
collection (files in the private store: network/photo_store.py) under a name that says nothing
about whose they are."""

import io
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageOps, UnidentifiedImageError
from wagtail.images import get_image_model

from network.photo_store import photo_collection

FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 20_000_000


def check_photo(upload):
    """Raise ValidationError unless `upload` is a JPEG, PNG or WebP of at most 5 MB and
    20 megapixels, judged by its content (never its name)."""
    max_bytes = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", MAX_BYTES)
    max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", MAX_PIXELS)
    if upload.size > max_bytes:
        raise ValidationError(
            f"The photo is {upload.size / 1024 / 1024:.1f} MB. Please choose one of 5 MB or less."
        )
    try:
        upload.seek(0)
        with PILImage.open(upload) as image:
            kind = image.format
            width, height = image.size
            if kind in FORMATS and width * height <= max_pixels:
                image.verify()
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        PILImage.DecompressionBombError,
    ):
        raise ValidationError(
            "We could not read that file as a photo. Please choose a JPEG, PNG or WebP image."
        ) from None
    finally:
        upload.seek(0)
    if kind not in FORMATS:
        raise ValidationError("Please choose a JPEG, PNG or WebP image.")
    if width * height > max_pixels:
        raise ValidationError(
            f"The photo is {width} × {height} pixels. Please choose a smaller one "
            "(up to 20 megapixels)."
        )
    return kind


class StrippedPhoto(ImageFile):
    """A photo already re-encoded without metadata by strip(): stored as it is, so a photo
    the join form held (membership/held_photos.py) is not compressed a second time."""


def strip(upload):
    """A checked upload re-encoded without metadata (location, camera), under a new random
    name that says nothing about whose it is."""
    upload.seek(0)
    with PILImage.open(upload) as image:
        kind = image.format
        image = ImageOps.exif_transpose(image)
        if kind == "JPEG" and image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, format=kind)
    return StrippedPhoto(buffer, name=f"member-{uuid.uuid4().hex}.{FORMATS[kind]}")


def save_photo(upload):
    """A Wagtail image in the members' photo collection, from a checked upload (re-encoded
    without metadata) or a photo strip() has already re-encoded."""
    photo = upload if isinstance(upload, StrippedPhoto) else strip(upload)
    return get_image_model().objects.create(
        title=f"Member photo {photo.name[7:19]}",
        file=photo,
        collection=photo_collection(),
    )
