"""The network's taxonomies. Editors manage them under Network in the admin."""

from django.db import models
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
