"""What post cards and bylines need, fetched in a fixed number of queries for any page size."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from network.models import link_credits

from .models import BlogPageAuthor

CARD_IMAGE = "fill-640x360"


def with_card_data(queryset):
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE)
    return queryset.prefetch_related(
        Prefetch("hero_image", queryset=images),
        Prefetch(
            "post_authors",
            queryset=BlogPageAuthor.objects.select_related("author").order_by("sort_order"),
        ),
        "categories",
    )


def attach_bylines(posts, request=None):
    """Give each post a `byline`: its authors in order, each with a `profile_url` only while
    their profile is live and public (one query for the whole list)."""
    posts = list(posts)
    credits = [credit.author for post in posts for credit in post.post_authors.all()]
    link_credits(credits, request)
    for post in posts:
        post.byline = [credit.author for credit in post.post_authors.all()]
    return posts
