"""Editors read introduction requests; moderators also act on them (forward, reply, mark).

Frozen: the permissions are written here as data (app label, model, codename), added to the
groups home 0002 made, using only the historical app registry.
"""

from django.db import migrations

# Group -> the membership permissions it gets.
PERMISSIONS = {
    "Editors": [("membership", "introductionrequest", "view_introductionrequest")],
    "Moderators": [
        ("membership", "introductionrequest", "view_introductionrequest"),
        ("membership", "introductionrequest", "change_introductionrequest"),
    ],
}


def apply(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for group_name, specs in PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for app_label, model, codename in specs:
            content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=codename,
                defaults={"name": codename.replace("_", " ").capitalize()},
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("membership", "0010_contact_statuses"),
        ("home", "0002_editorial_roles"),
    ]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
