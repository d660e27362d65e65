"""Editors and moderators read enquiries sent through the contact page and mark them answered
or spam; moderators also delete them (spam, and those no longer needed).

Frozen: the permissions are written here as data (app label, model, codename), added to the
groups home 0002 made, using only the historical app registry.
"""

from django.db import migrations

ENQUIRY = [
    ("membership", "enquiry", "view_enquiry"),
    ("membership", "enquiry", "change_enquiry"),
]
# Group -> the permissions it gets.
PERMISSIONS = {
    "Editors": ENQUIRY,
    "Moderators": [*ENQUIRY, ("membership", "enquiry", "delete_enquiry")],
}


def apply(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

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
        ("membership", "0008_contact_page_and_enquiries"),
        ("home", "0002_editorial_roles"),
    ]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
