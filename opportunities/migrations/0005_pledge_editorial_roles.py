"""Editors and moderators write the fair-pay pledge's versions and check its signatures
(signatures come only from the pledge form: no "add"). Frozen: the permissions are named here
and no live code is imported. `home.editorial.roles` applies the same after every migrate."""

from django.db import migrations

EDITOR_AND_MODERATOR = {
    "pledgeversion": ("add", "change", "delete", "view"),
    "pledgesignature": ("change", "delete", "view"),
}


def apply(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    editors, _ = Group.objects.get_or_create(name="Editors")
    moderators, _ = Group.objects.get_or_create(name="Moderators")

    def permission(model, action):
        content_type, _ = ContentType.objects.get_or_create(app_label="opportunities", model=model)
        return Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_{model}",
            defaults={"name": f"Can {action} {model}"},
        )[0]

    for model, actions in EDITOR_AND_MODERATOR.items():
        for action in actions:
            editors.permissions.add(permission(model, action))
            moderators.permissions.add(permission(model, action))


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0004_fair_pay_pledge"),
        ("home", "0002_editorial_roles"),
    ]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
