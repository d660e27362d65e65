"""Editors, Moderators and Members, and the profile and post review workflows.

Frozen: the groups, their permissions and the workflows are written here as data, as they stood
when this migration was written, and only the historical app registry is used. Later changes to
the roles come in later migrations (membership 0002, opportunities 0002), never by editing this.
"""

from django.db import migrations

EDITORS, MODERATORS, MEMBERS = "Editors", "Moderators", "Members"

# (app label, model, codename): what editors and moderators both get.
SHARED = [
    ("wagtailadmin", "admin", "access_admin"),
    *(
        (app_label, model, f"{action}_{model}")
        for app_label, model in [
            ("blog", "blogcategory"),
            ("blog", "author"),
            ("network", "livedexperiencearea"),
            ("network", "expertise"),
            ("network", "role"),
            ("network", "region"),
            ("network", "paymentroute"),
            ("wagtailsearchpromotions", "searchpromotion"),
        ]
        for action in ("add", "change", "delete", "view")
    ),
    ("wagtailsearchpromotions", "query", "view_query"),
]
MODERATOR_ONLY = [("network", "profilepage", "view_private_fields")]
# Page permissions on the root page: editors submit for review, moderators also publish.
PAGE_PERMISSIONS = {
    EDITORS: ("add_page", "change_page"),
    MODERATORS: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
}
NEVER_FOR_EDITORS = ("publish_page", "bulk_delete_page")
# Review workflow -> its one moderator task, and the section page type whose pages it covers.
WORKFLOWS = {
    "Profile review": ("Moderator review of a profile", ("network", "directoryindexpage")),
    "Post review": ("Moderator review of a post", ("blog", "blogindexpage")),
}


def create_permissions(apps):
    """Model permissions are normally made after migrating; the roles need them now."""
    from django.contrib.auth.management import create_permissions as make

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        make(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    return Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )[0]


def roles(apps):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    members, _ = Group.objects.get_or_create(name=MEMBERS)

    shared = [permission(apps, *spec) for spec in SHARED]
    editors.permissions.add(*shared)
    moderators.permissions.add(*shared)
    moderators.permissions.add(*(permission(apps, *spec) for spec in MODERATOR_ONLY))
    members.permissions.clear()

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    for group in (editors, moderators):
        for codename in PAGE_PERMISSIONS[group.name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root,
                permission=permission(apps, "wagtailcore", "page", codename),
            )
    GroupPagePermission.objects.filter(
        group=editors, permission__codename__in=NEVER_FOR_EDITORS
    ).delete()


def workflows(apps):
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    for name, (task_name, (app_label, model)) in WORKFLOWS.items():
        workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(
                name=task_name, content_type=task_type, active=True
            )
        task.groups.add(moderators)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        section_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if section_type is not None:
            for page in Page.objects.filter(content_type=section_type):
                WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


def apply(apps, schema_editor):
    create_permissions(apps)
    roles(apps)
    workflows(apps)


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
