"""Renditions for images joined to a listing's rows (`select_related`), in one query; and one
rendition read as columns of another query."""

from django.db.models import OuterRef, Prefetch, Subquery
from wagtail.images import get_image_model
from wagtail.images.models import Filter

# The size a shared link's image is made in (og:image: lead/templates/includes/meta.html).
SHARE_IMAGE = "fill-1200x630"

_FIELDS = ("id", "file", "width", "height", "focal_point_key")


def joined_renditions(image_path, *specs):
    """A Prefetch of the `specs` renditions of the image at `image_path` (joined with
    select_related), where Wagtail's `image.get_rendition()` looks first: no query per image,
    and no separate query for the images themselves."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(f"{image_path}__renditions", renditions, to_attr="prefetched_renditions")


def rendition_columns(image_path, spec, prefix):
    """Annotations reading the newest `spec` rendition of the image at `image_path` as
    columns of the outer query (`<prefix>_id`, `<prefix>_file`, ...): no query of its own."""
    newest = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(image=OuterRef(image_path), filter_spec=spec)
        .order_by("-pk")
    )
    return {f"{prefix}_{field}": Subquery(newest.values(field)[:1]) for field in _FIELDS}


def hold_rendition(image, spec, row, prefix):
    """Give `image` the rendition read by rendition_columns (the attributes of `row`) where
    Wagtail looks before its cache and the database; only when it is the one Wagtail would
    pick (made for the image's present focal point), else Wagtail finds or makes it as usual."""
    values = {field: getattr(row, f"{prefix}_{field}", None) for field in _FIELDS}
    if image is None or values["id"] is None:
        return
    if values["focal_point_key"] != Filter(spec).get_cache_key(image):
        return
    rendition = image.get_rendition_model()(image=image, filter_spec=spec, **values)
    image.prefetched_renditions = [rendition]
