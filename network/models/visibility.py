"""Who may see a profile value. The member chooses, field by field."""

from django.db import models

from lead.viewer import group_names

MEMBERS_GROUP = "Members"


class Visibility(models.TextChoices):
    PUBLIC = "public", "Everyone"
    MEMBERS = "members", "Signed-in members only"
    HIDDEN = "hidden", "Nobody (kept private)"


# Stricter choices rank higher.
STRICTNESS = {Visibility.PUBLIC: 0, Visibility.MEMBERS: 1, Visibility.HIDDEN: 2}


def stricter(first, second):
    """The stricter of two visibility values (an unknown value counts as hidden)."""
    rank = STRICTNESS.get
    return first if rank(first, 2) >= rank(second, 2) else second


def visibility_field(default=Visibility.PUBLIC, what="this"):
    return models.CharField(
        max_length=10,
        choices=Visibility.choices,
        default=default,
        help_text=f"Who can see {what}. The member chooses; respect what they asked for.",
    )


def viewer_is_member(request):
    """Signed-in members (and the site's staff) may see values marked 'members only'. The
    viewer's groups are read once per request (lead/viewer.py)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    return user.is_staff or MEMBERS_GROUP in group_names(user)


def can_see(visibility, is_member):
    return visibility == Visibility.PUBLIC or (visibility == Visibility.MEMBERS and is_member)


class VisibilityChoices(models.Model):
    """Who may see each sensitive part of a profile: on the profile itself, and in the member's
    own record of their choices (network/models/choices.py), which must match it field for
    field."""

    photo_visibility = visibility_field(what="the photo")
    region_visibility = visibility_field(what="the region")
    organisation_visibility = visibility_field(what="the organisation")
    lived_experience_visibility = visibility_field(
        default=Visibility.MEMBERS, what="the areas of lived experience"
    )
    payment_visibility = visibility_field(what="the payment preferences")

    class Meta:
        abstract = True
