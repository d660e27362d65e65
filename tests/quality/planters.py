"""Places a feature hides a planted token, for the leak harness. Each takes the home page and
the text to plant, and returns the pages it planted in (their own addresses are fetched too)."""

from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from network.models import ProfilePage

from ..factories import ImageFactory, ProfilePageFactory, add_page, png
from ..factories import directory as directory_section
from .growers import add_profiles


def restrict_to_members(page):
    """A view restriction to the Members group: closed to anonymous visitors and to accounts
    outside the group alike (a plain login restriction admits anyone signed in, by design)."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])
    return page


def plant_in_profiles(home_page, text):
    add_profiles(home_page, 2)
    directory = directory_section(home_page)
    planted = []
    # Hidden and members-only values of a live profile.
    photo = ImageFactory(title=f"photo {text}", file=png("planted-photo"))
    shown = ProfilePageFactory.build(
        title="Planted Member",
        slug="planted-member",
        organisation=f"Org {text}",
        organisation_visibility="hidden",
        languages="English",
        photo=photo,
        photo_alt_text=f"Alt {text}",
        photo_visibility="members",
        contact_email="planted@example.com",
        editor_notes=f"Notes {text}",
    )
    shown = add_page(directory, shown)
    # Members-only text values of another live profile: anyone who is not a member (an
    # anonymous visitor, or an account outside the Members group) must not see them.
    members_only = ProfilePageFactory.build(
        title="Planted Members Only",
        slug="planted-members-only",
        organisation=f"Members org {text}",
        organisation_visibility="members",
        photo=ImageFactory(title=f"members photo {text}", file=png("planted-members-photo")),
        photo_alt_text=f"Members alt {text}",
        photo_visibility="members",
    )
    members_only = add_page(directory, members_only)
    planted.append(Page.objects.get(pk=members_only.pk))
    # A draft revision of that live profile, and a profile that was never published.
    shown = ProfilePage.objects.get(pk=shown.pk)
    shown.summary = f"Draft summary {text}"
    shown.save_revision()
    draft = ProfilePageFactory.build(
        title=f"Draft {text}", slug="planted-draft-profile", summary=f"Unpublished {text}"
    )
    draft = add_page(directory, draft, live=False)
    planted += [Page.objects.get(pk=shown.pk), Page.objects.get(pk=draft.pk)]
    return planted
