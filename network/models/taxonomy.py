"""The network's taxonomies. Editors manage them under Network in the admin."""

from django.db import models
from django.db.models import F, Value
from wagtail.search import index


class Term(index.Indexed, models.Model):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(
        max_length=100, unique=True, help_text="Used in web addresses, e.g. 'north-west'."
    )
    description = models.TextField(
        blank=True, help_text="Optional: a sentence explaining the term to visitors and members."
    )
    sort_order = models.PositiveIntegerField(
        default=0, help_text="Lower numbers come first in lists and filters."
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class LivedExperienceArea(Term):
    """An area of lived experience: experience, never a diagnosis."""

    class Meta(Term.Meta):
        verbose_name = "area of lived experience"
        verbose_name_plural = "areas of lived experience"


class Expertise(Term):
    class Meta(Term.Meta):
        verbose_name = "expertise"
        verbose_name_plural = "expertise"


class Role(Term):
    class Meta(Term.Meta):
        verbose_name = "role"
        verbose_name_plural = "roles"


class Region(Term):
    class Meta(Term.Meta):
        verbose_name = "region"
        verbose_name_plural = "regions"


class PaymentRoute(Term):
    class Meta(Term.Meta):
        verbose_name = "payment route"
        verbose_name_plural = "payment routes"


def read_terms(models, also=()):
    """{model: [(pk, slug, name), ...]} for several taxonomies, each in its own order (sort
    order, then name), from one UNION ALL query however many there are: a listing's filter
    options, when they are not kept. `also`: options that are no taxonomy's (the languages
    profiles name), each a values queryset of name and slug annotated with `sort_order`,
    `sort_key` (what orders them after it) and `term_pk`; read in the same query, under the
    queryset itself as the key."""
    models, also = list(models), list(also)
    parts = [
        model.objects.order_by()
        .annotate(kind=Value(n), sort_key=F("name"))
        .values_list("kind", "sort_order", "sort_key", "name", "slug", "pk")
        for n, model in enumerate(models)
    ] + [
        rows.order_by()
        .annotate(kind=Value(n))
        .values_list("kind", "sort_order", "sort_key", "name", "slug", "term_pk")
        for n, rows in enumerate(also, start=len(models))
    ]
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    sources = models + also
    read = {source: [] for source in sources}
    for kind, _order, _key, name, slug, pk in query.order_by("kind", "sort_order", "sort_key"):
        read[sources[kind]].append((pk, slug, name))
    return read
