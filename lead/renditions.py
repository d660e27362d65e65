"""Image renditions read as a column of the query that fetches their images: a listing's
photos and the site's share image cost no query of their own."""

from django.db.models import JSONField, OuterRef, Subquery
from django.db.models.functions import JSONObject
from django.db.models.query import ModelIterable
from wagtail.images import get_image_model
from wagtail.images.models import Filter

# The size a shared link's image is made in (og:image: lead/templates/includes/meta.html).
SHARE_IMAGE = "fill-1200x630"

_FIELDS = ("id", "file", "width", "height", "focal_point_key")


class RenditionColumn(Subquery):
    """The newest `spec` rendition of the image at `image_path`, as one JSON object column
    (None where there is no image, or no such rendition yet)."""

    def __init__(self, image_path, spec):
        self.image_path, self.spec = image_path, spec
        newest = (
            get_image_model()
            .get_rendition_model()
            .objects.filter(image=OuterRef(image_path), filter_spec=spec)
            .order_by("-pk")
        )
        row = JSONObject(**{field: field for field in _FIELDS})
        super().__init__(newest.values(held=row)[:1], output_field=JSONField())


def hold_rendition(image, spec, held):
    """Give `image` the rendition a RenditionColumn read (`held`) where Wagtail looks before its
    cache and the database; only when it is the one Wagtail would pick (made for the image's
    present focal point), else Wagtail finds or makes it as usual."""
    if image is None or not held or held["focal_point_key"] != Filter(spec).get_cache_key(image):
        return
    rendition = image.get_rendition_model()(image=image, filter_spec=spec, **held)
    image.prefetched_renditions = [*getattr(image, "prefetched_renditions", ()), rendition]


class _HoldingRenditions(ModelIterable):
    """Model rows whose images hold the renditions their RenditionColumns read."""

    def __iter__(self):
        columns = [
            (name, column)
            for name, column in self.queryset.query.annotations.items()
            if isinstance(column, RenditionColumn)
        ]
        for row in super().__iter__():
            for name, column in columns:
                image = row
                for step in column.image_path.split("__"):
                    image = getattr(image, step, None)
                hold_rendition(image, column.spec, getattr(row, name))
            yield row


def with_renditions(queryset, image_path, *specs):
    """`queryset` with the `specs` renditions of the image at `image_path` (which it should
    select_related) read in its own query, one column each: no query per image, and none for
    the renditions."""
    columns = {
        f"{image_path}_rendition_{n}": RenditionColumn(image_path, spec)
        for n, spec in enumerate(specs)
    }
    queryset = queryset.annotate(**columns)
    queryset._iterable_class = _HoldingRenditions
    return queryset
