"""Template helpers for profiles: public values for cards, initials for placeholders, the
directory's kept page of cards."""

from django import template
from django.forms.utils import flatatt
from django.template.loader import render_to_string
from django.utils.html import format_html
from wagtail.images.shortcuts import get_rendition_or_not_found

from lead.kept import kept

from ..models import Visibility
from ..models.visibility import can_see
from ..private_photos import SIZES, has_public_files, photo_url

register = template.Library()


@register.simple_tag(takes_context=True)
def directory_cards(context, directory):
    """The directory's page of profile cards, rendered once and kept (lead/kept.py) for the
    same kind of viewer (members see values shown to members), words, filters, order and page
    until published content next changes, as its counts are: a kept page reads no profile."""
    request = context["request"]
    results = directory.results  # the page asked for, over the kept count: no query yet
    parts = (*directory.selection, directory.sort, results.number, request.get_host())
    context = {"results": results, "members": directory.is_member}
    template_name = "network/includes/profile_cards.html"
    return kept("directory-cards", parts, lambda: render_to_string(template_name, context, request))


@register.simple_tag
def public_photo(profile, members=False):
    """The profile's photo when its member made it public, or shown to members and `members`
    (the viewer is a signed-in member: the directory's cards; every other card is public)."""
    if profile.photo_id and can_see(profile.photo_visibility, members):
        return profile.photo
    return None


@register.simple_tag
def profile_photo(page, size, **attrs):
    """<img> of a photo the viewer may see (ProfileView.photo, or public_photo on cards,
    decides that first). A public photo from the library is a normal Wagtail rendition; any
    other, and every member's own photo (its files are private), is served by the
    permission-checked view, so no file address of it is ever in the page
    (network/private_photos.py)."""
    rendition = get_rendition_or_not_found(page.photo, SIZES[size])
    if page.photo_visibility == Visibility.PUBLIC and has_public_files(page.photo):
        return rendition.img_tag(attrs)
    return format_html(
        '<img src="{}" width="{}" height="{}"{}>',
        photo_url(page, size),
        rendition.width,
        rendition.height,
        flatatt(attrs),
    )


@register.simple_tag
def public_region(profile, members=False):
    """The region, on the same terms as public_photo."""
    if profile.region_id and can_see(profile.region_visibility, members):
        return profile.region
    return None


@register.filter
def initials(name):
    words = [word for word in str(name).split() if word[:1].isalnum()]
    return "".join(word[0] for word in words[:2]).upper() or "?"


@register.filter
def members_only(profile_view, field):
    return profile_view.is_members_only(field)
