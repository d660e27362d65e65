"""What the members' space adds to every page: the header's "Members' space" link."""

from network.models.visibility import viewer_is_member

from .models import MembersSpacePage


def space_link(context):
    """The link, for signed-in members only (one query for them, none for anyone else)."""
    request = context.get("request")
    if request is None or not viewer_is_member(request):
        return None
    space = MembersSpacePage.objects.live().only("url_path", "locale_id").first()
    return {"space": space} if space else None
