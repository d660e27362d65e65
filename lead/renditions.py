"""Renditions for images joined to a listing's rows (`select_related`), in one query."""

from django.db.models import Prefetch
from wagtail.images import get_image_model


def joined_renditions(image_path, *specs):
    """A Prefetch of the `specs` renditions of the image at `image_path` (joined with
    select_related), where Wagtail's `image.get_rendition()` looks first: no query per image,
    and no separate query for the images themselves."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(f"{image_path}__renditions", renditions, to_attr="prefetched_renditions")
