"""The post-card helpers under their old names, for the home and profile sections in
blog/wagtail_hooks.py. The queries themselves live on BlogPage.objects (BlogPageQuerySet)."""

from .models.pages import CARD_IMAGE, attach_bylines

__all__ = ["CARD_IMAGE", "attach_bylines", "with_card_data"]


def with_card_data(queryset):
    return queryset.with_card_data()
