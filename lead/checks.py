"""`manage.py check` fails when a project app has models but no Feature declaration: without
one, the page cache would not clear when its records change, and search, the editorial roles
and the home page would not know it (lead/features.py)."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import checks

from .features import Feature


def project_apps():
    """Installed apps whose code lives in this project (not a library's)."""
    base = Path(settings.BASE_DIR).resolve()
    return [
        config
        for config in apps.get_app_configs()
        if base in Path(config.path).resolve().parents and ".venv" not in Path(config.path).parts
    ]


@checks.register()
def feature_declared(app_configs=None, **kwargs):
    errors = []
    for config in project_apps():
        models = [m for m in config.get_models() if not m._meta.abstract]
        if models and not isinstance(getattr(config, "feature", None), Feature):
            errors.append(
                checks.Error(
                    f"The app {config.label!r} has models but declares no Feature.",
                    hint=f"Set `feature = Feature(...)` on {type(config).__name__} "
                    "(lead/features.py says what it declares).",
                    obj=config.name,
                    id="lead.E001",
                )
            )
    return errors
