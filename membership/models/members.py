"""A profile's link to its member: the account, where relayed messages go, and whether the
member accepts them. Kept here, not on the profile page, so no page revision ever holds or
restores them, and so the directory works without membership."""

from django.conf import settings
from django.db import models


class MembershipQuerySet(models.QuerySet):
    def of(self, profile):
        """The profile's row, or None: a profile may have no account and no contact route."""
        return self.filter(profile_id=profile.pk).select_related("member").first()

    def contactable(self):
        """Rows of members who accept relayed messages and have an address to relay them to."""
        return self.filter(accepts_messages=True).exclude(contact_email="")

    def set_for(self, profile, **values):
        """Change the profile's row (made now if it has none). Saving it clears the page cache,
        since the contact box may come or go (Membership is not among membership's private
        models in apps.py)."""
        membership, _created = self.update_or_create(profile_id=profile.pk, defaults=values)
        return membership


class Membership(models.Model):
    """One per profile that has a member account or a contact route. Erased with the profile."""

    profile = models.OneToOneField(
        "network.ProfilePage", on_delete=models.CASCADE, related_name="membership"
    )
    member = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="membership",
        help_text="The member's account, made when the profile is first published.",
    )
    contact_email = models.EmailField(
        blank=True, help_text="Private. Messages are relayed here; it is never shown."
    )
    accepts_messages = models.BooleanField(
        "accepts relayed messages",
        default=False,
        help_text="The member agreed to receive messages visitors send through the site. Only "
        "the member changes this (join form or their account).",
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = "membership"

    def __str__(self):
        # Log entries may keep this label after an erasure: no names in it.
        return f"Membership {self.pk}"
