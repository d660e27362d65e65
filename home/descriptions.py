"""A page's own description (what `MetadataMixin.get_meta_description` falls back on when
it has no search description: its `description_field`) read with generic page rows, in
their query, whatever their types."""

import functools

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, OuterRef, Subquery, TextField, Value, When
from wagtail.models import get_page_models


@functools.cache
def _own_description():
    """One CASE over the page types with a description field: for each, its value from its
    own table (a correlated subquery), so the rows need not be fetched as their own types.
    Built once per process: page types and their content types do not change while it runs
    (Django copies an expression when a query uses it)."""
    cases = []
    for model in get_page_models():
        name = getattr(model, "description_field", None)
        if name is None or model._meta.abstract:
            continue
        field = next((f for f in model._meta.local_fields if f.name == name), None)
        if field is None:  # inherited or missing: not in this type's own table
            continue
        value = model.objects.filter(pk=OuterRef("pk")).order_by().values(name)[:1]
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        cases.append(When(content_type_id=content_type.pk, then=Subquery(value)))
    return Case(*cases, default=Value(""), output_field=TextField())


def with_own_descriptions(pages):
    """`pages` (generic Page rows), each with `own_description` for description_of()."""
    return pages.annotate(own_description=_own_description())


def description_of(page):
    """The page's description for a link to it: its search description, or its own
    description field's words (from with_own_descriptions, else from the page itself)."""
    if page.search_description:
        return page.search_description
    if hasattr(page, "own_description"):
        return page.own_description or ""
    describe = getattr(page.specific_deferred, "get_meta_description", None)
    return (describe() if describe else "") or ""
