"""The editorial team's roles and review workflows, applied after every `migrate` from what each
feature declares (`Feature.editorial`, lead/features.py), so every deployment has them (not only
the demo), and re-applied safely at any time. The data migrations that first created them carry
their own frozen copy and import none of this.

- Editors write and submit posts, events and standard pages, manage taxonomies, categories,
  authors and search promotions. They cannot publish (Wagtail's default Editors group already
  has add and change on every page, and no publish) and never see members' private details.
- Moderators do all that, and approve and publish, review profiles and see the private tab,
  handle contact requests and withdraw members (erasure receipts).
- Members (the network's signed-in members) get no admin access at all.

Functions take an app registry (the live one, or a historical one); new section pages get
their workflow through editorial/signals.py.
"""

from lead.features import declared

EDITORS, MODERATORS, MEMBERS = "Editors", "Moderators", "Members"

ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
MODERATOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")


def managed_models():
    """(app label, model) -> actions editors and moderators may take in the admin's own
    listings, as each feature declares (`Feature.editorial.managed`)."""
    return {key: actions for e in declared("editorial") for key, actions in e.managed.items()}


def moderator_only():
    """(app label, model, codename) permissions only moderators get."""
    return [spec for e in declared("editorial") for spec in e.moderator_only]


def section_workflows():
    """(app label, section page model) -> (review workflow, its moderator task)."""
    return {key: flow for e in declared("editorial") for key, flow in e.workflows.items()}


def _permission(apps, app_label, model, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def ensure_roles(apps):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    members, _ = Group.objects.get_or_create(name=MEMBERS)

    shared = [_permission(apps, *ADMIN_ACCESS)]
    for (app_label, model), actions in managed_models().items():
        shared += [_permission(apps, app_label, model, f"{a}_{model}") for a in actions]
    editors.permissions.add(*shared)
    moderators.permissions.add(*shared)
    moderators.permissions.add(*(_permission(apps, *spec) for spec in moderator_only()))
    members.permissions.clear()

    root = Page.objects.filter(depth=1).first()
    if root is not None:
        for group, codenames in (
            (editors, EDITOR_PAGE_PERMISSIONS),
            (moderators, MODERATOR_PAGE_PERMISSIONS),
        ):
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=root,
                    permission=_permission(apps, "wagtailcore", "page", codename),
                )
        # Editors submit for review: never publish, whatever an earlier setup granted.
        GroupPagePermission.objects.filter(
            group=editors, permission__codename__in=["publish_page", "bulk_delete_page"]
        ).delete()


def ensure_workflows(apps):
    """The review workflows and their moderator tasks; returns {workflow name: workflow}."""
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    moderators, _ = Group.objects.get_or_create(name=MODERATORS)
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    workflows = {}
    for name, task_name in dict(section_workflows().values()).items():
        workflow, _ = Workflow.objects.get_or_create(name=name, defaults={"active": True})
        task = GroupApprovalTask.objects.filter(name=task_name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(
                name=task_name, content_type=task_type, active=True
            )
        task.groups.add(moderators)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        workflows[name] = workflow
    return workflows


def assign_section_workflows(apps):
    """Put each section page (the directory, the blog) under its review workflow."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflows = ensure_workflows(apps)
    for (app_label, model), (name, _task) in section_workflows().items():
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is None:
            continue
        for page in Page.objects.filter(content_type=content_type):
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflows[name]})
