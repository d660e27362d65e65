"""Who may see a profile value. The member chooses, field by field."""

from django.db import models

MEMBERS_GROUP = "Members"


class Visibility(models.TextChoices):
    PUBLIC = "public", "Everyone"
    MEMBERS = "members", "Signed-in members only"
    HIDDEN = "hidden", "Nobody (kept private)"


def visibility_field(default=Visibility.PUBLIC, what="this"):
    return models.CharField(
        max_length=10,
        choices=Visibility.choices,
        default=default,
        help_text=f"Who can see {what}. The member chooses; respect what they asked for.",
    )


def viewer_is_member(request):
    """Signed-in members (and the site's staff) may see values marked 'members only'."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    if user.is_staff:
        return True
    cached = getattr(request, "_lead_is_member", None)
    if cached is None:
        cached = user.groups.filter(name=MEMBERS_GROUP).exists()
        request._lead_is_member = cached
    return cached


def can_see(visibility, is_member):
    return visibility == Visibility.PUBLIC or (visibility == Visibility.MEMBERS and is_member)
