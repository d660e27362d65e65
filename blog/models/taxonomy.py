"""Blog categories and tags. Categories are a short list editors manage; tags are free."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel


class BlogCategory(models.Model):
    name = models.CharField(max_length=80, unique=True, help_text="As readers will see it.")
    slug = models.SlugField(
        max_length=80,
        unique=True,
        help_text="The category's web address: /blog/category/<this>/. Lowercase, with hyphens.",
    )
    description = models.CharField(
        max_length=300,
        blank=True,
        help_text="One sentence shown at the top of the category's page.",
    )
    sort_order = models.PositiveSmallIntegerField(
        default=0, help_text="Lower numbers come first in lists of categories."
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = "blog category"
        verbose_name_plural = "blog categories"

    def __str__(self):
        return self.name


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items"
    )
