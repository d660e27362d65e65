"""Places a feature hides a planted token, for the leak harness. Each takes the home page and
the text to plant, and returns the pages it planted in (their own addresses are fetched too)."""

from wagtail.models import Page

from .growers import add_profiles


def restrict_to_members(page):
    """A view restriction to the Members group: closed to anonymous visitors and to accounts
    outside the group alike (a plain login restriction admits anyone signed in, by design)."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get_or_create(name="Members")[0]])
    return page


def plant_in_profiles(home_page, text):
    from membership.models import Membership
    from network.models import DirectoryIndexPage, ProfilePage

    from ..factories import ProfilePageFactory
    from ..images import png

    add_profiles(home_page, 2)
    directory = DirectoryIndexPage.objects.get()
    planted = []
    # Hidden and members-only values of a live profile.
    from wagtail.images import get_image_model

    photo = get_image_model().objects.create(title=f"photo {text}", file=png("planted-photo"))
    shown = ProfilePageFactory.build(
        title="Planted Member",
        slug="planted-member",
        organisation=f"Org {text}",
        organisation_visibility="hidden",
        languages="English",
        photo=photo,
        photo_alt_text=f"Alt {text}",
        photo_visibility="members",
        editor_notes=f"Notes {text}",
    )
    directory.add_child(instance=shown)
    Membership.objects.create(profile=shown, contact_email="planted@example.com")
    shown.save_revision().publish()
    # Members-only text values of another live profile: anyone who is not a member (an
    # anonymous visitor, or an account outside the Members group) must not see them.
    members_only = ProfilePageFactory.build(
        title="Planted Members Only",
        slug="planted-members-only",
        organisation=f"Members org {text}",
        organisation_visibility="members",
        photo=get_image_model().objects.create(
            title=f"members photo {text}", file=png("planted-members-photo")
        ),
        photo_alt_text=f"Members alt {text}",
        photo_visibility="members",
    )
    directory.add_child(instance=members_only)
    members_only.save_revision().publish()
    planted.append(Page.objects.get(pk=members_only.pk))
    # A draft revision of that live profile, and a profile that was never published.
    shown = ProfilePage.objects.get(pk=shown.pk)
    shown.summary = f"Draft summary {text}"
    shown.save_revision()
    draft = ProfilePageFactory.build(title=f"Draft {text}", slug="planted-draft-profile")
    draft.summary = f"Unpublished {text}"
    draft.live = False
    directory.add_child(instance=draft)
    draft.save_revision()
    planted += [Page.objects.get(pk=shown.pk), Page.objects.get(pk=draft.pk)]
    return planted
