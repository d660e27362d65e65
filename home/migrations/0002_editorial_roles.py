"""Editors, Moderators and Members, and the profile and post review workflows."""

from django.db import migrations


def create_permissions(apps):
    """Model permissions are normally made after migrating; the roles need them now."""
    from django.contrib.auth.management import create_permissions as make

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        make(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def apply(apps, schema_editor):
    from home.editorial.roles import assign_section_workflows, ensure_roles

    create_permissions(apps)
    ensure_roles(apps)
    assign_section_workflows(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("blog", "0001_initial"),
        ("network", "0004_private_fields_permission"),
    ]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
