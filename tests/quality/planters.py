"""Places a feature hides a planted token, for the leak harness. Each takes the home page and
the text to plant, and returns the pages it planted in (their own addresses are fetched too)
and any PrivateFile it made."""

from dataclasses import dataclass

from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from network.models import ProfilePage

from ..factories import ImageFactory, follow_page, make_profile, png
from ..factories import directory as directory_section
from .growers import add_profiles


@dataclass(frozen=True)
class PrivateFile:
    """The address of a stored file only staff allowed to see it may fetch (a member's photo
    or one of its renditions): everyone else gets 404 there, whatever the file holds. With
    staff_may_fetch=False nobody may (a photo the join form keeps for an unfinished
    application), moderators included."""

    url: str
    staff_may_fetch: bool = True


def restrict_to_members(page):
    """A view restriction to the Members group: closed to anonymous visitors and to accounts
    outside the group alike (a plain login restriction admits anyone signed in, by design)."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])
    return page


def plant_in_follow_page(home_page, text):
    """A draft revision of the Follow page (linked from every page's footer and every feed):
    only its live words may show."""
    page = follow_page(home_page)
    page.title = f"Follow draft {text}"
    page.intro = f"Draft intro {text}"
    page.save_revision()
    return [Page.objects.get(pk=page.pk)]


def plant_in_profiles(home_page, text):
    add_profiles(home_page, 2)
    directory = directory_section(home_page)
    planted = []
    # Hidden and members-only values of a live profile.
    shown = make_profile(
        directory,
        "Planted Member",
        slug="planted-member",
        organisation=f"Org {text}",
        organisation_visibility="hidden",
        languages="English",
        photo=ImageFactory(title=f"photo {text}", file=png("planted-photo")),
        photo_alt_text=f"Alt {text}",
        photo_visibility="members",
        editor_notes=f"Notes {text}",
        contact_email="planted@example.com",
    )
    # Members-only text values of another live profile: anyone who is not a member (an
    # anonymous visitor, or an account outside the Members group) must not see them.
    members_only = make_profile(
        directory,
        "Planted Members Only",
        slug="planted-members-only",
        organisation=f"Members org {text}",
        organisation_visibility="members",
        photo=ImageFactory(title=f"members photo {text}", file=png("planted-members-photo")),
        photo_alt_text=f"Members alt {text}",
        photo_visibility="members",
    )
    planted.append(Page.objects.get(pk=members_only.pk))
    # A draft revision of that live profile, and a profile that was never published.
    shown = ProfilePage.objects.get(pk=shown.pk)
    shown.summary = f"Draft summary {text}"
    shown.save_revision()
    draft = make_profile(
        directory,
        f"Draft {text}",
        slug="planted-draft-profile",
        summary=f"Unpublished {text}",
        live=False,
    )
    planted += [Page.objects.get(pk=shown.pk), Page.objects.get(pk=draft.pk)]
    return planted
