"""Post authors: a record per person, so a byline survives when a member withdraws."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from network.models import ProfileCredit


class Author(ProfileCredit):
    """Someone who writes for the blog: a member (linked to their profile) or not."""

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role_line})" if self.role_line else self.name


class BlogPageAuthor(Orderable):
    page = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="post_authors")
    author = models.ForeignKey(
        Author,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Pick an author, or add them under Blog > Authors first.",
    )

    panels = [FieldPanel("author")]

    def __str__(self):
        return str(self.author)
