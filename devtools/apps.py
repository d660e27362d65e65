from django.apps import AppConfig


class DevtoolsConfig(AppConfig):
    """Only for `manage.py seed_scale` and `manage.py bench`: no models, no signals."""

    name = "devtools"
    verbose_name = "Development tools"
