"""The Members group's view restriction: what keeps a page to members in every output.

Wagtail's own `.public()` (listings, feeds, sitemaps, search) leaves out any page under a view
restriction, so a page restricted to the Members group is listed nowhere public; Wagtail then
sends an anonymous visitor to the sign-in page, and members.wagtail_hooks answers a signed-in
non-member with a page that says the part is for members.
"""

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import PageViewRestriction

from .models.visibility import MEMBERS_GROUP


def members_restrictions(page):
    return PageViewRestriction.objects.filter(
        page=page,
        restriction_type=PageViewRestriction.GROUPS,
        groups__name=MEMBERS_GROUP,
    )


def restrict_to_members(page):
    """Add the restriction unless the page has it (idempotent)."""
    with transaction.atomic():
        if members_restrictions(page).exists():
            return False
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        group, _ = Group.objects.get_or_create(name=MEMBERS_GROUP)
        restriction.groups.set([group])
    return True


def lift_members_restriction(page):
    """Remove the Members restriction this page was given (any other restriction stays)."""
    return members_restrictions(page).delete()[0] > 0
