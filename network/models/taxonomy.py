"""The network's taxonomies. Editors manage them under Network in the admin."""

from django.db import models
from django.db.models import Value
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


def read_terms(models):
    """{model: [(pk, slug, name), ...]} for several taxonomies, each in its own order (sort
    order, then name), from one UNION ALL query however many there are: a listing's filter
    options, when they are not kept."""
    models = list(models)
    columns = ("kind", "sort_order", "name", "slug", "pk")
    parts = [
        model.objects.order_by().annotate(kind=Value(n)).values_list(*columns)
        for n, model in enumerate(models)
    ]
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    read = {model: [] for model in models}
    for kind, _order, name, slug, pk in query.order_by("kind", "sort_order", "name"):
        read[models[kind]].append((pk, slug, name))
    return read
