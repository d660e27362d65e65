"""Template helpers for profiles: public values for cards, initials for placeholders."""

from django import template

from ..models import Visibility

register = template.Library()


@register.simple_tag
def public_photo(profile):
    """The profile's photo only when its member made it public (cards never show others)."""
    if profile.photo_id and profile.photo_visibility == Visibility.PUBLIC:
        return profile.photo
    return None


@register.simple_tag
def public_region(profile):
    if profile.region_id and profile.region_visibility == Visibility.PUBLIC:
        return profile.region
    return None


@register.filter
def initials(name):
    words = [word for word in str(name).split() if word[:1].isalnum()]
    return "".join(word[0] for word in words[:2]).upper() or "?"


@register.filter
def members_only(profile_view, field):
    return profile_view.is_members_only(field)
