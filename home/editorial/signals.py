"""Sections created after the migration ran (the demo loader, an editor) get their review
workflow when they are first saved."""

from django.apps import apps
from django.db.models.signals import post_save

from .roles import SECTION_WORKFLOWS, assign_section_workflows


def assign_workflow(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        assign_section_workflows(apps)


def connect():
    for app_label, model in SECTION_WORKFLOWS:
        try:
            section = apps.get_model(app_label, model)
        except LookupError:
            continue
        post_save.connect(assign_workflow, sender=section, dispatch_uid=f"workflow-{model}")
