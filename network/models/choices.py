"""The member's own privacy choices, and the restrictions staff add for safeguarding.

A profile linked to a member account points at the member's `MemberChoices`: who may see each
sensitive part, as the member last chose (relayed messages are membership's). That record
is the ceiling. No save of the page or of a revision (admin edit, workflow approval, publishing
or scheduling an older revision, revert, copy, bulk action, script) can leave a value more
visible than it says (`ProfilePage.apply_member_choices`), queryset changes are put back under it
(`ProfilePageQuerySet.change`), and after every `migrate` all profiles are checked again
(`enforce_member_choices`), so a data migration cannot loosen one either. Only the member
changes the record, from their own account; staff can only make a value stricter, with a
reason the member is shown (`StaffRestriction`).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from wagtail.models import Revision

from lead.cache import clear_site_cache

from .visibility import Visibility, VisibilityChoices, stricter

# The profile's visibility fields the member chooses, with how staff and members name them.
CHOICE_FIELDS = {
    "photo_visibility": "photo",
    "region_visibility": "region",
    "organisation_visibility": "organisation",
    "lived_experience_visibility": "areas of lived experience",
    "payment_visibility": "payment preferences",
}


class MemberChoices(VisibilityChoices):
    """What the member last chose. Erased with the member."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="privacy_choices",
        help_text="The member whose choices these are.",
    )
    chosen_at = models.DateTimeField(
        default=timezone.now, help_text="When the member last changed any of these choices."
    )

    class Meta:
        verbose_name = "member's privacy choices"
        verbose_name_plural = "members' privacy choices"

    def __str__(self):
        return f"Privacy choices {self.pk}"

    @classmethod
    def capture(cls, profile, member=None):
        """A record of the choices `profile` holds now (the member's application)."""
        values = {name: getattr(profile, name) for name in CHOICE_FIELDS}
        return cls.objects.create(member=member, **values)

    def limits(self, values):
        """{field: value} for each of `values` (a page or a dict) looser than this record
        allows: the values it must take instead."""
        get = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
        changes = {}
        for name in CHOICE_FIELDS:
            current = get(name)
            if current is None:
                continue
            tightened = stricter(current, getattr(self, name))
            if tightened != current:
                changes[name] = tightened
        return changes


class StaffRestriction(models.Model):
    """A value staff made stricter than the member chose, for a safeguarding reason. Shown to
    the member on their account page; erased with the profile."""

    profile = models.ForeignKey(
        "network.ProfilePage", on_delete=models.CASCADE, related_name="staff_restrictions"
    )
    field = models.CharField(max_length=40, choices=[(k, v) for k, v in CHOICE_FIELDS.items()])
    visibility = models.CharField(max_length=10, choices=Visibility.choices)
    reason = models.TextField(help_text="Why, in words the member will read.")
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    made_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-made_at", "-pk"]
        verbose_name = "safeguarding restriction"

    def __str__(self):
        return f"{self.get_field_display()}: {self.get_visibility_display()}"


def enforce_member_choices(profile_ids=None):
    """Put every profile (or those in `profile_ids`) back under its member's choices: the live
    row and every revision."""
    from .profiles import ProfilePage  # not at the top: profiles.py imports this module

    profiles = ProfilePage.objects.exclude(member_choices=None).select_related("member_choices")
    if profile_ids is not None:
        profiles = profiles.filter(pk__in=list(profile_ids))
    for profile in profiles:
        record = profile.member_choices
        live = record.limits(profile)
        if live:
            ProfilePage.objects.filter(pk=profile.pk).update(**live)
        for revision in Revision.objects.filter(pk__in=profile.revisions.values("pk")):
            content = revision.content
            limits = record.limits(content)
            if limits:
                content.update(limits)
                Revision.objects.filter(pk=revision.pk).update(content=content)


def apply_staff_restrictions(profile, restrictions, reason, user):
    """Staff make parts of a profile stricter than the member chose: at once, on the live page
    and every revision, each logged with who, when and why."""
    from .profiles import ProfilePage  # not at the top: profiles.py imports this module

    page = ProfilePage.objects.get(pk=profile.pk)
    page.restrict_now(restrictions)
    StaffRestriction.objects.bulk_create(
        StaffRestriction(
            profile=page, field=name, visibility=value, reason=reason, made_by=user
        )
        for name, value in restrictions.items()
    )
    clear_site_cache()
