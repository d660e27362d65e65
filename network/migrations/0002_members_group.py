"""Every deployment gets the "Members" group that members-only profile values are shown to."""

from django.db import migrations


def create_members_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.get_or_create(name="Members")


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_members_group, migrations.RunPython.noop)]
