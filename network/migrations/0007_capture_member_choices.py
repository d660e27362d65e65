"""Each profile already linked to a member account gets a record of the member's choices, as
the live profile holds them today. Frozen: it names the fields it copies and imports no live
code."""

from django.db import migrations
from django.utils import timezone

FIELDS = [
    "photo_visibility",
    "region_visibility",
    "organisation_visibility",
    "lived_experience_visibility",
    "payment_visibility",
    "accepts_messages",
]


def capture(apps, schema_editor):
    ProfilePage = apps.get_model("network", "ProfilePage")
    MemberChoices = apps.get_model("network", "MemberChoices")
    now = timezone.now()
    for profile in ProfilePage.objects.filter(member__isnull=False, member_choices=None):
        record = MemberChoices.objects.create(
            member_id=profile.member_id,
            chosen_at=now,
            **{name: getattr(profile, name) for name in FIELDS},
        )
        ProfilePage.objects.filter(pk=profile.pk).update(member_choices=record)


class Migration(migrations.Migration):
    dependencies = [("network", "0006_member_choices")]

    operations = [migrations.RunPython(capture, migrations.RunPython.noop)]
