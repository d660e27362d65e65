"""The roles follow the features' declarations after every `migrate`; sections created later (the
demo loader, an editor) get their review workflow when they are first saved; Wagtail's
moderation emails name no member (notifications.py)."""

from django.apps import apps
from django.db.models.signals import post_migrate, post_save

from . import notifications
from .roles import assign_section_workflows, ensure_roles, section_workflows


def apply_roles(sender, **kwargs):
    # post_migrate is sent once per app, in INSTALLED_APPS order: act after the last one, when
    # every app's permissions exist (with Django's names).
    if sender is not list(apps.get_app_configs())[-1]:
        return
    ensure_roles(apps)
    assign_section_workflows(apps)


def assign_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_section_workflows(apps)


def connect():
    notifications.connect()
    post_migrate.connect(apply_roles, dispatch_uid="roles")
    for app_label, model in section_workflows():
        try:
            section = apps.get_model(app_label, model)
        except LookupError:
            continue
        post_save.connect(assign_workflow, sender=section, dispatch_uid=f"workflow-{model}")
