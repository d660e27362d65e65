"""Editors and moderators get the Opportunities menu's records, and roles go through an
"Opportunity review" workflow. Frozen: the permissions and the workflow are named here, and
no live code is imported."""

from django.db import migrations

EDITOR_AND_MODERATOR = {
    "organisation": ("add", "change", "delete", "view"),
    "fairpayrate": ("add", "change", "delete", "view"),
    "expressionofinterest": ("view",),
}
MODERATOR_ONLY = [("expressionofinterest", "change")]
WORKFLOW, TASK = "Opportunity review", "Moderator review of a paid role"


def apply(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("opportunities")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

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
    for model, action in MODERATOR_ONLY:
        moderators.permissions.add(permission(model, action))

    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(moderators)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    board_type = ContentType.objects.filter(
        app_label="opportunities", model="opportunityindexpage"
    ).first()
    if board_type is not None:
        Page = apps.get_model("wagtailcore", "Page")
        for page in Page.objects.filter(content_type=board_type):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("opportunities", "0001_initial"),
        ("home", "0002_editorial_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(apply, migrations.RunPython.noop)]
