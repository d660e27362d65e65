"""Editors read contact requests; moderators also handle them and withdraw members. Re-applies
the editorial roles now that membership's models (and their permissions) exist."""

from django.db import migrations


def apply(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    from home.editorial.roles import ensure_roles

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("membership", "0001_initial"),
        ("home", "0002_editorial_roles"),
        ("network", "0005_member_account_and_relayed_messages"),
    ]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
