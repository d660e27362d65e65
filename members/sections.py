"""What the members' space adds to every page: the header's "Members' space" link."""

from home.navigation import section_page
from lead.kept import kept
from network.models.visibility import viewer_is_member

from .models import MembersSpacePage


def space_link(context):
    """The link, for signed-in members only: kept until published content next changes."""
    request = context.get("request")
    if request is None or not viewer_is_member(request):
        return None
    url = kept("members-space-link", (request.get_host(),), lambda: _space_url(request))
    return {"url": url} if url else None


def _space_url(request):
    # From the site's top-level pages, which the menu reads too (no query of its own).
    space = section_page(request, MembersSpacePage, restricted_too=True)
    return space.get_url(request) if space else None
